"""schema.org descriptions of the embassy itself, for the home page in every language: the
embassy as a ``GovernmentOrganization`` (``Embassy`` in schema.org is a building, a place) and
the site as a ``WebSite`` with its search.

Everything comes from the embassy settings in the visitor's language. Opening hours are read
from the English text, where the days and times are written in one known way ("Monday to
Friday, 09:00–18:00"); lines naming a section ("Consular section: …") are that section's hours,
not the embassy's, and a text that cannot be read is left out rather than guessed.
"""

import re

from django.conf import settings as django_settings
from django.templatetags.static import static

from site_core.models import SiteSettings

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY = "|".join(DAYS)
_HOURS = re.compile(
    rf"^(?P<first>{_DAY})(?:\s+(?P<joiner>to|and|-|–)\s+(?P<last>{_DAY}))?\s*,?\s*"
    r"(?P<opens>\d{1,2}:\d{2})\s*[-–]\s*(?P<closes>\d{1,2}:\d{2})$",
    re.IGNORECASE,
)


def opening_hours(text: str) -> list[dict]:
    """``OpeningHoursSpecification`` entries for the lines of ``text`` that can be read."""
    found = []
    for line in (text or "").splitlines():
        match = _HOURS.match(line.strip())
        if match is None:
            continue
        first = DAYS.index(match["first"].capitalize())
        last = DAYS.index(match["last"].capitalize()) if match["last"] else first
        if match["joiner"] and match["joiner"].lower() == "and":
            days = [DAYS[first], DAYS[last]]
        else:
            days = list(DAYS[first : last + 1])
        found.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [f"https://schema.org/{day}" for day in days],
                "opens": f"{int(match['opens'].split(':')[0]):02d}:{match['opens'].split(':')[1]}",
                "closes": f"{int(match['closes'].split(':')[0]):02d}:{match['closes'].split(':')[1]}",
            }
        )
    return found


def emblem_url(request, embassy: SiteSettings) -> str:
    if embassy.emblem_id:
        return request.build_absolute_uri(embassy.emblem.get_rendition("max-512x512").url)
    return request.build_absolute_uri(static("img/emblem.svg"))


def organization(request, embassy: SiteSettings, home_url: str, language: str) -> dict:
    languages = [code for code, _name in django_settings.LANGUAGES]
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "@id": f"{home_url}#embassy",
        "name": embassy.embassy_name,
        "url": home_url,
        "logo": emblem_url(request, embassy),
        "knowsLanguage": languages,
    }
    if embassy.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(line.strip() for line in embassy.address.splitlines() if line.strip()),
        }
        if embassy.host_country:
            data["address"]["addressCountry"] = embassy.host_country
    if embassy.phone:
        data["telephone"] = embassy.phone
    if embassy.email:
        data["email"] = embassy.email
    hours = opening_hours(getattr(embassy, "opening_hours_en", "") or "")
    if hours:
        data["openingHoursSpecification"] = hours
    if embassy.phone or embassy.email:
        contact = {"@type": "ContactPoint", "contactType": "customer service", "availableLanguage": languages}
        if embassy.phone:
            contact["telephone"] = embassy.phone
        if embassy.email:
            contact["email"] = embassy.email
        data["contactPoint"] = contact
    return data


def website(request, embassy: SiteSettings, home_url: str, language: str) -> dict:
    search_url = request.build_absolute_uri(f"/{language}/search/")
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": f"{home_url}#website",
        "name": embassy.embassy_name,
        "url": home_url,
        "inLanguage": language,
        "publisher": {"@id": f"{home_url}#embassy"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
