"""The glossary panel of the translation editor: the source's terms with their approved
translations, and the translated segments that leave one out."""

from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from glossary.checking import check_translation
from glossary.models import GlossaryTerm
from tests.translation.test_review import translate_all as translate_segments

pytestmark = pytest.mark.django_db

KAZAKH = {
    "Independence Day reception in Astana": "Астанадағы Тәуелсіздік күніне арналған қабылдау",
    # "Азаттық күні" where the glossary asks for "Тәуелсіздік күні".
    "The Embassy of the Republic of Kazakhstan invites everyone to celebrate Independence Day.": (
        "Қазақстан Республикасының Елшілігі баршаңызды Азаттық күнін бірге тойлауға шақырады."
    ),
}


def kazakh(text):
    return KAZAKH.get(text, f"kk {text}")


def editor(client, translation):
    # wagtail-localize shows its editor as the translated page's edit view.
    response = client.get(f"/admin/pages/{translation.get_target_instance().pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_panel_lists_the_terms_and_the_segment_without_the_approved_term(
    client, embassy_terms, kk_translation
):
    translate_segments(kk_translation, kazakh)

    html = editor(client, kk_translation)

    assert "data-glossary-panel open" in html
    assert "3 glossary terms in this text" in html
    assert '<dt class="w-font-bold" lang="en">Independence Day</dt>' in html
    assert '<span lang="kk">Тәуелсіздік күні</span>' in html
    assert '<span lang="kk">Қазақстан Республикасының Елшілігі</span>' in html
    assert "16 December, a national holiday." in html
    assert "<strong>Do not translate</strong>" in html
    assert 'data-glossary-warnings="1"' in html
    assert (
        'The translation of “<span lang="en">Independence Day</span>” does not use the approved term '
        '“<span lang="kk">Тәуелсіздік күні</span>”.'
    ) in " ".join(html.split())
    assert '<q lang="kk">Қазақстан Республикасының Елшілігі баршаңызды Азаттық күнін' in html
    assert 'name="glossary_confirmed" value="1"' in html


def test_a_kazakh_reader_reads_the_panel_and_the_note_in_kazakh(
    client, embassy_terms, kk_translation, kazakh_translator
):
    UserProfile.objects.filter(user=kazakh_translator).update(preferred_language="kk")
    translate_segments(kk_translation, kazakh)

    html = " ".join(editor(client, kk_translation).split())

    assert '<p class="w-m-0 w-text-14" lang="kk">16 желтоқсан, ұлттық мереке.</p>' in html
    assert (
        '«<span lang="en">Independence Day</span>» аудармасында бекітілген '
        '«<span lang="kk">Тәуелсіздік күні</span>» термині қолданылмаған.'
    ) in html
    assert "Бәрібір жіберу" in html


def test_nothing_is_shown_without_a_term_in_the_source(client, term, kk_translation):
    term("tenge", "теңге", "тенге")
    assert "data-glossary-panel" not in editor(client, kk_translation)


def test_untranslated_segments_are_not_warned_about(client, embassy_terms, kk_translation):
    html = editor(client, kk_translation)
    assert "3 glossary terms in this text" in html
    assert "data-glossary-warnings" not in html


def test_the_check_costs_the_same_queries_for_one_segment_or_thirty(
    embassy_terms, kk_translation, make_post, locales, django_assert_max_num_queries
):
    translate_segments(kk_translation, kazakh)
    body = [("paragraph", f"<p>Independence Day, event {n}.</p>") for n in range(30)]
    post = make_post(title="Thirty paragraphs", body=body)
    source, _created = TranslationSource.get_or_create_from_instance(post)
    thirty = Translation.objects.create(source=source, target_locale=locales["kk"])
    translate_segments(thirty, lambda text: "Азаттық күні")
    assert StringSegment.objects.filter(source=source).count() > 30

    # The target language, the glossary (read once per change), the segments with their translations.
    for translation in (kk_translation, thirty):
        fresh = Translation.objects.get(pk=translation.pk)
        GlossaryTerm.objects.first().save()
        with django_assert_max_num_queries(3):
            check = check_translation(fresh)
        assert len(check.missing) >= 1
    assert len(check.missing) == 30
