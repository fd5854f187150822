"""A new translation starts with what the memory already knows.

Every segment of the source with no translation yet in the target language, whose text the
memory holds for the language pair, gets the remembered translation. It is saved as wagtail-
localize's *machine* type with the memory as the tool: the editor then shows it as "Translated
with Translation memory", the status board as machine-translated and not reviewed, and the
project's "mark reviewed" action applies (translation_workflow.machine_translation). Remembered
text is never published unread: its page was a different page.

A segment filled from the memory is recorded (``MemoryFill``), so it still counts as such once a
translator has reviewed or edited it; clearing it in the editor deletes the record with it.
Filling costs four queries however many segments there are; counting, two for any number of
translations.
"""

from collections import defaultdict

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translation_memory.models import MemoryEntry, MemoryFill

MEMORY_TOOL = "Translation memory"


def untranslated_segments(translation):
    """The source's string segments with no translation in the target language."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        locale_id=translation.target_locale_id,
        context_id=OuterRef("context_id"),
    )
    return StringSegment.objects.filter(source_id=translation.source_id).exclude(Exists(translated))


def fill_from_memory(translation) -> int:
    """Translates the translation's untranslated segments the memory knows; answers how many."""
    if not translation.enabled:
        return 0
    missing = {
        (string_id, context_id): key
        for string_id, context_id, key in untranslated_segments(translation).values_list(
            "string_id", "context_id", "string__data_hash"
        )
    }
    if not missing:
        return 0
    remembered = {
        key: (pk, text)
        for pk, key, text in MemoryEntry.objects.filter(
            source_language=translation.source.locale.language_code,
            target_language=translation.target_locale.language_code,
            source_hash__in=set(missing.values()),
        ).values_list("pk", "source_hash", "target_text")
    }
    filled = [
        (
            StringTranslation(
                translation_of_id=string_id,
                locale_id=translation.target_locale_id,
                context_id=context_id,
                data=remembered[key][1],
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=MEMORY_TOOL,
            ),
            remembered[key][0],
        )
        for (string_id, context_id), key in missing.items()
        if key in remembered
    ]
    if not filled:
        return 0
    try:
        with transaction.atomic():
            created = StringTranslation.objects.bulk_create([segment for segment, _entry in filled])
            MemoryFill.objects.bulk_create(
                MemoryFill(string_translation_id=segment.pk, entry_id=entry_id)
                for segment, (_unsaved, entry_id) in zip(created, filled, strict=True)
            )
    except IntegrityError:
        # A translator saved one of these segments meanwhile: their text stands, and the next
        # fill (the next sync of the source) takes the rest.
        return 0
    return len(created)


def memory_counts(translations) -> dict[int, int]:
    """How many of each translation's current segments were filled from the memory, by
    translation id. Two queries, whatever the number of translations."""
    translations = list(translations)
    if not translations:
        return {}
    sources = {t.source_id for t in translations}
    locales = {t.target_locale_id for t in translations}
    fills = MemoryFill.objects.filter(string_translation__locale_id__in=locales).filter(
        Exists(
            StringSegment.objects.filter(
                source_id__in=sources,
                string_id=OuterRef("string_translation__translation_of_id"),
                context_id=OuterRef("string_translation__context_id"),
            )
        )
    )
    filled = set(
        fills.values_list(
            "string_translation__locale_id",
            "string_translation__translation_of_id",
            "string_translation__context_id",
        )
    )
    segments = defaultdict(set)
    if filled:
        filled_here = MemoryFill.objects.filter(
            string_translation__translation_of_id=OuterRef("string_id"),
            string_translation__context_id=OuterRef("context_id"),
            string_translation__locale_id__in=locales,
        )
        for source_id, string_id, context_id in (
            StringSegment.objects.filter(source_id__in=sources)
            .filter(Exists(filled_here))
            .values_list("source_id", "string_id", "context_id")
        ):
            segments[source_id].add((string_id, context_id))
    return {
        t.pk: sum(
            (t.target_locale_id, string_id, context_id) in filled
            for string_id, context_id in segments[t.source_id]
        )
        for t in translations
    }


def unreviewed_fills(translation) -> int:
    """The translation's segments the memory filled that no translator has reviewed yet."""
    return (
        StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            tool_name=MEMORY_TOOL,
        )
        .filter(
            Exists(
                StringSegment.objects.filter(
                    source_id=translation.source_id,
                    string_id=OuterRef("translation_of_id"),
                    context_id=OuterRef("context_id"),
                )
            )
        )
        .count()
    )


@receiver(post_save, sender=Translation)
def fill_new_translation(sender, instance, created, **kwargs):
    if created:
        transaction.on_commit(lambda: fill_from_memory(instance))
