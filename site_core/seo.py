"""What search engines are told about a view that a page's routes render (a news category, a
calendar month): its own description, its canonical address and its address in each other
language.

A listing is its own page, not a copy of the page that routes it: its canonical is itself (page 2
and later with ``?page=N``), and its hreflang alternates name the same listing in another
language only where that language really has it. Languages that do not keep the switcher's link
(to the page that routes it) but get no alternate.
"""

import dataclasses
from collections.abc import Callable

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.models import Page

from kazakh_latin import variant
from site_core.content_changes import shown_by
from site_core.fragments import shared
from site_core.language_links import LanguageLink, language_links

DESCRIPTION_LENGTH = 300


def route_links(
    request, page: Page, route: str, subpath_for: Callable[[Page], str | None]
) -> list[LanguageLink]:
    """The page's language links, each pointing at the same route of the page's translation.

    ``subpath_for`` gets the translation (in its language) and answers the route's path below it,
    or None where that language has no equivalent; it is asked only about real translations.
    ``route`` (the path below this page) names the answer, which is worked out once per content
    generation: a listing's query budget does not grow with it.
    """
    return shared(
        "route-links",
        lambda: _route_links(request, page, subpath_for),
        page.pk,
        route,
        request.get_host(),
        translation.get_language(),
        # A listing's equivalents in other languages change with what the listing shows.
        tags=shown_by(page),
    )


def _route_links(request, page: Page, subpath_for) -> list[LanguageLink]:
    translations = None
    links = []
    for link in language_links(request, page):
        if not link.is_translated:
            links.append(link)
            continue
        if translations is None:
            translations = {
                p.locale.language_code: p
                for p in page.get_translations(inclusive=True).live().select_related("locale").specific()
            }
        # The Latin variant shows the Kazakh page (kazakh_latin).
        translated = translations.get(variant.content_language(link.code))
        subpath = subpath_for(translated) if translated is not None else None
        if subpath is None:
            links.append(dataclasses.replace(link, is_translated=False))
            continue
        url = link.url + subpath
        links.append(dataclasses.replace(link, url=url, full_url=request.build_absolute_uri(url)))
    return links


def paginated(links: list[LanguageLink], number: int) -> list[LanguageLink]:
    """Page ``number`` of a list, in every language: the first page is the list itself."""
    if number < 2:
        return links
    return [
        dataclasses.replace(link, url=f"{link.url}?page={number}", full_url=f"{link.full_url}?page={number}")
        if link.is_translated
        else link
        for link in links
    ]


def plain_text(html: str, length: int = DESCRIPTION_LENGTH) -> str:
    """Rich text as a one-line description."""
    return Truncator(" ".join(strip_tags(html or "").split())).chars(length)
