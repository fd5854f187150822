"""The translation memory: every segment a translator or reviewer has vouched for, kept per
language pair, so the same sentence is never translated twice.

An entry is keyed by its source text's hash, the same UUID wagtail-localize gives its ``String``
rows (``text_hash``): a segment's ``string.data_hash`` is then the memory's key as it stands, and
looking up a whole page is one ``IN`` query on the unique index, whatever the length of the texts.

``MemoryFill`` records which of wagtail-localize's translations came from the memory, so they
can be counted after a translator has reviewed them (the review keeps the row). ``MemoryVersion``
counts the changes of one language pair, so near matches worked out for a segment can be kept
in the shared cache until the memory changes. ``MemoryWord`` indexes every entry's source text
by its words (see ``translation_memory.matching``): rows are added with their entry, whether it
is saved or bulk-created, and go with it when it is deleted.
"""

import re
import time
import uuid

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from wagtail_localize.models import String, StringTranslation


def text_hash(text: str) -> uuid.UUID:
    """The key of a source text: wagtail-localize's own hash of its strings."""
    return uuid.uuid5(String.UUID_NAMESPACE, text)


_TAGS = re.compile(r"<[^>]*>")
_WORDS = re.compile(r"\w+")
STEM_LENGTH = 4


def stems(text: str) -> set[str]:
    """The first four letters of each of the text's words, lower-cased, not counting its inline
    tags: "rules" and "rule", "visa" and "visas" have the same stem."""
    return {word[:STEM_LENGTH] for word in _WORDS.findall(_TAGS.sub(" ", text).lower())}


class MemoryEntryQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        """Indexes the entries' words too (two more queries, whatever the number of entries)."""
        objs = super().bulk_create(objs, *args, **kwargs)
        MemoryWord.index(objs)
        return objs


class MemoryEntry(models.Model):
    APPROVED = "approved"
    CORRECTED = "corrected"
    ORIGINS = [
        (APPROVED, _("Approved in a translation")),
        (CORRECTED, _("Corrected in the translation memory")),
    ]

    source_language = models.CharField(_("source language"), max_length=20)
    target_language = models.CharField(_("target language"), max_length=20)
    source_text = models.TextField(_("source text"))
    source_hash = models.UUIDField(editable=False)
    target_text = models.TextField(_("translation"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved or corrected by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("approved or corrected at"))
    origin = models.CharField(_("origin"), max_length=20, choices=ORIGINS, default=APPROVED)

    objects = MemoryEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation memory entry")
        verbose_name_plural = _("translation memory entries")
        constraints = [
            # Also the index every lookup uses: a pair's entries, then one source text's.
            models.UniqueConstraint(
                fields=["source_language", "target_language", "source_hash"], name="one_entry_per_text"
            )
        ]

    def __str__(self):
        return self.source_text[:80]

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        if adding or "source_text" in (kwargs.get("update_fields") or ()):
            MemoryWord.index([self])


class MemoryWord(models.Model):
    """One stem of an entry's source text (``stems``), with the pair and the text's length, so
    that the entries of a pair that hold a stem and have a length that could match a segment are
    one range of the index."""

    entry = models.ForeignKey(MemoryEntry, on_delete=models.CASCADE, related_name="+")
    source_language = models.CharField(max_length=20)
    target_language = models.CharField(max_length=20)
    stem = models.CharField(max_length=STEM_LENGTH)
    length = models.PositiveIntegerField()  # of the entry's source text

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "stem"], name="one_row_per_stem")]
        indexes = [
            models.Index(
                fields=["source_language", "target_language", "stem", "length", "entry"],
                name="memory_word_lookup",
            )
        ]

    def __str__(self):
        return f"{self.stem} ∈ {self.entry_id}"

    @classmethod
    def index(cls, entries) -> None:
        """Adds the rows of `entries` (saved, or bulk-created and upserted: rows already there are
        kept, since an entry's source text never changes)."""
        entries = list(entries)
        missing = [entry for entry in entries if entry.pk is None]
        if missing:  # a backend that does not return the ids of upserted rows
            ids = {
                (source, target, key): pk
                for pk, source, target, key in MemoryEntry.objects.filter(
                    source_hash__in={entry.source_hash for entry in missing}
                ).values_list("pk", "source_language", "target_language", "source_hash")
            }
            for entry in missing:
                entry.pk = ids.get((entry.source_language, entry.target_language, entry.source_hash))
        cls.objects.bulk_create(
            (
                cls(
                    entry_id=entry.pk,
                    source_language=entry.source_language,
                    target_language=entry.target_language,
                    stem=stem,
                    length=len(entry.source_text),
                )
                for entry in entries
                if entry.pk is not None
                for stem in stems(entry.source_text)
            ),
            ignore_conflicts=True,
            batch_size=5000,
        )


class MemoryFill(models.Model):
    """A wagtail-localize translation of a segment that the memory filled in."""

    string_translation = models.OneToOneField(
        StringTranslation, on_delete=models.CASCADE, related_name="memory_fill"
    )
    entry = models.ForeignKey(MemoryEntry, on_delete=models.SET_NULL, null=True, related_name="fills")
    filled_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.string_translation_id} ← {self.entry_id}"


class MemoryVersion(models.Model):
    source_language = models.CharField(max_length=20)
    target_language = models.CharField(max_length=20)
    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source_language", "target_language"], name="one_version_per_pair"
            )
        ]

    def __str__(self):
        return f"{self.source_language} → {self.target_language}: {self.number}"

    @classmethod
    def current(cls, source_language: str, target_language: str) -> int:
        found = cls.objects.filter(source_language=source_language, target_language=target_language)
        return found.values_list("number", flat=True).first() or 0

    @classmethod
    def bump(cls, source_language: str, target_language: str) -> None:
        """Called in the transaction that changes the pair's entries, so no reader can see the
        new entries under the old number."""
        pair = cls.objects.filter(source_language=source_language, target_language=target_language)
        if not pair.update(number=F("number") + 1):
            # From the clock, never from 1: near matches are cached under the number, and a
            # database made again (tests, a restore of an empty one) must not meet them.
            _version, created = cls.objects.get_or_create(
                source_language=source_language,
                target_language=target_language,
                defaults={"number": time.time_ns()},
            )
            if not created:  # made by a concurrent bump since the update above
                pair.update(number=F("number") + 1)
