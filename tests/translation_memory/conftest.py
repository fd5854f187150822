"""Pages translated with wagtail-localize as translators do it: a translation started, segments
written by hand or by machine, the translation published."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import pytest

from translation_memory.matching import forget_loaded
from translation_memory.models import MemoryEntry, MemoryVersion, text_hash

VISA = "New visa rules apply from January."
CLOSED = "The consular section is closed on Friday afternoons."
KK = {
    VISA: "Жаңа виза ережелері қаңтардан бастап қолданылады.",
    CLOSED: "Консулдық бөлім жұма күні түстен кейін жабық.",
}
RU = {
    VISA: "Новые визовые правила действуют с января.",
    CLOSED: "Консульский отдел закрыт по пятницам во второй половине дня.",
}
TRANSLATED = {"kk": KK, "ru": RU}


@pytest.fixture(autouse=True)
def fresh_texts():
    """Each process keeps the memory's texts; a test's database is new, its copy must be too."""
    forget_loaded()
    yield
    forget_loaded()


@pytest.fixture
def translated_indexes(kk_news_index, ru_news_index):
    return {"kk": kk_news_index, "ru": ru_news_index}


@pytest.fixture
def start(locales, translated_indexes, django_capture_on_commit_callbacks):
    """Starts a translation of `instance` into `code`, as wagtail-localize's "Translate" does."""

    def start(instance, code):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        with django_capture_on_commit_callbacks(execute=True):
            translation = Translation.objects.create(source=source, target_locale=locales[code])
            translation.save_target(publish=False)
        return translation

    return start


def write(translation, texts, kind="manual", user=None):
    """Translates the segments whose source text is in `texts`, as the editor or a machine would."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in texts:
            StringTranslation.objects.update_or_create(
                translation_of_id=segment.string_id,
                locale_id=translation.target_locale_id,
                context_id=segment.context_id,
                defaults={
                    "data": texts[segment.string.data],
                    "translation_type": kind,
                    "tool_name": "Dummy translator" if kind == "machine" else "",
                    "last_translated_by": user,
                },
            )


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    def publish(translation):
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)

    return publish


def segment_texts(translation) -> dict[str, StringTranslation]:
    """The translation's segments by source text."""
    return {
        found.translation_of.data: found
        for found in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id, context__object_id=translation.source.object_id
        ).select_related("translation_of")
    }


def remember_directly(source_text, target_text, target_language="kk", source_language="en"):
    entry = MemoryEntry.objects.create(
        source_language=source_language,
        target_language=target_language,
        source_text=source_text,
        source_hash=text_hash(source_text),
        target_text=target_text,
        changed_at="2026-01-05T10:00:00Z",
    )
    MemoryVersion.bump(source_language, target_language)
    return entry
