import pytest

from tests.conftest import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def searchable(make_post, kk_news_index, locales):
    post = make_post(title="Parliamentary elections", summary="Voters cast their ballots.")
    translate_page(post, locales["kk"], title="Парламенттік сайлау", summary="Сайлаушылар дауыс берді.")
    return post


def test_search_finds_pages_of_the_current_language_only(client, searchable):
    english = client.get("/en/search/", {"q": "elections"}).content.decode()
    kazakh = client.get("/kk/search/", {"q": "сайлау"}).content.decode()
    kazakh_for_english_word = client.get("/kk/search/", {"q": "elections"}).content.decode()

    assert "Parliamentary elections" in english and "Парламенттік сайлау" not in english
    assert "Парламенттік сайлау" in kazakh and "Parliamentary elections" not in kazakh
    assert "Parliamentary elections" not in kazakh_for_english_word
    assert '<html lang="kk"' in kazakh


def test_empty_search_shows_the_form_without_results(client, searchable):
    response = client.get("/en/search/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="q"' in html and "result" not in html.split("</form>")[1]


def test_very_long_query_is_trimmed_with_a_message(client, searchable):
    response = client.get("/en/search/", {"q": "elections " * 60})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your search was shortened to its first 200 characters." in html


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "elections AND OR NOT",
        "*",
        "a\x00b",
        "<script>alert(1)</script>",
        "%",
        "((",
        "\\",
        "ё" * 5,
        "-",
    ],
)
def test_odd_queries_never_fail_and_are_escaped(client, searchable, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_search_results_paginate_and_keep_the_query(client, make_post):
    for n in range(12):
        make_post(title=f"Embassy reception {n}")
    first = client.get("/en/search/", {"q": "reception"}).content.decode()
    second = client.get("/en/search/", {"q": "reception", "page": "2"}).content.decode()
    assert "12 results" in first
    assert 'href="?q=reception&amp;page=2"' in first
    assert second.count('<li>\n      <h2><a href="') == 2


def test_a_broad_search_shows_the_newest_matches_up_to_the_limit(client, make_post, monkeypatch):
    import datetime

    from site_core.views import search

    monkeypatch.setattr(search, "RANKED_AT_MOST", 3)
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    for n in range(5):
        post = make_post(title=f"Reception {n}", summary="A reception at the Embassy.")
        type(post).objects.filter(pk=post.pk).update(first_published_at=start + datetime.timedelta(days=n))
    html = client.get("/en/search/", {"q": "reception"}).content.decode()
    assert "More than 3 results for “reception”" in html
    assert "Many pages match, so the 3 newest are shown." in html
    titles = [line.split(">")[-1] for line in html.split("</a></h2>")[:-1]]
    assert titles == ["Reception 4", "Reception 3", "Reception 2"]
    assert 'rel="next"' not in html
