"""The days the embassy is closed between two dates, named in the visitor's language: public
holidays of Kazakhstan (when the embassy settings show them) and of the host country, and the
closures editors enter.

Holidays are worked out once per country, region, year and language in each process (the
`holidays` package builds a whole year at a time); closures cost one query per call, bounded by
the period asked for. Names come from the package where it has the visitor's language, and
otherwise from its English name looked up in the project's catalogues (``holiday_names``).
"""

import datetime
import functools
import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Locale

import holidays

from closures.holiday_names import ESTIMATED, OBSERVED, SUBSTITUTED_DAY_OFF
from closures.models import ClosureDay

KAZAKHSTAN = "KZ"
# The package's own language codes for each of the site's languages, in order of preference.
PACKAGE_LANGUAGES = {"kk": ("kk",), "ru": ("ru",), "en": ("en_GB", "en_US")}
ENGLISH = ("en_US", "en_GB")
_SUFFIX = re.compile(r"^(?P<name>.+) \((?P<kind>observed|estimated)\)$")
_SUBSTITUTED = re.compile(r"^Day off \(substituted from (?P<date>[\d/.-]+)\)$")


@dataclass(frozen=True)
class ClosedDay:
    """One day, or a run of days, the embassy is closed. ``uid`` is the same in every language."""

    first: datetime.date
    last: datetime.date
    name: str
    uid: str
    is_holiday: bool

    def covers(self, day: datetime.date) -> bool:
        return self.first <= day <= self.last


def countries(settings) -> list[tuple[str, str]]:
    """(country, region) pairs whose holidays close the embassy, from the embassy settings."""
    found = []
    if getattr(settings, "show_kazakhstan_holidays", True):
        found.append((KAZAKHSTAN, ""))
    host = getattr(settings, "host_country", "") or ""
    if host and host != KAZAKHSTAN:
        found.append((host, getattr(settings, "host_subdivision", "") or ""))
    return found


def _translated_part(part: str) -> str:
    match = _SUFFIX.match(part)
    if match:
        pattern = OBSERVED if match["kind"] == "observed" else ESTIMATED
        return gettext(pattern) % {"name": _translated_part(match["name"])}
    match = _SUBSTITUTED.match(part)
    if match:
        return gettext(SUBSTITUTED_DAY_OFF) % {"date": match["date"]}
    return gettext(part)


def _from_catalogue(name: str) -> str:
    # Two holidays on one day come joined by "; ".
    return "; ".join(_translated_part(part) for part in name.split("; "))


@functools.lru_cache(maxsize=256)
def holidays_of(country: str, region: str, year: int, language: str) -> tuple[tuple[datetime.date, str], ...]:
    """A country's public holidays in a year, named in ``language`` (one of the site's)."""
    try:
        probe = holidays.country_holidays(country, subdiv=region or None)
    except (NotImplementedError, KeyError):
        return ()
    supported = probe.supported_languages
    own = next((code for code in PACKAGE_LANGUAGES.get(language, ()) if code in supported), None)
    english = next((code for code in ENGLISH if code in supported), None)
    found = holidays.country_holidays(country, subdiv=region or None, years=year, language=own or english)
    if own:
        return tuple(sorted(found.items()))
    with translation.override(language):
        return tuple(sorted((day, _from_catalogue(name)) for day, name in found.items()))


def public_holidays(settings, first: datetime.date, last: datetime.date, language: str) -> list[ClosedDay]:
    days = []
    for country, region in countries(settings):
        for year in range(first.year, last.year + 1):
            for day, name in holidays_of(country, region, year, language):
                if first <= day <= last:
                    days.append(ClosedDay(day, day, name, f"{country}-{day:%Y%m%d}@embassy-holidays", True))
    return days


def closures(first: datetime.date, last: datetime.date, language: str) -> list[ClosedDay]:
    """Editors' closures touching the period, each once: in the visitor's language where it is
    translated, otherwise in the site's default language (a closure is news in any language)."""
    default = Locale.get_default()
    codes = {language, default.language_code}
    rows = (
        ClosureDay.objects.filter(first_day__lte=last, last_day__gte=first, locale__language_code__in=codes)
        .order_by("first_day", "pk")
        .values_list("translation_key", "locale__language_code", "first_day", "last_day", "reason")
    )
    chosen = {}
    for key, code, first_day, last_day, reason in rows:
        if key not in chosen or code == language:
            uid = f"{key}@embassy-closures"
            chosen[key] = ClosedDay(first_day, last_day or first_day, reason, uid, is_holiday=False)
    return sorted(chosen.values(), key=lambda closed: (closed.first, closed.uid))


def closed_between(settings, first: datetime.date, last: datetime.date, language=None) -> list[ClosedDay]:
    """Every closure touching ``first``…``last`` (inclusive), editors' closures first on a day."""
    language = (language or translation.get_language() or "en").split("-")[0]
    found = closures(first, last, language) + public_holidays(settings, first, last, language)
    return sorted(found, key=lambda closed: (closed.first, closed.is_holiday))


def by_day(closed: list[ClosedDay], first: datetime.date, last: datetime.date) -> dict:
    """Each closure under every day of ``first``…``last`` it covers."""
    days = {}
    for item in closed:
        day = max(item.first, first)
        while day <= min(item.last, last):
            days.setdefault(day, []).append(item)
            day += datetime.timedelta(days=1)
    return days
