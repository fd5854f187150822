"""Information pages: where they may be created, what their blocks show, the section menu,
breadcrumbs and main menu in each language, and what a page costs in queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage
from infopages.models import InfoPage
from tests.infopages.conftest import CONTACTS

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_home_and_info_pages_accept_info_pages_at_any_depth(home, make_info_page):
    assert InfoPage in HomePage.allowed_subpage_models()
    about = make_info_page(title="About the Embassy", slug="about")
    ambassador = make_info_page(parent=about, title="The Ambassador", slug="ambassador")
    biography = make_info_page(parent=ambassador, title="Biography", slug="biography")
    assert InfoPage.can_create_at(biography)
    assert biography.url == "/en/about/ambassador/biography/"


def test_questions_open_without_javascript_under_the_right_heading(client, info_tree):
    page = soup(client.get("/en/consular/"))
    accordion = page.select_one(".accordion")
    assert accordion.h2.get_text() == "Frequently asked questions"
    questions = accordion.select("details > summary > h3")
    assert [q.get_text() for q in questions] == ["How do I renew my passport?", "Do I need a visa?"]
    assert "Apply in person." in accordion.select_one("details .accordion__answer").get_text()
    assert not page.select("main script")


def test_contact_block_uses_the_embassy_settings_and_links_phone_email_and_map(client, info_tree):
    page = soup(client.get("/en/contacts/"))
    card = page.select_one(".contact-card")
    assert "125 Example Avenue" in card.address.get_text()
    assert card.select_one('a[href="tel:+442079351199"]').get_text() == "+44 20 7935 1199"
    assert card.select_one('a[href="mailto:info@embassy.example"]')
    assert "Monday to Friday, 09:00–18:00" in card.get_text()
    map_link = card.select_one(".contact-card__map")["href"]
    assert map_link.startswith("https://www.openstreetmap.org/?mlat=51.522600&mlon=-0.157100")
    assert not page.select("main iframe") and not page.select("main script")


def test_contact_block_without_coordinates_searches_the_address(client, make_info_page, site_settings):
    value = {**CONTACTS["value"], "latitude": None, "longitude": None, "address": "1 Kazakh Street\nLondon"}
    make_info_page(title="Contacts", slug="contacts", body=[{"type": "contact", "value": value}])
    card = soup(client.get("/en/contacts/")).select_one(".contact-card")
    assert card.select_one(".contact-card__map")["href"] == (
        "https://www.openstreetmap.org/search?query=1+Kazakh+Street+London"
    )


def test_contacts_page_shows_the_upcoming_closures(client, info_tree, site_settings):
    import datetime

    from django.utils import timezone

    from closures.models import ClosureDay

    soon = timezone.localdate() + datetime.timedelta(days=3)
    ClosureDay.objects.create(
        first_day=soon, last_day=soon, reason="Staff training day", locale=info_tree["contacts"].locale
    )
    page = soup(client.get("/en/contacts/"))
    assert "Staff training day" in page.select_one(".contact-card .closures-box").get_text()


def test_documents_block_gives_title_type_and_size(client, make_info_page):
    from django.core.files.base import ContentFile

    document = Document(title="Visa application form", file_size=2057)
    document.file.save("visa-form.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048))
    document.save()
    body = [
        {
            "type": "documents",
            "value": {"title": "Forms", "documents": [{"document": document.pk, "title": ""}]},
        }
    ]
    make_info_page(title="Visas", slug="visas", body=body)
    item = soup(client.get("/en/visas/")).select_one(".document-list li")
    assert item.a.get_text() == "Visa application form"
    assert item.a["href"] == document.url
    assert "PDF file, 2.0\xa0KB" in item.get_text()


@pytest.mark.parametrize(
    ("code", "home_label", "consular", "passports", "visas"),
    [
        ("en", "Home", "Consular services", "Passports", "Visas"),
        ("kk", "Басты бет", "Консулдық қызметтер", "Төлқұжаттар", "Визалар"),
        ("ru", "Главная", "Консульские услуги", "Паспорта", "Визы"),
    ],
)
def test_breadcrumbs_and_section_menu_in_each_language(
    client, translated_tree, code, home_label, consular, passports, visas
):
    page = soup(client.get(f"/{code}/consular/passports/"))
    crumbs = page.select_one("nav[aria-label] ol")
    assert [a.get_text() for a in crumbs.select("a")] == [home_label, consular, passports]
    assert crumbs.select("a")[-1]["aria-current"] == "page"
    assert crumbs.select("a")[0]["href"] == f"/{code}/"
    menu = page.select_one("nav.section-menu")
    assert menu.select_one(".section-menu__parent a").get_text() == consular
    assert [a.get_text() for a in menu.select("ul a")] == [passports, visas]
    assert menu.select_one('a[aria-current="page"]').get_text() == passports


def test_section_menu_lists_siblings_and_children_but_no_drafts_or_private_pages(
    client, info_tree, make_info_page
):
    draft = InfoPage(title="Draft page", slug="draft", locale=info_tree["consular"].locale)
    info_tree["consular"].add_child(instance=draft)
    draft.unpublish()
    secret = make_info_page(parent=info_tree["consular"], title="Staff only", slug="staff")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    menu = soup(client.get("/en/consular/")).select_one("nav.section-menu")
    top = [a.get_text() for a in menu.select(":scope > ul > li > a")]
    assert top == ["About the Embassy", "Consular services", "Contacts"]
    assert [a.get_text() for a in menu.select("ul ul a")] == ["Passports", "Visas"]
    assert "Draft page" not in menu.get_text() and "Staff only" not in menu.get_text()


def test_info_pages_shown_in_menus_appear_in_the_main_menu(client, translated_tree):
    for code, title in (
        ("en", "Consular services"),
        ("kk", "Консулдық қызметтер"),
        ("ru", "Консульские услуги"),
    ):
        menu = soup(client.get(f"/{code}/")).select_one("nav.main-nav")
        assert title in [a.get_text() for a in menu.select("a")]
        assert "Contacts" not in menu.get_text()  # not flagged for menus
    consular = soup(client.get("/kk/consular/passports/")).select_one("nav.main-nav")
    assert consular.select_one('a[aria-current="page"]').get_text() == "Консулдық қызметтер"


def test_main_menu_follows_a_publish(client, info_tree):
    assert "About the Embassy" in soup(client.get("/en/")).select_one("nav.main-nav").get_text()
    about = info_tree["about"]
    about.title = "Who we are"
    about.save_revision().publish()
    assert "Who we are" in soup(client.get("/en/")).select_one("nav.main-nav").get_text()


@pytest.mark.parametrize(
    ("code", "url"), [("en", "/en/contacts/"), ("kk", "/kk/contacts/"), ("ru", "/ru/contacts/")]
)
def test_footer_links_to_the_contacts_page_in_the_visitors_language(client, translated_tree, code, url):
    footer = soup(client.get(f"/{code}/consular/")).select_one("footer")
    label = {"en": "Contacts", "kk": "Байланыс", "ru": "Контакты"}[code]
    assert footer.find("a", string=label)["href"] == url


def test_footer_has_no_contacts_link_without_a_contacts_page(client, home, site_settings):
    footer = soup(client.get("/en/")).select_one("footer")
    assert footer.find("a", string="Contacts") is None


def count_queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_section_menu_and_breadcrumbs_cost_the_same_whatever_the_tree(client, info_tree, make_info_page):
    deep = info_tree["passports"]
    with_few = count_queries(client, deep.url)
    parent = deep
    for depth in range(4):
        parent = make_info_page(parent=parent, title=f"Level {depth}", slug=f"level-{depth}")
    for n in range(20):
        make_info_page(parent=parent, title=f"Child {n}", slug=f"child-{n}")
        make_info_page(parent=info_tree["consular"], title=f"Sibling {n}", slug=f"sibling-{n}")
    with_many = count_queries(client, parent.url)
    print(f"info page: {with_few} queries in a small tree, {with_many} five levels down among 40 pages")
    assert with_many <= with_few


def test_info_page_query_budget(client, info_tree, django_assert_max_num_queries):
    client.get("/en/consular/passports/")
    with django_assert_max_num_queries(25):
        assert client.get("/en/consular/passports/").status_code == 200
