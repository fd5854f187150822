import datetime
import json
import re
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import icalendar
import pytest

from site_core.models import SiteSettings
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture(autouse=True)
def london(site_settings):
    SiteSettings.objects.filter(pk=site_settings.pk).update(time_zone="Europe/London")


def soon(days=3, hour=18):
    day = timezone.localdate(timezone=LONDON) + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), LONDON)


def test_upcoming_list_shows_next_occurrences_in_order(client, make_event):
    make_event(title="Later", starts_at=soon(10))
    make_event(title="Sooner", starts_at=soon(2))
    make_event(title="Past", starts_at=soon(-5))
    html = client.get("/en/events/").content.decode()
    titles = re.findall(r'<h2 class="event-item__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles == ["Sooner", "Later"]


def test_month_grid_is_an_accessible_table_with_navigation(client, make_event):
    make_event(title="Reception", starts_at=datetime.datetime(2026, 12, 16, 18, tzinfo=LONDON))
    # Navigation reaches a month before the first event: November is in range whatever today is.
    make_event(title="Briefing", starts_at=datetime.datetime(2026, 11, 10, 10, tzinfo=LONDON))
    html = client.get("/en/events/2026/12/").content.decode()
    assert "<caption>December 2026</caption>" in html
    assert re.findall(r'<th scope="col"><abbr title="([^"]+)">', html)[:2] == ["Monday", "Tuesday"]
    assert 'href="/en/events/2026/11/" rel="prev"' in html
    assert 'href="/en/events/2027/01/" rel="next"' in html
    assert ">Reception</a>" in html
    assert "18:00–19:00 (Greenwich Mean Time)" in html


def test_kazakh_month_grid_uses_kazakh_names(client, make_event, kk_home, calendar_page, locales):
    kk_calendar = translate_page(calendar_page, locales["kk"], title="Іс-шаралар")
    html = client.get("/kk/events/2026/12/").content.decode()
    assert "<caption>Желтоқсан 2026</caption>" in html
    assert re.findall(r'<abbr title="([^"]+)">([^<]+)</abbr>', html)[:2] == [
        ("Дүйсенбі", "Дс"),
        ("Сейсенбі", "Сс"),
    ]
    assert kk_calendar.live


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/2026/13/",
        "/en/events/0/01/",
        "/en/events/99999/01/",
        "/en/events/abc/",
        "/en/events/2026/00/",
        "/en/events/category/nope/",
        "/en/events/nope/event.ics",
    ],
)
def test_bad_calendar_urls_are_404(client, calendar_page, url):
    assert client.get(url).status_code == 404


def test_event_page_shows_times_in_the_embassy_zone_with_json_ld(client, make_event):
    event = make_event(
        title="Reception",
        starts_at=datetime.datetime(2026, 7, 6, 18, tzinfo=LONDON),
        ends_at=datetime.datetime(2026, 7, 6, 20, tzinfo=LONDON),
        venue_name="Embassy",
        free_entry=True,
    )
    html = client.get(event.url).content.decode()
    assert "6 July 2026, 18:00–20:00 (British Summer Time)" in html
    assert "Time zone: British Time." in html
    assert "Free entry" in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Event" and data["location"]["name"] == "Embassy"
    assert data["startDate"].startswith("2026-07-06T17:00:00")
    assert "calendar.google.com/calendar/render?action=TEMPLATE" in html
    assert "dates=20260706T170000Z%2F20260706T190000Z" in html


