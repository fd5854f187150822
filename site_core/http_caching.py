"""Validators and ``Cache-Control`` for browsers and a CDN, outside the page cache.

An answer the page cache may store (``page_cache.storable``) is the same for every visitor.
Browsers keep it only to ask again (``max-age=0, must-revalidate``); with a CDN purge configured
(``WAGTAILFRONTENDCACHE``, as ``cdn_purge`` decides) the CDN may keep it for ``CDN_MAX_AGE``
seconds (``s-maxage``), never past the moment a site notice starts or ends (the page cache's
"valid until"): a publish purges the page and the pages listing it at once.

Anything personal is ``private, no-store``: the admin (previews included), a visitor with a
session or credentials, unsafe methods, an answer setting a cookie or using the CSRF token; so
are answers with no ``Cache-Control`` of their own that are not shared (errors, redirects, pages
with a CSP nonce). Files (documents, media, audio, bulletins' PDFs) keep their own headers for
anonymous visitors.

A successful GET or HEAD that may be kept gets an ETag of the bytes sent (the Latin
transliteration happens inside; a page-cache hit brings the one stored with it), and a request
naming it (If-None-Match), or the view's Last-Modified (feeds, calendars: the latest publish of
what they list) through If-Modified-Since, is answered 304 without a body.
"""

import math

from django.conf import settings
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    cc_delim_re,
    get_conditional_response,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe

from site_core import page_cache

SAFE_METHODS = ("GET", "HEAD")


def cdn_configured() -> bool:
    return bool(settings.WAGTAILFRONTENDCACHE)


def shared_seconds(now=None, response=None) -> int:
    """How long a CDN may keep a shared answer made ``now``: never past a site notice's boundary
    or the moment the page itself named (the page cache's "valid until")."""
    now = now or timezone.now()
    seconds = settings.CDN_MAX_AGE
    changes_at = getattr(response, "valid_until", None) or page_cache.next_change(now)
    if changes_at is not None:
        seconds = min(seconds, math.floor((changes_at - now).total_seconds()))
    return max(seconds, 0)


def _words(response, header: str) -> set[str]:
    return {word.strip().lower() for word in cc_delim_re.split(response.get(header, ""))}


def _personal(request, response) -> bool:
    return bool(
        request.method not in SAFE_METHODS
        or request.path_info.startswith(settings.ADMIN_PATH_PREFIXES)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
        or response.cookies
        # The CSRF token and the session mark what they touch so.
        or "cookie" in _words(response, "Vary")
    )


def set_cache_control(request, response) -> None:
    if page_cache.storable(request, response):
        if cdn_configured():
            value = f"public, max-age=0, s-maxage={shared_seconds(response=response)}, must-revalidate"
        else:
            value = "max-age=0, must-revalidate"
        response["Cache-Control"] = value
        del response["Expires"]
    elif _personal(request, response) or not (response.has_header("Cache-Control") or response.streaming):
        del response["Cache-Control"]
        add_never_cache_headers(response)


def answer_conditionally(request, response):
    """The response, or 304 when the request names what the visitor already has."""
    if request.method not in SAFE_METHODS or response.streaming or response.status_code != 200:
        return response
    if "no-store" in _words(response, "Cache-Control"):
        return response
    if not response.has_header("ETag"):
        set_response_etag(response)
    etag = response.get("ETag")
    last_modified = parse_http_date_safe(response["Last-Modified"]) if "Last-Modified" in response else None
    if etag is None and last_modified is None:
        return response
    return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)


class HTTPCachingMiddleware:
    """Just outside the page cache and the Latin script, inside anything that adds headers only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        set_cache_control(request, response)
        return answer_conditionally(request, response)
