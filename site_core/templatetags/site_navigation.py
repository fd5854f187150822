from django import template
from django.conf import settings

from wagtail.models import Page, Site

from site_core.translations import language_links as build_language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """Links to this page (or view) in every language: for the switcher and hreflang."""
    return build_language_links(context["request"], page if isinstance(page, Page) else None)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, current_page=None):
    request = context["request"]
    site = Site.find_for_request(request)
    home = site.root_page.localized if site else None
    items = []
    if home is not None:
        current_path = current_page.path if isinstance(current_page, Page) else ""
        for child in home.get_children().live().in_menu():
            items.append(
                {
                    "title": child.title,
                    "url": child.get_url(request),
                    "active": bool(current_path) and current_path.startswith(child.path),
                }
            )
    return {
        "home_url": home.get_url(request) if home else "/",
        "home_active": isinstance(current_page, Page) and home is not None and current_page.pk == home.pk,
        "items": items,
    }


@register.filter
def autonym(language_code: str) -> str:
    """A language's name in that language (Қазақша, Русский, English)."""
    return dict(settings.LANGUAGES).get(language_code, language_code)


@register.filter
def get_item(mapping, key):
    return mapping.get(key)
