"""Browsers and a CDN revalidate public pages, feeds and calendars and get 304s; nothing
personal is ever kept by them."""

import datetime

from django.utils import timezone
from django.utils.http import http_date

import pytest

from events.models import EventCalendarPage, EventPage
from news.models import NewsIndexPage, NewsPage
from notices.models import Notice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("multilingual_site")]

A_CDN = {
    "http": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://cdn.invalid",
    }
}
LONG_AGO = timezone.now().replace(microsecond=0) - datetime.timedelta(days=2)


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = A_CDN
    settings.CDN_MAX_AGE = 300


def cache_control(response) -> set[str]:
    return {word.strip() for word in response.get("Cache-Control", "").split(",") if word.strip()}


@pytest.mark.parametrize("page_cache_seconds", [600, 0])
def test_a_page_answers_a_request_naming_its_etag_with_an_empty_304(
    client, settings, make_post, page_cache_seconds
):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    post = make_post(title="Elections")
    first = client.get(post.url)
    assert first.status_code == 200
    assert first["ETag"]

    again = client.get(post.url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    stored = client.get(post.url)
    assert stored["ETag"] == first["ETag"]
    assert stored.get("X-Page-Cache") == ("hit" if page_cache_seconds else None)


def test_after_a_publish_the_old_etag_gets_the_new_page(client, make_post):
    post = make_post(title="Elections")
    old = client.get(post.url)["ETag"]
    post.title = "Elections: the results"
    post.save_revision().publish()
    response = client.get(post.url, headers={"if-none-match": old})
    assert response.status_code == 200
    assert "Elections: the results" in response.content.decode()
    assert response["ETag"] != old


def test_head_gives_the_same_etag_and_answers_304_too(client, make_post):
    post = make_post(title="Elections")
    etag = client.get(post.url)["ETag"]
    head = client.head(post.url)
    assert (head.status_code, head["ETag"]) == (200, etag)
    assert client.head(post.url, headers={"if-none-match": etag}).status_code == 304


def test_without_a_cdn_browsers_revalidate_every_time(client, make_post):
    response = client.get(make_post(title="Elections").url)
    assert cache_control(response) == {"max-age=0", "must-revalidate"}


def test_with_a_cdn_it_keeps_public_pages_and_browsers_revalidate(client, make_post, cdn):
    post = make_post(title="Elections")
    for response in (client.get(post.url), client.get(post.url)):
        assert cache_control(response) == {"public", "max-age=0", "s-maxage=300", "must-revalidate"}
    not_modified = client.get(post.url, headers={"if-none-match": response["ETag"]})
    assert "s-maxage=300" in cache_control(not_modified)


def test_the_cdn_keeps_a_page_no_longer_than_a_notice_shows(client, make_post, locales, cdn):
    post = make_post(title="Elections")
    now = timezone.now()
    Notice.objects.create(
        locale=locales["en"],
        title="Closed on Friday",
        level=Notice.Level.INFORMATION,
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(seconds=120),
    )
    shared = [word for word in cache_control(client.get(post.url)) if word.startswith("s-maxage=")]
    assert len(shared) == 1
    assert 0 < int(shared[0].removeprefix("s-maxage=")) <= 120


def test_editors_admin_forms_and_errors_are_never_kept(client, admin_user, make_post, cdn):
    post = make_post(title="Elections")
    anonymous = [
        client.get("/en/no-such-page/"),
        client.get("/en/newsletter/"),
        client.post("/en/newsletter/", {"email": "not an address"}),
    ]
    assert anonymous[0].status_code == 404
    client.force_login(admin_user)
    editor = [client.get(post.url), client.get("/admin/"), client.get(f"/admin/pages/{post.pk}/edit/")]
    for response in [*anonymous, *editor]:
        words = cache_control(response)
        assert {"private", "no-store"} <= words, response.wsgi_request.path
        assert "public" not in words
        assert "ETag" not in response


def feed_paths(make_post, make_event):
    make_post(title="Elections")
    event = make_event(starts_at=timezone.now() + datetime.timedelta(days=1))
    for model in (NewsPage, NewsIndexPage, EventPage, EventCalendarPage):
        model.objects.update(last_published_at=LONG_AGO)
    return ["/en/news/feed/", "/en/news/feed/atom/", "/en/events/feed.ics", f"{event.url}event.ics"]


def test_feeds_and_calendars_answer_if_modified_since_from_their_last_publish(client, make_post, make_event):
    for path in feed_paths(make_post, make_event):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Last-Modified"] == http_date(LONG_AGO.timestamp()), path

        unchanged = client.get(path, headers={"if-modified-since": response["Last-Modified"]})
        assert (unchanged.status_code, unchanged.content) == (304, b""), path
        older = http_date((LONG_AGO - datetime.timedelta(hours=1)).timestamp())
        assert client.get(path, headers={"if-modified-since": older}).status_code == 200, path
        assert client.get(path, headers={"if-none-match": response["ETag"]}).status_code == 304, path
        assert client.head(path, headers={"if-modified-since": response["Last-Modified"]}).status_code == 304


def test_the_latin_feed_has_its_own_etag(client, make_post, kk_news_index):
    make_post(parent=kk_news_index, title="Сайлау", slug="election")
    cyrillic = client.get("/kk/news/feed/")
    latin = client.get("/kk-latn/news/feed/")
    assert latin.status_code == 200
    assert "Sailau" in latin.content.decode()
    assert latin["ETag"] != cyrillic["ETag"]
    assert client.get("/kk-latn/news/feed/", headers={"if-none-match": cyrillic["ETag"]}).status_code == 200
    assert client.get("/kk-latn/news/feed/", headers={"if-none-match": latin["ETag"]}).status_code == 304
