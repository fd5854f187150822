import datetime
from functools import partial
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from closures.closed_days import by_day, closed_between
from events.calendar_grid import grid_span, month_weeks, shift_month, weekday_headers
from events.month_bounds import month_bounds, within
from events.occurrences import (
    TIMING_FIELDS,
    EventTiming,
    Occurrence,
    cancelled_dates,
    duration_of,
    last_end,
    occurrences,
    occurrences_between,
    with_pages,
)
from events.structured_data import schedule
from kazakh_latin.search import LATIN_SEARCH_FIELD, LatinSearchable
from site_core.blocks import BodyBlock
from site_core.fragments import shared_many
from site_core.language_links import language_links
from site_core.models import BasePage, IntroPage, SiteSettings
from site_core.page_cache import shown_until
from site_core.seo import paginated, plain_text, route_links
from site_core.tree import children
from site_core.visibility import public

UPCOMING_DAYS = 366
UPCOMING_COUNT = 20
MONTH_LIST_SIZE = 30
FIRST_YEAR, LAST_YEAR = 1990, 2100
REPEAT_CHOICES = [("", _("Does not repeat")), ("weekly", _("Every week")), ("monthly", _("Every month"))]


def embassy_zone(request):
    return SiteSettings.current(request).zone


def next_occurrences(timings, now, zone, limit=UPCOMING_COUNT) -> list[Occurrence]:
    """The next ``limit`` occurrences of the events whose rows these are, from ``now``."""
    return occurrences_between(timings, now, now + datetime.timedelta(days=UPCOMING_DAYS), zone, first=limit)


def shown_until_one_ends(found: list[Occurrence]) -> None:
    """A list of what comes next changes when the first of it is over: the page showing it is
    stored (by the page cache and a CDN) no longer than that, and not at all when one is over
    already (the home page's list is worked out once a minute)."""
    if found:
        shown_until(min(occurrence.end for occurrence in found))


def event_zones() -> set[ZoneInfo]:
    """Every zone an event may be shown in: those of the sites' settings, and UTC for a site
    without settings."""
    names = SiteSettings.objects.values_list("time_zone", flat=True)
    return {ZoneInfo("UTC"), *(ZoneInfo(name) for name in names if name)}


