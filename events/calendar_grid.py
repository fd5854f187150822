"""A month as weeks of days, starting on the weekday the active language's format says."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.utils.formats import get_format


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    occurrences: list = field(default_factory=list)


def first_weekday() -> int:
    """Django counts weekdays from Sunday (0), Python's calendar from Monday (0)."""
    return (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7


def month_weeks(year: int, month: int, today: datetime.date, occurrences=(), zone=None) -> list[list[Day]]:
    weeks = []
    for week in calendar.Calendar(first_weekday()).monthdatescalendar(year, month):
        days = []
        for day in week:
            on_day = [o for o in occurrences if o.covers(day, zone)] if zone else []
            days.append(Day(date=day, in_month=day.month == month, is_today=day == today, occurrences=on_day))
        weeks.append(days)
    return weeks


def weekday_headers(weeks) -> list[datetime.date]:
    """The dates of the first week, for naming the columns in the active language."""
    return [day.date for day in weeks[0]]


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
