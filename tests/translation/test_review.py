"""A translator's work reaches visitors only through review."""

from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from translation_workflow.roles import TRANSLATORS, setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def started(
    client,
    multilingual_site,
    ru_news_index,
    make_post,
    locales,
    django_user_model,
    django_capture_on_commit_callbacks,
):
    """An English post with a Russian alias, which a Russian translator starts translating."""
    groups = setup_roles(multilingual_site["en"])
    translator = django_user_model.objects.create_user("olga", password="pw")
    translator.groups.add(groups[TRANSLATORS["ru"]])
    # Russian translators get the admin in Russian; olga chose English (these tests read it).
    UserProfile.objects.filter(user=translator).update(preferred_language="en")
    post = make_post(title="Visa rules", summary="New visa rules apply.")
    post.copy_for_translation(locales["ru"], alias=True)
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/submit/page/{post.pk}/", {"locales": [locales["ru"].pk]})
    assert response.status_code == 302
    russian = post.get_translation(locales["ru"]).specific
    source = TranslationSource.objects.get(object_id=post.translation_key)
    return post, russian, Translation.objects.get(source=source, target_locale=locales["ru"])


def translate_all(translation, text_for):
    for segment in translation.source.stringsegment_set.select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text_for(segment.string.data)},
        )


def test_starting_a_translation_publishes_nothing_and_keeps_the_page_marked_untranslated(client, started):
    post, russian, _translation = started
    assert russian.alias_of_id is None
    page = client.get(russian.url)
    assert page.status_code == 200
    assert "noindex" in page.content.decode()
    assert 'lang="en"' in page.content.decode()
    assert russian.url not in client.get("/sitemap.xml").content.decode()


def test_an_incomplete_translation_is_refused_with_a_message(client, started):
    _post, russian, translation = started
    response = client.post(f"/admin/translations/{translation.pk}/submit-for-review/", follow=True)
    assert "segments are not translated yet" in response.content.decode()
    assert not Page.objects.get(pk=russian.pk).workflow_in_progress


def test_submitting_starts_the_review_and_visitors_keep_the_live_text(client, started):
    post, russian, translation = started
    translate_all(translation, lambda text: f"RU {text}")

    response = client.post(f"/admin/translations/{translation.pk}/submit-for-review/")

    assert response.status_code == 302
    page = Page.objects.get(pk=russian.pk).specific
    assert page.workflow_in_progress
    assert page.current_workflow_state.workflow.name == "Translation review (Russian)"
    assert page.get_latest_revision_as_object().title == "RU Visa rules"
    assert page.title == "Visa rules"
    assert "RU New visa rules apply." not in client.get(russian.url).content.decode()

    again = client.post(f"/admin/translations/{translation.pk}/submit-for-review/", follow=True)
    assert "already waiting for review" in again.content.decode()


def test_only_translators_of_the_language_may_submit(client, started, multilingual_site, django_user_model):
    _post, _russian, translation = started
    translate_all(translation, lambda text: f"RU {text}")
    groups = setup_roles(multilingual_site["en"])
    kazakh = django_user_model.objects.create_user("aisha", password="pw")
    kazakh.groups.add(groups[TRANSLATORS["kk"]])
    client.force_login(kazakh)
    assert client.post(f"/admin/translations/{translation.pk}/submit-for-review/").status_code == 403
    assert client.get(f"/admin/translations/{translation.pk}/submit-for-review/").status_code in (403, 405)
