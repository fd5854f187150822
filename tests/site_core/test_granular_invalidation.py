"""A publish invalidates what it changed, not the whole site: every page showing the change is
rebuilt at once, in every language, and pages that do not show it stay in the page cache."""

import datetime

from django.test import override_settings
from django.utils import timezone

import pytest

from site_core.fragments import ContentGenerationMiddleware, shared, tag_changed
from tests.conftest import translate_page
from tests.factories import NewsPageFactory
from tests.fixtures_pages import publish
from tests.site_core.app_processes import fetch

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("multilingual_site")]

CACHED = override_settings(PAGE_CACHE_SECONDS=600, FRAGMENT_CACHE_SECONDS=600)


def latin(url: str) -> str:
    return url.replace("/kk/", "/kk-latn/", 1)


@pytest.fixture
def world(make_post, culture, make_event, gallery, kk_news_index, ru_news_index, locales):
    """An older post in another category, a post translated into Kazakh and Russian, an older
    post of its category (which lists it as related), an event and the music gallery."""
    unrelated = make_post(title="Older culture post", category=culture, date=datetime.date(2026, 10, 1))
    neighbour = make_post(title="Older politics post", date=datetime.date(2026, 10, 2))
    post = make_post(title="Elections")
    return {
        "post": post,
        "kk_post": translate_page(post, locales["kk"], title="Сайлау", category=None),
        "ru_post": translate_page(post, locales["ru"], title="Выборы", category=None),
        "neighbour": neighbour,
        "unrelated": unrelated,
        "event": make_event(title="Nauryz concert"),
        "gallery": gallery,
    }


def stored(client, *urls):
    """Visits every page until the page cache holds it."""
    for url in urls:
        client.get(url)
        assert client.get(url).headers.get("X-Page-Cache") == "hit", url


def states(client, *urls) -> dict[str, str | None]:
    return {url: client.get(url).headers.get("X-Page-Cache") for url in urls}


def others(world) -> list[str]:
    return [world["event"].url, world["gallery"].url, world["unrelated"].url]


def listings() -> list[str]:
    return [
        "/en/news/",
        "/en/news/feed/",
        "/en/news/feed/atom/",
        "/en/",
        "/kk/",
        "/ru/",
        "/kk-latn/",
    ]


@CACHED
def test_a_new_post_shows_on_every_listing_while_unrelated_pages_stay_stored(
    client, world, news_index, politics
):
    stored(client, *listings(), world["neighbour"].url, *others(world))
    # sitemap.xml is never stored by the page cache (``PAGE_CACHE_EXCLUDED_PATHS``).
    assert "/en/news/reopens/" not in client.get("/sitemap.xml").content.decode()
    post = NewsPageFactory(
        parent=news_index,
        locale=news_index.locale,
        title="Embassy reopens",
        slug="reopens",
        category=politics,
        live=False,
    )
    publish(post)
    assert set(states(client, *listings(), world["neighbour"].url).values()) == {"miss"}
    for url in ("/en/news/", "/en/news/feed/", "/en/news/feed/atom/", "/en/", world["neighbour"].url):
        assert "Embassy reopens" in client.get(url).content.decode(), url
    assert "/en/news/reopens/" in client.get("/sitemap.xml").content.decode()
    assert set(states(client, *others(world)).values()) == {"hit"}


@CACHED
def test_an_edited_post_is_fresh_in_every_language_and_script(client, world):
    post, kk_post, ru_post = world["post"], world["kk_post"], world["ru_post"]
    pages = [post.url, kk_post.url, latin(kk_post.url), ru_post.url, kk_post.get_parent().url]
    stored(client, *pages, *listings(), *others(world))
    post.title = "Elections: the results"
    post.save_revision().publish()
    assert set(states(client, *pages, *listings()).values()) == {"miss"}
    assert "Elections: the results" in client.get(post.url).content.decode()
    assert "Elections: the results" in client.get("/en/news/feed/").content.decode()
    assert set(states(client, *others(world)).values()) == {"hit"}


@CACHED
def test_a_post_moved_to_another_category_leaves_its_old_category_related_posts(client, world, culture):
    neighbour, post = world["neighbour"], world["post"]
    stored(client, neighbour.url)
    assert "Elections" in client.get(neighbour.url).content.decode()
    post.category = culture
    post.save_revision().publish()
    assert "Elections" not in client.get(neighbour.url).content.decode()
    assert "Elections" in client.get(world["unrelated"].url).content.decode()


@CACHED
def test_an_event_refreshes_the_calendar_and_home_pages_not_the_news(client, world, calendar_page):
    event = world["event"]
    stored(client, event.url, calendar_page.url, "/en/", world["post"].url, world["gallery"].url)
    event.title = "Nauryz concert moved indoors"
    event.save_revision().publish()
    assert states(client, event.url, calendar_page.url, "/en/") == dict.fromkeys(
        (event.url, calendar_page.url, "/en/"), "miss"
    )
    assert "Nauryz concert moved indoors" in client.get(calendar_page.url).content.decode()
    assert set(states(client, world["post"].url, world["gallery"].url).values()) == {"hit"}


