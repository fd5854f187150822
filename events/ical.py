"""iCalendar (RFC 5545) output for calendar apps: one VEVENT per event, recurring events as
RRULE with EXDATE for cancelled dates, times with a VTIMEZONE for the embassy's zone. Days the
embassy is closed come as all-day events marked transparent (they never make anyone busy), with
UIDs that stay the same from one download to the next."""

import datetime
from functools import partial

from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import get_language, gettext

from icalendar import Calendar, Event, Timezone, vRecur

from events.occurrences import duration_of
from site_core.fragments import shared_many

PRODUCT_ID = "-//Embassy website//Events//EN"


def uid_for(event) -> str:
    # The same event has the same UID in every language: translations share a translation key.
    return f"{event.translation_key}@embassy-events"


def _text(value: str) -> str:
    """Any line break as a plain newline, which icalendar escapes; a bare carriage return
    would make it refuse the whole file."""
    return "\n".join(value.splitlines())


def _event_component(request, event, zone, stamp) -> Event:
    component = Event()
    component.add("uid", uid_for(event))
    component.add("dtstamp", stamp)
    component.add("summary", _text(event.title))
    url = request.build_absolute_uri(event.get_url(request))
    component.add("url", url)
    component.add("description", f"{_text(event.summary)}\n\n{url}")
    if event.all_day:
        start = event.starts_at.astimezone(zone).date()
        end = (event.starts_at + duration_of(event)).astimezone(zone).date()
        component.add("dtstart", start)
        component.add("dtend", max(end, start + datetime.timedelta(days=1)))
    else:
        component.add("dtstart", event.starts_at.astimezone(zone))
        component.add("dtend", (event.starts_at + duration_of(event)).astimezone(zone))
    address = ", ".join(event.venue_address.splitlines())
    location = _text(", ".join(part for part in (event.venue_name, address) if part))
    if location:
        component.add("location", location)
    if event.category:
        component.add("categories", [_text(event.category.name)])
    if event.repeat in ("weekly", "monthly"):
        rule = {"freq": event.repeat.upper(), "interval": max(event.repeat_interval, 1)}
        if event.repeat_until:
            rule["until"] = datetime.datetime.combine(
                event.repeat_until, datetime.time(23, 59, 59), tzinfo=zone
            ).astimezone(datetime.UTC)
        elif event.repeat_count:
            rule["count"] = event.repeat_count
        component.add("rrule", vRecur(rule))
        local_start = event.starts_at.astimezone(zone)
        for day in event.cancelled_date_list():
            if event.all_day:
                component.add("exdate", day)
            else:
                component.add("exdate", datetime.datetime.combine(day, local_start.timetz()))
    return component


def _closed_component(closed, stamp) -> Event:
    component = Event()
    component.add("uid", closed.uid)
    component.add("dtstamp", stamp)
    component.add("summary", _text(gettext("Embassy closed: %(name)s") % {"name": closed.name}))
    component.add("dtstart", closed.first)
    component.add("dtend", closed.last + datetime.timedelta(days=1))
    component.add("transp", "TRANSPARENT")
    return component


def _event_text(request, event, zone, stamp) -> bytes:
    return _event_component(request, event, zone, stamp).to_ical()


def calendar_response(request, events, name: str, filename: str, closed=(), updated=None) -> HttpResponse:
    """``events``: a list of event pages, or a query for them; ``closed``: the days the embassy
    is closed (``closures.closed_days.ClosedDay``)."""
    from events.models.pages import embassy_zone

    zone = embassy_zone(request)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # X- properties are not escaped by icalendar: the name goes on one line.
    calendar.add("x-wr-calname", " ".join(name.split()))
    calendar.add("x-wr-timezone", str(zone))
    calendar.add("x-wr-language", get_language())
    # Serialising is most of a feed's cost (icalendar folds every line): each event's text is
    # shared until content changes, like the site's other fragments, and the events are loaded
    # as pages only when some text must be made.
    if isinstance(events, QuerySet):
        rows, loaded = list(events.values_list("pk", "last_published_at")), {}
    else:
        loaded = {event.pk: event for event in events}
        rows = [(event.pk, event.last_published_at) for event in events]
    pks = [pk for pk, _published in rows]
    # The latest publish of what the file lists (``updated``: the calendar's own, for its name):
    # its Last-Modified, and the stamp of its events, so the same content makes the same bytes.
    modified = max(filter(None, [updated, *(published for _pk, published in rows)]), default=None)
    stamp = (modified or timezone.now()).astimezone(datetime.UTC).replace(microsecond=0)

    def text_of(pk):
        if pk not in loaded:
            loaded.update(events.in_bulk(pks))
        return _event_text(request, loaded[pk], zone, stamp)

    if pks:
        calendar.add_component(Timezone.from_tzid(str(zone)))
    host, language = request.get_host(), get_language()
    serialised = shared_many(
        "vevent", {f"{pk}:{host}:{language}:{zone}": partial(text_of, pk) for pk in pks}, tags=("events",)
    )
    for item in closed:
        calendar.add_component(_closed_component(item, stamp))
    body = calendar.to_ical()
    end = body.rindex(b"END:VCALENDAR")
    response = HttpResponse(
        body[:end] + b"".join(serialised.values()) + body[end:], content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=600"
    if modified is not None:
        response["Last-Modified"] = http_date(modified.timestamp())
    return response
