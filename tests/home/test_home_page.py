from wagtail import hooks
from wagtail.models import Page

import pytest

from site_core.home_sections import HOOK_NAME, HomeSection

pytestmark = pytest.mark.django_db


def test_home_page_shows_hero_and_no_empty_sections(client, multilingual_site):
    html = client.get("/en/").content.decode()
    assert '<h1 id="hero-title">Embassy of Kazakhstan</h1>' in html
    assert "Welcome to the official website of the Embassy." in html
    assert "home-sections" not in html


def test_home_page_shows_the_sections_apps_contribute(client, multilingual_site):
    def latest_news(request, home_page):
        return HomeSection(key="news", template="tests/home_section.html", context={"heading": "Latest news"})

    def nothing_to_show(request, home_page):
        return None

    with (
        hooks.register_temporarily(HOOK_NAME, latest_news),
        hooks.register_temporarily(HOOK_NAME, nothing_to_show),
    ):
        html = client.get("/en/").content.decode()
    assert 'class="home-sections' in html
    assert "<h2>Latest news</h2>" in html
    assert html.count('class="home-section"') == 1


def test_main_menu_lists_the_pages_of_the_current_language_only(client, multilingual_site):
    english = multilingual_site["en"].add_child(
        instance=Page(title="Consular services", slug="consular", show_in_menus=True)
    )
    english.save_revision().publish()
    hidden = multilingual_site["en"].add_child(
        instance=Page(title="Internal", slug="internal", show_in_menus=False)
    )
    hidden.save_revision().publish()

    english_html = client.get("/en/").content.decode()
    kazakh_html = client.get("/kk/").content.decode()

    assert '<a href="/en/consular/">Consular services</a>' in english_html
    assert "Internal" not in english_html
    assert "Consular services" not in kazakh_html
    assert '<a href="/kk/" aria-current="page">Басты бет</a>' in kazakh_html


def test_home_page_has_a_skip_link_and_landmarks(client, multilingual_site):
    html = client.get("/ru/").content.decode()
    assert '<a class="skip-link" href="#main">Перейти к основному содержанию</a>' in html
    assert '<main id="main"' in html
    assert '<nav class="main-nav" aria-label="Главное меню">' in html
    assert '<footer class="site-footer">' in html
