"""A calendar with many events: busy days link to the day, the month's list is paged, and events
whose repetitions are over are never loaded."""

import datetime
import re
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from events.models import EventPage
from site_core.models import SiteSettings

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture(autouse=True)
def london(site_settings):
    SiteSettings.objects.filter(pk=site_settings.pk).update(time_zone="Europe/London")


def at(day, hour=10):
    return datetime.datetime(2026, 12, day, hour, tzinfo=LONDON)


def cell(html, day: str) -> str:
    match = re.search(rf'<time datetime="{day}">.*?</td>', html, re.S)
    assert match, day
    return match.group(0)


def test_a_busy_day_shows_three_events_and_links_to_the_day(client, make_event):
    for n in range(6):
        make_event(title=f"Meeting {n}", starts_at=at(9, 9 + n))
    for n in range(4):
        make_event(title=f"Talk {n}", starts_at=at(10, 9 + n))
    html = client.get("/en/events/2026/12/").content.decode()

    busy = cell(html, "2026-12-09")
    assert re.findall(r'<a href="/en/events/([\w-]+)/">(Meeting \d)</a>', busy) == [
        (f"event-{n}", f"Meeting {n}") for n in range(3)
    ]
    assert 'href="/en/events/2026/12/09/"' in busy
    assert "+3 more" in busy and "on 9 December" in busy
    # Four fit: a link would only take the fourth one's place.
    assert len(re.findall(r">Talk \d</a>", cell(html, "2026-12-10"))) == 4
    assert "more" not in cell(html, "2026-12-10")

    day = client.get("/en/events/2026/12/09/").content.decode()
    titles = re.findall(r'<h2 class="event-item__title"><a href="[^"]+">([^<]+)</a>', day)
    assert titles == [f"Meeting {n}" for n in range(6)]
    assert "Wednesday, 9 December 2026" in day
    assert 'href="/en/events/2026/12/08/" rel="prev"' in day
    assert 'href="/en/events/2026/12/10/" rel="next"' in day
    assert 'href="/en/events/2026/12/"' in day


def test_the_day_view_includes_a_repeating_event_and_an_event_running_across_midnight(client, make_event):
    make_event(title="Weekly hours", starts_at=at(2), repeat="weekly")
    make_event(title="Night vigil", starts_at=at(15, 22), ends_at=at(16, 2))
    make_event(title="Another day", starts_at=at(17))
    html = client.get("/en/events/2026/12/16/").content.decode()
    titles = re.findall(r'<h2 class="event-item__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles == ["Night vigil", "Weekly hours"]
    assert "No events on this day." in client.get("/en/events/2026/12/18/").content.decode()


def test_the_day_view_speaks_kazakh(client, make_event, kk_home, calendar_page, locales):
    from tests.conftest import translate_page

    translate_page(calendar_page, locales["kk"], title="Іс-шаралар")
    html = client.get("/kk/events/2026/12/16/").content.decode()
    assert "Сәрсенбі" in html
    assert "Бұл күні іс-шара жоқ." in html


@pytest.mark.parametrize(
    "url",
    ["/en/events/2026/02/30/", "/en/events/2026/13/01/", "/en/events/2026/12/00/", "/en/events/0000/01/01/"],
)
def test_days_that_do_not_exist_are_404(client, calendar_page, url):
    assert client.get(url).status_code == 404


def test_the_months_list_is_paged(client, make_event):
    for n in range(35):
        make_event(title=f"Event {n:02d}", starts_at=at(1 + n % 28, 8 + n // 28))
    first = client.get("/en/events/2026/12/").content.decode()
    assert "(1–30 of 35)" in first
    assert len(re.findall(r'<h3 class="event-item__title">', first)) == 30
    assert 'href="?page=2#month-list" rel="next"' in first
    second = client.get("/en/events/2026/12/?page=2").content.decode()
    assert "(31–35 of 35)" in second
    assert len(re.findall(r'<h3 class="event-item__title">', second)) == 5
    # A page number that is not one shows the first page, never an error.
    assert client.get("/en/events/2026/12/?page=abc").status_code == 200


def test_an_event_whose_repetitions_are_over_is_not_loaded(make_event, calendar_page):
    over = make_event(
        title="Eight weeks", starts_at=at(1) - datetime.timedelta(weeks=20), repeat="weekly", repeat_count=8
    )
    running = make_event(title="Forever", starts_at=at(1) - datetime.timedelta(weeks=20), repeat="weekly")
    until = make_event(
        title="Until March",
        starts_at=at(1) - datetime.timedelta(weeks=20),
        repeat="weekly",
        repeat_until=datetime.date(2027, 3, 1),
    )
    assert over.last_ends_at == at(1) - datetime.timedelta(weeks=13) + datetime.timedelta(hours=1)
    assert running.last_ends_at is None
    loaded = set(calendar_page.events_overlapping(at(1), at(31)).values_list("title", flat=True))
    assert loaded == {"Forever", "Until March"}
    assert until.last_ends_at.astimezone(LONDON).date() == datetime.date(2027, 2, 23)


def test_a_new_time_zone_moves_the_bounds_of_monthly_events(client, make_event, site_settings):
    # 03:00 UTC on 1 February is 22:00 on 31 January in New York: monthly there means the 31st,
    # and months without one are skipped, so six occurrences last until 31 October, not 1 July.
    starts = datetime.datetime(2027, 2, 1, 3, 0, tzinfo=datetime.UTC)
    event = make_event(title="Monthly briefing", starts_at=starts, repeat="monthly", repeat_count=6)
    assert event.last_ends_at == datetime.datetime(2027, 7, 1, 4, 0, tzinfo=datetime.UTC)

    settings = SiteSettings.objects.get(pk=site_settings.pk)
    settings.phone = "+1 202 555 0199"
    with CaptureQueriesContext(connection) as other_change:
        settings.save()
    assert not any("events_eventpage" in query["sql"] for query in other_change.captured_queries)
    settings.time_zone = "America/New_York"
    settings.save()
    event.refresh_from_db()
    assert event.last_ends_at == datetime.datetime(2027, 11, 1, 3, 0, tzinfo=datetime.UTC)
    html = client.get("/en/events/2027/10/").content.decode()
    assert ">Monthly briefing</a>" in cell(html, "2027-10-31")


def test_saving_a_draft_keeps_the_live_bound(make_event):
    event = make_event(starts_at=at(1), repeat="weekly", repeat_count=2)
    live_bound = event.last_ends_at
    event.repeat_count = 50
    event.save_revision()
    assert EventPage.objects.get(pk=event.pk).last_ends_at == live_bound
    EventPage.objects.get(pk=event.pk).get_latest_revision().publish()
    assert EventPage.objects.get(pk=event.pk).last_ends_at == at(1) + datetime.timedelta(weeks=49, hours=1)


def test_upcoming_list_leaves_out_an_event_that_is_over(client, make_event):
    now = timezone.now()
    make_event(
        title="Finished series", starts_at=now - datetime.timedelta(weeks=10), repeat="weekly", repeat_count=3
    )
    make_event(
        title="Still on", starts_at=now - datetime.timedelta(weeks=10), repeat="weekly", repeat_count=30
    )
    html = client.get("/en/events/").content.decode()
    assert "Still on" in html and "Finished series" not in html
