"""iCalendar files live at ``…/events/feed.ics`` and ``…/events/<event>/event.ics``: Wagtail's page
URLs cannot end in a file name, so these routes find the page and hand the request to it."""

from django.http import Http404
from django.urls import re_path
from django.views.decorators.http import require_safe

from events.models import EventCalendarPage, EventPage
from site_core.routing import route_for_request


@require_safe
def ics_file(request, page_path: str, name: str):
    route = route_for_request(request, page_path)
    if route is None:
        raise Http404
    page = route[0].specific
    if name == "feed" and isinstance(page, EventCalendarPage):
        return page.ics_feed(request)
    if name == "event" and isinstance(page, EventPage):
        return page.ics_download(request)
    raise Http404


urlpatterns = [re_path(r"^(?P<page_path>(?:[\w-]+/)+)(?P<name>feed|event)\.ics$", ics_file, name="ics_file")]
