"""A month as weeks of days, starting on the weekday the active language's format says."""

import calendar
import datetime
import functools
from dataclasses import dataclass, field

from django.utils.formats import date_format, get_format
from django.utils.translation import get_language, ngettext

# A busy day shows this many events in its cell, and a link to the day for the rest; a day
# with one more than this shows them all, since the link would take the place of one anyway.
DAY_CELL_LIMIT = 3


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    occurrences: list = field(default_factory=list)
    # The embassy's closures and public holidays on this day (closures.closed_days.ClosedDay).
    closed: list = field(default_factory=list)
    # Phones show the month as a list of days, without the weekday columns: each day says it.
    weekday: str = ""

    # Plain strings for the template: Django's date and number filters cost more than the
    # rest of a cell, and a month has 42 of them.
    @property
    def iso(self) -> str:
        return self.date.isoformat()

    @property
    def number(self) -> str:
        return str(self.date.day)

    @property
    def css_class(self) -> str:
        names = (
            "is-outside" if not self.in_month else "",
            "is-today" if self.is_today else "",
            "has-events" if self.occurrences else "",
            "is-closed" if self.closed else "",
        )
        return " ".join(name for name in names if name)

    @property
    def closed_names(self) -> str:
        # Both countries may keep the same holiday (New Year's Day): each name is said once.
        return "; ".join(dict.fromkeys(closed.name for closed in self.closed))

    @property
    def count_label(self) -> str:
        count = len(self.occurrences)
        return ngettext("%(counter)s event", "%(counter)s events", count) % {"counter": count}

    @property
    def shown(self) -> list:
        if len(self.occurrences) <= DAY_CELL_LIMIT + 1:
            return self.occurrences
        return self.occurrences[:DAY_CELL_LIMIT]

    @property
    def more(self) -> int:
        return len(self.occurrences) - len(self.shown)


def first_weekday() -> int:
    """Django counts weekdays from Sunday (0), Python's calendar from Monday (0)."""
    return (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7


def month_weeks(
    year: int, month: int, today: datetime.date, occurrences=(), zone=None, closed=None
) -> list[list[Day]]:
    """``closed``: the closures around the month, as ``closures.closed_days.by_day`` gives them."""
    grid = calendar.Calendar(first_weekday()).monthdatescalendar(year, month)
    by_day = _by_day(occurrences, grid[0][0], grid[-1][-1], zone) if zone else {}
    closed = closed or {}
    names = [name["short"] for name in _weekday_names(get_language(), tuple(grid[0]))]
    return [
        [
            Day(
                date=day,
                in_month=day.month == month,
                is_today=day == today,
                occurrences=by_day.get(day, []),
                closed=closed.get(day, []),
                weekday=names[column],
            )
            for column, day in enumerate(week)
        ]
        for week in grid
    ]


def _by_day(occurrences, first: datetime.date, last: datetime.date, zone) -> dict:
    """Each occurrence under every day of the grid it covers: one pass over the occurrences,
    not one per day."""
    found = {}
    for occurrence in occurrences:
        day = max(occurrence.first_day(zone), first)
        end = min(occurrence.last_day(zone), last)
        while day <= end:
            found.setdefault(day, []).append(occurrence)
            day += datetime.timedelta(days=1)
    return found


def weekday_headers(weeks) -> list[dict]:
    """The columns' weekday names, full and short, in the active language."""
    return _weekday_names(get_language(), tuple(day.date for day in weeks[0]))


@functools.lru_cache(maxsize=64)
def _weekday_names(language: str, dates: tuple) -> list[dict]:
    return [{"name": date_format(day, "l"), "short": date_format(day, "D")} for day in dates]


def grid_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day a month's grid shows (days of the weeks around it included)."""
    grid = calendar.Calendar(first_weekday()).monthdatescalendar(year, month)
    return grid[0][0], grid[-1][-1]


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
