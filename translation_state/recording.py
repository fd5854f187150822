"""Keeps SourceContent and TranslationBasis current as content is saved and published.

- A source page's publish, or a source snippet's save, records its live segments.
- A translation's revision records what it was translated from when it is saved: the source a
  wagtail-localize translation was made from (``TranslationLog``, written after the revision and
  so taking precedence), else the live source of that moment, which is what a translator typing
  in Wagtail's own editor had before them.
- Publishing the revision makes that its translation's basis. A reviewer approving a translation
  made from a source that has since changed therefore leaves it outdated, however recent the
  publish.
"""

from django.conf import settings
from django.db.models.signals import post_save
from django.utils import timezone

from wagtail.models import DraftStateMixin, Locale, Page, Revision, TranslatableMixin
from wagtail.signals import page_published, published
from wagtail_localize.models import TranslationLog

from translation_state.models import RevisionBasis, SourceContent, TranslationBasis
from translation_state.segments import content_type_of, digest, live_segments, translated_segments


def is_source(instance) -> bool:
    return instance.locale.language_code == settings.LANGUAGE_CODE


def source_of(instance):
    """The live source (default language) of a translated page or snippet, specific, or None."""
    model = instance.get_translation_model()
    found = model.objects.filter(
        translation_key=instance.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if found is None:
        return None
    return found.specific if isinstance(found, Page) else found


def record_source(instance) -> SourceContent:
    segments = live_segments(instance)
    content_type = content_type_of(instance)
    new_digest = digest(segments)
    current = SourceContent.objects.filter(
        content_type=content_type, translation_key=instance.translation_key
    ).first()
    if current is None:
        return SourceContent.objects.create(
            content_type=content_type,
            translation_key=instance.translation_key,
            segments=segments,
            digest=new_digest,
            changed_at=timezone.now(),
        )
    if current.digest != new_digest:
        current.segments, current.digest, current.changed_at = segments, new_digest, timezone.now()
        current.save(update_fields=["segments", "digest", "changed_at"])
    return current


def source_content(instance) -> SourceContent | None:
    """The recorded live content of ``instance``'s source, recorded now if it never was (content
    made before this app, or inserted in bulk)."""
    found = SourceContent.objects.filter(
        content_type=content_type_of(instance), translation_key=instance.translation_key
    ).first()
    if found is not None:
        return found
    source = source_of(instance)
    if source is None or (isinstance(source, Page) and not source.live):
        return None
    return record_source(source)


def _live_source_segments(instance) -> list | None:
    recorded = source_content(instance)
    return None if recorded is None else recorded.segments


def set_basis(instance, segments: list) -> None:
    TranslationBasis.objects.update_or_create(
        content_type=content_type_of(instance),
        translation_key=instance.translation_key,
        locale_id=instance.locale_id,
        defaults={"segments": segments, "digest": digest(segments)},
    )


def _page_published(sender, instance, revision=None, alias=False, **kwargs) -> None:
    if alias or getattr(instance, "alias_of_id", None) is not None:
        return
    if is_source(instance):
        record_source(instance)
        return
    basis = RevisionBasis.objects.filter(revision=revision).first() if revision is not None else None
    segments = basis.segments if basis is not None else _live_source_segments(instance)
    if segments is not None:
        set_basis(instance, segments)


def _revision_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    if not created or raw:
        return
    content = instance.content or {}
    locale_id = content.get("locale")
    if locale_id is None or content.get("alias_of"):
        return
    if Locale.objects.filter(pk=locale_id, language_code=settings.LANGUAGE_CODE).exists():
        return  # a source's revision: recorded when it is published
    obj = instance.content_object
    if not isinstance(obj, TranslatableMixin) or is_source(obj):
        return
    segments = _live_source_segments(obj)
    if segments is not None:
        RevisionBasis.objects.update_or_create(
            revision=instance, defaults={"segments": segments, "digest": digest(segments)}
        )


def _translated_by_localize(sender, instance, created=False, raw=False, **kwargs) -> None:
    if not created or raw:
        return
    segments = translated_segments(instance.source, instance.locale)
    revision = instance.revision
    if revision is not None:
        RevisionBasis.objects.update_or_create(
            revision=revision, defaults={"segments": segments, "digest": digest(segments)}
        )
    target = instance.source.get_translated_instance(instance.locale)
    if not isinstance(target, DraftStateMixin):
        # Saved and shown at once: a plain snippet, no revision to publish later.
        set_basis(target, segments)


def is_plain_snippet(instance) -> bool:
    """A translatable snippet saved straight to what visitors read (no drafts, no publishing):
    its save is what a page's publish is."""
    from wagtail.snippets.models import get_snippet_models

    return (
        isinstance(instance, TranslatableMixin)
        and not isinstance(instance, Page | DraftStateMixin)
        and type(instance) in get_snippet_models()
    )


def _snippet_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    if raw or not is_plain_snippet(instance):
        return
    if is_source(instance):
        record_source(instance)
    else:
        segments = _live_source_segments(instance)
        if segments is not None and not _made_by_localize(instance):
            set_basis(instance, segments)


def _made_by_localize(instance) -> bool:
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
    ).exists()


def _snippet_published(sender, instance, revision=None, **kwargs) -> None:
    if isinstance(instance, TranslatableMixin) and not isinstance(instance, Page):
        _page_published(sender, instance, revision=revision)


def connect() -> None:
    page_published.connect(_page_published, dispatch_uid="translation-state-page-published")
    published.connect(_snippet_published, dispatch_uid="translation-state-published")
    post_save.connect(_revision_saved, sender=Revision, dispatch_uid="translation-state-revision")
    post_save.connect(_translated_by_localize, sender=TranslationLog, dispatch_uid="translation-state-log")
    post_save.connect(_snippet_saved, dispatch_uid="translation-state-snippet")
