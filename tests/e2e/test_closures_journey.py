"""A visitor planning a visit sees in the calendar that the embassy is closed on a day, opens
that day and reads why, in Kazakh, Russian and English, on a desktop and on a phone."""

import datetime
import os
from pathlib import Path

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from closures.models import ClosureDay
from site_core.models import SiteSettings
from tests.conftest import translate_page
from tests.e2e.accessibility import assert_accessible

REASONS = {"en": "Staff training day", "kk": "Қызметкерлерді оқыту күні", "ru": "День обучения сотрудников"}
CLOSED = {"en": "Embassy closed", "kk": "Елшілік жабық", "ru": "Посольство закрыто"}
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def closure(transactional_db, multilingual_site, site_settings, calendar_page, locales):
    SiteSettings.objects.filter(pk=site_settings.pk).update(
        time_zone="Europe/London", host_country="GB", host_subdivision="ENG"
    )
    today = timezone.localdate(timezone=site_settings.zone)
    # A weekday of this month when there is one left after today, so the month view opens on it.
    day = today + datetime.timedelta(days=1)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    translate_page(calendar_page, locales["kk"], title="Іс-шаралар")
    translate_page(calendar_page, locales["ru"], title="Мероприятия")
    source = ClosureDay.objects.create(locale=locales["en"], first_day=day, reason=REASONS["en"])
    for code in ("kk", "ru"):
        translated = source.copy_for_translation(locales[code])
        translated.reason = REASONS[code]
        translated.save()
    return source


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_visitor_sees_a_closure_and_opens_the_day(browser, live_server, closure, language, device, tmp_path):
    # Screenshots for a person to look at: SCREENSHOT_DIR keeps them after the run.
    shots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(locale=language, viewport=VIEWPORTS[device])
    page = context.new_page()
    day = closure.first_day
    page.goto(f"{live_server.url}/{language}/events/{day:%Y/%m}/")
    cell = page.locator(f'td:has(time[datetime="{day.isoformat()}"])')
    note = cell.locator(".month-grid__closed")
    expect(note).to_be_visible()
    expect(note).to_contain_text(CLOSED[language])
    expect(note).to_contain_text(REASONS[language])
    page.screenshot(path=str(shots / f"month-{language}-{device}.png"), full_page=True)
    assert_accessible(page)

    note.click()
    expect(page.locator("h1 time")).to_have_attribute("datetime", day.isoformat())
    notice = page.get_by_role("note")
    expect(notice).to_contain_text(CLOSED[language])
    expect(notice).to_contain_text(REASONS[language])
    page.screenshot(path=str(shots / f"day-{language}-{device}.png"), full_page=True)
    assert_accessible(page)

    page.goto(f"{live_server.url}/{language}/events/")
    expect(page.locator(".closures-box")).to_contain_text(REASONS[language])
    page.screenshot(path=str(shots / f"upcoming-{language}-{device}.png"), full_page=True)
    context.close()
