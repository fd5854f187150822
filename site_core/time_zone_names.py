"""Time zone names in the visitor's language.

Python and the tz database only know abbreviations ("GMT", "BST") and keys ("Europe/London"),
which mean nothing to a Kazakh or Russian reader. The Unicode CLDR names every zone in every
language, and Babel ships its data: ``zone_name_at`` gives the name of the time in force at a
moment ("Гринвич уақыты" in winter, "Ұлыбритания жазғы уақыты" in summer), ``zone_name`` the
name that covers the whole year ("Ұлыбритания уақыты"). A language Babel does not know falls
back to English names, never to an error. Machine-readable outputs (iCalendar TZIDs, ISO
timestamps) keep the tz database's keys and are not this module's business.
"""

import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.utils.translation import get_language

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_name


@lru_cache(maxsize=16)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


# The name depends only on the zone, on whether daylight saving time is in force and on the
# language: keyed on those, a month of events costs one lookup per name, not one per event.
@lru_cache(maxsize=256)
def _specific_name(key: str, offset: datetime.timedelta, dst: datetime.timedelta, language: str) -> str:
    zone = ZoneInfo(key)
    # A moment with the same offset and DST state: January or July of a recent year.
    for month in (1, 7):
        moment = datetime.datetime(2025, month, 15, 12, tzinfo=zone)
        if moment.utcoffset() == offset and moment.dst() == dst:
            return get_timezone_name(moment, locale=_locale(language))
    return get_timezone_name(zone, locale=_locale(language))


@lru_cache(maxsize=64)
def _generic_name(key: str, language: str) -> str:
    return get_timezone_name(ZoneInfo(key), locale=_locale(language))


def zone_name_at(moment: datetime.datetime, zone: ZoneInfo, language: str | None = None) -> str:
    """The name of the time in force in ``zone`` at ``moment``, in ``language`` (the active
    language by default): "Greenwich Mean Time", "Среднее время по Гринвичу"."""
    local = moment.astimezone(zone)
    return _specific_name(zone.key, local.utcoffset(), local.dst(), language or get_language() or "en")


def zone_name(zone: ZoneInfo, language: str | None = None) -> str:
    """The zone's name for the whole year, in ``language``: "British Time", "Ұлыбритания уақыты"."""
    return _generic_name(zone.key, language or get_language() or "en")
