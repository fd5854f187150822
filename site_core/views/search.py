from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page

from kazakh_latin import variant
from kazakh_latin.search import latin_query
from site_core.search_query import clean_query, searchable_words
from site_core.visibility import in_given_order, public

RESULTS_PER_PAGE = 10


# Ranking by relevance scores every match (one full-text lookup each): above this many matches
# the newest of them are shown instead, so a broad query costs what a narrow one does.
RANKED_AT_MOST = 300


def _newest_ids(pages, words: str) -> list[int]:
    """The ids of the newest matches, one more than the ranking limit: one pass over the
    matches tells whether the query is broad and, if so, which pages to show."""
    newest = pages.only("pk").order_by("-first_published_at")
    found = newest.search(words, operator="and", order_by_relevance=False)[: RANKED_AT_MOST + 1]
    return [page.pk for page in found]


@require_safe
def search(request):
    """Searches the live pages of the current language only. On the Latin variant of Kazakh, the
    query in its search form finds the Kazakh pages' Latin search field (kazakh_latin.search),
    whichever script the visitor typed in, with or without the Kazakh letters' diacritics."""
    query, message = clean_query(request.GET.get("q", ""))
    results, broad = None, False
    if query:
        words = searchable_words(query)
        if variant.is_latin(request):
            words = latin_query(words)
        pages = public(Page.objects.live()).filter(locale=Locale.get_active())
        newest = _newest_ids(pages, words) if words else []
        broad = len(newest) > RANKED_AT_MOST
        if broad:
            message = _(
                "Many pages match, so the %(limit)d newest are shown. Add words to narrow the search."
            ) % {"limit": RANKED_AT_MOST}
            results = Paginator(newest[:RANKED_AT_MOST], RESULTS_PER_PAGE).get_page(request.GET.get("page"))
            results.object_list = in_given_order(Page.objects.specific(), list(results.object_list))
        else:
            found = pages.specific().search(words, operator="and") if newest else Page.objects.none()
            results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query,
            "message": message,
            "results": results,
            "broad": broad,
            "query_prefix": urlencode({"q": query}) + "&",
        },
    )
