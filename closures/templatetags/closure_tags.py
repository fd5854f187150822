"""``{% upcoming_closures %}``: the next days the embassy is closed, for any page that tells
visitors when to come (the calendar now, a contacts page later)."""

import datetime

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from closures.closed_days import closed_between
from site_core.fragments import shared
from site_core.models import SiteSettings

register = template.Library()

UPCOMING_CLOSURE_DAYS = 60
UPCOMING_CLOSURE_COUNT = 5


@register.inclusion_tag("closures/upcoming_closures.html", takes_context=True)
def upcoming_closures(context, days=UPCOMING_CLOSURE_DAYS, limit=UPCOMING_CLOSURE_COUNT):
    request = context["request"]
    settings = SiteSettings.current(request)
    today = timezone.localdate(timezone=settings.zone)
    language = get_language()

    def build():
        return closed_between(settings, today, today + datetime.timedelta(days=days), language)[:limit]

    # Shown beside every view of the calendar: built once per day, language and content change.
    found = shared(
        "upcoming-closures", build, settings.pk, language, today.isoformat(), days, limit, tags=("closures",)
    )
    return {"closed_days": found, "today": today}
