from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

import pytest

from glossary.models import GlossaryTerm
from translation_workflow.roles import TRANSLATORS, setup_roles


@pytest.fixture
def term(db):
    def make(english, kk="", ru="", **fields):
        return GlossaryTerm.objects.create(term_en=english, term_kk=kk, term_ru=ru, **fields)

    return make


@pytest.fixture
def embassy_terms(term):
    return {
        "independence": term(
            "Independence Day",
            "Тәуелсіздік күні",
            "День Независимости",
            note_en="16 December, a national holiday.",
            note_kk="16 желтоқсан, ұлттық мереке.",
        ),
        "embassy": term(
            "Embassy of the Republic of Kazakhstan",
            "Қазақстан Республикасының Елшілігі",
            "Посольство Республики Казахстан",
        ),
        "astana": term("Astana", "Астана", "Астана", do_not_translate=True),
    }


@pytest.fixture
def kazakh_translator(multilingual_site, django_user_model):
    groups = setup_roles(multilingual_site["en"])
    translator = django_user_model.objects.create_user("aisha", password="pw")
    translator.groups.add(groups[TRANSLATORS["kk"]])
    # The admin in English, so the assertions read one language (one test reads it in Kazakh).
    UserProfile.objects.filter(user=translator).update(preferred_language="en")
    return translator


@pytest.fixture
def kk_translation(
    client, kazakh_translator, kk_news_index, make_post, locales, django_capture_on_commit_callbacks
):
    """An English post the Kazakh translator starts translating in wagtail-localize's editor."""
    post = make_post(
        title="Independence Day reception in Astana",
        summary="The Embassy of the Republic of Kazakhstan invites everyone to celebrate Independence Day.",
    )
    post.copy_for_translation(locales["kk"], alias=True)
    client.force_login(kazakh_translator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/submit/page/{post.pk}/", {"locales": [locales["kk"].pk]})
    assert response.status_code == 302
    source = TranslationSource.objects.get(object_id=post.translation_key)
    return Translation.objects.get(source=source, target_locale=locales["kk"])
