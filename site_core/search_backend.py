"""Wagtail's database search backend, made safe for whatever an editor types.

Every search in the admin (page explorer, images, documents, snippets, choosers) and on the
public site goes through the configured backend's `search()` / `autocomplete()`, so this is the
one place that guarantees:

- The query holds words only (site_core.search_query.searchable_words). Wagtail hands quotes and
  brackets to SQLite's FTS5 unescaped, and `a"b` answered 500 ("fts5: syntax error"). Phrases
  (`"two words"`) and the page explorer's filters (`live:true`) still work: they are parsed
  before the text reaches the backend, and only the text inside them is cleaned.
- A search over a listing filtered on an annotation (the image and document listings' "usage
  count" filter) runs. The search library validates filters for search engines that must
  translate them, and fails on an annotation (`'Coalesce' object has no attribute 'target'`);
  the database backends apply the queryset's own SQL, so such a filter needs no translation.
- On SQLite, a search restricted to model fields (snippet listings pass their `search_fields`)
  uses the full-text table's own columns: that table has only title/body (autocomplete) columns,
  and `fields=["name"]` was an SQL error on every search of news categories and authors.
"""

import copy
from functools import cache

from django.db.models import Lookup, Transform
from django.db.models.expressions import Col

from wagtail.search.backends import database
from wagtail.search.query import MATCH_NONE, And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from site_core.search_query import searchable_words


def clean(query):
    """The query with every typed text reduced to its words; None when no word is left.
    Query objects are copied, never changed: MATCH_ALL and MATCH_NONE are shared."""
    if isinstance(query, str):
        return searchable_words(query)
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        words = searchable_words(query.query_string)
        if not words:
            return None
        cleaned = copy.copy(query)
        cleaned.query_string = words
        return cleaned
    if isinstance(query, (And, Or)):
        subqueries = [cleaned for cleaned in map(clean, query.subqueries) if cleaned is not None]
        return type(query)(subqueries) if subqueries else None
    if isinstance(query, (Not, Boost)):
        subquery = clean(query.subquery)
        if subquery is None:
            return None
        cleaned = copy.copy(query)
        cleaned.subquery = subquery
        return cleaned
    return query


class CheckedLikeTheDatabase:
    """Query compiler mixin: checks what a database backend needs, not what a search engine
    would."""

    def __init__(self, queryset, query, fields=None, **kwargs):
        columns = getattr(self, "FTS_TABLE_FIELDS", None)
        if fields and columns is not None and not set(fields) <= set(columns):
            # Searching every column finds a superset of the matches; naming a column the
            # full-text table lacks finds nothing but an error.
            fields = None
        super().__init__(queryset, query, fields=fields, **kwargs)

    def _get_filters_from_where_node(self, where_node, check_only=False):
        if check_only and isinstance(where_node, Lookup) and not isinstance(where_node.lhs, (Col, Transform)):
            # A filter on an annotation (Coalesce, Subquery...): the database applies it as SQL.
            return None
        return super()._get_filters_from_where_node(where_node, check_only=check_only)


@cache
def _checked_like_the_database(compiler_class):
    return type(compiler_class.__name__, (CheckedLikeTheDatabase, compiler_class), {})


class CleansQueries:
    """Search backend mixin: cleans every query before it is compiled."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        # Nothing searchable matches nothing. Not as "": the base class answers that with
        # results that have no model, which the admin listings cannot render.
        cleaned = clean(query) or MATCH_NONE
        return super()._search(
            _checked_like_the_database(query_compiler_class),
            cleaned,
            model_or_queryset,
            **kwargs,
        )


@cache
def _cleaning(backend_class):
    return type(backend_class.__name__, (CleansQueries, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The database backend Wagtail chooses for the default database, cleaning queries."""
    chosen = type(database.SearchBackend(params))
    return _cleaning(chosen)(params)