class EventCalendarPage(LatinSearchable, RoutablePageMixin, IntroPage):
    template = "events/event_calendar_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    search_fields = [*IntroPage.search_fields, LATIN_SEARCH_FIELD]

    class Meta:
        verbose_name = _("event calendar")

    def cache_tags(self):
        """What the page cache stores it with (``site_core.content_changes``)."""
        return ("events", "events-labels", "closures")

    def get_cached_paths(self):
        # What a CDN purges with the calendar: the iCalendar feed and past events too.
        return ["/", "feed.ics", "past/"]

    def events(self, category=None):
        # Listings never show the description: leaving it out halves the time to load them.
        events = (
            children(public(EventPage.objects.live()), self)
            .select_related("category", "locale")
            .defer("body")
        )
        return events.filter(category=category) if category else events

    @staticmethod
    def overlapping(start, end) -> Q:
        """Events, single or recurring, that begin before the window ends and whose last
        occurrence ends after it begins."""
        return Q(starts_at__lt=end) & (Q(last_ends_at__isnull=True) | Q(last_ends_at__gt=start))

    def events_overlapping(self, start, end, category=None):
        """One query, whatever the number of events."""
        return self.events(category).filter(self.overlapping(start, end))

    def coming(self, now, category=None, limit=UPCOMING_COUNT, until=None) -> Q:
        """Events that may give the next ``limit`` occurrences: single events only as many as
        can be shown (the soonest), recurring ones still running. With ``until``, at any moment
        from ``now`` to ``until``: the single events that end in between are added, and the
        soonest ``limit`` of those running past ``until`` cover whatever follows them."""
        until = until or now
        end = until + datetime.timedelta(days=UPCOMING_DAYS)
        single = self.events(category).filter(repeat="", starts_at__lt=end)
        soonest = single.filter(last_ends_at__gt=until).order_by("starts_at", "pk").values("pk")[:limit]
        condition = Q(pk__in=Subquery(soonest)) | (~Q(repeat="") & self.overlapping(now, end))
        if until > now:
            ending = single.filter(last_ends_at__gt=now, last_ends_at__lte=until).values("pk")
            condition |= Q(pk__in=Subquery(ending))
        return condition

    @staticmethod
    def pages_for(pks) -> dict:
        """The event pages with these ids, as listings show them. The ids come from a listing's
        query, which already chose live, visible events of this calendar: found by id alone.
        Each is shared per change of the events and their labels (the home page shows the next
        three on every visit); those not yet shared are loaded in one query."""
        loaded: dict = {}

        def load(pk):
            if not loaded:
                loaded.update(
                    EventPage.objects.select_related("category", "locale").defer("body").in_bulk(pks)
                )
            return loaded.get(pk)

        found = shared_many(
            "event-listed", {pk: partial(load, pk) for pk in pks}, tags=("events", "events-labels")
        )
        return {pk: page for pk, page in found.items() if page is not None}

    def timings(self, condition: Q, category=None) -> list[EventTiming]:
        """The events matching ``condition``, as plain rows: what placing every event on the
        calendar, and naming it in the month grid, needs."""
        rows = self.events(category).filter(condition).values_list(*EventTiming.FIELDS)
        return [EventTiming(*row) for row in rows]

    def timings_overlapping(self, start, end) -> list[EventTiming]:
        return self.timings(self.overlapping(start, end))

    def next_from(self, request, timings, now, limit=UPCOMING_COUNT) -> list[Occurrence]:
        """The next ``limit`` occurrences of these events. Recurring events are many on a busy
        calendar and each may come next: all are placed from their rows, and only the ``limit``
        that come first are loaded as pages."""
        return self.with_their_pages(next_occurrences(timings, now, embassy_zone(request), limit))

    def with_their_pages(self, found: list[Occurrence]) -> list[Occurrence]:
        return with_pages(found, self.pages_for({o.event.pk for o in found}))

    def upcoming(self, request, category=None, limit=UPCOMING_COUNT):
        now = timezone.now()
        found = self.next_from(request, self.timings(self.coming(now, category, limit), category), now, limit)
        shown_until_one_ends(found)
        return found

    def month_url(self, moment, request=None) -> str:
        return f"{self.get_url(request)}{moment.year}/{moment.month:02d}/"

    def day_url(self, day, request=None) -> str:
        return f"{self.get_url(request)}{day.year}/{day.month:02d}/{day.day:02d}/"

    def categories(self):
        from events.models.snippets import EventCategory

        return EventCategory.objects.filter(locale_id=self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = list(self.categories())
        context["calendar_url"] = self.get_url(request)
        context["ics_url"] = f"{context['calendar_url']}feed.ics"
        context["this_month_url"] = self.month_url(
            timezone.localdate(timezone=embassy_zone(request)), request
        )
        # Each view of the calendar is its own canonical page (site_core.seo).
        links = kwargs.get("links") or language_links(request, self)
        context["listing_links"] = paginated(links, kwargs.get("page_number", 1))
        context["meta_description"] = (
            kwargs.get("description")
            or self.meta_description
            or plain_text(self.intro)
            or self.listing_description(request, gettext("Upcoming events of the %(embassy)s"))
        )
        return context

    def listing_description(self, request, template: str, **values) -> str:
        return template % {"embassy": SiteSettings.current(request).embassy_name, **values}

    def same_route(self, request, subpath: str):
        return route_links(request, self, subpath, lambda calendar: subpath)

    @path("")
    def upcoming_view(self, request):
        return self.render(
            request, context_overrides={"view": "upcoming", "occurrences": self.upcoming(request)}
        )

    @path("category/<slug:slug>/")
    def category_view(self, request, slug):
        from events.models.snippets import EventCategory

        category = get_object_or_404(self.categories(), slug=slug)

        def translated_route(calendar) -> str | None:
            translations = EventCategory.objects.filter(translation_key=category.translation_key)
            found = translations.filter(locale_id=calendar.locale_id).values_list("slug", flat=True).first()
            return f"category/{found}/" if found else None

        return self.render(
            request,
            links=route_links(request, self, f"category/{slug}/", translated_route),
            description=self.listing_description(
                request, gettext("Events of the %(embassy)s: %(category)s"), category=category.name
            ),
            context_overrides={
                "view": "upcoming",
                "category": category,
                "occurrences": self.upcoming(request, category=category),
            },
        )

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$")
    def month_view(self, request, year, month):
        year, month = int(year), int(month)
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise Http404
        settings = SiteSettings.current(request)
        zone = settings.zone
        today = timezone.localdate(timezone=zone)
        start = datetime.datetime(year, month, 1, tzinfo=zone)
        next_year, next_month = shift_month(year, month, 1)
        end = datetime.datetime(next_year, next_month, 1, tzinfo=zone)
        # Every event of the month is placed, and named in the grid, from its row alone; only
        # the page of the month's list shows more (category, venue), so only those are loaded
        # as pages, in one query.
        found = occurrences_between(self.timings_overlapping(start, end), start, end, zone)
        first_shown, last_shown = grid_span(year, month)
        closed = closed_between(settings, first_shown, last_shown)
        weeks = month_weeks(year, month, today, found, zone, by_day(closed, first_shown, last_shown))
        listed = Paginator(found, MONTH_LIST_SIZE).get_page(request.GET.get("page"))
        listed.object_list = with_pages(listed.object_list, self.pages_for({o.event.pk for o in listed}))
        previous = datetime.date(*shift_month(year, month, -1), 1)
        following = datetime.date(next_year, next_month, 1)
        bounds = month_bounds(self, today, zone)
        first_day = datetime.date(year, month, 1)
        closures = [c for c in closed if not c.is_holiday and c.last >= first_day and c.first < following]
        return self.render(
            request,
            links=self.same_route(request, f"{year}/{month:02d}/"),
            page_number=listed.number,
            description=self.listing_description(
                request,
                gettext("Events of the %(embassy)s in %(month)s"),
                month=date_format(first_day, "YEAR_MONTH_FORMAT"),
            ),
            context_overrides={
                "view": "month",
                "month": first_day,
                "weeks": weeks,
                "weekdays": weekday_headers(weeks),
                "occurrences": listed,
                # Holidays come back every year: a month with nothing else is not worth indexing.
                "noindex": not found and not closures,
                "previous_url": self.month_url(previous, request) if within(bounds, previous) else None,
                "next_url": self.month_url(following, request) if within(bounds, following) else None,
            },
        )

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})/$")
    def day_view(self, request, year, month, day):
        try:
            date = datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise Http404 from None
        if not FIRST_YEAR <= date.year <= LAST_YEAR:
            raise Http404
        settings = SiteSettings.current(request)
        zone = settings.zone
        start = datetime.datetime.combine(date, datetime.time(), zone)
        end = datetime.datetime.combine(date + datetime.timedelta(days=1), datetime.time(), zone)
        found = occurrences_between(self.events_overlapping(start, end), start, end, zone)
        closed = closed_between(settings, date, date)
        previous, following = date - datetime.timedelta(days=1), date + datetime.timedelta(days=1)
        bounds = month_bounds(self, timezone.localdate(timezone=zone), zone)
        return self.render(
            request,
            links=self.same_route(request, f"{date.year}/{date.month:02d}/{date.day:02d}/"),
            description=self.listing_description(
                request,
                gettext("Events of the %(embassy)s on %(date)s"),
                date=date_format(date, "DATE_FORMAT"),
            ),
            context_overrides={
                "view": "day",
                "day": date,
                "occurrences": found,
                "closed_days": closed,
                "noindex": not found and all(c.is_holiday for c in closed),
                "month_url": self.month_url(date, request),
                "previous_url": self.day_url(previous, request) if within(bounds, previous) else None,
                "next_url": self.day_url(following, request) if within(bounds, following) else None,
            },
        )

    @path("past/")
    def past_view(self, request):
        zone = embassy_zone(request)
        now = timezone.now()
        start = now - datetime.timedelta(days=UPCOMING_DAYS)
        found = [
            o
            for o in occurrences_between(self.events_overlapping(start, now), start, now, zone)
            if o.end <= now
        ]
        months = {}
        for occurrence in reversed(found):
            key = occurrence.start.astimezone(zone).date().replace(day=1)
            months.setdefault(key, []).append(occurrence)
        return self.render(
            request,
            links=self.same_route(request, "past/"),
            description=self.listing_description(request, gettext("Past events of the %(embassy)s")),
            context_overrides={"view": "past", "past_months": list(months.items())},
        )

    def ics_feed(self, request):
        from events.ical import calendar_response

        now = timezone.now()
        events = self.events_overlapping(
            now - datetime.timedelta(days=31), now + datetime.timedelta(days=UPCOMING_DAYS)
        )
        zone = embassy_zone(request)
        closed = closed_between(
            SiteSettings.current(request),
            (now - datetime.timedelta(days=31)).astimezone(zone).date(),
            (now + datetime.timedelta(days=UPCOMING_DAYS)).astimezone(zone).date(),
        )
        return calendar_response(
            request,
            events,
            name=self.title,
            filename="events.ics",
            closed=closed,
            updated=self.last_published_at,
        )


