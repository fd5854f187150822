"""A translation that leaves out an approved term goes to review only once the translator confirms."""

from wagtail.models import Page

import pytest

from tests.translation.test_review import translate_all as translate_segments

pytestmark = pytest.mark.django_db

APPROVED = {
    "Independence Day reception in Astana": "Астанадағы Тәуелсіздік күніне арналған қабылдау",
    "The Embassy of the Republic of Kazakhstan invites everyone to celebrate Independence Day.": (
        "Қазақстан Республикасының Елшілігі баршаңызды Тәуелсіздік күнін бірге тойлауға шақырады."
    ),
}
OTHER_WORDING = {
    **APPROVED,
    "The Embassy of the Republic of Kazakhstan invites everyone to celebrate Independence Day.": (
        "Қазақстан Елшілігі баршаңызды Тәуелсіздік күнін бірге тойлауға шақырады."
    ),
}
WARNING = (
    "The translation of “Embassy of the Republic of Kazakhstan” does not use the approved term "
    "“Қазақстан Республикасының Елшілігі”."
)


def submit(client, translation, **data):
    return client.post(f"/admin/translations/{translation.pk}/submit-for-review/", data, follow=True)


def test_submitting_stops_on_a_missing_term_until_confirmed(client, embassy_terms, kk_translation):
    translate_segments(kk_translation, lambda text: OTHER_WORDING.get(text, f"kk {text}"))
    page = kk_translation.get_target_instance()

    refused = submit(client, kk_translation)

    assert refused.redirect_chain[0][0] == f"/admin/pages/{page.pk}/edit/"
    html = " ".join(refused.content.decode().split())
    assert WARNING in html  # the message
    assert "choose “Submit anyway” in the glossary panel" in html
    assert 'data-glossary-warnings="1"' in html  # the panel, with its button
    assert not Page.objects.get(pk=page.pk).workflow_in_progress

    accepted = submit(client, kk_translation, glossary_confirmed="1")

    assert "Submitted to “Translation review (Kazakh)”" in accepted.content.decode()
    assert Page.objects.get(pk=page.pk).workflow_in_progress


def test_a_translation_with_every_approved_term_is_submitted_at_once(client, embassy_terms, kk_translation):
    translate_segments(kk_translation, lambda text: APPROVED.get(text, f"kk {text}"))

    response = submit(client, kk_translation)

    assert "Submitted to “Translation review (Kazakh)”" in response.content.decode()
    assert "does not use the approved term" not in response.content.decode()
    assert Page.objects.get(pk=kk_translation.get_target_instance().pk).workflow_in_progress


def test_the_warning_is_in_the_translators_language(client, embassy_terms, kk_translation, kazakh_translator):
    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(user=kazakh_translator).update(preferred_language="ru")
    translate_segments(kk_translation, lambda text: OTHER_WORDING.get(text, f"kk {text}"))

    html = submit(client, kk_translation).content.decode()

    assert (
        "В переводе «Embassy of the Republic of Kazakhstan» не использован утверждённый термин "
        "«Қазақстан Республикасының Елшілігі»."
    ) in html
