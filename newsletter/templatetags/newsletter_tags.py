from django import template

from kazakh_latin import variant
from newsletter.forms import SignupForm, page_language

register = template.Library()


@register.simple_tag(takes_context=True)
def signup_form(context):
    return SignupForm(language=page_language(context.get("request")))


@register.simple_tag(takes_context=True)
def language_tag(context, code: str) -> str:
    """The ``lang`` of a language's name in the language choice, as BCP 47 writes it: the Latin
    variant is ``kk-Latn``; on a Latin page, the Cyrillic name «Қазақша» (kept as it is, the
    choice being ``translate="no"``) says ``kk-Cyrl``, so that the transliteration, which marks
    ``lang="kk"`` as Latin, leaves it alone."""
    if code == variant.CODE:
        return variant.TAG
    if code == variant.SOURCE and variant.is_latin(context.get("request")):
        return f"{variant.SOURCE}-Cyrl"
    return code
