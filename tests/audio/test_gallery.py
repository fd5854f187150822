import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from audio.models import GalleryTrack
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db


def test_gallery_lists_tracks_with_accessible_native_players(client, gallery):
    html = client.get("/en/music/").content.decode()
    players = re.findall(r"<audio [^>]*>", html)
    assert len(players) == 3
    assert all('controls preload="none"' in player and "aria-label=" in player for player in players)
    assert 'aria-label="Play “Sample 1”"' in html
    assert '<source src="/audio-files/' in html and 'type="audio/wav"' in html
    assert '<time datetime="PT0M1S">0 min 01 s</time>' in html
    assert "Description 2" in html


def test_translation_keeps_the_same_audio_file(client, gallery, kk_home, locales):
    kazakh = translate_page(gallery, locales["kk"], title="Қазақстан музыкасы")
    tracks = list(kazakh.tracks.order_by("sort_order"))
    for track in tracks:
        track.title = track.title.replace("Sample", "Үлгі")
    kazakh.tracks = tracks
    kazakh.save_revision().publish()

    english_files = [t.audio_id for t in gallery.tracks.order_by("sort_order")]
    kazakh_tracks = GalleryTrack.objects.filter(page=kazakh).order_by("sort_order")
    assert [t.audio_id for t in kazakh_tracks] == english_files
    assert {t.locale.language_code for t in kazakh_tracks} == {"kk"}
    html = client.get("/kk/music/").content.decode()
    assert "Үлгі 1" in html and "0 мин 01 с" in html


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_gallery_query_count_is_the_same_for_3_and_30_tracks(client, gallery, make_audio):
    import wagtail_factories

    with_three = count_queries(client, "/en/music/")
    tracks = list(gallery.tracks.all())
    for n in range(27):
        tracks.append(
            GalleryTrack(
                locale=gallery.locale,
                title=f"Extra {n}",
                audio=make_audio(f"Extra {n}"),
                cover=wagtail_factories.ImageFactory(),
            )
        )
    gallery.tracks = tracks
    gallery.save_revision().publish()
    with_thirty = count_queries(client, "/en/music/")
    print(f"music gallery: {with_three} queries with 3 tracks, {with_thirty} with 30")
    assert with_thirty == with_three


def test_home_shows_featured_tracks(client, gallery):
    html = client.get("/en/").content.decode()
    assert "Kazakhstan Music" in html
    assert len(re.findall(r"<audio ", html)) == 3
