"""The month and day views lead only through months that have something in them (plus a
margin), so crawlers stop; empty months still answer but ask not to be indexed."""

import datetime

from django.utils import timezone

import pytest

from closures.models import ClosureDay
from events.calendar_grid import shift_month

pytestmark = pytest.mark.django_db
NOINDEX = '<meta name="robots" content="noindex">'


def month(day: datetime.date, delta: int = 0) -> datetime.date:
    return datetime.date(*shift_month(day.year, day.month, delta), 1)


def path(day: datetime.date) -> str:
    return f"/en/events/{day:%Y/%m}/"


@pytest.fixture
def this_month(embassy):
    return month(timezone.localdate(timezone=embassy.zone))


@pytest.fixture
def first_event(calendars, make_event, this_month, embassy):
    """An event three months ago: the first the calendar has."""
    starts = datetime.datetime.combine(month(this_month, -3) + datetime.timedelta(days=9), datetime.time(18))
    return make_event(title="Reception", starts_at=starts.replace(tzinfo=embassy.zone))


def links(client, url) -> tuple[bool, bool]:
    html = client.get(url).content.decode()
    return 'rel="prev"' in html, 'rel="next"' in html


def test_months_link_from_the_month_before_the_first_event_to_a_year_ahead(client, first_event, this_month):
    assert links(client, path(month(this_month, -3))) == (True, True)
    assert links(client, path(month(this_month, -4))) == (False, True)
    assert links(client, path(month(this_month, 11))) == (True, True)
    assert links(client, path(month(this_month, 12))) == (True, False)


def test_months_beyond_the_bound_answer_but_lead_nowhere(client, first_event, this_month):
    for far in (month(this_month, -120), month(this_month, 60)):
        response = client.get(path(far))
        assert response.status_code == 200
        assert links(client, path(far)) == (False, False)


def test_a_closure_far_ahead_extends_the_bound(client, first_event, this_month, locales):
    later = month(this_month, 20)
    ClosureDay.objects.create(locale=locales["en"], first_day=later.replace(day=4), reason="Move")
    assert links(client, path(month(this_month, 12))) == (True, True)
    assert links(client, path(later)) == (True, False)


def test_days_stop_at_the_bound_too(client, first_event, this_month):
    first_day = month(this_month, -4)
    assert links(client, f"/en/events/{first_day:%Y/%m/%d}/") == (False, True)


def test_empty_months_ask_not_to_be_indexed(client, first_event, this_month, locales):
    with_event = client.get(path(month(this_month, -3))).content.decode()
    empty = client.get(path(month(this_month, 5))).content.decode()
    assert NOINDEX not in with_event
    assert NOINDEX in empty
    ClosureDay.objects.create(locale=locales["en"], first_day=month(this_month, 5), reason="Staff day")
    assert NOINDEX not in client.get(path(month(this_month, 5))).content.decode()


def test_a_month_with_only_public_holidays_is_not_indexed(client, calendars):
    html = client.get("/en/events/2031/12/").content.decode()
    assert "Independence Day" in html
    assert NOINDEX in html


@pytest.mark.parametrize("url", ["/en/events/1899/12/", "/en/events/2201/01/", "/en/events/1899/12/31/"])
def test_centuries_away_are_404(client, calendars, url):
    assert client.get(url).status_code == 404
