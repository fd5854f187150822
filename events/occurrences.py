"""The dates an event happens on, recurring ones expanded with dateutil's rrule.

Recurrence is expanded in the embassy's local time, so "every Tuesday at 10:00" stays at 10:00
across daylight-saving changes, and is always bounded by the window asked for.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule

MAX_OCCURRENCES = 1000
# What an event's dates depend on, in the order EventTiming holds them.
TIMING_FIELDS = (
    "starts_at",
    "ends_at",
    "all_day",
    "repeat",
    "repeat_interval",
    "repeat_until",
    "repeat_count",
)
FREQUENCIES = {"weekly": WEEKLY, "monthly": MONTHLY}


@dataclass(frozen=True)
class Occurrence:
    event: object
    start: datetime.datetime
    end: datetime.datetime

    def first_day(self, zone: ZoneInfo) -> datetime.date:
        return self.start.astimezone(zone).date()

    def last_day(self, zone: ZoneInfo) -> datetime.date:
        if self.end > self.start:
            return (self.end - datetime.timedelta(microseconds=1)).astimezone(zone).date()
        return self.first_day(zone)


def cancelled_dates(text: str) -> list[datetime.date]:
    """The dates in an event's "cancelled dates" field, one per line; anything else is skipped
    (the editor's form has already refused it)."""
    dates = []
    for line in text.split():
        try:
            dates.append(datetime.date.fromisoformat(line.strip()))
        except ValueError:
            continue
    return dates


@dataclass(frozen=True)
class EventTiming:
    """What working out an event's dates needs, and what the month grid shows of it (title and
    link), without the page: a busy month has hundreds of events, and a page instance costs
    twenty times a row."""

    pk: int
    title: str
    slug: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    all_day: bool
    repeat: str
    repeat_interval: int
    repeat_until: datetime.date | None
    repeat_count: int | None
    cancelled_dates: str

    FIELDS = ("pk", "title", "slug", *TIMING_FIELDS, "cancelled_dates")

    def cancelled_date_list(self) -> list[datetime.date]:
        return cancelled_dates(self.cancelled_dates)


def with_pages(found: list[Occurrence], pages: dict) -> list[Occurrence]:
    """The occurrences, each with its event's page where ``pages`` (by pk) has it."""
    return [Occurrence(pages[o.event.pk], o.start, o.end) if o.event.pk in pages else o for o in found]


def duration_of(event) -> datetime.timedelta:
    if event.ends_at and event.ends_at > event.starts_at:
        return event.ends_at - event.starts_at
    return datetime.timedelta(days=1) if event.all_day else datetime.timedelta(hours=1)


def recurrence_rule(event, zone: ZoneInfo):
    """The rrule of a recurring event in naive local time, or None for a single event."""
    if event.repeat not in FREQUENCIES:
        return None
    local_start = event.starts_at.astimezone(zone).replace(tzinfo=None)
    until = None
    if event.repeat_until:
        until = datetime.datetime.combine(event.repeat_until, datetime.time.max)
    count = event.repeat_count if not until else None
    return rrule(
        FREQUENCIES[event.repeat],
        dtstart=local_start,
        interval=max(event.repeat_interval, 1),
        until=until,
        count=count,
    )


def last_end(event, zones) -> datetime.datetime | None:
    """When the event's last occurrence ends, or None when it repeats without end.

    Listings filter on it in SQL, so that an event whose repetitions are over is never loaded.
    Recurrence is expanded in local time, and months without a 31st are skipped, so the answer
    depends on the zone: it is the latest of the ``zones`` given, a superset for each of them.
    """
    length = duration_of(event)
    if event.repeat not in FREQUENCIES:
        return event.starts_at + length
    if not event.repeat_until and not event.repeat_count:
        return None
    latest = event.starts_at
    for zone in zones:
        last = recurrence_rule(event, zone).before(datetime.datetime.max, inc=True)
        if last is not None:
            latest = max(latest, last.replace(tzinfo=zone))
    return latest + length


def occurrences(
    event, start: datetime.datetime, end: datetime.datetime, zone: ZoneInfo, first: int | None = None
) -> list[Occurrence]:
    """Occurrences of ``event`` that overlap [start, end), cancelled dates left out; only the
    ``first`` of them when given (the next few of a weekly event need not expand a year)."""
    length = duration_of(event)
    rule = recurrence_rule(event, zone)
    if rule is None:
        single = Occurrence(event, event.starts_at, event.starts_at + length)
        return [single] if single.end > start and single.start < end else []
    local_from = (start - length).astimezone(zone).replace(tzinfo=None)
    local_to = end.astimezone(zone).replace(tzinfo=None)
    cancelled = set(event.cancelled_date_list())
    found = []
    for moment in rule.xafter(local_from, count=MAX_OCCURRENCES, inc=True):
        if moment >= local_to:
            break
        if moment.date() in cancelled:
            continue
        aware = moment.replace(tzinfo=zone)
        occurrence = Occurrence(event, aware, aware + length)
        if occurrence.end > start and occurrence.start < end:
            found.append(occurrence)
            if first is not None and len(found) >= first:
                break
    return found


def occurrences_between(events, start, end, zone, first: int | None = None) -> list[Occurrence]:
    """Every occurrence of ``events`` in [start, end), in order; with ``first``, enough of them
    to give the first ``first`` in order (no event needs more of its own)."""
    found = []
    for event in events:
        found.extend(occurrences(event, start, end, zone, first))
    found.sort(key=lambda o: (o.start, o.event.title))
    return found[:first] if first is not None else found
