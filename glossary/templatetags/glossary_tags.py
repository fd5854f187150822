"""The glossary panel of wagtail-localize's translation editor (``glossary/editor_panel.html``)."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language

from glossary.checking import check_translation

register = template.Library()


@register.simple_tag
def glossary_check(translation):
    """The approved terms of the translation's source and the segments that leave one out, ready
    for the panel: every piece of text with the language it is written in."""
    if translation is None:
        return None
    check = check_translation(translation)
    source = settings.LANGUAGE_CODE
    reader = (get_language() or source).split("-")[0]
    terms = []
    for found in check.found:
        note, note_language = found.term.note_in(reader)
        terms.append(
            {
                "english": found.term.term_en,
                "approved": found.approved,
                "do_not_translate": found.term.do_not_translate,
                "note": note,
                "note_language": note_language,
            }
        )
    missing = [
        {
            # Placed in a translated sentence, each in a span saying its language.
            "term": format_html('<span lang="{}">{}</span>', source, item.term.term_en),
            "approved": format_html('<span lang="{}">{}</span>', check.language, item.approved),
            "translated": item.translated,
        }
        for item in check.missing
    ]
    return {"source_language": source, "language": check.language, "terms": terms, "missing": missing}
