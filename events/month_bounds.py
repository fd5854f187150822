"""How far the month and day views link: from the month before the calendar's first event (or
the embassy's first closure) to the month of its last one, or a year from now if that is later.
Without a bound each month links to the next forever, and crawlers walked two centuries of empty
months. Pages beyond the bound still answer (a visitor may type any month in range); they only
stop leading further.

The bound costs two aggregate queries, shared by every process until content changes."""

import datetime

from django.db.models import Max, Min

from closures.models import ClosureDay
from site_core.fragments import shared

from .calendar_grid import shift_month

MONTHS_AHEAD = 12


def _month(day) -> tuple[int, int]:
    return day.year, day.month


def month_bounds(calendar_page, today: datetime.date, zone) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last (year, month) the views link to."""

    def build():
        events = calendar_page.events().aggregate(first=Min("starts_at"), last=Max("last_ends_at"))
        closed = ClosureDay.objects.aggregate(first=Min("first_day"), last=Max("last_day"))
        firsts = [_month(today)]
        lasts = [shift_month(*_month(today), MONTHS_AHEAD)]
        if events["first"]:
            firsts.append(shift_month(*_month(events["first"].astimezone(zone)), -1))
        if events["last"]:
            lasts.append(_month(events["last"].astimezone(zone)))
        if closed["first"]:
            firsts.append(_month(closed["first"]))
            lasts.append(_month(closed["last"]))
        return min(firsts), max(lasts)

    return shared(
        "calendar-bounds", build, calendar_page.pk, today.isoformat(), zone, tags=("events", "closures")
    )


def within(bounds, day: datetime.date) -> bool:
    """Whether the views link to the month of ``day``."""
    return bounds[0] <= _month(day) <= bounds[1]
