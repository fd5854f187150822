"""Search on the Latin variant: Kazakh pages found from a query in Latin (with or without the
diacritics) or in Cyrillic, shown in Latin script; /kk/ and the other languages as before."""

import datetime
import re

from wagtail.rich_text import RichText

import pytest

from kazakh_latin.search import latin_query, latin_search_form
from kazakh_latin.transliteration import CYRILLIC
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db

RESULT_TITLES = re.compile(r"<h2><a href=\"([^\"]*)\"[^>]*>([^<]*)</a>")


@pytest.fixture
def posts(multilingual_site, make_post, kk_news_index, locales):
    nauryz = make_post(title="Nauryz at the Embassy", summary="The spring holiday in London.")
    independence = make_post(title="Independence Day", summary="A reception for the national day.")
    english_only = make_post(title="Nauryz concert in Manchester", summary="Dombra and songs.")
    return {
        "nauryz": translate_page(
            nauryz,
            locales["kk"],
            title="Наурыз мерекесі",
            summary="Елшілікте көктем мерекесі тойланды.",
            body=[("paragraph", RichText("<p>Ұлыстың ұлы күні «Astana Opera» әртістерімен.</p>"))],
        ),
        "independence": translate_page(
            independence,
            locales["kk"],
            title="Тәуелсіздік күні",
            summary="Ұлттық мерекесі құрметіне қабылдау.",
        ),
        "english_only": english_only,
    }


def results(client, path, query):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return html, RESULT_TITLES.findall(html)


@pytest.mark.parametrize("query", ["Nauryz", "nauryz", "NAURYZ", "Наурыз", "наурыз", "Nauryz merekesı"])
def test_latin_variant_finds_a_kazakh_post_from_latin_or_cyrillic(client, posts, query):
    html, found = results(client, "/kk-latn/search/", query)

    assert [title for _href, title in found] == ["Nauryz merekesı"]
    assert found[0][0].startswith("/kk-latn/")
    assert "Nauryz" in html
    assert '<html lang="kk-Latn"' in html


@pytest.mark.parametrize("query", ["Täuelsızdık", "Tauelsizdik", "tauelsizdik", "TÄUELSIZDIK", "Тәуелсіздік"])
def test_latin_variant_finds_with_or_without_diacritics(client, posts, query):
    _html, found = results(client, "/kk-latn/search/", query)

    assert [title for _href, title in found] == ["Täuelsızdık künı"]


def test_result_titles_and_summaries_are_in_latin_script(client, posts):
    html, found = results(client, "/kk-latn/search/", "merekesi")

    assert sorted(title for _href, title in found) == ["Nauryz merekesı", "Täuelsızdık künı"]
    results_list = html.split('<ol class="search-results"')[1].split("</ol>")[0]
    assert not CYRILLIC.search(results_list)
    assert "Elşılıkte köktem merekesı toilandy." in results_list


def test_body_text_and_latin_words_of_a_kazakh_page_are_found(client, posts):
    for query in ("Ulystyn uly kuni", "Ūlystyñ", "astana opera"):
        _html, found = results(client, "/kk-latn/search/", query)
        assert [title for _href, title in found] == ["Nauryz merekesı"], query


def test_every_word_must_match(client, posts):
    _html, found = results(client, "/kk-latn/search/", "Nauryz Tauelsizdik")
    assert found == []


def test_english_pages_are_not_found_on_the_latin_variant(client, posts):
    _html, found = results(client, "/kk-latn/search/", "Manchester")
    assert found == []
    _html, found = results(client, "/kk-latn/search/", "Nauryz")
    assert "Nauryz concert in Manchester" not in [title for _href, title in found]


def test_kazakh_and_english_search_are_unchanged(client, posts):
    kazakh, found = results(client, "/kk/search/", "Наурыз")
    assert [title for _href, title in found] == ["Наурыз мерекесі"]
    assert found[0][0].startswith("/kk/")
    assert '<html lang="kk"' in kazakh

    _english, found = results(client, "/en/search/", "Nauryz")
    assert sorted(title for _href, title in found) == [
        "Nauryz at the Embassy",
        "Nauryz concert in Manchester",
    ]


def test_the_query_is_shown_back_in_latin_script(client, posts):
    html, _found = results(client, "/kk-latn/search/", "Наурыз")
    assert 'value="Nauryz"' in html


def test_a_broad_latin_search_shows_the_newest_matches(client, posts, monkeypatch):
    from site_core.views import search

    monkeypatch.setattr(search, "RANKED_AT_MOST", 1)
    for name, day in (("nauryz", 1), ("independence", 2)):
        page = posts[name]
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=datetime.datetime(2026, 3, day, tzinfo=datetime.UTC)
        )
    html, found = results(client, "/kk-latn/search/", "merekesi")
    assert [title for _href, title in found] == ["Täuelsızdık künı"]  # the newer
    assert "«merekesi» boiynşa 1-den astam nätije" in html


def test_only_kazakh_pages_index_a_latin_search_text(posts):
    assert posts["english_only"].latin_search_text() == ""
    text = posts["nauryz"].latin_search_text()
    assert "nauryz merekesi" in text
    assert "elsilikte koktem merekesi toilandy" in text
    assert "ulystyn uly kuni astana opera" in text
    assert text.isascii() and not CYRILLIC.search(text)


def test_the_query_and_the_index_share_one_form():
    assert (
        latin_query("Täuelsızdık")
        == latin_query("Tauelsizdik")
        == latin_query("Тәуелсіздік")
        == "tauelsizdik"
    )
    assert latin_search_form("«Тәуелсіздік» — күні!") == "tauelsizdik kuni"
    assert latin_query("ъ") == ""
