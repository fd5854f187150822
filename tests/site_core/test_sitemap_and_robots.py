import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_every_language_with_its_alternates(client, multilingual_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)

    entries = {
        url.find("sm:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in tree.findall("sm:url", NS)
    }
    expected_alternates = {
        "kk": "http://testserver/kk/",
        "kk-Latn": "http://testserver/kk-latn/",
        "ru": "http://testserver/ru/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/en/",
    }
    # The Kazakh home in Latin script (kazakh_latin) is listed as a page of its own.
    assert set(entries) == {
        "http://testserver/kk/",
        "http://testserver/kk-latn/",
        "http://testserver/ru/",
        "http://testserver/en/",
    }
    for alternates in entries.values():
        assert alternates == expected_alternates


def test_sitemap_leaves_out_unpublished_pages(client, multilingual_site):
    multilingual_site["ru"].unpublish()
    body = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/ru/</loc>" not in body
    assert 'hreflang="ru"' not in body


def test_robots_txt_points_to_the_sitemap(client, multilingual_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
