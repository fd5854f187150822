"""A visitor reads a Kazakh post in Latin script and goes back to Cyrillic: the switcher keeps
them on the same post, remembers the choice for /, and every screen is accessible."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from kazakh_latin.transliteration import CYRILLIC
from tests.conftest import translate_page
from tests.e2e.accessibility import assert_accessible

TITLE = "Елшілікте Наурыз мерекесі тойланды"
LATIN_TITLE = "Elşılıkte Nauryz merekesı toilandy"


@pytest.fixture
def kazakh_post(transactional_db, multilingual_site, kk_news_index, make_post, locales):
    post = make_post(title="Nauryz at the Embassy", summary="The Embassy celebrated Nauryz.")
    return translate_page(
        post, locales["kk"], title=TITLE, summary="Елшілік Наурыз мерекесін тойлады.", slug="nauryz"
    )


def open_menu(page, device):
    """On a phone the languages are in the header's menu."""
    if device == "phone":
        page.locator(".site-menu__button").click()


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_a_visitor_reads_a_kazakh_post_in_latin_script_and_back(
    browser, live_server, kazakh_post, device, tmp_path
):
    shots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    size = {"width": 1280, "height": 900} if device == "desktop" else {"width": 390, "height": 844}
    context = browser.new_context(locale="kk-KZ", viewport=size)
    page = context.new_page()
    base = live_server.url
    page.goto(f"{base}/kk/news/nauryz/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)

    open_menu(page, device)
    page.get_by_role("navigation", name="Тіл").get_by_role("link", name="Qazaqşa").click()
    expect(page).to_have_url(f"{base}/kk-latn/news/nauryz/")
    expect(page.get_by_role("heading", level=1)).to_have_text(LATIN_TITLE)
    assert page.locator("html").get_attribute("lang") == "kk-Latn"
    main_text = page.locator("main").inner_text()
    assert "Elşılık Nauryz merekesın toilady." in main_text
    assert not CYRILLIC.search(main_text)
    page.screenshot(path=str(shots / f"latin-post-{device}.png"), full_page=True)
    assert_accessible(page)

    # The choice is remembered: / leads to the Latin variant.
    page.goto(f"{base}/")
    expect(page).to_have_url(f"{base}/kk-latn/")

    page.goto(f"{base}/kk-latn/news/nauryz/")
    open_menu(page, device)
    page.get_by_role("navigation", name="Tıl").get_by_role("link", name="Қазақша").click()
    expect(page).to_have_url(f"{base}/kk/news/nauryz/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert page.locator("html").get_attribute("lang") == "kk"
    context.close()
