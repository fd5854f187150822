import datetime

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html

from site_core.time_zone_names import zone_name, zone_name_at

register = template.Library()


def _when(start, end, all_day, zone):
    start, end = start.astimezone(zone), end.astimezone(zone)
    if all_day:
        last = (end - datetime.timedelta(microseconds=1)).date() if end > start else start.date()
        if last == start.date():
            return date_format(start.date(), "DATE_FORMAT")
        return f"{date_format(start.date(), 'DATE_FORMAT')} – {date_format(last, 'DATE_FORMAT')}"
    # The zone named in the reader's language: "GMT" or "BST" means nothing to a Kazakh reader.
    zone_name = zone_name_at(start, zone)
    if start.date() == end.date():
        times = f"{date_format(start, 'TIME_FORMAT')}–{date_format(end, 'TIME_FORMAT')}"
        text = f"{date_format(start, 'DATE_FORMAT')}, {times}"
    else:
        text = (
            f"{date_format(start, 'DATE_FORMAT')}, {date_format(start, 'TIME_FORMAT')} – "
            f"{date_format(end, 'DATE_FORMAT')}, {date_format(end, 'TIME_FORMAT')}"
        )
    return f"{text} ({zone_name})"


@register.simple_tag
def occurrence_when(occurrence, zone):
    """When an occurrence happens, in the embassy's zone and the language's formats."""
    start = occurrence.start.astimezone(zone)
    return format_html(
        '<time datetime="{}">{}</time>',
        start.isoformat(),
        _when(occurrence.start, occurrence.end, occurrence.event.all_day, zone),
    )


@register.filter
def time_zone_name(zone):
    """The embassy's time zone named for the whole year in the active language."""
    return zone_name(zone)


@register.simple_tag
def weekday_name(day, short=False):
    return date_format(day, "D" if short else "l")


@register.simple_tag(takes_context=True)
def event_url(context, event):
    """An event's URL. Events are children of the calendar, and a child's URL is its parent's
    followed by its slug: where the calendar's URL is known, that is all it takes (Wagtail's
    own answer reverses a URL pattern each time, and a busy month lists a hundred events)."""
    calendar_url = context.get("calendar_url")
    if calendar_url:
        return f"{calendar_url}{event.slug}/"
    request = context["request"]
    known = request.__dict__.setdefault("_event_urls", {})
    if event.pk not in known:
        known[event.pk] = event.get_url(request)
    return known[event.pk]
