import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import assert_accessible


@pytest.fixture
def site(transactional_db, multilingual_site):
    return multilingual_site


def test_russian_visitor_lands_in_russian_and_switches_languages(browser, live_server, site):
    context = browser.new_context(locale="ru-RU", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)

    page.goto(live_server.url + "/")
    expect(page).to_have_url(live_server.url + "/ru/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.get_by_role("heading", level=1)).to_have_text("Посольство Казахстана")
    assert_accessible(page)

    page.get_by_role("navigation", name="Язык").get_by_role("link", name="Қазақша").click()
    expect(page).to_have_url(live_server.url + "/kk/")
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    expect(page.get_by_role("heading", level=1)).to_have_text("Қазақстан Елшілігі")
    expect(page.get_by_role("link", name="Негізгі мазмұнға өту")).to_be_attached()
    assert_accessible(page)

    page.get_by_role("navigation", name="Тіл").get_by_role("link", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("link", name="English")).to_have_attribute("aria-current", "true")
    assert_accessible(page)

    # The choice is remembered: "/" now leads to English despite the Russian browser.
    page.goto(live_server.url + "/")
    expect(page).to_have_url(live_server.url + "/en/")
    assert errors == []
    context.close()


def test_keyboard_user_can_skip_to_the_content_on_a_phone(browser, live_server, site):
    context = browser.new_context(locale="kk-KZ", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/kk/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Негізгі мазмұнға өту")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    assert_accessible(page)
    context.close()
