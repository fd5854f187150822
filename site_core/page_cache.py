"""Full-page cache for anonymous visitors, shared by every app process through the cache.

Wagtail-cache, the usual library, pins Wagtail below 8, so the site has its own, small one. A
response is stored only when it cannot carry anything personal: a GET or HEAD without a session
cookie or credentials, answered 200, setting no cookie, not using the visitor's CSRF token or a
CSP nonce, not varying on cookies or languages, not marked private. Every key carries a
*generation* number kept in the shared cache; publishing, unpublishing, moving or deleting a
page, or changing anything pages show (snippets, images, documents, audio, settings, sites),
increments it, so every process serves fresh pages from its next request. A page may show any
other (menus, latest news, the calendar), so the whole site is invalidated at once: correct
first, and cheap, since pages are rebuilt on demand. While the shared cache is out of reach,
pages are neither served from it nor stored, and a publish made then still shows once it is back
(see ``fragments``).

Some content changes with the clock, not with a save: a site notice appears at its start and
goes at its end. An app whose content does registers a function (``register_valid_until``)
giving the next such moment after a time; a page is stored with the earliest of them beside it
("valid until"), for at most the seconds left until then, and is never served from the cache
once that moment has passed, so no purge or save is needed at a boundary.
"""

import datetime
import hashlib
import math
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from site_core.fragments import current_generation, invalidate, shared

# Saving a revision rewrites only these columns of a page: what visitors see does not change.
DRAFT_ONLY_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}
CONTENT_MODELS = {"wagtailcore.Site", "wagtailcore.Locale", "wagtailcore.PageViewRestriction"}
# Renditions are made when a page is first shown, and Wagtail records an image's size and hash
# the first time it reads them: none of that changes what pages show.
NOT_CONTENT = {"wagtailimages.Rendition"}
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}
CONTENT_APPS = {
    "home",
    "news",
    "events",
    "closures",
    "infopages",
    "notices",
    "audio",
    "site_core",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
}


_valid_until_sources: list[Callable[[datetime.datetime], datetime.datetime | None]] = []


def register_valid_until(source: Callable[[datetime.datetime], datetime.datetime | None]) -> None:
    """``source(since)`` answers the first moment after ``since`` when pages show something else
    without any save (None: no such moment); it must cost no query per request."""
    if source not in _valid_until_sources:
        _valid_until_sources.append(source)


def _valid_until(since: datetime.datetime) -> datetime.datetime | None:
    moments = [moment for moment in (source(since) for source in _valid_until_sources) if moment is not None]
    return min(moments, default=None)


def _key(request, number: int) -> str:
    url = f"{request.get_host()}{request.get_full_path()}"
    # "v2": entries carry their "valid until"; processes of the previous release use other keys.
    return f"page-cache:v2:{number}:{hashlib.sha256(url.encode()).hexdigest()}"


def _may_use_cache(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path_info.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _may_store(request, response) -> bool:
    vary = {value.strip().lower() for value in cc_delim_re.split(response.get("Vary", ""))}
    cache_control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and getattr(request, "_csp_nonce", None) is None
        and not vary & {"cookie", "accept-language", "*"}
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        number = current_generation()
        if number is None:
            # The shared cache is out of reach: the page is rendered from the database.
            return self.get_response(request)
        try:
            key = _key(request, number)
        except DisallowedHost:
            # Answered further in, where the visitor's language is known.
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content, valid_until = stored
            if valid_until is None or timezone.now() < valid_until:
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response[name] = value
                response["X-Page-Cache"] = "hit"
                return response
        # Taken before rendering: a boundary passed while the page was being made ends it at once.
        rendered_at = timezone.now()
        response = self.get_response(request)
        if _may_store(request, response):
            valid_until = _valid_until(rendered_at)
            timeout = settings.PAGE_CACHE_SECONDS
            if valid_until is not None:
                timeout = min(timeout, math.ceil((valid_until - timezone.now()).total_seconds()))
            if timeout > 0:
                headers = [
                    (name, value) for name, value in response.items() if name.lower() != "x-page-cache"
                ]
                cache.set(key, (response.status_code, headers, response.content, valid_until), timeout)
                response["X-Page-Cache"] = "miss"
        return response


def _page_saved(sender, instance, update_fields=None, **kwargs) -> None:
    if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    if instance.live or "live" in (update_fields or ()):
        invalidate()


def _shows_on_pages(sender, update_fields) -> bool:
    if sender._meta.label in NOT_CONTENT or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return False
    return sender._meta.app_label in CONTENT_APPS or sender._meta.label in CONTENT_MODELS


def _content_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        if kwargs.get("signal") is post_save:
            _page_saved(sender, instance, kwargs.get("update_fields"))
        else:
            invalidate()
    elif _shows_on_pages(sender, kwargs.get("update_fields")):
        invalidate()


def connect() -> None:
    page_published.connect(invalidate, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="page-cache-moved")
    post_save.connect(_content_changed, dispatch_uid="page-cache-saved")
    post_delete.connect(_content_changed, dispatch_uid="page-cache-deleted")


class CachedSiteMiddleware:
    """Wagtail looks the site up in the database on every request; the answer is shared
    instead (Wagtail keeps it on the request as ``_wagtail_site``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not hasattr(request, "_wagtail_site"):
            try:
                host = request.get_host()
            except DisallowedHost:
                return self.get_response(request)
            request._wagtail_site = shared("site", lambda: Site._find_for_request(request), host)
        return self.get_response(request)
