"""Full-page cache for anonymous visitors, shared by every app process through the cache.

Wagtail-cache, the usual library, pins Wagtail below 8, so the site has its own, small one. A
response is stored only when it cannot carry anything personal: a GET or HEAD without a session
cookie or credentials, answered 200, setting no cookie, not using the visitor's CSRF token or a
CSP nonce, not varying on cookies or languages, not marked private.

A stored page carries what it depends on: the *generation* and the counters of the tags it
recorded while it was built (``fragments``: its own page in every language, the kinds of content
it lists, the fragments it shows), as they were read before it was built. It is served only while
every one of them is unchanged, which one more round trip tells (the generation needs none of
its own any more: it is one of them). A publish counts up only what it changed
(``content_changes``): a news post its own tag and the lists of posts, so the post in every
language, the news index and its feeds and the home pages (which name nothing, so depend on any
content) are rebuilt, while events, the music gallery and posts that do not list it stay cached
(``sitemap.xml`` is never stored: ``PAGE_CACHE_EXCLUDED_PATHS``). Anything
not known better (settings, moves, deletions, images) counts the generation up: every page.
While the shared cache is out of reach, pages are neither served from it nor stored, and a
publish made then still shows once it is back (see ``fragments``).

Some content changes with the clock, not with a save: a site notice appears at its start and
goes at its end. An app whose content does registers a function (``register_valid_until``)
giving the next such moment after a time; a page is stored with the earliest of them beside it
("valid until"), for at most the seconds left until then, and is never served from the cache
once that moment has passed, so no purge or save is needed at a boundary. A page may also name
such a moment of its own while it renders (``shown_until``: the home page's next event ends).
"""

import datetime
import hashlib
import math
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, set_response_etag

from wagtail.models import Site

from site_core import content_changes
from site_core.fragments import current_generation, dependencies, shared

_valid_until_sources: list[Callable[[datetime.datetime], datetime.datetime | None]] = []


_shown_until: ContextVar[datetime.datetime | None] = ContextVar("page_shown_until", default=None)


def register_valid_until(source: Callable[[datetime.datetime], datetime.datetime | None]) -> None:
    """``source(since)`` answers the first moment after ``since`` when pages show something else
    without any save (None: no such moment); it must cost no query per request."""
    if source not in _valid_until_sources:
        _valid_until_sources.append(source)


def shown_until(moment: datetime.datetime) -> None:
    """Called while a page renders: what it shows changes at ``moment`` without any save. The
    page is stored, here and by a CDN, no longer than that."""
    current = _shown_until.get()
    if current is None or moment < current:
        _shown_until.set(moment)


def _valid_until(since: datetime.datetime) -> datetime.datetime | None:
    moments = [moment for moment in (source(since) for source in _valid_until_sources) if moment is not None]
    own = _shown_until.get()
    if own is not None:
        moments.append(own)
    return min(moments, default=None)


def _key(request) -> str:
    url = f"{request.get_host()}{request.get_full_path()}"
    # "v3": entries carry the counters they depend on; processes of older releases use other keys.
    return f"page-cache:v3:{hashlib.sha256(url.encode()).hexdigest()}"


def _still_current(depends_on: dict) -> bool:
    """Whether nothing the stored page depends on changed since: one round trip."""
    return cache.get_many(list(depends_on)) == depends_on


def _may_use_cache(request) -> bool:
    return settings.PAGE_CACHE_SECONDS > 0 and _anonymous_read(request)


def _anonymous_read(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
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


def storable(request, response) -> bool:
    """The response is the same for every visitor: shared caches (this one, a CDN) may keep it
    (``http_caching``), whether or not this one is switched on."""
    return _anonymous_read(request) and _may_store(request, response)


def next_change(since: datetime.datetime) -> datetime.datetime | None:
    """The first moment after ``since`` when pages show something else without any save: what
    a stored page is valid until."""
    return _valid_until(since)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A page's own moment (``shown_until``) is its alone: never carried to the next request.
        token = _shown_until.set(None)
        try:
            response = self._answer(request)
            if not hasattr(response, "valid_until"):
                response.valid_until = _valid_until(timezone.now())
            return response
        finally:
            _shown_until.reset(token)

    def _answer(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        try:
            key = _key(request)
        except DisallowedHost:
            # Answered further in, where the visitor's language is known.
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content, valid_until, depends_on = stored
            if (valid_until is None or timezone.now() < valid_until) and _still_current(depends_on):
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response[name] = value
                response["X-Page-Cache"] = "hit"
                response.valid_until = valid_until
                return response
        if current_generation() is None:
            # The shared cache is out of reach: the page is rendered from the database.
            return self.get_response(request)
        # Taken before rendering: a boundary passed while the page was being made ends it at once.
        rendered_at = timezone.now()
        response = self.get_response(request)
        depends_on = dependencies() if _may_store(request, response) else None
        if depends_on is not None:
            valid_until = response.valid_until = _valid_until(rendered_at)
            timeout = settings.PAGE_CACHE_SECONDS
            if valid_until is not None:
                timeout = min(timeout, math.ceil((valid_until - timezone.now()).total_seconds()))
            if timeout > 0:
                if not response.has_header("ETag"):
                    # Stored with the page, so a hit answers If-None-Match without hashing it again.
                    set_response_etag(response)
                headers = [
                    (name, value) for name, value in response.items() if name.lower() != "x-page-cache"
                ]
                cache.set(
                    key, (response.status_code, headers, response.content, valid_until, depends_on), timeout
                )
                response["X-Page-Cache"] = "miss"
        return response


def connect() -> None:
    content_changes.connect()


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
            request._wagtail_site = shared("site", lambda: Site._find_for_request(request), host, tags=())
        return self.get_response(request)
