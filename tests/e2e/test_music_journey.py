import pytest
from playwright.sync_api import expect

from tests.conftest import translate_page
from tests.e2e.accessibility import assert_accessible


@pytest.fixture
def music(transactional_db, multilingual_site, gallery, locales):
    russian = translate_page(gallery, locales["ru"], title="Музыка Казахстана")
    tracks = list(russian.tracks.order_by("sort_order"))
    for track in tracks:
        track.title = track.title.replace("Sample", "Фрагмент")
    russian.tracks = tracks
    russian.save_revision().publish()
    return gallery


def test_visitor_plays_a_track_and_switches_to_russian(browser, live_server, music):
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/en/music/")
    expect(page.locator("audio[data-audio-player]")).to_have_count(3)
    assert_accessible(page)

    first = page.locator("audio[data-audio-player]").first
    # The play button sits at the left end of Chromium's native controls.
    box = first.bounding_box()
    first.click(position={"x": 22, "y": box["height"] / 2})
    page.wait_for_function(
        "() => document.querySelector('audio[data-audio-player]').currentTime > 0.3", timeout=10_000
    )
    assert first.evaluate("player => player.paused") is False

    # Only one track plays at a time.
    second = page.locator("audio[data-audio-player]").nth(1)
    second.evaluate("player => player.play()")
    page.wait_for_function("() => document.querySelectorAll('audio[data-audio-player]')[1].currentTime > 0.1")
    assert first.evaluate("player => player.paused") is True

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    expect(page).to_have_url(f"{live_server.url}/ru/music/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator("audio[data-audio-player]")).to_have_count(3)
    expect(page.get_by_role("heading", name="Фрагмент 1")).to_be_visible()
    assert_accessible(page)
    context.close()
