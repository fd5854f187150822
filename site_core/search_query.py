"""What a typed search becomes before it reaches the database.

Quotes, brackets, stars, colons and the like are operators to SQLite's and PostgreSQL's full-text
engines, and a stray one is a syntax error, not a search. People type words, so only letters,
digits and underscores are kept: whatever is typed, the database is handed a query it can run.
Used by the public search (site_core.views.search) and, through site_core.search_backend, by
every admin search.
"""

import re

from django.utils.translation import gettext as _

MAX_QUERY_LENGTH = 200
# Control characters (NUL above all) break database full-text queries and mean nothing here.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
NOT_A_WORD_CHARACTER = re.compile(r"[^\w]+")


def clean_query(raw: str) -> tuple[str, str | None]:
    """The query as it is shown back to the visitor (control characters dropped, spaces
    collapsed, at most MAX_QUERY_LENGTH characters), and a message when it had to be shortened."""
    query = " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())
    if len(query) > MAX_QUERY_LENGTH:
        message = _("Your search was shortened to its first %(limit)d characters.") % {
            "limit": MAX_QUERY_LENGTH
        }
        return query[:MAX_QUERY_LENGTH].rstrip(), message
    return query, None


def searchable_words(raw: str) -> str:
    """The words of a query, separated by single spaces: safe to hand to any full-text engine.
    Empty when nothing searchable was typed."""
    query, _message = clean_query(raw)
    return " ".join(NOT_A_WORD_CHARACTER.sub(" ", query).split())
