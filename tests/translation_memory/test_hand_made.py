"""Pages translated by hand in Wagtail's editor feed the memory too, paired with the source text
they were made from, so the demo's and an existing site's translations serve the next page."""

import pytest

from tests.conftest import translate_page
from translation_memory.models import MemoryEntry

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "title", "summary"),
    [
        ("kk", "Визалық режим", "Жаңа визалық ережелер 1 қаңтардан бастап қолданылады."),
        ("ru", "Визовый режим", "Новые визовые правила действуют с 1 января."),
    ],
)
def test_a_hand_made_translation_is_remembered_segment_by_segment(
    make_post, kk_news_index, ru_news_index, locales, code, title, summary, django_capture_on_commit_callbacks
):
    post = make_post(title="Visa regime", summary="New visa rules apply from 1 January.")
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(post, locales[code], title=title, summary=summary)

    remembered = dict(
        MemoryEntry.objects.filter(source_language="en", target_language=code).values_list(
            "source_text", "target_text"
        )
    )
    assert remembered["Visa regime"] == title
    assert remembered["New visa rules apply from 1 January."] == summary
    assert post.slug not in remembered


def test_a_reshaped_translation_is_not_guessed_at(make_post, kk_news_index, locales):
    from translation_memory.remembering import remember_hand_made
    from translation_state.models import TranslationBasis

    post = make_post(title="Visa regime", summary="New visa rules apply from 1 January.")
    kazakh = translate_page(post, locales["kk"], title="Визалық режим", summary="Жаңа визалық ережелер.")
    # Made from an English text with one more paragraph than the translation has places for.
    basis = TranslationBasis.objects.get(translation_key=post.translation_key, locale=locales["kk"])
    basis.segments = [*basis.segments, ["summary", "A second sentence."]]
    basis.save()
    MemoryEntry.objects.all().delete()

    assert remember_hand_made(kazakh) == 0
    assert not MemoryEntry.objects.exists()


def test_blocks_with_ids_of_their_own_are_paired_by_place():
    from translation_memory.remembering import _shape

    english = [["title", "Visas"], ["body.3f1c0a52-6a1b-4f0e-9d1e-0c8b5f7e2a11", "Apply online."]]
    kazakh = [["title", "Визалар"], ["body.a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "Онлайн өтініш беріңіз."]]
    reshaped = [*kazakh, ["body.a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4e", "Тағы бір абзац."]]
    assert _shape(english) == _shape(kazakh)
    assert _shape(english) != _shape(reshaped)
