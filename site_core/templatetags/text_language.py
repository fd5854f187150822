"""Marks text shown in a language other than the page's.

A Kazakh or Russian list can hold pages nobody has translated yet: their titles and summaries are
the source's (English) text. ``text_language`` names the language such an item's text is in (an
empty string when it is the page's own), so a template can put ``lang`` on it and screen readers
pronounce it right; ``language_mark`` adds the visible mark ("EN") with its label in the reader's
language ("ағылшын тілінде"); ``in_language`` gives that phrase ("на английском языке") for the
untranslated notice. Everything is decided from fields already loaded with the page, so a list
costs no extra query per item.
"""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info, pgettext_lazy

register = template.Library()

# Whole phrases rather than a language name slotted into a sentence: Kazakh and Russian decline
# the name ("ағылшын тілінде", "на английском языке"), which no single form of it can do.
IN_LANGUAGE = {
    "kk": pgettext_lazy("text shown in a language", "in Kazakh"),
    "ru": pgettext_lazy("text shown in a language", "in Russian"),
    "en": pgettext_lazy("text shown in a language", "in English"),
}


@register.filter
def in_language(language_code: str) -> str:
    """ "in English", in the active language and with its grammar."""
    phrase = IN_LANGUAGE.get(language_code)
    if phrase is not None:
        return str(phrase)
    try:
        return get_language_info(language_code)["name_translated"]
    except KeyError:
        return language_code


@register.filter
def text_language(page) -> str:
    """The language of a listed page's text when it is not the current language, else "".

    A listing holds the pages of the current locale; one of them only shows another language's
    text when it stands in for a missing translation, and such a page shows the source
    language's text (wagtail-localize translates from the default language)."""
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if page is None or current == settings.LANGUAGE_CODE:
        return ""
    # ``stands_in_for_translation`` with the page's locale known to be the current one: reading
    # ``page.locale`` would cost a query per item.
    if page.alias_of_id is not None or page.live_revision_id is None:
        return settings.LANGUAGE_CODE
    return ""


@register.simple_tag
def language_mark(language_code: str):
    """The visible mark after an item whose text is in ``language_code`` (nothing when empty):
    the code for the eye, the phrase ("ағылшын тілінде") for a screen reader."""
    if not language_code:
        return ""
    return format_html(
        ' <span class="badge badge--language"><span aria-hidden="true">{}</span>'
        '<span class="visually-hidden">({})</span></span>',
        language_code.upper(),
        in_language(language_code),
    )
