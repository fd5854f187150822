import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.utils import timezone

import icalendar
import pytest
from playwright.sync_api import expect

from site_core.models import SiteSettings
from tests.conftest import translate_page
from tests.e2e.accessibility import assert_accessible

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def events(transactional_db, multilingual_site, site_settings, calendar_page, make_event, locales):
    SiteSettings.objects.filter(pk=site_settings.pk).update(time_zone="Europe/London")
    day = timezone.localdate(timezone=LONDON) + datetime.timedelta(days=2)
    reception = make_event(
        title="Film evening",
        starts_at=datetime.datetime.combine(day, datetime.time(19), LONDON),
        venue_name="Embassy",
        free_entry=True,
    )
    translate_page(calendar_page, locales["kk"], title="Іс-шаралар")
    translate_page(reception, locales["kk"], title="Кино кеші", summary="Қазақ киносы.", venue_name="Елшілік")
    return reception


def test_visitor_browses_months_opens_an_event_and_downloads_it(browser, live_server, events):
    base = live_server.url
    context = browser.new_context(
        locale="en-GB", accept_downloads=True, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(f"{base}/en/events/")
    expect(page.get_by_role("link", name="Film evening")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Month view").click()
    month_heading = page.get_by_role("heading", level=1).inner_text()
    expect(page.get_by_role("table")).to_be_visible()
    expect(page.locator("td[aria-current=date]")).to_have_count(1)
    assert_accessible(page)

    page.get_by_role("link", name="Next month →").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text(month_heading)
    page.get_by_role("link", name="← Previous month").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(month_heading)

    if events.starts_at.astimezone(LONDON).month != timezone.localdate(timezone=LONDON).month:
        page.get_by_role("link", name="Next month →").click()
    page.get_by_role("table").get_by_role("link", name="Film evening").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Film evening")
    expect(page.locator(".event-facts")).to_contain_text("19:00")
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    calendar = icalendar.Calendar.from_ical(Path(download_info.value.path()).read_bytes())
    [event] = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Film evening"
    assert event["dtstart"].dt.astimezone(LONDON).hour == 19

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Қазақша").click()
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    expect(page.get_by_role("heading", level=1)).to_have_text("Кино кеші")
    expect(page.get_by_role("link", name="Күнтізбеме қосу (.ics)")).to_be_visible()
    assert_accessible(page)
    context.close()
