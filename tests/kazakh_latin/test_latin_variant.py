"""The Kazakh site in Latin script: every Kazakh page, feed and calendar at /kk-latn/ with no
Cyrillic letter a reader sees, links that stay in the variant, and its place beside kk, ru
and en (switcher, hreflang, sitemap, the / redirect, the page cache, the admin's preview)."""

import re
from html.parser import HTMLParser
from io import StringIO

from django.core.management import call_command
from django.utils import translation

from wagtail.models import Page

import pytest

from kazakh_latin.transliteration import CYRILLIC
from kazakh_latin.variant import latin_path

pytestmark = pytest.mark.django_db

READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}


class ReadableText(HTMLParser):
    """What a reader (or a screen reader, or a search engine's snippet) reads on a page: text
    outside scripts and styles and outside translate="no" (the other languages' names), the
    attributes that are read, meta descriptions, and JSON-LD."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        kept = attributes.get("translate") == "no" or (self.stack and self.stack[-1][1])
        script = tag in ("script", "style") and attributes.get("type") != "application/ld+json"
        if tag not in ("meta", "link", "img", "input", "br", "hr", "source"):
            self.stack.append((tag, kept or script))
        if kept:
            return
        for name, value in attributes.items():
            if value and (name in READ_ATTRIBUTES or (tag == "meta" and name == "content")):
                self.found.append(f"<{tag} {name}>{value}")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]) and data.strip():
            self.found.append(data.strip())


def cyrillic_read_on(html: str) -> list[str]:
    parser = ReadableText()
    parser.feed(html)
    return [text[:120] for text in parser.found if CYRILLIC.search(text)]


@pytest.fixture
def demo(tmp_path, settings):
    settings.VAR_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_demo_content", stdout=StringIO())


def test_every_live_kazakh_page_reads_in_latin_script(client, demo):
    pages = Page.objects.live().filter(locale__language_code="kk", depth__gt=1).specific()
    assert pages.count() > 15
    feeds = set()
    for page in pages:
        path = latin_path(page.get_url())
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert '<html lang="kk-Latn"' in html, path
        assert cyrillic_read_on(html) == [], path
        # Links lead to the variant, except those naming their language (switcher, alternates).
        cyrillic_links = [tag for tag in re.findall(r'<[^>]*href="/kk/[^>]*>', html) if "hreflang" not in tag]
        assert cyrillic_links == [], path
        feeds.update(re.findall(r'type="application/(?:rss|atom)\+xml"[^>]*href="([^"]+)"', html))
    assert any(feed.startswith("/kk-latn/") for feed in feeds)
    for feed in feeds:
        body = client.get(feed).content.decode()
        assert not CYRILLIC.search(body), feed
        assert "/kk/" not in body, feed


def test_the_calendar_feed_is_in_latin_script(client, demo):
    calendar = (
        Page.objects.live().filter(locale__language_code="kk", content_type__model="eventcalendarpage").get()
    )
    body = client.get(latin_path(calendar.get_url()) + "feed.ics").content.decode()
    assert body.startswith("BEGIN:VCALENDAR")
    assert "SUMMARY:" in body
    assert not CYRILLIC.search(body)


def test_a_latin_page_sits_beside_kazakh_russian_and_english(client, multilingual_site):
    html = client.get("/kk-latn/").content.decode()
    assert '<html lang="kk-Latn"' in html
    assert '<link rel="canonical" href="http://testserver/kk-latn/">' in html
    assert '<link rel="alternate" hreflang="kk-Latn" href="http://testserver/kk-latn/">' in html
    assert '<link rel="alternate" hreflang="kk" href="http://testserver/kk/">' in html
    # The switcher names each language in its own script and marks the Latin entry current.
    latin_entry = 'hreflang="kk-Latn" translate="no" data-language-choice="kk-latn" aria-current="true">'
    assert latin_entry + "Qazaqşa</a>" in html
    assert (
        '<a href="/kk/" lang="kk" hreflang="kk" translate="no" data-language-choice="kk">Қазақша</a>' in html
    )
    assert ">Русский</a>" in html
    cyrillic_html = client.get("/kk/").content.decode()
    assert 'href="/kk-latn/" lang="kk-Latn"' in cyrillic_html
    assert ">Qazaqşa</a>" in cyrillic_html


def test_addresses_without_the_slash_and_redirects_stay_in_the_variant(
    client, multilingual_site, kk_news_index
):
    assert client.get("/kk-latn")["Location"] == "/kk-latn/"
    response = client.get("/kk-latn/news")
    assert response.status_code == 301
    assert response["Location"] == "/kk-latn/news/"
    missing = client.get("/kk-latn/no-such-page/")
    assert missing.status_code == 404
    assert not cyrillic_read_on(missing.content.decode())


@pytest.mark.parametrize(
    ("cookie", "accept", "expected"),
    [
        ("kk-latn", "", "/kk-latn/"),
        ("", "kk-Latn,kk;q=0.8,ru;q=0.5", "/kk-latn/"),
        ("", "kk-Latn-KZ", "/kk-latn/"),
        ("", "kk,kk-Latn;q=0.5", "/kk/"),
        ("", "ru,kk-Latn;q=0.5", "/ru/"),
        ("kk", "kk-Latn", "/kk/"),
    ],
)
def test_the_root_redirect_knows_the_latin_variant(client, multilingual_site, cookie, accept, expected):
    if cookie:
        client.cookies["django_language"] = cookie
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response["Location"] == expected


def test_the_page_cache_keeps_each_script_apart(client, multilingual_site, settings):
    settings.PAGE_CACHE_SECONDS = 60
    cyrillic = client.get("/kk/")
    latin = client.get("/kk-latn/")
    again = client.get("/kk-latn/")
    assert latin.get("X-Page-Cache") == "miss" and again.get("X-Page-Cache") == "hit"
    assert again.content == latin.content
    assert int(again["Content-Length"]) == len(again.content)
    assert "Қазақстан" in cyrillic.content.decode()
    assert not cyrillic_read_on(again.content.decode())


def test_editors_preview_a_kazakh_page_in_latin_script(admin_client, multilingual_site, kk_news_index):
    kazakh = kk_news_index
    with translation.override("en"):
        assert ("kk-latn", "Latin script") in [(mode, str(label)) for mode, label in kazakh.preview_modes]
    assert "kk-latn" not in dict(multilingual_site["en"].preview_modes)
    # The edit view offers the mode in its preview panel.
    assert 'value="kk-latn"' in admin_client.get(f"/admin/pages/{kazakh.pk}/edit/").content.decode()
    response = kazakh.make_preview_request(preview_mode="kk-latn")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Jañalyqtar" in html
    assert not cyrillic_read_on(html)
