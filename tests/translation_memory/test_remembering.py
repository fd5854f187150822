"""Approved segments are remembered per language pair; a new translation starts with them."""

from wagtail_localize.models import StringTranslation

import pytest

from tests.translation_memory.conftest import CLOSED, TRANSLATED, VISA, segment_texts, write
from translation_memory.filling import MEMORY_TOOL, fill_from_memory, memory_counts
from translation_memory.models import MemoryEntry, MemoryVersion
from translation_workflow.machine_translation import mark_reviewed, unreviewed_segments

pytestmark = pytest.mark.django_db

BODY = '<p>Apply at the <a href="https://example.com/visa">consular section</a> on <b>weekdays</b>.</p>'
LINKED = 'Apply at the <a id="a1">consular section</a> on <b>weekdays</b>.'
LINKED_KK = 'Өтінішті <b>жұмыс күндері</b> <a id="a1">консулдық бөлімге</a> беріңіз.'


@pytest.fixture
def translator(django_user_model):
    return django_user_model.objects.create_user("aisha", password="pw")


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_approved_segments_are_remembered_on_publish_and_machine_ones_are_not(
    code, make_post, start, publish, translator
):
    post = make_post(title="Visa rules change", summary=VISA, author=None, body=[("paragraph", BODY)])
    translation = start(post, code)
    write(translation, {VISA: TRANSLATED[code][VISA], LINKED: LINKED_KK}, user=translator)
    write(translation, {"Visa rules change": "change rules Visa"}, kind="machine")
    assert not MemoryEntry.objects.exists()  # nothing is approved before the page is published

    publish(translation)

    remembered = {entry.source_text: entry for entry in MemoryEntry.objects.all()}
    assert set(remembered) == {VISA, LINKED}
    entry = remembered[VISA]
    assert (entry.source_language, entry.target_language) == ("en", code)
    assert entry.target_text == TRANSLATED[code][VISA]
    assert (entry.origin, entry.changed_by) == (MemoryEntry.APPROVED, translator)
    assert remembered[LINKED].target_text == LINKED_KK  # inline tags kept as wagtail-localize has them

    version = MemoryVersion.current("en", code)
    publish(translation)  # published again unchanged: nothing written, the cached texts stay valid
    assert MemoryVersion.current("en", code) == version

    write(translation, {VISA: "Corrected by the translator."}, user=translator)
    publish(translation)
    assert MemoryEntry.objects.get(source_text=VISA).target_text == "Corrected by the translator."
    assert MemoryVersion.current("en", code) == version + 1


def test_reviewed_machine_segments_are_remembered(make_post, start, publish, translator):
    post = make_post(title="Visa rules change", summary=VISA, author=None)
    translation = start(post, "kk")
    write(translation, {VISA: TRANSLATED["kk"][VISA]}, kind="machine")
    mark_reviewed(translation, translation.get_target_instance(), translator)
    publish(translation)
    assert MemoryEntry.objects.get().changed_by == translator


def test_a_translated_snippet_is_remembered_when_saved(politics, locales, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(politics)
    translation = Translation.objects.create(source=source, target_locale=locales["ru"])
    write(translation, {"Politics": "Политика"})
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target()
    assert politics.get_translation(locales["ru"]).name == "Политика"
    entry = MemoryEntry.objects.get()
    assert (entry.source_text, entry.target_language, entry.target_text) == ("Politics", "ru", "Политика")


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_a_new_translation_is_filled_from_the_memory_of_its_language_pair(
    code, make_post, start, publish, translator
):
    first = make_post(title="Visa rules change", summary=VISA, author=None)
    translation = start(first, code)
    write(translation, {VISA: TRANSLATED[code][VISA], "Visa rules change": "—"}, user=translator)
    publish(translation)

    other = "ru" if code == "kk" else "kk"
    second = make_post(title="Consular hours", summary=VISA, author=None)
    filled = start(second, code)  # filled once the translation is created
    elsewhere = start(second, other)

    segments = segment_texts(filled)
    assert set(segments) == {VISA}  # the title is new: left for the translator
    assert segments[VISA].data == TRANSLATED[code][VISA]
    assert (segments[VISA].translation_type, segments[VISA].tool_name) == ("machine", MEMORY_TOOL)
    assert segment_texts(elsewhere) == {}  # the other language's memory has nothing yet
    assert [s.pk for s in unreviewed_segments(filled)] == [segments[VISA].pk]  # never published unread
    assert memory_counts([filled, elsewhere]) == {filled.pk: 1, elsewhere.pk: 0}

    mark_reviewed(filled, filled.get_target_instance(), translator)
    assert StringTranslation.objects.get(pk=segments[VISA].pk).translation_type == "manual"
    assert memory_counts([filled]) == {filled.pk: 1}  # still counted once reviewed
    assert fill_from_memory(filled) == 0  # nothing left that the memory knows


def test_filling_and_counting_cost_the_same_whatever_the_number_of_segments(
    make_post, start, publish, django_assert_max_num_queries, locales
):
    sentences = [f"Sentence number {n} of the consular notice." for n in range(30)]
    body = [("paragraph", "".join(f"<p>{text}</p>" for text in sentences))]
    post = make_post(title="Notice", summary=CLOSED, author=None, body=body)
    translation = start(post, "kk")
    write(translation, {text: f"Хабарламаның {n}-сөйлемі." for n, text in enumerate(sentences)})
    write(translation, {CLOSED: TRANSLATED["kk"][CLOSED], "Notice": "Хабарландыру"})
    publish(translation)

    short = unfilled(make_post(title="Short", summary=CLOSED, author=None), locales["kk"])
    long = unfilled(make_post(title="Long", summary=CLOSED, author=None, body=body), locales["kk"])
    with django_assert_max_num_queries(6) as one:  # four, and the savepoint around the writes
        assert fill_from_memory(short) == 1
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert fill_from_memory(long) == 31

    with django_assert_max_num_queries(2):
        assert memory_counts([short]) == {short.pk: 1}
    with django_assert_max_num_queries(2):
        assert memory_counts([translation, short, long]) == {translation.pk: 0, short.pk: 1, long.pk: 31}


def unfilled(instance, locale):
    """A translation made without the commit that fills it, to count filling's own queries."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    return Translation.objects.select_related("source__locale", "target_locale").get(pk=translation.pk)
