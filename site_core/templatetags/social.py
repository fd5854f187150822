import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

OPEN_GRAPH_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
# The characters that could close the <script> element or start markup inside it.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def og_locale(language_code: str) -> str:
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


@register.filter
def ld_json(data: dict) -> str:
    """schema.org structured data as a JSON-LD block, safe whatever text it carries."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308  # nosec B308 B703 - JSON escaped for HTML above


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    return context["request"].build_absolute_uri(url)
