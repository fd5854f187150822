"""Which texts prevail on a page carrying legal or consular information.

The embassy settings name the authoritative languages (Kazakh and Russian for Kazakhstan's
laws). A flagged page read in any other language says it is a translation for information and
links to the texts that prevail. Everything comes from what the page already has: the settings
read once per request and the language switcher's links, so the notice costs no query (except
for the rare link to a language that has the page only as an untranslated alias).
"""

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, ngettext, pgettext, pgettext_lazy

from wagtail.models import Page

from kazakh_latin import variant
from site_core.language_links import LanguageLink, localized_home
from site_core.models import SiteSettings

register = template.Library()

# The name as it fits "the … text prevails": Russian declines it ("на казахском языке") and
# Kazakh joins it to the noun ("қазақ тіліндегі мәтін"), so it is not the switcher's autonym.
PREVAILING_LANGUAGE = {
    "kk": pgettext_lazy("the … text prevails", "Kazakh"),
    "ru": pgettext_lazy("the … text prevails", "Russian"),
    "en": pgettext_lazy("the … text prevails", "English"),
}


def authoritative_languages(request) -> list[str]:
    chosen = set(SiteSettings.current(request).authoritative_languages or ())
    return [code for code, _name in settings.LANGUAGES if code in chosen]


def _reading_language(page) -> str:
    # An untranslated alias shows its source's text: that is the text the visitor reads.
    language = getattr(page, "content_language", None) or get_language() or settings.LANGUAGE_CODE
    return variant.content_language(language)


def _link(request, link: LanguageLink) -> SafeString:
    url = link.url
    if not link.is_translated:
        # The page there only repeats another language's text: the language's home instead.
        home = localized_home(request, link.code)
        url = home.get_url(request) if home else f"/{link.code}/"
    name = PREVAILING_LANGUAGE.get(link.code, link.name)
    return format_html('<a href="{}" hreflang="{}">{}</a>', url, link.tag, name)


def _join(items: list[SafeString]) -> SafeString:
    if len(items) == 1:
        return items[0]
    return format_html(
        pgettext("joining language names", "{first} and {last}"),
        first=format_html_join(", ", "{}", ((item,) for item in items[:-1])),
        last=items[-1],
    )


@register.simple_tag(takes_context=True)
def prevailing_texts(context, page=None, links=()) -> str:
    """The sentence naming the texts that prevail, each a link to it ("" when the page needs
    no notice: not flagged, no authoritative language, or read in one)."""
    request = context.get("request")
    if request is None or not isinstance(page, Page) or not getattr(page, "carries_legal_information", False):
        return ""
    languages = authoritative_languages(request)
    if not languages or _reading_language(page) in languages:
        return ""
    chosen = [link for link in links or () if link.code in languages]
    if not chosen:
        return ""
    sentence = ngettext(
        "In case of any discrepancy, the {languages} text prevails.",
        "In case of any discrepancy, the {languages} texts prevail.",
        len(chosen),
    )
    return format_html(sentence, languages=_join([_link(request, link) for link in chosen]))