@CACHED
def test_a_track_refreshes_the_gallery_not_the_news_and_a_new_title_every_menu(client, world):
    gallery = world["gallery"]
    stored(client, gallery.url, world["post"].url, world["event"].url)
    tracks = list(gallery.tracks.all())
    tracks[0].title = "Kui of the steppe"
    gallery.tracks = tracks
    gallery.save_revision().publish()
    response = client.get(gallery.url)
    assert response.headers["X-Page-Cache"] == "miss"
    assert "Kui of the steppe" in response.content.decode()
    assert set(states(client, world["post"].url, world["event"].url).values()) == {"hit"}

    gallery.title = "Music of Kazakhstan"
    gallery.show_in_menus = True
    gallery.save_revision().publish()
    response = client.get(world["post"].url)
    assert response.headers["X-Page-Cache"] == "miss"
    assert "Music of Kazakhstan" in response.content.decode()


@CACHED
def test_a_news_category_refreshes_the_news_not_the_events(client, world, politics):
    stored(client, "/en/news/", world["post"].url, world["event"].url, world["gallery"].url)
    politics.name = "Foreign policy"
    politics.save()
    for url in ("/en/news/", world["post"].url):
        response = client.get(url)
        assert response.headers["X-Page-Cache"] == "miss" and "Foreign policy" in response.content.decode()
    assert set(states(client, world["event"].url, world["gallery"].url).values()) == {"hit"}


@CACHED
def test_a_notice_refreshes_every_page(client, world, locales):
    from notices.models import Notice

    pages = ["/en/", "/en/news/", world["post"].url, *others(world)]
    stored(client, *pages)
    Notice.objects.create(
        locale=locales["en"],
        title="Consular section closed",
        starts_at=timezone.now() - datetime.timedelta(hours=1),
    )
    for url in pages:
        response = client.get(url)
        assert (
            response.headers["X-Page-Cache"] == "miss"
            and "Consular section closed" in response.content.decode()
        )


@CACHED
def test_settings_unpublishing_and_moving_refresh_every_page(client, world, site_settings, news_index):
    pages = ["/en/", "/en/news/", world["post"].url, *others(world)]
    stored(client, *pages)
    site_settings.phone = "+1 202 555 0199"
    site_settings.save()
    assert set(states(client, *pages).values()) == {"miss"}

    world["neighbour"].unpublish()
    assert set(states(client, *pages).values()) == {"miss"}

    world["unrelated"].move(news_index, pos="first-child")
    assert set(states(client, *pages).values()) == {"miss"}


def in_request(work):
    found = []
    ContentGenerationMiddleware(lambda request: found.append(work()) or None)(None)
    return found[0]


@CACHED
def test_a_fragment_is_rebuilt_only_when_what_it_names_changes():
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert in_request(lambda: shared("calendar", build, tags=("events",))) == 1
    tag_changed("news")
    assert in_request(lambda: shared("calendar", build, tags=("events",))) == 1
    tag_changed("events")
    assert in_request(lambda: shared("calendar", build, tags=("events",))) == 2


def test_publishing_purges_the_sitemap_from_the_cdn(make_post, settings):
    from tests.integration.purge_receiver import PurgeReceiver

    cdn = PurgeReceiver()
    settings.WAGTAILFRONTENDCACHE = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": cdn.url}
    }
    try:
        post = make_post(title="Visa rules")
        cdn.received.clear()
        post.save_revision().publish()
        assert {"/sitemap.xml", post.url, "/en/news/"} <= cdn.paths()
    finally:
        cdn.close()


@pytest.mark.django_db(transaction=True)
def test_every_process_refreshes_what_a_publish_changed_and_keeps_the_rest(
    app_processes, make_post, make_event, culture
):
    older = make_post(title="Older culture post", category=culture)
    post = make_post(title="Consular hall opens")
    event = make_event(title="Nauryz concert")
    showing_it = [post.url, "/en/news/", "/en/news/feed/", "/en/"]
    # Each process is asked for its own host name (its port), so each stores its own copy.
    for port in app_processes:
        for url in [*showing_it, older.url, event.url]:
            fetch(port, url)
            assert fetch(port, url)[1] == "hit", url

    post.title = "Consular hall opens on Monday"
    post.save_revision().publish()

    for port in app_processes:
        for url in showing_it:
            html, state = fetch(port, url)
            assert state == "miss" and "Consular hall opens on Monday" in html, url
        assert fetch(port, older.url)[1] == "hit"
        assert fetch(port, event.url)[1] == "hit"
