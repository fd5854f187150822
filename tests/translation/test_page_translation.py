"""Every other page type through wagtail-localize's PO export and import: the text changes, the
synchronised fields (dates, images, audio files, links, flags) stay as in the English source."""

import datetime as dt
from zoneinfo import ZoneInfo

import wagtail_factories
from wagtail.rich_text import RichText

import pytest

from events.models import EventCategory

pytestmark = pytest.mark.django_db


def test_home_page(home, locales, localize):
    image = wagtail_factories.ImageFactory()
    home.hero_title = "Embassy of Kazakhstan"
    home.intro = "<p>Welcome to the official site.</p>"
    home.hero_image = image
    home.hero_image_alt = "The embassy building"
    home.seo_title = "Embassy"
    home.save_revision().publish()

    kazakh = localize(home, locales["kk"]).specific

    assert kazakh.live and kazakh.locale == locales["kk"]
    assert kazakh.hero_title == "[kk] Embassy of Kazakhstan"
    assert "[kk] Welcome to the official site." in kazakh.intro
    assert kazakh.hero_image_alt == "[kk] The embassy building"
    assert kazakh.hero_image_id == image.pk
    assert kazakh.seo_title == "[kk] Embassy"


def test_news_index_page(news_index, kk_home, locales, localize):
    news_index.intro = "<p>News of the <b>embassy</b>.</p>"
    news_index.save_revision().publish()

    kazakh = localize(news_index, locales["kk"]).specific

    assert kazakh.title == f"[kk] {news_index.title}"
    assert "[kk] News of the <b>embassy</b>." in kazakh.intro
    assert kazakh.get_parent().pk == kk_home.pk
    assert kazakh.slug == news_index.slug


def test_event_calendar_and_event_page(calendar_page, kk_home, make_event, locales, localize):
    calendar_page.intro = "<p>What is on.</p>"
    calendar_page.save_revision().publish()
    kk_calendar = localize(calendar_page, locales["kk"]).specific
    assert "[kk] What is on." in kk_calendar.intro

    concerts = EventCategory.objects.create(locale=locales["en"], name="Concerts", slug="concerts")
    kk_concerts = localize(concerts, locales["kk"])
    assert (kk_concerts.name, kk_concerts.slug) == ("[kk] Concerts", "concerts")

    image = wagtail_factories.ImageFactory()
    starts = dt.datetime(2026, 12, 16, 18, 0, tzinfo=ZoneInfo("Europe/London"))
    event = make_event(
        title="Independence Day reception",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=3),
        venue_name="Embassy hall",
        venue_address="125 Pall Mall, London",
        map_url="https://maps.example/embassy",
        registration_url="https://tickets.example/reception",
        free_entry=True,
        category=concerts,
        image=image,
        repeat="weekly",
        repeat_interval=2,
        repeat_count=3,
        cancelled_dates="2026-12-30",
        summary="A reception for the national day.",
        body=[("paragraph", RichText("<p>Music and dombra.</p>"))],
    )

    kazakh = localize(event, locales["kk"]).specific

    assert kazakh.get_parent().pk == kk_calendar.pk
    assert kazakh.title == "[kk] Independence Day reception"
    assert kazakh.summary == "[kk] A reception for the national day."
    assert (kazakh.venue_name, kazakh.venue_address) == ("[kk] Embassy hall", "[kk] 125 Pall Mall, London")
    assert "[kk] Music and dombra." in str(kazakh.body[0].value)
    assert kazakh.category_id == kk_concerts.pk
    assert (kazakh.starts_at, kazakh.ends_at) == (event.starts_at, event.ends_at)
    assert (kazakh.map_url, kazakh.registration_url) == (event.map_url, event.registration_url)
    assert (kazakh.repeat, kazakh.repeat_interval, kazakh.repeat_count) == ("weekly", 2, 3)
    assert kazakh.cancelled_dates == "2026-12-30"
    assert kazakh.free_entry and kazakh.image_id == image.pk


def test_audio_gallery_and_its_tracks(gallery, kk_home, locales, localize):
    source = {track.translation_key: track for track in gallery.tracks.all()}

    kazakh = localize(gallery, locales["kk"]).specific
    translated = {track.translation_key: track for track in kazakh.tracks.all()}

    assert kazakh.title == "[kk] Kazakhstan Music"
    assert translated.keys() == source.keys()
    for key, track in translated.items():
        original = source[key]
        assert track.locale_id == locales["kk"].pk
        assert (track.title, track.description) == (f"[kk] {original.title}", f"[kk] {original.description}")
        assert track.performer == "[kk] Dombra"
        assert (track.audio_id, track.cover_id, track.featured) == (
            original.audio_id,
            original.cover_id,
            True,
        )