class EventPage(LatinSearchable, BasePage):
    template = "events/event_page.html"
    parent_page_types = ["events.EventCalendarPage"]
    subpage_types: list[str] = []

    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    venue_address = models.TextField(_("venue address"), blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    category = models.ForeignKey(
        "events.EventCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    free_entry = models.BooleanField(_("free entry"), default=False)
    repeat = models.CharField(_("repeats"), max_length=10, choices=REPEAT_CHOICES, blank=True, default="")
    repeat_interval = models.PositiveSmallIntegerField(_("every how many weeks or months"), default=1)
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(_("number of times"), null=True, blank=True)
    last_ends_at = models.DateTimeField(
        _("last occurrence ends at"),
        null=True,
        editable=False,
        help_text=_("Worked out on save; empty for an event that repeats without end."),
    )
    cancelled_dates = models.TextField(
        _("cancelled dates"),
        blank=True,
        help_text=_("Dates when a repeating event does not take place, one per line (YYYY-MM-DD)."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]), FieldPanel("all_day")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldPanel("repeat_interval"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                FieldPanel("cancelled_dates"),
            ],
            heading=_("Repeats"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address"), FieldPanel("map_url")], heading=_("Where")
        ),
        FieldPanel("category"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("registration_url"), FieldPanel("free_entry")], heading=_("Admission")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        LATIN_SEARCH_FIELD,
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("venue_name"),
        TranslatableField("venue_address"),
        TranslatableField("category"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("all_day"),
        SynchronizedField("map_url"),
        SynchronizedField("image"),
        SynchronizedField("registration_url"),
        SynchronizedField("free_entry"),
        SynchronizedField("repeat"),
        SynchronizedField("repeat_interval"),
        SynchronizedField("repeat_until"),
        SynchronizedField("repeat_count"),
        SynchronizedField("cancelled_dates"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def cache_tags(self):
        """What the page cache stores it with besides itself (``site_core.content_changes``)."""
        return ("events-labels",)

    def changed_tags(self):
        """What its publishing changes besides itself: the calendar's lists and feeds."""
        return ("events",)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        # Saving a draft writes only Wagtail's bookkeeping fields, while this instance holds the
        # draft's dates: the live row's bound must then stay as it is.
        if update_fields is None or set(TIMING_FIELDS) & set(update_fields):
            self.last_ends_at = last_end(self, event_zones()) if self.starts_at else None
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "last_ends_at"}
        super().save(*args, **kwargs)

    @classmethod
    def refresh_last_ends(cls) -> int:
        """Works the bound out again for every recurring event with an end (the zones changed);
        returns how many changed."""
        zones = event_zones()
        changed = []
        bounded = cls.objects.exclude(repeat="").filter(
            Q(repeat_until__isnull=False) | Q(repeat_count__isnull=False)
        )
        for event in bounded.only("pk", "last_ends_at", *TIMING_FIELDS):
            bound = last_end(event, zones)
            if bound != event.last_ends_at:
                event.last_ends_at = bound
                changed.append(event)
        cls.objects.bulk_update(changed, ["last_ends_at"], batch_size=500)
        return len(changed)

    def cancelled_date_list(self) -> list[datetime.date]:
        return cancelled_dates(self.cancelled_dates)

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The event cannot end before it starts.")
        if self.repeat and self.repeat_until and self.starts_at and self.repeat_until < self.starts_at.date():
            errors["repeat_until"] = _("The repetition cannot end before the event starts.")
        if self.repeat and self.repeat_count is not None and self.repeat_count > 1000:
            errors["repeat_count"] = _("An event can repeat at most 1,000 times.")
        for line in self.cancelled_dates.split():
            try:
                datetime.date.fromisoformat(line.strip())
            except ValueError:
                errors["cancelled_dates"] = _("“%(line)s” is not a date in the form YYYY-MM-DD.") % {
                    "line": line
                }
                break
        if errors:
            raise ValidationError(errors)

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary

    @property
    def social_image(self):
        return self.image

    @property
    def first_occurrence(self):
        return Occurrence(self, self.starts_at, self.starts_at + duration_of(self))

    def next_occurrences(self, request, limit=5):
        now = timezone.now()
        return occurrences(self, now, now + datetime.timedelta(days=366), embassy_zone(request))[:limit]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        calendar_page = self.get_parent().specific
        zone = embassy_zone(request)
        context.update(
            calendar_page=calendar_page,
            zone=zone,
            upcoming_dates=self.next_occurrences(request) if self.repeat else [],
            month_url=calendar_page.month_url(self.starts_at.astimezone(zone), request),
            ics_url=f"{self.get_url(request)}event.ics",
            google_calendar_url=self.google_calendar_url(request),
            structured_data=self.structured_data(request),
        )
        return context

    def ics_download(self, request):
        from events.ical import calendar_response

        return calendar_response(request, [self], name=self.title, filename=f"{self.slug}.ics")

    def google_calendar_url(self, request) -> str:
        from urllib.parse import urlencode

        end = self.ends_at or (
            self.starts_at + (datetime.timedelta(days=1) if self.all_day else datetime.timedelta(hours=1))
        )
        if self.all_day:
            dates = f"{self.starts_at:%Y%m%d}/{end:%Y%m%d}"
        else:
            fmt = "%Y%m%dT%H%M%SZ"
            dates = f"{self.starts_at.astimezone(datetime.UTC):{fmt}}/{end.astimezone(datetime.UTC):{fmt}}"
        query = {
            "action": "TEMPLATE",
            "text": self.title,
            "dates": dates,
            "details": f"{self.summary}\n{request.build_absolute_uri(self.get_url(request))}",
            "location": ", ".join(
                part for part in (self.venue_name, self.venue_address.replace("\n", ", ")) if part
            ),
        }
        return "https://calendar.google.com/calendar/render?" + urlencode(query)

    def structured_data(self, request) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": self.starts_at.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "inLanguage": self.locale.language_code,
            "url": request.build_absolute_uri(self.get_url(request)),
        }
        if self.ends_at:
            data["endDate"] = self.ends_at.isoformat()
        if self.venue_name or self.venue_address:
            data["location"] = {
                "@type": "Place",
                "name": self.venue_name or self.venue_address.splitlines()[0],
                "address": self.venue_address.replace("\n", ", "),
            }
        if self.free_entry:
            data["isAccessibleForFree"] = True
        if self.repeat:
            # Search engines show an event's startDate: for a series, its next occurrence.
            following = self.next_occurrences(request, limit=1)
            if following:
                data["startDate"] = following[0].start.isoformat()
                data["endDate"] = following[0].end.isoformat()
            data["eventSchedule"] = schedule(self, embassy_zone(request))
        return data
