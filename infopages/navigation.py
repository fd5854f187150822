"""Where a visitor is and where they can go: breadcrumbs, the section menu, the contacts page
and the site map for people.

Each is built once per content generation, language and page (``site_core.fragments.shared``)
from a fixed number of queries, whatever the depth of the tree or the number of pages: a
publish anywhere starts a new generation, so none of them is ever stale.
"""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

from site_core.fragments import shared


def _link(page: Page, request) -> dict:
    # A page standing in for a missing translation shows its source's title: the link says so.
    stands_in = page.alias_of_id is not None or (
        page.live_revision_id is None and page.locale.language_code != settings.LANGUAGE_CODE
    )
    return {
        "pk": page.pk,
        "title": page.title,
        "url": page.get_url(request),
        "lang": settings.LANGUAGE_CODE if stands_in else "",
    }


def _visible(queryset):
    return queryset.live().public().select_related("locale")


def breadcrumbs(request, page: Page) -> list[dict]:
    """The pages from the home page down to ``page``'s parent, as links."""

    def build():
        site = Site.find_for_request(request)
        home_depth = site.root_page.depth if site else 2
        ancestors = page.get_ancestors().filter(depth__gte=home_depth).select_related("locale")
        return [_link(ancestor, request) for ancestor in ancestors]

    return shared("infopages-breadcrumbs", build, page.pk, get_language(), tags=("menu",))


def section_menu(request, page: Page) -> dict:
    """The page's parent, its information-page siblings (itself among them) and its own
    children; ``current`` marks the page itself."""
    from infopages.models import InfoPage

    def build():
        parent = page.get_parent()
        siblings = _visible(InfoPage.objects.sibling_of(page, inclusive=True)).order_by("path")
        children = _visible(InfoPage.objects.child_of(page)).order_by("path")
        return {
            "parent": _link(parent, request),
            "pages": [
                {
                    **_link(sibling, request),
                    "children": [_link(child, request) for child in children]
                    if sibling.pk == page.pk
                    else [],
                }
                for sibling in siblings
            ],
        }

    return shared("infopages-section-menu", build, page.pk, get_language(), tags=("menu",))


def contacts_url(request) -> str:
    """The address of the contacts page in the visitor's language, or "" when there is none."""
    from infopages.models import InfoPage

    site = Site.find_for_request(request)
    language = get_language()

    def build():
        home = site.root_page.localized if site else None
        if home is None:
            return ""
        found = (
            _visible(InfoPage.objects.descendant_of(home))
            .filter(is_contacts_page=True, locale__language_code=home.locale.language_code)
            .order_by("path")
            .first()
        )
        return found.get_url(request) if found else ""

    return shared("infopages-contacts-url", build, site.pk if site else None, language, tags=("menu",))


def site_tree(request) -> dict | None:
    """The live, public pages of the visitor's language as a tree under the home page: the
    home page, its sections and every information page at any depth. Items listed inside a
    section (news posts, events) are reached through the section and are left out, so the map
    stays readable whatever the number of posts."""
    from infopages.models import InfoPage

    site = Site.find_for_request(request)
    language = get_language()

    def build():
        home = site.root_page.localized if site else None
        if home is None:
            return None
        locale = Locale.objects.filter(language_code=language).first() or home.locale
        if home.locale_id != locale.id:
            return None
        pages = list(
            _visible(Page.objects.descendant_of(home, inclusive=True))
            .filter(Q(depth__lte=home.depth + 1) | Q(pk__in=InfoPage.objects.values("pk")))
            .order_by("path")
        )
        nodes = {page.path: {**_link(page, request), "children": []} for page in pages}
        root = nodes.get(home.path)
        for page in pages:
            if page.path == home.path:
                continue
            parent = nodes.get(page.path[: -Page.steplen])
            if parent is not None:  # under a page left out (a draft, a private page): left out too
                parent["children"].append(nodes[page.path])
        return root

    return shared("infopages-site-tree", build, site.pk if site else None, language, tags=("menu",))
