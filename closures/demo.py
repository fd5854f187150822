"""Two demo closures, dated relative to the day the command runs so the calendar shows them."""

import datetime

from django.utils import timezone

from wagtail.models import Locale

from closures.models import ClosureDay
from site_core.demo.pages import translate_snippet

CLOSURES = [
    {
        "in_days": 17,
        "length": 1,
        "en": "Staff training day",
        "kk": "Қызметкерлерді оқыту күні",
        "ru": "День обучения сотрудников",
    },
    {
        "in_days": 45,
        "length": 2,
        "en": "Annual inventory of the embassy",
        "kk": "Елшіліктің жыл сайынғы түгендеуі",
        "ru": "Ежегодная инвентаризация посольства",
    },
]


def _weekday_from(day: datetime.date) -> datetime.date:
    # A closure on a Saturday would tell visitors nothing.
    return day + datetime.timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


def load_demo(log) -> None:
    english = Locale.objects.get(language_code="en")
    today = timezone.localdate()
    for spec in CLOSURES:
        source = ClosureDay.objects.filter(locale=english, reason=spec["en"]).first()
        if source is None:
            first = _weekday_from(today + datetime.timedelta(days=spec["in_days"]))
            source = ClosureDay.objects.create(
                locale=english,
                first_day=first,
                last_day=first + datetime.timedelta(days=spec["length"] - 1),
                reason=spec["en"],
            )
            log(f"  closure: {spec['en']}")
        translate_snippet(source, {code: {"reason": spec[code]} for code in ("kk", "ru")})
