"""A source's publish brings its new and changed segments to every translation, on the task queue.

wagtail-localize only does this when someone finds "Sync translated pages" in a menu, so
translators kept working from the old text. Here the source's publish (a translatable snippet's
save) queues ``bring_source_to_translations``, which refreshes wagtail-localize's copy of the
source (``update_from_db``: strings, and the dates, images and links every translation shares)
and fills what it can from the translation memory. Translated segments whose source text did not
change keep their translation (wagtail-localize keys translations by source string and place);
nothing is published, so a translation's own text, edited by hand or not, is never overwritten.
Turned off per site in the "Translation" settings; pages left out of a language get nothing from
the memory in that language.
"""

import logging

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import post_save

from wagtail.models import Page, Site, TranslatableMixin
from wagtail.signals import page_published, published
from wagtail_localize.models import TranslationSource

from django_tasks import task

from translation_state.exclusions import left_out
from translation_state.models import TranslationSettings
from translation_state.recording import is_plain_snippet
from translation_state.segments import content_type_of

logger = logging.getLogger(__name__)


def sync_enabled(instance) -> bool:
    site = instance.get_site() if isinstance(instance, Page) else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return site is None or TranslationSettings.for_site(site).sync_on_publish


@task()
def bring_source_to_translations(content_type_id: int, translation_key: str) -> int:
    """Refreshes the source of every enabled translation of one page or snippet; answers how many
    translations it reached."""
    from translation_memory.filling import fill_from_memory

    reached = 0
    sources = TranslationSource.objects.filter(
        object__content_type_id=content_type_id,
        object__translation_key=translation_key,
        locale__language_code=settings.LANGUAGE_CODE,
    )
    excluded = left_out()
    for source in sources:
        translations = list(source.translations.filter(enabled=True).select_related("target_locale"))
        if not translations:
            continue
        try:
            source.update_from_db()
        except ObjectDoesNotExist:
            continue  # the source was deleted after its publish was queued
        for translation in translations:
            if (str(translation_key).replace("-", ""), translation.target_locale.language_code) in excluded:
                continue
            fill_from_memory(translation)
            reached += 1
    logger.info("Source %s brought to %d translations", translation_key, reached)
    return reached


def queue(instance) -> None:
    if instance.locale.language_code != settings.LANGUAGE_CODE or not sync_enabled(instance):
        return
    content_type_id, key = content_type_of(instance).pk, str(instance.translation_key)
    transaction.on_commit(lambda: bring_source_to_translations.enqueue(content_type_id, key))


def _page_published(sender, instance, alias=False, **kwargs) -> None:
    if not alias and instance.alias_of_id is None:
        queue(instance)


def _snippet_published(sender, instance, **kwargs) -> None:
    if isinstance(instance, TranslatableMixin) and not isinstance(instance, Page):
        queue(instance)


def _snippet_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw and is_plain_snippet(instance):
        queue(instance)


def connect() -> None:
    page_published.connect(_page_published, dispatch_uid="translation-state-sync-page")
    published.connect(_snippet_published, dispatch_uid="translation-state-sync-snippet-published")
    post_save.connect(_snippet_saved, dispatch_uid="translation-state-sync-snippet")
