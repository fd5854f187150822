"""Near matches: remembered sentences like a segment's, for the translator to adapt.

A near match is an entry of the language pair whose source text is at least ``threshold`` per
cent like the segment's (rapidfuzz's ``fuzz.ratio``, the Indel similarity of the characters:
``200·LCS/(la+lb)``) without being the same text: the same text is an exact match, which
filling already took.

A page's lookups must stay under a third of a second with tens of thousands of entries in the
pair, the first time a page is opened after the memory changed too, and comparing a segment with
an entry costs about 0.2 µs. Comparing 60 segments with 50,000 entries is 0.6 s and reading the
50,000 texts another 0.15 s, so a segment is compared only with the *candidates* that

1. have a length that could reach the threshold (texts of lengths a ≤ b are at most
   200·a/(a+b) per cent alike), and
2. share at least half (⌈n/2⌉) of the segment's n distinct word *stems*: the first four letters
   of a word, lower-cased, so that "rule" and "rules", "visa" and "visas" count as the same
   (``models.stems``). A segment without words is compared with every entry of a fitting length.

What rule 2 leaves out, and why no rule can do better: an entry at least 75 % alike is not
offered only when more than half of the segment's distinct words are missing from it or changed
within their first four letters, a rewrite rather than a revision. No rule based on shared words
or character n-grams can be both complete and selective at 75 %: dropping every third letter of a
text leaves it 80 % like the original (LCS = 2n/3 of n and 2n/3 letters) with no word and, in
general, no three letters in a row in common. The only complete n-gram bound at 75 % is on letter
pairs (an alignment keeps every pair of letters but those touching one of the la − L deleted or
one of the lb − L inserted letters, so at least 3L − la − lb − 1 ≥ (la + lb)/8 − 1 pairs are
shared), and it rules out only about half of the entries of English sentences: not enough. The
rule is tested against the exhaustive comparison on a few hundred revised sentences
(tests/translation_memory/test_candidates.py: inflected, dropped, added, replaced and mistyped
words): the index finds exactly the matches the rule allows, and the rule leaves out about 1 % of
the exhaustive comparison's matches there, short sentences revised four times over.

How the candidates are found: ``MemoryWord`` holds one row per (entry, stem) with the pair and the
entry's length, indexed in that order, so one stem's entries of a fitting length are a range of
the index. An entry sharing ⌈n/2⌉ of n stems holds at least one of any ⌊n/2⌋ + 1 of them, so only
the segment's ⌊n/2⌋ + 1 rarest stems are read; the texts of the entries found are then loaded,
held to the rule exactly, and compared. Five queries whatever the number of segments (more when
the candidates' ids outnumber a query's parameters): the pair's version, how many entries hold
each stem, the entries holding enough of the rarest stems, the candidates' texts, the matched
entries.

What was found is kept in the shared cache under the pair's ``MemoryVersion`` (which every
change of the pair's entries moves on) and the segment's text, so opening a page again, in any
process, costs the version, one cache read and the matched entries.
"""

import hashlib
import math
from dataclasses import dataclass
from functools import cached_property, reduce
from operator import or_

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, IntegerField, Q, Value
from django.db.models.functions import Length

from rapidfuzz import fuzz, process

from translation_memory.models import MemoryEntry, MemoryVersion, MemoryWord, stems
from translation_workflow.source_changes import diff_words

CACHE_SECONDS = 24 * 3600
COMMON_ENOUGH = 3


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


STEM_COUNT_SECONDS = 3600


def forget_loaded() -> None:
    """Nothing of the memory is kept in the process any more (near matches are in the shared
    cache, under the pair's version): kept for the tests and the benchmark, which call it."""


def length_window(length: int, threshold: int) -> tuple[int, int]:
    """The lengths of the texts that could be `threshold` per cent like one of `length`."""
    return math.floor(length * threshold / (200 - threshold)), math.ceil(
        length * (200 - threshold) / threshold
    )


def shares_enough(segment_stems: set[str], entry_stems: set[str]) -> bool:
    """The candidate rule's second half: at least half of the segment's stems are the entry's."""
    return 2 * len(segment_stems & entry_stems) >= len(segment_stems)


def _cache_key(source_language, target_language, version, threshold, limit, text) -> str:
    digest = hashlib.sha256(text.encode()).hexdigest()[:40]
    return (
        f"translation-memory:near:{source_language}:{target_language}:{version}:{threshold}:{limit}:{digest}"
    )


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _holders(source_language, target_language, every_stem) -> dict[str, int]:
    """How many entries hold each stem, so the rarest are asked for first. Kept an hour in the
    shared cache, one map per language pair, whatever the memory's version: any n − m of a
    segment's stems give a complete rule (see above), so a count that is out of date changes how
    much is read, never what is found; counting them took a third of a first open."""
    key = f"memory-stems:{source_language}:{target_language}"
    known = cache.get(key) or {}
    missing = every_stem - known.keys()
    if not missing:
        return known
    counted = dict(
        MemoryWord.objects.filter(
            source_language=source_language, target_language=target_language, stem__in=missing
        )
        .values_list("stem")
        .annotate(entries=Count("*"))
        .order_by()
    )
    known = {**known, **{stem: counted.get(stem, 0) for stem in missing}}
    cache.set(key, known, STEM_COUNT_SECONDS)
    return known


