"""Near matches: remembered sentences like a segment's, for the translator to adapt.

A near match is an entry of the language pair whose source text is at least ``threshold`` per
cent like the segment's (rapidfuzz's ``fuzz.ratio``, the Indel similarity of the characters)
without being the same text: the same text is an exact match, which filling already took.

A page's lookups must stay well under a third of a second with tens of thousands of entries in
the pair, and comparing a segment with every entry costs about half a microsecond an entry. So
each process keeps the pair's source texts (ids and texts only, sorted by length) with an index
of their words, and reloads them only when the pair's ``MemoryVersion`` has moved on: a repeat
open costs one small query. A segment is then compared only with the entries that

- have a length that could reach the threshold (texts of lengths a ≤ b are at most
  200·a/(a+b) per cent alike), and
- share at least half of its distinct words: such an entry holds one of the segment's
  ⌊n/2⌋ + 1 rarest words (n words in all), so only those words' entries are read. An entry
  with fewer words in common is rarely 75 % alike (a few letters changed in every word), and
  is not offered.
"""

import bisect
import math
import re
import threading
from array import array
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from translation_memory.models import MemoryEntry, MemoryVersion
from translation_workflow.source_changes import diff_words

_TAGS = re.compile(r"<[^>]*>")
_WORDS = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    """The text's distinct words, not counting its inline tags."""
    return set(_WORDS.findall(_TAGS.sub(" ", text).lower()))


@dataclass(frozen=True)
class _Texts:
    version: int
    lengths: list[int]
    texts: list[str]
    ids: list[int]
    entries_with: dict[str, array]  # by word: positions in `texts`, ascending


@dataclass
class NearMatch:
    entry_id: int
    similarity: int  # per cent, rounded down: 99 is never shown for a text that differs
    source_text: str  # the memory's source
    target_text: str
    text: str  # the segment's source

    @cached_property
    def diff(self) -> list[tuple[str, str]]:
        """What turns the remembered source into the segment: deleted pieces are only in the
        memory, inserted ones only in the segment."""
        return diff_words(self.source_text, self.text)


_loaded: dict[tuple[str, str], _Texts] = {}
_loading = threading.Lock()


def _texts(source_language: str, target_language: str) -> _Texts:
    version = MemoryVersion.current(source_language, target_language)
    loaded = _loaded.get((source_language, target_language))
    if loaded is not None and loaded.version == version:
        return loaded
    with _loading:
        rows = sorted(
            MemoryEntry.objects.filter(source_language=source_language, target_language=target_language)
            .values_list("source_text", "pk")
            .iterator(chunk_size=5000),
            key=lambda row: len(row[0]),
        )
        entries_with = {}
        for position, (text, _pk) in enumerate(rows):
            for word in _words(text):
                entries_with.setdefault(word, array("I")).append(position)
        loaded = _Texts(
            version=version,
            lengths=[len(text) for text, _pk in rows],
            texts=[text for text, _pk in rows],
            ids=[pk for _text, pk in rows],
            entries_with=entries_with,
        )
        _loaded[source_language, target_language] = loaded
    return loaded


def _candidates(loaded: _Texts, text: str, low: int, high: int):
    """Positions of the entries of a fitting length that share at least half the text's words."""
    words = sorted(_words(text), key=lambda word: len(loaded.entries_with.get(word, ())))
    if not words:
        return range(low, high)
    found = set()
    for word in words[: len(words) // 2 + 1]:
        found.update(loaded.entries_with.get(word, ()))
    return [position for position in found if low <= position < high]


def forget_loaded() -> None:
    """Drops every process-local copy (tests, and the benchmark's cold runs)."""
    _loaded.clear()


def near_matches(
    source_language: str, target_language: str, texts, threshold: int = 75, limit: int = 3
) -> dict[str, list[NearMatch]]:
    """Up to `limit` near matches for each of `texts`, most alike first, by text; a text with
    none is left out. Two queries when the pair's texts are already loaded, three otherwise."""
    texts = {text for text in texts if text}
    if not texts:
        return {}
    loaded = _texts(source_language, target_language)
    if not loaded.texts:
        return {}
    shortest, longest = threshold / (200 - threshold), (200 - threshold) / threshold
    scored = {}
    for text in texts:
        low = bisect.bisect_left(loaded.lengths, math.floor(len(text) * shortest))
        high = bisect.bisect_right(loaded.lengths, math.ceil(len(text) * longest))
        positions = _candidates(loaded, text, low, high)
        found = process.extract(
            text,
            [loaded.texts[position] for position in positions],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            limit=limit + 1,  # room for the identical text, dropped below
        )
        found = [(score, loaded.ids[positions[index]]) for choice, score, index in found if choice != text]
        if found:
            scored[text] = found[:limit]
    if not scored:
        return {}
    entries = MemoryEntry.objects.only("source_text", "target_text").in_bulk(
        {pk for found in scored.values() for _score, pk in found}
    )
    matches = {}
    for text, found in scored.items():
        present = [
            NearMatch(pk, math.floor(score), entries[pk].source_text, entries[pk].target_text, text)
            for score, pk in found
            if pk in entries  # deleted since the texts were loaded
        ]
        if present:
            matches[text] = present
    return matches
