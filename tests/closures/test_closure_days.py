"""A closure an editor adds in the admin shows everywhere visitors plan a visit: the month
grid, the day, the calendar's upcoming closures and the iCalendar feed; saving it refreshes
cached pages."""

import datetime
import re

from django.test import override_settings
from django.utils import timezone

import icalendar
import pytest

from closures.models import ClosureDay

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/snippets/closures/closureday/add/"
# A month view once the shared fragments are built: the events' rows, the closures, and the
# page's own lookups; the same with one closure or thirty.
MONTH_QUERIES = 4


@pytest.fixture
def soon(embassy):
    """A weekday ten to sixteen days ahead, inside every window that looks forward."""
    day = timezone.localdate(timezone=embassy.zone) + datetime.timedelta(days=10)
    return day + datetime.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


@pytest.fixture
def staff_day(admin_client, calendars, soon):
    fields = {"first_day": soon.isoformat(), "last_day": "", "reason": "Staff training day"}
    response = admin_client.post(f"{ADD_URL}?locale=en", fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ClosureDay.objects.get(reason="Staff training day")


def month_path(language, day):
    return f"/{language}/events/{day:%Y/%m}/"


def test_an_editors_closure_is_one_day_in_english(staff_day, soon):
    assert (staff_day.first_day, staff_day.last_day, staff_day.locale.language_code) == (soon, soon, "en")


def test_the_closure_shows_in_the_month_grid(client, staff_day, soon):
    html = client.get(month_path("en", soon)).content.decode()
    cell = re.search(rf'<time datetime="{soon}">.*?</td>', html, re.S).group(0)
    assert "<strong>Embassy closed</strong> Staff training day</a>" in cell


def test_the_day_view_says_the_embassy_is_closed_and_why(client, staff_day, soon):
    html = client.get(f"/en/events/{soon:%Y/%m/%d}/").content.decode()
    notice = re.search(r'<div class="closed-notice" role="note">.*?</div>', html, re.S).group(0)
    assert "Embassy closed" in notice
    assert "Staff training day" in notice


def test_the_calendar_page_lists_upcoming_closures(client, staff_day, soon):
    html = client.get("/en/events/").content.decode()
    box = re.search(r'<section class="closures-box".*?</section>', html, re.S).group(0)
    assert "Upcoming closures" in box
    assert f"Closed on {soon.day} {soon:%B}: Staff training day" in box


def test_untranslated_closures_show_in_english_and_translated_ones_in_the_visitors_language(
    client, staff_day, soon, locales
):
    assert "Елшілік жабық: Staff training day" not in client.get("/kk/events/").content.decode()
    assert "Staff training day" in client.get(month_path("kk", soon)).content.decode()
    kazakh = staff_day.copy_for_translation(locales["kk"])
    kazakh.reason = "Қызметкерлерді оқыту күні"
    kazakh.save()
    html = client.get(month_path("kk", soon)).content.decode()
    assert "<strong>Елшілік жабық</strong> Қызметкерлерді оқыту күні" in html
    assert "Staff training day" not in html
    assert "Қызметкерлерді оқыту күні" in client.get("/kk/events/").content.decode()


def test_the_ical_feed_has_the_closure_as_a_free_all_day_event(client, staff_day, soon):
    first = icalendar.Calendar.from_ical(client.get("/en/events/feed.ics").content)
    closed = [e for e in first.walk("VEVENT") if str(e["summary"]) == "Embassy closed: Staff training day"]
    assert len(closed) == 1
    event = closed[0]
    assert event.decoded("dtstart") == soon
    assert event.decoded("dtend") == soon + datetime.timedelta(days=1)
    assert str(event["transp"]) == "TRANSPARENT"
    again = icalendar.Calendar.from_ical(client.get("/en/events/feed.ics").content)
    assert str(event["uid"]) in {str(e["uid"]) for e in again.walk("VEVENT")}


def test_the_ical_feed_names_closures_and_holidays_in_its_language(client, staff_day, locales):
    kazakh = staff_day.copy_for_translation(locales["kk"])
    kazakh.reason = "Қызметкерлерді оқыту күні"
    kazakh.save()
    feed = icalendar.Calendar.from_ical(client.get("/kk/events/feed.ics").content)
    summaries = {str(e["summary"]): str(e["uid"]) for e in feed.walk("VEVENT")}
    assert "Елшілік жабық: Қызметкерлерді оқыту күні" in summaries
    english = icalendar.Calendar.from_ical(client.get("/en/events/feed.ics").content)
    # The same closure has the same UID in every language, so a calendar app replaces it.
    english_uids = {str(e["uid"]) for e in english.walk("VEVENT")}
    assert summaries["Елшілік жабық: Қызметкерлерді оқыту күні"] in english_uids
    assert any(summary.startswith("Елшілік жабық: ") and "Staff" not in summary for summary in summaries)


def test_a_range_of_days_is_shown_on_each_day(admin_client, client, calendars, soon):
    last = soon + datetime.timedelta(days=2)
    admin_client.post(
        f"{ADD_URL}?locale=en",
        {"first_day": soon.isoformat(), "last_day": last.isoformat(), "reason": "Office move"},
    )
    for day in (soon, soon + datetime.timedelta(days=1), last, last + datetime.timedelta(days=1)):
        html = client.get(f"/en/events/{day:%Y/%m/%d}/").content.decode()
        assert ('<div class="closed-notice"' in html) is (day <= last)
    assert (
        f"Closed from {soon.day} {soon:%B} to {last.day} {last:%B}: Office move"
        in client.get("/en/events/").content.decode()
    )


@pytest.mark.parametrize(
    ("last_day", "message"),
    [("2026-12-01", "The last day cannot come before the first day."), ("2028-01-01", "at most 366 days")],
)
def test_bad_dates_are_form_errors(admin_client, calendars, last_day, message):
    response = admin_client.post(
        f"{ADD_URL}?locale=en", {"first_day": "2026-12-10", "last_day": last_day, "reason": "Oops"}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ClosureDay.objects.exists()


@override_settings(PAGE_CACHE_SECONDS=600)
def test_saving_a_closure_refreshes_cached_pages(client, admin_client, calendars, soon):
    path = month_path("en", soon)
    client.get(path)
    assert client.get(path).headers.get("X-Page-Cache") == "hit"
    admin_client.post(f"{ADD_URL}?locale=en", {"first_day": soon.isoformat(), "reason": "Power cut"})
    response = client.get(path)
    assert response.headers.get("X-Page-Cache") == "miss"
    assert "Power cut" in response.content.decode()


@override_settings(PAGE_CACHE_SECONDS=0)
def test_closures_cost_the_same_queries_whatever_their_number(
    client, calendars, soon, locales, django_assert_num_queries
):
    path = month_path("en", soon)
    ClosureDay.objects.create(locale=locales["en"], first_day=soon, reason="Closure 0")
    # The first request after a save builds the shared fragments again; the budget is for the next.
    client.get(path)
    with django_assert_num_queries(MONTH_QUERIES):
        assert "Closure 0" in client.get(path).content.decode()
    for n in range(1, 30):
        ClosureDay.objects.create(locale=locales["en"], first_day=soon, reason=f"Closure {n}")
    client.get(path)
    with django_assert_num_queries(MONTH_QUERIES):
        assert "Closure 29" in client.get(path).content.decode()
