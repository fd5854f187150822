"""On a phone the header is one compact row: the brand and a Menu button that opens search,
languages and sections, by pointer or keyboard, with or without JavaScript. Desktop keeps the
full header."""

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import assert_accessible

PHONE = {"width": 390, "height": 844}
# Measured at 390x844: 274 px before the compact header, 71-75 px after (a two-line name).
MAX_PHONE_HEADER = 110


@pytest.fixture
def site(transactional_db, multilingual_site, news_index):
    return multilingual_site


def header_height(page) -> float:
    return page.locator(".site-header").evaluate("header => header.getBoundingClientRect().height")


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_phone_header_is_compact_and_its_menu_opens(browser, live_server, site, language):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/")
    assert header_height(page) <= MAX_PHONE_HEADER
    search = page.locator("#header-search-query")
    menu_button = page.locator(".site-menu__button")
    expect(search).to_be_hidden()
    expect(page.locator(".main-nav")).to_be_hidden()
    assert_accessible(page)

    menu_button.click()
    expect(search).to_be_visible()
    expect(page.locator(".language-switcher a[hreflang=kk]")).to_be_visible()
    expect(page.locator(".main-nav a").first).to_be_visible()
    assert_accessible(page)
    menu_button.click()
    expect(search).to_be_hidden()
    context.close()


def test_phone_menu_opens_from_the_keyboard(browser, live_server, site):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('site-menu__button')"):
            break
    expect(page.locator(".site-menu__button")).to_be_focused()
    expect(page.locator(".site-menu")).not_to_have_attribute("open", "")
    page.keyboard.press("Enter")
    expect(page.locator(".site-menu")).to_have_attribute("open", "")
    page.keyboard.press("Tab")
    expect(page.locator("#header-search-query")).to_be_focused()
    page.keyboard.type("visa")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/en/search/?q=visa")
    context.close()


def test_phone_menu_opens_without_javascript(browser, live_server, site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/ru/")
    expect(page.locator("#header-search-query")).to_be_hidden()
    page.locator(".site-menu__button").click()
    expect(page.locator("#header-search-query")).to_be_visible()
    expect(page.locator(".main-nav a").first).to_be_visible()
    context.close()


def test_desktop_header_shows_everything_without_a_menu_button(browser, live_server, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/en/")
    expect(page.locator(".site-menu__button")).to_be_hidden()
    expect(page.locator("#header-search-query")).to_be_visible()
    expect(page.locator(".language-switcher a[hreflang=ru]")).to_be_visible()
    expect(page.locator(".main-nav a").first).to_be_visible()
    assert_accessible(page)
    context.close()
