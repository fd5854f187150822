"""The site map for people: one nested list per language, live public pages only."""

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from infopages.models import InfoPage

pytestmark = pytest.mark.django_db


def tree_of(item) -> list:
    """A <li>'s link text and its children, as nested lists."""
    children = item.find("ul", recursive=False)
    return [
        item.a.get_text(),
        [tree_of(li) for li in children.find_all("li", recursive=False)] if children else [],
    ]


@pytest.mark.parametrize(
    ("code", "consular", "passports"),
    [
        ("en", "Consular services", "Passports"),
        ("kk", "Консулдық қызметтер", "Төлқұжаттар"),
        ("ru", "Консульские услуги", "Паспорта"),
    ],
)
def test_site_map_is_a_tree_of_the_languages_pages(client, translated_tree, code, consular, passports):
    response = client.get(f"/{code}/sitemap/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    root = page.select_one("main ul.site-map__tree > li")
    name, sections = tree_of(root)
    assert name == translated_tree[code]["about"].get_parent().title
    assert [section[0] for section in sections][:2] == [translated_tree[code]["about"].title, consular]
    consular_children = next(children for title, children in sections if title == consular)
    assert [child[0] for child in consular_children] == [passports, translated_tree[code]["visas"].title]
    assert root.a["href"] == f"/{code}/"
    assert page.h1 and page.title.get_text().startswith(page.h1.get_text())
    assert page.select_one('meta[name="description"]')["content"]
    assert "/sitemap.xml" in [a["href"] for a in page.select("main a")]
    other = {"en": "Төлқұжаттар", "kk": "Паспорта", "ru": "Passports"}[code]
    assert other not in root.get_text()


def test_site_map_leaves_out_drafts_and_private_pages(client, info_tree):
    draft = InfoPage(title="Draft page", slug="draft", locale=info_tree["consular"].locale)
    info_tree["consular"].add_child(instance=draft)
    draft.unpublish()
    PageViewRestriction.objects.create(page=info_tree["about"], restriction_type="password", password="x")
    text = BeautifulSoup(client.get("/en/sitemap/").content, "html.parser").select_one("main").get_text()
    assert "Consular services" in text and "Passports" in text
    assert "Draft page" not in text and "About the Embassy" not in text


def test_footer_opens_the_site_map_in_the_visitors_language(client, translated_tree):
    for code, label in (("en", "Sitemap"), ("kk", "Сайт картасы"), ("ru", "Карта сайта")):
        footer = BeautifulSoup(client.get(f"/{code}/").content, "html.parser").select_one("footer")
        assert footer.find("a", string=label)["href"] == f"/{code}/sitemap/"


def test_site_map_follows_a_publish_and_costs_a_bounded_number_of_queries(
    client, info_tree, make_info_page, django_assert_max_num_queries
):
    client.get("/en/sitemap/")
    make_info_page(parent=info_tree["visas"], title="Student visas", slug="student")
    assert "Student visas" in client.get("/en/sitemap/").content.decode()
    for n in range(20):
        make_info_page(parent=info_tree["about"], title=f"Page {n}", slug=f"page-{n}")
    client.get("/en/sitemap/")
    with django_assert_max_num_queries(12):
        assert client.get("/en/sitemap/").status_code == 200


def test_xml_sitemap_stays_for_search_engines(client, info_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert b"/en/consular/passports/" in response.content
