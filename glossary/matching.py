"""Which glossary terms a segment holds, and which of them its translation leaves out.

English source text is searched for the English terms as whole words, whatever the case, with
an English plural on any word ("consular sections", "certificates of return"); a hyphen joins a
word (an "e-visa" is not a "visa"), and markup is ignored. All terms are looked for with one
regular expression, longest first, so a term inside a longer one ("Ambassador" in "Ambassador
Extraordinary and Plenipotentiary") is found only where it stands alone.

Kazakh and Russian inflect, so a translation "uses" an approved term when each of its words
begins a word of the translation, in the same order, once a short ending is taken off: the last
two letters of a word of five or more, the last letter of a four-letter word (виза: визы, визу),
nothing from shorter words and abbreviations (СІМ-нің keeps СІМ whole). A Russian е or о that
drops out before the last consonant may be missing too (день: дня, Днём). Other words may come
between (Қазақстан Республикасының Ұлыбританиядағы Елшілігі). This errs towards accepting: a
warning a translator learns to ignore is worse than one missed.

The terms are read with one query and kept in each process, with the expression built from them,
until the glossary changes: a save or delete anywhere counts up a version kept in the shared
cache, which every process compares before using its copy (without the cache, every call reads
the database).
"""

import html
import re
import time
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from glossary.models import GlossaryTerm

VERSION_KEY = "glossary:version"
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
VOWELS = set("aeiouyаәеёиоөуұүыіэюя")
# Russian vowels that drop out of a word as it inflects (день: дня, посол: посла).
FLEETING = set("ео")
ABBREVIATION_LENGTH = 6
LONG_WORD = 9


def plain_text(text: str) -> str:
    """``text`` without markup and character references, as a reader sees it."""
    return html.unescape(TAG.sub("", text or ""))


def _normalised(word: str) -> str:
    # Russian writes ё as е as often as not.
    return word.lower().replace("ё", "е")


def _stems(word: str) -> tuple[str, ...]:
    if len(word) <= 3 or (word.isupper() and len(word) <= ABBREVIATION_LENGTH):
        return (_normalised(word),)
    word = _normalised(word)
    stem = word[:-1] if len(word) == 4 else word[:-2]
    stems = (stem,)
    if len(stem) >= 3 and stem[-2] in FLEETING and stem[-1] not in VOWELS:
        stems += (stem[:-2] + stem[-1],)
    if len(word) >= LONG_WORD:
        # A long word's ending may be three letters: a Kazakh genitive in a chain of possessives
        # drops it ("Қазақстан Республикасының Елшілігі" → "Қазақстан Республикасы Елшілігінің").
        stems += (word[:-3],)
    return stems


def _words(text: str) -> list[str]:
    return [_normalised(word) for word in WORD.findall(plain_text(text))]


def uses(translated_text: str, approved: str) -> bool:
    """Whether ``translated_text`` holds ``approved`` in some inflected form (see above)."""
    wanted = [_stems(word) for word in WORD.findall(approved)]
    if not wanted:
        return True
    words = iter(_words(translated_text))
    # Taking the first word that fits each stem in turn finds the phrase if any order does.
    return all(any(word.startswith(stems) for word in words) for stems in wanted)


def _pattern(term: str) -> str:
    words = WORD.findall(term)
    return r"\s+".join(re.escape(word) + "(?:e?s)?" for word in words)


@dataclass
class Glossary:
    """Every term, and the expression that finds the English ones in a text."""

    terms: list[GlossaryTerm]
    _by_english: dict[str, GlossaryTerm] = field(default_factory=dict)
    _expression: re.Pattern | None = None

    def __post_init__(self):
        self._by_english = {}
        alternatives = []
        for term in sorted(self.terms, key=lambda term: -len(term.term_en or "")):
            if term.term_en and WORD.search(term.term_en):
                alternatives.append(f"(?P<t{len(alternatives)}>{_pattern(term.term_en)})")
                self._by_english[f"t{len(alternatives) - 1}"] = term
        if alternatives:
            self._expression = re.compile(
                r"(?<![\w\-'’])(?:" + "|".join(alternatives) + r")(?![\w\-])", re.IGNORECASE
            )

    def terms_in(self, text: str, language: str = "en") -> list[GlossaryTerm]:
        if language != "en":
            return [
                term for term in self.terms if term.approved(language) and uses(text, term.approved(language))
            ]
        if self._expression is None:
            return []
        found = {}
        for match in self._expression.finditer(plain_text(text)):
            term = self._by_english[match.lastgroup]
            found.setdefault(term.pk, term)
        return list(found.values())

    def missing_terms(self, source_text: str, translated_text: str, target_language: str):
        return [
            term
            for term in self.terms_in(source_text)
            if term.approved(target_language) and not uses(translated_text, term.approved(target_language))
        ]


# One entry, replaced whole: threads never see half of it.
_kept: dict[str, tuple[int, Glossary]] = {}


def _version() -> int | None:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def current_glossary() -> Glossary:
    """The glossary as it is now: one query when it changed since this process last read it."""
    version = _version()
    kept = _kept.get("glossary")
    if version is not None and kept is not None and kept[0] == version:
        return kept[1]
    glossary = Glossary(list(GlossaryTerm.objects.all()))
    if version is not None:
        _kept["glossary"] = (version, glossary)
    return glossary


def terms_in(text: str, language: str = "en") -> list[GlossaryTerm]:
    """The glossary terms found in ``text``, in the order of their first appearance for English
    text; for Kazakh or Russian text, those whose term is there in some inflected form."""
    return current_glossary().terms_in(text, language)


def missing_terms(source_text: str, translated_text: str, target_language: str) -> list[GlossaryTerm]:
    """The terms of ``source_text`` whose approved form in ``target_language`` (the term itself
    for a term not translated) ``translated_text`` does not use."""
    return current_glossary().missing_terms(source_text, translated_text, target_language)


def _count_up() -> None:
    _kept.clear()
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def glossary_changed(**_kwargs) -> None:
    _count_up()
    # Another process may read the terms between the save and its commit and keep what it read
    # under the new version: counting up again at the commit makes that copy stale at once.
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_count_up)