def parse_ics(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def event_components(calendar) -> list:
    """The feed's events, without the days the embassy is closed (free, all-day entries)."""
    return [e for e in calendar.walk("VEVENT") if str(e.get("transp", "OPAQUE")) != "TRANSPARENT"]


def test_ical_feed_has_events_rrule_exdate_and_timezones(client, make_event):
    make_event(title="Reception", starts_at=soon(5))
    make_event(
        title="Consular hours",
        starts_at=soon(1, 10),
        ends_at=soon(1, 13),
        repeat="weekly",
        repeat_count=10,
        cancelled_dates=(soon(8).date()).isoformat(),
    )
    calendar = parse_ics(client.get("/en/events/feed.ics"))
    events = {str(e["summary"]): e for e in event_components(calendar)}
    assert set(events) == {"Reception", "Consular hours"}
    weekly = events["Consular hours"]
    assert weekly["rrule"]["FREQ"] == ["WEEKLY"] and weekly["rrule"]["COUNT"] == [10]
    assert weekly["exdate"].dts[0].dt.date() == soon(8).date()
    assert weekly["dtstart"].dt.astimezone(LONDON).hour == 10
    assert weekly["dtstamp"].dt.tzinfo is not None
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_ical_uid_is_the_same_in_every_language_and_text_is_translated(
    client, make_event, kk_home, calendar_page, locales
):
    event = make_event(title="Reception", starts_at=soon(5))
    translate_page(calendar_page, locales["kk"], title="Іс-шаралар")
    translate_page(event, locales["kk"], title="Қабылдау", summary="Қазақша сипаттама")
    english = parse_ics(client.get(f"{event.url}event.ics")).walk("VEVENT")[0]
    kazakh = event_components(parse_ics(client.get("/kk/events/feed.ics")))[0]
    assert english["uid"] == kazakh["uid"]
    assert str(kazakh["summary"]) == "Қабылдау"
    assert "Қазақша сипаттама" in str(kazakh["description"])


def test_ical_escapes_text(client, make_event):
    make_event(title="Evening; with, commas\nand <b>markup</b>", starts_at=soon(5))
    response = client.get("/en/events/feed.ics")
    event = event_components(icalendar.Calendar.from_ical(response.content))[0]
    assert str(event["summary"]) == "Evening; with, commas\nand <b>markup</b>"


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_month_grid_and_upcoming_list_query_counts_do_not_grow(client, make_event):
    make_event(starts_at=datetime.datetime(2026, 12, 3, 10, tzinfo=LONDON), repeat="weekly")
    month_one, upcoming_one = (
        count_queries(client, "/en/events/2026/12/"),
        count_queries(client, "/en/events/"),
    )
    for n in range(39):
        make_event(
            starts_at=datetime.datetime(2026, 12, 1 + n % 28, 9 + n % 8, tzinfo=LONDON),
            repeat="weekly" if n % 3 == 0 else "",
        )
    month_forty, upcoming_forty = (
        count_queries(client, "/en/events/2026/12/"),
        count_queries(client, "/en/events/"),
    )
    print(f"month grid: {month_one} → {month_forty} queries; upcoming: {upcoming_one} → {upcoming_forty}")
    assert month_forty == month_one
    assert upcoming_forty == upcoming_one


def test_home_shows_next_three_events_and_a_small_calendar(client, make_event):
    for n in range(5):
        make_event(title=f"Upcoming {n}", starts_at=soon(n + 1))
    html = client.get("/en/").content.decode()
    assert "Upcoming Events" in html
    assert [f"Upcoming {n}" in html for n in range(5)] == [True, True, True, False, False]
    assert 'class="month-grid month-grid--compact"' in html
    assert 'aria-current="date"' in html


def test_home_events_stay_right_through_the_quarter_hour_they_are_shared_for(
    client, make_event, monkeypatch, settings
):
    """The home page's event rows are read once per quarter of an hour: an event that ends
    within that quarter must give way to the next one as soon as it is over (here each visit
    renders: the page cache is off)."""
    settings.PAGE_CACHE_SECONDS = 0
    # The evening of a month's last day, the coming events in the next month: rows of this
    # month's events, which the small calendar reads, could not stand in for a missing one.
    day = soon(45).date().replace(day=28) + datetime.timedelta(days=4)
    last_day = day.replace(day=1) - datetime.timedelta(days=1)
    quarter = datetime.datetime.combine(last_day, datetime.time(20), LONDON)
    make_event(
        title="Morning briefing",
        starts_at=quarter - datetime.timedelta(hours=1),
        ends_at=quarter + datetime.timedelta(minutes=5),
    )
    for n, title in enumerate(["First", "Second", "Third", "Fourth"], start=1):
        make_event(title=title, starts_at=quarter + datetime.timedelta(hours=4 + n))

    def shown_at(minutes):
        moment = quarter + datetime.timedelta(minutes=minutes)
        monkeypatch.setattr(timezone, "now", lambda: moment.astimezone(datetime.UTC))
        html = client.get("/en/").content.decode()
        return [
            title
            for title in ["Morning briefing", "First", "Second", "Third", "Fourth"]
            if f">{title}<" in html
        ]

    assert shown_at(1) == ["Morning briefing", "First", "Second"]
    assert shown_at(6) == ["First", "Second", "Third"]  # the same quarter: the rows are shared
    assert shown_at(16) == ["First", "Second", "Third"]


def test_home_reads_no_event_rows_while_its_small_calendar_is_shared(
    client, make_event, settings, monkeypatch
):
    """A busy month's events are placed on the home page's small calendar once per change, not
    on every visit: a second visit (each renders: the page cache is off) reads nothing."""
    settings.PAGE_CACHE_SECONDS = 0
    for n in range(30):
        make_event(title=f"Meeting {n}", starts_at=soon(n % 20 + 1))
    from events.models import EventCalendarPage

    read = []
    original = EventCalendarPage.timings_overlapping
    monkeypatch.setattr(
        EventCalendarPage, "timings_overlapping", lambda self, *a: read.append(a) or original(self, *a)
    )
    client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/").status_code == 200
    assert not [query for query in queries if "events_eventpage" in query["sql"]]
    assert len(read) == 1  # the first visit placed the month's events; the second used its HTML


@pytest.mark.parametrize("path", ["/en/", "/en/events/"])
def test_a_page_listing_what_comes_next_is_kept_no_longer_than_its_first_event_lasts(
    client, make_event, monkeypatch, settings, path
):
    """The page cache and a CDN keep the home page and the upcoming list only until the first
    event they show is over: then it leaves the list without any save."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://cdn.invalid",
        }
    }
    settings.CDN_MAX_AGE = 3600
    now = timezone.now()
    make_event(
        title="Briefing under way",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(minutes=3),
    )
    make_event(title="Reception", starts_at=now + datetime.timedelta(days=2))

    first = client.get(path)
    assert ">Briefing under way<" in first.content.decode()
    shared = [word for word in first["Cache-Control"].split(", ") if word.startswith("s-maxage=")]
    assert 0 < int(shared[0].removeprefix("s-maxage=")) <= 180
    assert client.get(path)["X-Page-Cache"] == "hit"

    later = now + datetime.timedelta(minutes=4)
    monkeypatch.setattr(timezone, "now", lambda: later)
    after = client.get(path)
    assert after["X-Page-Cache"] == "miss"
    assert ">Briefing under way<" not in after.content.decode()
    assert ">Reception<" in after.content.decode()


def test_the_home_page_is_not_kept_in_the_minute_its_first_event_ends(
    client, make_event, monkeypatch, settings
):
    """What comes next is worked out once a minute: in the rest of the minute an event ended,
    the home page is made afresh on each visit, never kept with the ended event in it."""
    settings.PAGE_CACHE_SECONDS = 600
    minute = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(minutes=2)
    make_event(
        title="Briefing under way",
        starts_at=minute - datetime.timedelta(hours=1),
        ends_at=minute + datetime.timedelta(seconds=20),
    )
    make_event(title="Reception", starts_at=minute + datetime.timedelta(days=2))

    def visit(seconds):
        moment = minute + datetime.timedelta(seconds=seconds)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return client.get("/en/")

    visit(5)
    assert visit(10)["X-Page-Cache"] == "hit"
    assert visit(30).get("X-Page-Cache") != "hit"
    assert visit(40).get("X-Page-Cache") != "hit"
    assert ">Briefing under way<" not in visit(61).content.decode()
    assert visit(62)["X-Page-Cache"] == "hit"
