"""Search on the Latin variant: Kazakh pages found from a query in either script.

A Kazakh page is indexed with one more search field, ``latin_search_text``: the words of its
searchable text (every other ``SearchField`` of the model, related ones included) in their
search form (``transliteration.fold``: Latin, lower case, without diacritics). On ``/kk-latn/``
the search view looks for the query's words in that same form (``latin_query``), so
``Täuelsızdık``, ``Tauelsizdik`` and ``Тәуелсіздік`` all find ``tauelsizdik``: one indexed
query, as on the other languages. Pages of other languages index nothing more.

A page model takes part by inheriting ``LatinSearchable`` and listing ``LATIN_SEARCH_FIELD``
in its ``search_fields``. Pages indexed before the field existed need ``manage.py update_index``.
"""

import re
import unicodedata

from django.db.models import Manager
from django.utils.encoding import force_str

from wagtail.search import index

from kazakh_latin.transliteration import fold
from kazakh_latin.variant import SOURCE

__all__ = ["LATIN_SEARCH_FIELD", "LatinSearchable", "latin_query", "latin_search_form"]

FIELD_NAME = "latin_search_text"
LATIN_SEARCH_FIELD = index.SearchField(FIELD_NAME)

# What the search keeps of a text (site_core.search_query.searchable_words): its words.
WORDS = re.compile(r"\w+")


def latin_search_form(text: str) -> str:
    """The words of a text, in either script, in their search form, separated by single spaces.
    Punctuation goes first, so most Kazakh text folds without a Unicode decomposition."""
    words = " ".join(WORDS.findall(unicodedata.normalize("NFC", text)))
    return " ".join(WORDS.findall(fold(words)))


def latin_query(words: str) -> str:
    """The words of a query (already reduced to words) as the Latin field holds them."""
    return latin_search_form(words)


def _strings(value):
    """The text of an indexed value, as the database backends read it (lists and dicts of a
    StreamField's searchable content included)."""
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    else:
        yield force_str(value)


def _searchable_texts(obj, fields):
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name != FIELD_NAME:
            yield from _strings(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related_objects = related.all()
            else:
                related_objects = [related() if callable(related) else related]
            for each in related_objects:
                yield from _searchable_texts(each, field.fields)


class LatinSearchable:
    """Page model mixin: the text of ``LATIN_SEARCH_FIELD``."""

    def latin_search_text(self) -> str:
        """The searchable text of a Kazakh page in its Latin search form; empty on other pages."""
        if self.locale.language_code != SOURCE:
            return ""
        text = " ".join(_searchable_texts(self, type(self).get_search_fields()))
        # The database backends read every search field once for each of their columns (title,
        # body, autocomplete): the text is folded once, and again only if it changed.
        folded_from, folded = self.__dict__.get("_latin_search_text", (None, ""))
        if folded_from != text:
            folded = latin_search_form(text)
            self.__dict__["_latin_search_text"] = (text, folded)
        return folded
