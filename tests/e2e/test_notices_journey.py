"""A visitor reads a site notice above the page, hides it, and it stays hidden on the next page
of the visit; an emergency notice cannot be hidden. Screenshots of every level in kk, ru and en
on a desktop and a phone go to SCREENSHOT_DIR for a person to look at."""

import datetime
import os
from pathlib import Path

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from notices.models import Notice
from tests.e2e.accessibility import assert_accessible

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
TITLES = {
    Notice.Level.INFORMATION: {
        "en": "The consular section is closed on 16 December for Independence Day",
        "kk": "Консулдық бөлім 16 желтоқсанда Тәуелсіздік күніне байланысты жұмыс істемейді",
        "ru": "Консульский отдел не работает 16 декабря в связи с Днём Независимости",
    },
    Notice.Level.WARNING: {
        "en": "Heavy snow: the visa office opens at 11:00 today",
        "kk": "Қалың қар: виза бөлімі бүгін 11:00-де ашылады",
        "ru": "Сильный снегопад: визовый отдел сегодня открывается в 11:00",
    },
    Notice.Level.EMERGENCY: {
        "en": "Citizens in the flood area: call the embassy hotline +44 20 7000 0000",
        "kk": "Су тасқыны аймағындағы азаматтар: елшіліктің жедел желісіне +44 20 7000 0000 қоңырау шалыңыз",
        "ru": "Гражданам в зоне наводнения: звоните на горячую линию посольства +44 20 7000 0000",
    },
}
MESSAGES = {
    "en": '<p>Read more on the <a href="/en/">home page</a>.</p>',
    "kk": '<p>Толығырақ <a href="/kk/">басты бетте</a>.</p>',
    "ru": '<p>Подробнее на <a href="/ru/">главной странице</a>.</p>',
}


def make_notice(locales, level, starts_at):
    source = Notice.objects.create(
        locale=locales["en"],
        level=level,
        title=TITLES[level]["en"],
        message=MESSAGES["en"],
        starts_at=starts_at,
    )
    for code in ("kk", "ru"):
        translated = source.copy_for_translation(locales[code])
        translated.title = TITLES[level][code]
        translated.message = MESSAGES[code]
        translated.save()
    return source


@pytest.fixture
def site(transactional_db, multilingual_site, make_post, ru_news_index, kk_news_index, locales):
    posts = {"ru": make_post(parent=ru_news_index, title="Визит министра", slug="vizit")}
    posts["kk"] = make_post(parent=kk_news_index, title="Министрдің сапары", slug="sapar")
    posts["en"] = make_post(title="The minister's visit", slug="visit")
    return posts


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_visitor_hides_a_notice_for_the_rest_of_the_visit(browser, live_server, site, locales):
    make_notice(locales, Notice.Level.INFORMATION, timezone.now() - datetime.timedelta(hours=1))
    context = browser.new_context(locale="ru", viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    page.goto(f"{live_server.url}/ru/")
    notice = page.get_by_role("region", name=TITLES[Notice.Level.INFORMATION]["ru"], exact=False)
    expect(notice).to_be_visible()
    assert_accessible(page)

    notice.get_by_role("button", name="Скрыть", exact=False).click()
    expect(notice).to_be_hidden()
    expect(page.locator("#main")).to_be_focused()

    page.goto(f"{live_server.url}{site['ru'].url}")
    expect(page.get_by_role("heading", name="Визит министра")).to_be_visible()
    expect(page.locator(".site-notice")).to_be_hidden()

    # A new visit (a new tab session) shows the notice again.
    fresh = context.new_page()
    fresh.goto(f"{live_server.url}/ru/")
    expect(fresh.locator(".site-notice")).to_be_visible()
    context.close()


def test_an_emergency_notice_cannot_be_hidden(browser, live_server, site, locales):
    make_notice(locales, Notice.Level.EMERGENCY, timezone.now() - datetime.timedelta(minutes=5))
    context = browser.new_context(locale="kk", viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(f"{live_server.url}/kk/")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(TITLES[Notice.Level.EMERGENCY]["kk"])
    expect(alert.get_by_role("button")).to_have_count(0)
    assert_accessible(page)
    context.close()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_every_level_reads_well(browser, live_server, site, locales, language, device, shots):
    now = timezone.now()
    for minutes, level in enumerate(TITLES):
        make_notice(locales, level, now - datetime.timedelta(minutes=10 + minutes))
    context = browser.new_context(locale=language, viewport=VIEWPORTS[device])
    page = context.new_page()
    page.goto(f"{live_server.url}{site[language].url}")
    sections = page.locator(".site-notice")
    expect(sections).to_have_count(3)
    expect(sections.first).to_contain_text(TITLES[Notice.Level.EMERGENCY][language])
    expect(page.locator("[data-notice-dismiss]:visible")).to_have_count(2)
    page.screenshot(path=str(shots / f"notices-{language}-{device}.png"), full_page=False)
    assert_accessible(page)
    context.close()
