import datetime
from zoneinfo import ZoneInfo

from django.utils import translation

import pytest

from events.calendar_grid import first_weekday, month_weeks, shift_month
from events.models import EventPage
from events.occurrences import MAX_OCCURRENCES, occurrences

# Building a page looks up its content type, which may not be cached yet.
pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC


def event(**fields) -> EventPage:
    fields.setdefault("starts_at", datetime.datetime(2026, 10, 6, 10, 0, tzinfo=LONDON))
    fields.setdefault("ends_at", fields["starts_at"] + datetime.timedelta(hours=3))
    return EventPage(title="Consular hours", summary="", **fields)


def window(start: datetime.date, end: datetime.date):
    return datetime.datetime.combine(start, datetime.time(), LONDON), datetime.datetime.combine(
        end, datetime.time(), LONDON
    )


def test_weekly_event_keeps_its_local_time_across_the_daylight_saving_change():
    weekly = event(repeat="weekly", repeat_until=datetime.date(2026, 11, 10))
    found = occurrences(weekly, *window(datetime.date(2026, 10, 1), datetime.date(2026, 12, 1)), LONDON)
    assert [o.start.date() for o in found] == [datetime.date(2026, 10, d) for d in (6, 13, 20, 27)] + [
        datetime.date(2026, 11, 3),
        datetime.date(2026, 11, 10),
    ]
    assert {o.start.astimezone(LONDON).hour for o in found} == {10}
    # 10:00 in London is 09:00 UTC in summer time and 10:00 UTC after 25 October.
    assert found[0].start.astimezone(UTC).hour == 9
    assert found[-1].start.astimezone(UTC).hour == 10


def test_cancelled_dates_and_count_are_respected():
    weekly = event(repeat="weekly", repeat_count=4, cancelled_dates="2026-10-13\n2026-10-20")
    found = occurrences(weekly, *window(datetime.date(2026, 9, 1), datetime.date(2027, 1, 1)), LONDON)
    assert [o.start.date() for o in found] == [datetime.date(2026, 10, 6), datetime.date(2026, 10, 27)]


def test_monthly_with_interval():
    monthly = event(repeat="monthly", repeat_interval=2, repeat_until=datetime.date(2027, 4, 30))
    found = occurrences(monthly, *window(datetime.date(2026, 1, 1), datetime.date(2028, 1, 1)), LONDON)
    assert [(o.start.year, o.start.month) for o in found] == [(2026, 10), (2026, 12), (2027, 2), (2027, 4)]


def test_endless_recurrence_is_bounded_by_the_window_and_a_hard_limit():
    endless = event(repeat="weekly")
    found = occurrences(endless, *window(datetime.date(2026, 10, 1), datetime.date(2226, 1, 1)), LONDON)
    assert len(found) == MAX_OCCURRENCES
    month = occurrences(endless, *window(datetime.date(2030, 3, 1), datetime.date(2030, 4, 1)), LONDON)
    assert len(month) == 4


def test_multi_day_event_appears_on_every_day_it_covers():
    forum = event(
        starts_at=datetime.datetime(2026, 12, 31, 9, tzinfo=LONDON),
        ends_at=datetime.datetime(2027, 1, 2, 17, tzinfo=LONDON),
    )
    start, end = window(datetime.date(2026, 12, 1), datetime.date(2027, 1, 1))
    weeks = month_weeks(2026, 12, datetime.date(2026, 12, 31), occurrences(forum, start, end, LONDON), LONDON)
    days_with_event = [day.date for week in weeks for day in week if day.occurrences]
    assert days_with_event == [
        datetime.date(2026, 12, 31),
        datetime.date(2027, 1, 1),
        datetime.date(2027, 1, 2),
    ]


def test_grid_covers_whole_weeks_across_the_year_boundary_starting_on_monday():
    with translation.override("kk"):
        assert first_weekday() == 0
        weeks = month_weeks(2026, 12, datetime.date(2026, 12, 16))
    assert weeks[0][0].date == datetime.date(2026, 11, 30)
    assert weeks[-1][-1].date == datetime.date(2027, 1, 3)
    assert all(len(week) == 7 for week in weeks)
    today = [day for week in weeks for day in week if day.is_today]
    assert [day.date for day in today] == [datetime.date(2026, 12, 16)]
    assert shift_month(2026, 12, 1) == (2027, 1)
    assert shift_month(2027, 1, -1) == (2026, 12)


@pytest.mark.django_db
def test_end_before_start_and_bad_cancelled_dates_are_form_errors(make_event):
    from django.core.exceptions import ValidationError

    broken = make_event()
    broken.ends_at = broken.starts_at - datetime.timedelta(hours=1)
    broken.cancelled_dates = "not-a-date"
    with pytest.raises(ValidationError) as error:
        broken.full_clean()
    assert set(error.value.message_dict) >= {"ends_at", "cancelled_dates"}


def test_only_the_first_occurrences_asked_for_are_worked_out():
    weekly = event(repeat="weekly")  # repeats without end
    start, end = window(datetime.date(2026, 10, 1), datetime.date(2027, 10, 1))
    assert len(occurrences(weekly, start, end, LONDON)) == 52
    assert [o.start.date() for o in occurrences(weekly, start, end, LONDON, first=2)] == [
        datetime.date(2026, 10, 6),
        datetime.date(2026, 10, 13),
    ]