def _compare(source_language, target_language, texts, threshold, limit) -> dict[str, list[tuple[float, int]]]:
    """(score, entry id) of up to `limit` near matches of each text, best first."""
    pair = {"source_language": source_language, "target_language": target_language}
    segment_stems = {text: stems(text) for text in texts}
    windows = {text: length_window(len(text), threshold) for text in texts}
    every_stem = set().union(*segment_stems.values())
    holders = _holders(source_language, target_language, every_stem)
    # An entry sharing k = ⌈n/2⌉ of the n stems shares at least k − m of any n − m of them: the
    # index is asked for the entries holding COMMON_ENOUGH (or k) of the n − m rarest, which
    # leaves the m commonest stems' long lists of entries unread and few candidates to load.
    asked = []
    for position, (text, found) in enumerate(segment_stems.items()):
        if not found:
            continue
        needed = min((len(found) + 1) // 2, COMMON_ENOUGH)
        rarest = sorted(found, key=lambda stem: (holders.get(stem, 0), stem))
        rarest = rarest[: len(found) - ((len(found) + 1) // 2 - needed)]
        asked.append(
            MemoryWord.objects.filter(**pair, stem__in=rarest, length__range=windows[text])
            .values("entry_id")
            .annotate(shared=Count("*"))
            .filter(shared__gte=needed)
            .annotate(position=Value(position, output_field=IntegerField()))
            .values_list("position", "entry_id")
            .order_by()
        )
    positions = list(segment_stems)
    candidates: dict[str, set[int]] = {}
    for chunk in _chunks(asked, 400):  # SQLite's limit on a compound SELECT is 500
        for position, entry_id in chunk[0].union(*chunk[1:], all=True):
            candidates.setdefault(positions[position], set()).add(entry_id)
    sources = {}
    wanted_ids = sorted(set().union(*candidates.values())) if candidates else []
    for chunk in _chunks(wanted_ids, (connection.features.max_query_params or 10000) - 10):
        sources.update(MemoryEntry.objects.filter(pk__in=chunk).values_list("pk", "source_text"))
    wordless = [text for text in texts if not segment_stems[text]]
    if wordless:  # compared with every entry of a fitting length
        lengths = [windows[text] for text in wordless]
        found = (
            MemoryEntry.objects.filter(**pair)
            .annotate(length=Length("source_text"))
            .filter(reduce(or_, (Q(length__range=window) for window in lengths)))
            .values_list("pk", "source_text")
        )
        for pk, source_text in found:
            sources[pk] = source_text
            for text in wordless:
                low, high = windows[text]
                if low <= len(source_text) <= high:
                    candidates.setdefault(text, set()).add(pk)
    entry_stems: dict[int, set[str]] = {}
    scored = {}
    for text in texts:
        ids = sorted(pk for pk in candidates.get(text, ()) if pk in sources)
        if segment_stems[text]:
            ids = [
                pk
                for pk in ids
                if shares_enough(
                    segment_stems[text], entry_stems.get(pk) or entry_stems.setdefault(pk, stems(sources[pk]))
                )
            ]
        found = process.extract(
            text,
            [sources[pk] for pk in ids],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            limit=limit + 1,  # room for the identical text, dropped below
        )
        scored[text] = [(score, ids[index]) for choice, score, index in found if choice != text][:limit]
    return scored


def near_matches(
    source_language: str, target_language: str, texts, threshold: int = 75, limit: int = 3
) -> dict[str, list[NearMatch]]:
    """Up to `limit` near matches for each of `texts`, most alike first, by text; a text with
    none is left out. Two queries when every text's matches are in the cache, five otherwise."""
    texts = {text for text in texts if text}
    if not texts:
        return {}
    version = MemoryVersion.current(source_language, target_language)
    keys = {}
    if version:  # a pair with no version has never been changed since the index was made
        keys = {
            text: _cache_key(source_language, target_language, version, threshold, limit, text)
            for text in texts
        }
    cached = cache.get_many(list(keys.values())) if keys else {}
    scored = {}
    missing = []
    for text in texts:
        found = cached.get(keys.get(text))
        if found is None:
            missing.append(text)
        elif found:
            scored[text] = found
    if missing:
        computed = _compare(source_language, target_language, missing, threshold, limit)
        scored.update((text, found) for text, found in computed.items() if found)
        if keys:
            cache.set_many({keys[text]: computed[text] for text in missing}, CACHE_SECONDS)
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
            if pk in entries  # deleted since they were found
        ]
        if present:
            matches[text] = present
    return matches
