"""Routing a request to its page, starting from the site's root page in the active language.

Wagtail finds that root on every request (the active locale, the root's translation, then its
specific type: three queries before the first path segment). The localized root is the same for
every request of a language until content changes, so it is shared per content generation, and
Wagtail's own routing continues from it. Semantics are Wagtail's: the live translation of the
root if there is one, the root itself otherwise.
"""

from django.http import Http404
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Site

from site_core.fragments import shared
from site_core.tree import children


def localized_root(site):
    def build():
        root = site.root_page.localized.specific
        # Loaded now, so the shared copy carries them: every page shows its language and the
        # image it is shared with.
        root.locale  # noqa: B018
        root.social_image  # noqa: B018
        return root

    return shared("localized-root", build, site.pk, translation.get_language(), tags=("menu",))


def live_child(parent, model):
    """The live child of ``parent`` of type ``model`` (the news index or the calendar under a
    home page), or None: a fact about the tree, shared per content generation like the root."""
    return shared(
        "live-child",
        lambda: children(model.objects.live(), parent).first(),
        parent.pk,
        model._meta.label,
        tags=("menu",),
    )


def route_for_request(request, path: str):
    """Wagtail's ``Page.route_for_request``, from the shared localized root; the result is kept
    on the request where Wagtail looks for it."""
    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        result = None
        if site is not None:
            try:
                result = localized_root(site).route(request, [part for part in path.split("/") if part])
            except Http404:
                result = None
        request._wagtail_route_for_request = result
    return request._wagtail_route_for_request


def serve(request, path):
    route_for_request(request, path)
    return wagtail_views.serve(request, path)
