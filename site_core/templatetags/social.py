"""What a page tells search engines and sharing services beyond its text: its description,
canonical and alternate addresses, Open Graph locales and schema.org structured data."""

import json

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from wagtail.models import Page, Site

from site_core import structured_data
from site_core.language_links import language_links
from site_core.models import SiteSettings
from site_core.seo import plain_text

register = template.Library()

OPEN_GRAPH_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
# The characters that could close the <script> element or start markup inside it.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def og_locale(language_code: str) -> str:
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


@register.filter
def ld_json(data: dict) -> str:
    """schema.org structured data as a JSON-LD block, safe whatever text it carries. A data
    block is never run, so the content security policy's script nonce does not apply to it."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308  # nosec B308 B703 - JSON escaped for HTML above


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def seo_language_links(context, page=None):
    """The view's address in every language: a listing's own (``site_core.seo``), otherwise
    its page's, or the same view's for a view without a page."""
    return context.get("listing_links") or language_links(
        context["request"], page if isinstance(page, Page) else None
    )


def _is_home(request, page) -> bool:
    site = Site.find_for_request(request)
    return (
        site is not None and isinstance(page, Page) and page.translation_key == site.root_page.translation_key
    )


@register.simple_tag(takes_context=True)
def page_description(context, page=None) -> str:
    """The meta description, in the visitor's language: the view's own (listings set one), the
    editor's search description or the page's introduction, else one made for the kind of view."""
    if context.get("meta_description"):
        return context["meta_description"]
    request = context["request"]
    embassy = SiteSettings.current(request)
    if isinstance(page, Page):
        text = getattr(page, "meta_description", "") or plain_text(getattr(page, "intro", "") or "")
        if text:
            return text
        if _is_home(request, page) and embassy.footer_text:
            return embassy.footer_text
        return f"{page.title} · {embassy.embassy_name}"
    match = getattr(request, "resolver_match", None)
    if match and match.url_name == "search":
        return gettext("Search the website of the %(embassy)s") % {"embassy": embassy.embassy_name}
    if match and "newsletter" in match.namespaces:
        return gettext("The email list of the %(embassy)s: news and invitations to events by email") % {
            "embassy": embassy.embassy_name
        }
    return embassy.footer_text or embassy.embassy_name


@register.simple_tag(takes_context=True)
def home_structured_data(context, page=None) -> str:
    """The embassy and its website, described on the home page in every language."""
    request = context["request"]
    if not _is_home(request, page):
        return ""
    embassy = SiteSettings.current(request)
    language = get_language()
    home_url = request.build_absolute_uri(page.get_url(request))
    blocks = [
        structured_data.organization(request, embassy, home_url, language),
        structured_data.website(request, embassy, home_url, language),
    ]
    return format_html_join("\n", "{}", ((ld_json(block),) for block in blocks))
