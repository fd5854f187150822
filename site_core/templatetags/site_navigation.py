from django import template
from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Page, Site

from site_core.fragments import shared
from site_core.language_links import language_links as build_language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """Links to this page (or view) in every language: for the switcher and hreflang."""
    return build_language_links(context["request"], page if isinstance(page, Page) else None)


def _menu(request, site) -> dict:
    home = site.root_page.localized if site else None
    if home is None:
        return {"home_url": "/", "home_id": None, "items": []}
    children = home.get_children().live().in_menu()
    return {
        "home_url": home.get_url(request),
        "home_id": home.pk,
        "items": [{"title": c.title, "url": c.get_url(request), "path": c.path} for c in children],
    }


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, current_page=None):
    request = context["request"]
    site = Site.find_for_request(request)
    menu = shared(
        "menu", lambda: _menu(request, site), site.pk if site else None, get_language(), tags=("menu",)
    )
    current_path = current_page.path if isinstance(current_page, Page) else ""
    return {
        "home_url": menu["home_url"],
        "home_active": isinstance(current_page, Page) and current_page.pk == menu["home_id"],
        "items": [
            {**item, "active": bool(current_path) and current_path.startswith(item["path"])}
            for item in menu["items"]
        ],
    }


@register.filter
def autonym(language_code: str) -> str:
    """A language's name in that language (Қазақша, Русский, English)."""
    return dict(settings.LANGUAGES).get(language_code, language_code)


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.simple_tag
def page_numbers(page_obj):
    """The page numbers to link to: the first and last, two either side of the current one, and
    an ellipsis for each gap; a list of a thousand pages costs the same as a list of ten."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))
