"""What a translator or reviewer has vouched for goes into the memory.

A segment is remembered when the translation it belongs to is approved: a translated page is
published (a reviewer approving a translation publishes it), or wagtail-localize saves a
translated snippet (snippets have no review). A page translated by hand in Wagtail's editor is
paired with the source text it was made from, place by place (``remember_hand_made``). Only
*manual* segments are taken: text a translator
typed, or machine text a translator marked reviewed; machine text nobody has read never is.

The memory holds one translation per source text and language pair, the latest approved: a later
approval replaces an entry, even one corrected in the memory's admin, since the translator who
approved it saw the text in its page. Entries whose text has not changed are left alone, so
publishing a page again writes nothing and keeps the near-match cache of every process warm.
Everything runs once the publishing transaction has committed, in a fixed number of queries per
translation (the approved segments, the entries they would change, one upsert), whatever the
number of segments.
"""

import re

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.signals import page_published
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog

from translation_memory.models import MemoryEntry, MemoryVersion, text_hash
from translation_state.models import TranslationBasis
from translation_state.segments import content_type_of, live_segments


def approved_segments(translation):
    """The manual translations of the source's current segments into the target language."""
    in_source = StringSegment.objects.filter(
        source_id=translation.source_id,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    return StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        has_error=False,
    ).filter(Exists(in_source))


def remember(translation, approved_by=None) -> int:
    """Upserts the translation's approved segments into the memory; answers how many entries
    were added or changed. `approved_by` stands for segments with no translator recorded."""
    source_language = translation.source.locale.language_code
    target_language = translation.target_locale.language_code
    latest = {}
    rows = (
        approved_segments(translation)
        .order_by("updated_at", "pk")
        .values_list("translation_of__data", "translation_of__data_hash", "data", "last_translated_by_id")
    )
    # The same sentence in two places may have been translated twice: the latest wins.
    for text, key, translated, user_id in rows:
        latest[key] = (text, translated, user_id)
    return _upsert(source_language, target_language, latest, approved_by)


def remember_hand_made(page, approved_by=None) -> int:
    """A translation typed in Wagtail's own editor has no wagtail-localize strings: its segments
    are paired with the source segments it was made from (translation_state's basis) place by
    place, when both have the same places in the same order, block ids aside (a translation that
    reshaped the page is not guessed at)."""
    basis = (
        TranslationBasis.objects.filter(
            content_type=content_type_of(page), translation_key=page.translation_key, locale_id=page.locale_id
        )
        .values_list("segments", flat=True)
        .first()
    )
    own = live_segments(page)
    if not basis or _shape(basis) != _shape(own):
        return 0
    latest = {
        text_hash(text): (text, translated, None)
        for (_path, text), (_same_path, translated) in zip(basis, own, strict=True)
        # A slug is an address, not a sentence to offer a translator.
        if _path != "slug" and translated.strip() and translated != text
    }
    source_language = Locale.get_default().language_code
    return _upsert(source_language, page.locale.language_code, latest, approved_by)


_KEY = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")


def _shape(segments) -> list[str]:
    """The places of the segments with block and item ids numbered in order: a translation built
    block by block has ids of its own, in the same places."""
    numbers = {}
    return [
        _KEY.sub(lambda key: f"#{numbers.setdefault(key.group(0), len(numbers))}", path)
        for path, _text in segments
    ]


def _upsert(source_language, target_language, latest, approved_by) -> int:
    if not latest:
        return 0
    pair = MemoryEntry.objects.filter(source_language=source_language, target_language=target_language)
    known = dict(pair.filter(source_hash__in=latest).values_list("source_hash", "target_text"))
    now = timezone.now()
    changed = [
        MemoryEntry(
            source_language=source_language,
            target_language=target_language,
            source_text=text,
            source_hash=key,
            target_text=translated,
            changed_by_id=user_id or getattr(approved_by, "pk", approved_by),
            changed_at=now,
            origin=MemoryEntry.APPROVED,
        )
        for key, (text, translated, user_id) in latest.items()
        if known.get(key) != translated
    ]
    if not changed:
        return 0
    with transaction.atomic():
        MemoryEntry.objects.bulk_create(
            changed,
            update_conflicts=True,
            unique_fields=["source_language", "target_language", "source_hash"],
            update_fields=["target_text", "changed_by", "changed_at", "origin"],
        )
        MemoryVersion.bump(source_language, target_language)
    return len(changed)


def remember_object(object_id, locale_id, approved_by=None) -> int:
    """Remembers every enabled wagtail-localize translation into this object's language."""
    translations = Translation.objects.filter(
        source__object_id=object_id, target_locale_id=locale_id, enabled=True
    ).select_related("source__locale", "target_locale")
    return sum(remember(translation, approved_by) for translation in translations)


@receiver(page_published)
def remember_published_translation(sender, instance, revision=None, **kwargs):
    approved_by = getattr(revision, "user_id", None)
    if instance.alias_of_id is not None or instance.locale_id == Locale.get_default().pk:
        return

    def remember_page():
        by_localize = Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
        )
        if by_localize.exists():
            remember_object(instance.translation_key, instance.locale_id, approved_by)
        else:
            remember_hand_made(instance, approved_by)

    transaction.on_commit(remember_page)


@receiver(post_save, sender=TranslationLog)
def remember_saved_snippet(sender, instance, created, **kwargs):
    """wagtail-localize logs every save of a translated object; pages are remembered on publish."""
    if not created:
        return

    def remember_snippet():
        translation = (
            Translation.objects.filter(source_id=instance.source_id, target_locale_id=instance.locale_id)
            .filter(enabled=True)
            .select_related("source__locale", "source__specific_content_type", "target_locale")
            .first()
        )
        if translation is None:
            return
        model = translation.source.specific_content_type.model_class()
        if model is not None and not issubclass(model, Page):
            remember(translation)

    transaction.on_commit(remember_snippet)
