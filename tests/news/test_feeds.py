import datetime

import feedparser
import pytest

from tests.conftest import translate_page

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize(
    ("url", "content_type"), [("/en/news/feed/", "rss+xml"), ("/en/news/feed/atom/", "atom+xml")]
)
def test_feeds_are_valid_and_list_the_posts(client, make_post, url, content_type):
    make_post(title="Elections", summary="Voters cast their ballots.", date=datetime.date(2007, 8, 20))
    response, feed = parse(client, url)

    assert content_type in response["Content-Type"]
    [entry] = feed.entries
    assert entry.title == "Elections"
    assert "Voters cast their ballots." in entry.summary
    assert entry.link == "http://testserver/en/news/elections/" or entry.link.startswith(
        "http://testserver/en/news/"
    )
    assert entry.published_parsed[:3] == (2007, 8, 20)
    assert entry.author == "Embassy Press Service"
    assert feed.feed.language == "en" if content_type == "rss+xml" else True


def test_feed_is_in_the_feeds_language(client, make_post, kk_news_index, locales):
    post = make_post(title="Elections", summary="English summary")
    translate_page(post, locales["kk"], title="Сайлау", summary="Қазақша түйін")
    _response, feed = parse(client, "/kk/news/feed/")
    assert [entry.title for entry in feed.entries] == ["Сайлау"]
    assert feed.entries[0].summary == "Қазақша түйін"
    assert feed.feed.language == "kk"


def test_guid_is_stable_across_edits_and_differs_between_languages(client, make_post, kk_news_index, locales):
    post = make_post(title="Elections")
    translate_page(post, locales["kk"], title="Сайлау")
    _r, before = parse(client, "/en/news/feed/")

    post.title = "Elections: final results"
    post.slug = "elections-final-results"
    post.save_revision().publish()
    _r, after = parse(client, "/en/news/feed/")
    _r, kazakh = parse(client, "/kk/news/feed/")

    assert after.entries[0].title == "Elections: final results"
    assert after.entries[0].id == before.entries[0].id
    assert kazakh.entries[0].id != before.entries[0].id


def test_category_feed_lists_only_that_category(client, make_post, culture):
    make_post(title="Election news")
    make_post(title="Concert", category=culture)
    _r, feed = parse(client, "/en/news/category/culture/feed/atom/")
    assert [entry.title for entry in feed.entries] == ["Concert"]
    assert feed.feed.title == "News: Culture"


def test_feed_escapes_markup_in_titles(client, make_post):
    make_post(title="<script>alert(1)</script> & more")
    response, feed = parse(client, "/en/news/feed/")
    assert b"<script>" not in response.content
    assert feed.entries[0].title == "<script>alert(1)</script> & more"
