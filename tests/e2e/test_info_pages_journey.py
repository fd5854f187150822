"""A visitor looking for consular help opens Consular services from the main menu, reads an
answer with the keyboard, goes on to Contacts through the section menu and opens the site map
from the footer: in Kazakh, Russian and English, on a desktop and on a phone."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from infopages.demo import load_demo
from tests.e2e.accessibility import assert_accessible

CONSULAR = {"en": "Consular services", "kk": "Консулдық қызметтер", "ru": "Консульские услуги"}
QUESTION = {
    "en": "How do I renew my passport?",
    "kk": "Төлқұжатымды қалай ауыстырамын?",
    "ru": "Как заменить паспорт?",
}
ANSWER = {"en": "Book an appointment", "kk": "Қабылдауға алдын ала жазылып", "ru": "Запишитесь на приём"}
CONTACTS = {"en": "Contacts", "kk": "Байланыс", "ru": "Контакты"}
SITEMAP = {"en": "Sitemap", "kk": "Сайт картасы", "ru": "Карта сайта"}
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def info_pages(transactional_db, multilingual_site, site_settings):
    load_demo(lambda _line: None)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_visitor_finds_consular_help_and_the_contacts(
    browser, live_server, info_pages, language, device, tmp_path
):
    shots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale=language, viewport=VIEWPORTS[device]).new_page()
    page.goto(f"{live_server.url}/{language}/")
    menu = page.get_by_role(
        "navigation",
        name={"en": "Main navigation", "kk": "Негізгі мәзір", "ru": "Главное меню"}[language],
    )
    # On a phone the main menu sits behind the header's "Menu" disclosure.
    toggle = page.locator("summary.site-menu__button")
    if toggle.is_visible():
        toggle.click()
    menu.get_by_role("link", name=CONSULAR[language]).click()
    expect(page.locator("h1")).to_have_text(CONSULAR[language])

    summary = page.locator("summary", has_text=QUESTION[language])
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text(ANSWER[language])).to_be_visible()
    page.screenshot(path=str(shots / f"consular-{language}-{device}.png"), full_page=True)
    assert_accessible(page)

    page.locator("nav.section-menu").get_by_role("link", name=CONTACTS[language]).click()
    expect(page.locator("h1")).to_have_text(CONTACTS[language])
    expect(page.locator(".contact-card a[href^='tel:']").first).to_be_visible()
    page.screenshot(path=str(shots / f"contacts-{language}-{device}.png"), full_page=True)
    assert_accessible(page)

    page.locator("footer").get_by_role("link", name=SITEMAP[language]).click()
    expect(page).to_have_url(f"{live_server.url}/{language}/sitemap/")
    expect(page.locator("main ul.site-map__tree")).to_contain_text(CONSULAR[language])
    page.screenshot(path=str(shots / f"sitemap-{language}-{device}.png"), full_page=True)
    assert_accessible(page)
