import datetime

from django.utils import timezone

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from closures.closed_days import by_day, closed_between
from site_core.fragments import shared
from site_core.home_sections import HOOK_NAME, HomeSection
from site_core.models import SiteSettings
from site_core.page_cache import shown_until
from site_core.routing import live_child

from .calendar_grid import grid_span, month_weeks, shift_month, weekday_headers
from .models import EventCalendarPage, EventCategory
from .models.pages import embassy_zone, next_occurrences, shown_until_one_ends
from .occurrences import occurrences_between

HOME_EVENT_COUNT = 3
TIMINGS_SHARED_FOR = datetime.timedelta(minutes=15)


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "date"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


register_snippet(EventCategoryViewSet)


@hooks.register(HOOK_NAME)
def upcoming_events(request, home_page):
    calendar_page = live_child(home_page, EventCalendarPage)
    if calendar_page is None:
        return None
    zone = embassy_zone(request)
    today = timezone.localdate(timezone=zone)
    month_start = datetime.datetime(today.year, today.month, 1, tzinfo=zone)
    next_year, next_month = shift_month(today.year, today.month, 1)
    month_end = datetime.datetime(next_year, next_month, 1, tzinfo=zone)
    # What comes next: the rows of the events that may, shared per change of the events and per
    # quarter of an hour, read wide enough for any moment of that quarter.
    now = timezone.now()
    quarter = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    timings = shared(
        "home-event-timings",
        lambda: calendar_page.timings(
            calendar_page.coming(quarter, limit=HOME_EVENT_COUNT, until=quarter + TIMINGS_SHARED_FOR)
        ),
        calendar_page.pk,
        quarter.isoformat(),
        tags=("events",),
    )

    # Placing them is shared too, once a minute: a busy calendar has hundreds of recurring
    # events, each expanded to find its next date.
    minute = now.replace(second=0, microsecond=0)
    coming = shared(
        "home-next-events",
        lambda: next_occurrences(timings, minute, zone, HOME_EVENT_COUNT),
        calendar_page.pk,
        minute.isoformat(),
        zone.key,
        tags=("events",),
    )

    shown_until_one_ends(coming)
    # The small calendar marks today.
    shown_until(datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(), zone))

    def month_grid():
        # Only when the small calendar's shared HTML is missing: a busy month has hundreds of
        # events to place, and the grid changes only with the day, the events and the closures.
        in_month = occurrences_between(
            calendar_page.timings_overlapping(month_start, month_end), month_start, month_end, zone
        )
        first, last = grid_span(today.year, today.month)
        settings = SiteSettings.current(request)
        closed = by_day(closed_between(settings, first, last), first, last)
        weeks = month_weeks(today.year, today.month, today, in_month, zone, closed)
        return {"weeks": weeks, "weekdays": weekday_headers(weeks)}

    return HomeSection(
        key="events",
        template="events/home_section.html",
        order=20,
        context={
            "occurrences": calendar_page.with_their_pages(coming),
            "month_grid": month_grid,
            "calendar_url": calendar_page.get_url(request),
            "month_url": calendar_page.month_url(today, request),
            "month": today.replace(day=1),
            "today": today,
            "zone": zone,
        },
    )
