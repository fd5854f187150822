"""The translation memory: every segment a translator or reviewer has vouched for, kept per
language pair, so the same sentence is never translated twice.

An entry is keyed by its source text's hash, the same UUID wagtail-localize gives its ``String``
rows (``text_hash``): a segment's ``string.data_hash`` is then the memory's key as it stands, and
looking up a whole page is one ``IN`` query on the unique index, whatever the length of the texts.

``MemoryFill`` records which of wagtail-localize's translations came from the memory, so they
can be counted after a translator has reviewed them (the review keeps the row). ``MemoryVersion``
counts the changes of one language pair, so a process can keep the pair's source texts for near
matches and reload them only when the memory has changed.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from wagtail_localize.models import String, StringTranslation


def text_hash(text: str) -> uuid.UUID:
    """The key of a source text: wagtail-localize's own hash of its strings."""
    return uuid.uuid5(String.UUID_NAMESPACE, text)


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
            _version, created = cls.objects.get_or_create(
                source_language=source_language, target_language=target_language, defaults={"number": 1}
            )
            if not created:  # made by a concurrent bump since the update above
                pair.update(number=F("number") + 1)
