import re

from django.conf import settings

from wagtail.models import Page

import pytest

from site_core.language_links import language_links

pytestmark = pytest.mark.django_db

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def switcher_links(html: str) -> list[str]:
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return re.findall(r"<a [^>]*>[^<]*</a>", nav)


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_each_language_home_has_its_lang_switcher_and_alternates(client, multilingual_site, code):
    response = client.get(f"/{code}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{code}"' in html
    assert multilingual_site[code].hero_title in html

    links = switcher_links(html)
    # kk, Kazakh in Latin script (kazakh_latin), ru, en
    assert len(links) == 4
    [latin] = [link for link in links if 'hreflang="kk-Latn"' in link]
    assert 'href="/kk-latn/"' in latin and ">Qazaqşa</a>" in latin and 'aria-current="true"' not in latin
    for other, name in LANGUAGE_NAMES.items():
        [link] = [link for link in links if f'hreflang="{other}"' in link]
        assert f'href="/{other}/"' in link
        assert f'lang="{other}"' in link
        assert f">{name}</a>" in link
        assert ('aria-current="true"' in link) == (other == code)

    for other in LANGUAGE_NAMES:
        assert f'<link rel="alternate" hreflang="{other}" href="http://testserver/{other}/">' in html
    assert '<link rel="alternate" hreflang="kk-Latn" href="http://testserver/kk-latn/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/">' in html
    assert f'<link rel="canonical" href="http://testserver/{code}/">' in html


def test_switcher_falls_back_to_the_language_home_when_a_page_is_untranslated(rf, multilingual_site):
    english_only = multilingual_site["en"].add_child(
        instance=Page(title="Consular services", slug="consular")
    )
    english_only.save_revision().publish()

    links = {link.code: link for link in language_links(rf.get("/en/consular/"), english_only)}

    assert links["en"].url == "/en/consular/" and links["en"].is_translated
    assert links["kk"].url == "/kk/" and not links["kk"].is_translated
    assert links["ru"].url == "/ru/" and not links["ru"].is_translated


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ru-RU,ru;q=0.9,en;q=0.8", "/ru/"),
        ("kk-KZ,kk;q=0.9", "/kk/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, multilingual_site, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]


def test_root_redirect_prefers_the_language_cookie(client, multilingual_site):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "kk"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response["Location"] == "/kk/"


def test_unknown_language_prefix_is_404(client, multilingual_site):
    assert client.get("/de/").status_code == 404
    assert client.get("/de/news/").status_code == 404


def test_unprefixed_path_redirects_into_a_language(client, multilingual_site):
    response = client.get("/some-page/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/some-page/"


def test_missing_page_is_a_404_in_the_language_of_the_url(client, multilingual_site):
    response = client.get("/kk/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="kk"' in html
    assert "Бет табылмады" in html
    assert 'name="robots" content="noindex"' in html
