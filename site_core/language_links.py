"""Which URL each language has for the thing being viewed: used by the language switcher,
the hreflang alternates and the sitemap."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

from kazakh_latin import variant
from site_core.fragments import shared
from site_core.models import stands_in_for_translation


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    full_url: str
    is_current: bool
    # False when the language has no translation and the link falls back to its home page.
    is_translated: bool
    is_default: bool

    @property
    def tag(self) -> str:
        """The language as BCP 47 writes it, for ``lang`` and ``hreflang``."""
        return variant.TAG if self.code == variant.CODE else self.code


def localized_home(request, language_code: str) -> Page | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return None
    return site.root_page.get_translation_or_none(locale)


def _page_translations(request, page: Page) -> dict[str, tuple[str, bool]]:
    """Where the page is in each language, and whether that is a real translation."""
    pages = {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }
    found = {}
    for code, _name in settings.LANGUAGES:
        if code in pages:
            # A page standing in for a translation keeps the URL working but is not one.
            found[code] = (pages[code].get_url(request), not stands_in_for_translation(pages[code]))
        else:
            home = localized_home(request, code)
            found[code] = ((home.get_url(request) if home else f"/{code}/"), False)
    return found


def language_links(request, page: Page | None = None) -> list[LanguageLink]:
    current = translation.get_language()
    if page is not None and page.pk:
        translations = shared(
            "translations",
            lambda: _page_translations(request, page),
            page.pk,
            request.get_host(),
            tags=(f"page:{page.translation_key}",),
        )
    else:
        translations = None

    latin = variant.is_latin(request)
    links = []
    for code, name in settings.LANGUAGES:
        if translations is None:
            url, translated = _view_url(request, code), True
        else:
            url, translated = translations[code]
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                full_url=request.build_absolute_uri(url),
                is_current=code == current and not (latin and code == variant.SOURCE),
                is_translated=translated,
                is_default=code == settings.LANGUAGE_CODE,
            )
        )
        if code == variant.SOURCE:
            # The same Kazakh page in Latin script (kazakh_latin), right after the Cyrillic one.
            latin_url = variant.latin_path(url)
            links.append(
                LanguageLink(
                    code=variant.CODE,
                    name=variant.NAME,
                    url=latin_url,
                    full_url=request.build_absolute_uri(latin_url),
                    is_current=latin,
                    is_translated=translated,
                    is_default=False,
                )
            )
    return links


def _view_url(request, code: str) -> str:
    """The same non-page view in another language, or that language's home page."""
    translated = translate_url(request.get_full_path(), code)
    if translated != request.get_full_path() or code == translation.get_language():
        return translated
    return f"/{code}/"
