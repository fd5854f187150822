"""Serves ``/kk-latn/…`` as the Kazakh page at ``/kk/…`` in Latin script.

The request is answered by the Kazakh view (its path rewritten for the views below this
middleware and restored after), then the response is transliterated by its type. It sits
just inside the page cache, so a cached Latin page is stored under its own path and costs
one transliteration per content change, not per visit.
"""

from django.http import HttpResponsePermanentRedirect

from kazakh_latin.rewriting import latin_feed, latin_links, latin_markup, latin_plain
from kazakh_latin.variant import CODE, PREFIX, SOURCE_PREFIX, TAG

MARKUP_TYPES = (
    "text/html",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/xhtml+xml",
)


# Feeds' identifiers (Atom's <id>, RSS's <guid>) become the variant's own too, so a reader
# subscribed to both scripts keeps two feeds apart. iCalendar, JSON and plain text are all for
# reading, apart from their links.
CONVERTERS = {
    "text/html": latin_markup,
    **{content_type: latin_feed for content_type in MARKUP_TYPES if content_type != "text/html"},
    **{
        content_type: latin_plain
        for content_type in ("text/calendar", "application/json", "application/ld+json", "text/plain")
    },
}


class LatinScriptMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path == f"/{CODE}":
            return HttpResponsePermanentRedirect(PREFIX)
        if not path.startswith(PREFIX):
            return self.get_response(request)
        original = (request.path_info, request.path, request.META.get("PATH_INFO"))
        request.path_info = SOURCE_PREFIX + path[len(PREFIX) :]
        request.path = request.path[: len(request.path) - len(path)] + request.path_info
        request.META["PATH_INFO"] = request.path_info
        request.kazakh_latin = True
        try:
            response = self.get_response(request)
        finally:
            request.path_info, request.path, request.META["PATH_INFO"] = original
        return latin_response(response)


def latin_response(response):
    """The response in Latin script, or as it is when it is not text a person reads."""
    if response.streaming or getattr(response, "_latin", False):
        return response
    if response.has_header("Location"):
        response["Location"] = latin_links(response["Location"])
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    charset = response.charset or "utf-8"
    convert = CONVERTERS.get(content_type)
    if convert is None:
        return response
    text = response.content.decode(charset)
    response.content = convert(text).encode(charset)
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))
    response._latin = True
    if response.has_header("Content-Language") or content_type in MARKUP_TYPES:
        response["Content-Language"] = TAG
    if response.has_header("ETag"):
        del response["ETag"]
    return response
