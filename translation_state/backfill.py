"""Records the state of content that existed before translation_state: run once by its migration
and by ``manage.py record_translation_state`` (for content inserted in bulk, e.g. a benchmark).

A translation published before then left no record of the source it was made from. The page
history holds the next best thing: the source revision that was live when the translation was
last published (history.py). Where the history cannot tell, the
translation counts as made from nothing known, which reads "outdated" until it is published
again: a translator checks it rather than the site claiming it current.
"""

from django.conf import settings

from wagtail.models import Page, TranslatableMixin

from translation_state.history import source_revision_seen
from translation_state.models import SourceContent, TranslationBasis
from translation_state.recording import record_source, set_basis
from translation_state.segments import live_segments


def record_existing(log=lambda _line: None) -> tuple[int, int]:
    """Answers (sources recorded, translation bases recorded); what is recorded already stays."""
    sources = bases = 0
    default = settings.LANGUAGE_CODE
    pages = Page.objects.filter(depth__gt=1, alias_of__isnull=True, live=True)
    recorded = set(SourceContent.objects.values_list("translation_key", flat=True))
    source_pages = {
        page.translation_key: page for page in pages.filter(locale__language_code=default).specific()
    }
    for key, page in source_pages.items():
        if key not in recorded:
            record_source(page)
            sources += 1
    with_basis = set(TranslationBasis.objects.values_list("translation_key", "locale_id"))
    for page in pages.exclude(locale__language_code=default).specific():
        source = source_pages.get(page.translation_key)
        if source is None or (page.translation_key, page.locale_id) in with_basis:
            continue
        seen = source_revision_seen(source, page)
        set_basis(page, live_segments(seen) if seen is not None else [])
        bases += 1
    for model in _translatable_snippet_models():
        items = list(model.objects.select_related("locale"))
        by_key = {item.translation_key: item for item in items if item.locale.language_code == default}
        for item in by_key.values():
            if item.translation_key not in recorded:
                record_source(item)
                sources += 1
        for item in items:
            source = by_key.get(item.translation_key)
            if source is None or item is source or (item.translation_key, item.locale_id) in with_basis:
                continue
            # Snippets keep no history: the board called every one of them up to date until now.
            set_basis(item, live_segments(source))
            bases += 1
    log(f"Recorded {sources} sources and {bases} translations.")
    return sources, bases


def _translatable_snippet_models():
    from wagtail.snippets.models import get_snippet_models

    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
