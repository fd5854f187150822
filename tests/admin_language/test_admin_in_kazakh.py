"""Kazakh as an admin language: offered, the default for Kazakh translators and reviewers, and
what group, workflow and date texts say in each admin language."""

import datetime

from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone, translation

from wagtail.models import Workflow
from wagtail.users.models import UserProfile
from wagtail_localize.models import String, StringTranslation
from wagtail_localize.strings import StringValue

import pytest

from translation_workflow.roles import EDITORS, LANGUAGE_REVIEWERS, TRANSLATORS, WORKFLOWS, setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(multilingual_site):
    return setup_roles(multilingual_site["en"])


def set_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def member(django_user_model, username, group, language=None):
    user = django_user_model.objects.create_user(username, f"{username}@embassy.example", "pw")
    if language is not None:
        set_language(user, language)
    user.groups.add(group)
    return user


def test_kazakh_is_offered_in_preferences_and_can_be_chosen(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(admin)
    page = client.get("/admin/account/").content.decode()
    assert '<option value="kk">Қазақ</option>' in page
    set_language(admin, "kk")
    assert "Тіркелгі" in client.get("/admin/account/").content.decode()


def test_kazakh_translators_and_reviewers_get_the_admin_in_kazakh(client, roles, django_user_model):
    translator = member(django_user_model, "aigerim", roles[TRANSLATORS["kk"]])
    reviewer = member(django_user_model, "nurlan", roles[LANGUAGE_REVIEWERS["kk"]])
    editor = member(django_user_model, "anna", roles[EDITORS])
    assert UserProfile.get_for_user(translator).preferred_language == "kk"
    assert UserProfile.get_for_user(reviewer).preferred_language == "kk"
    assert UserProfile.get_for_user(editor).preferred_language == ""

    client.force_login(translator)
    dashboard = client.get("/admin/").content.decode()
    assert '<html lang="kk"' in dashboard
    assert "Басқару тақтасы" in dashboard
    assert "Dashboard" not in dashboard


def test_a_chosen_language_is_kept_when_groups_change(roles, django_user_model):
    translator = member(django_user_model, "aigerim", roles[TRANSLATORS["kk"]], language="en")
    translator.groups.add(roles[LANGUAGE_REVIEWERS["kk"]])
    assert UserProfile.get_for_user(translator).preferred_language == "en"


def test_adding_members_from_the_group_side_sets_the_default_too(roles, django_user_model):
    user = django_user_model.objects.create_user("dana", password="pw")
    roles[TRANSLATORS["ru"]].user_set.add(user)
    assert UserProfile.get_for_user(user).preferred_language == "ru"


def test_group_and_workflow_names_show_in_the_admin_language(client, roles, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    set_language(admin, "ru")
    client.force_login(admin)
    groups = client.get("/admin/groups/").content.decode()
    assert "Переводчики на казахский" in groups
    assert "Kazakh translators" not in groups
    workflows = client.get("/admin/workflows/list/").content.decode()
    assert "Проверка перевода (казахский)" in workflows
    with translation.override("kk"):
        assert str(Workflow.objects.get(name=WORKFLOWS["kk"])) == "Аударманы тексеру процесі (қазақ тілі)"


def test_a_translated_name_is_stored_in_english(client, roles, django_user_model):
    """Saving a group's form in Kazakh keeps the English name the roles are found by."""
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    set_language(admin, "kk")
    client.force_login(admin)
    group = roles[EDITORS]
    form = client.get(f"/admin/groups/edit/{group.pk}/").content.decode()
    assert 'value="Редакторлар"' in form
    response = client.post(
        f"/admin/groups/edit/{group.pk}/", {"name": "Редакторлар", **_empty_group_formsets()}
    )
    assert response.status_code == 302
    stored = list(Group.objects.values_list("name", flat=True))
    assert EDITORS in stored
    assert "Редакторлар" not in stored


def _empty_group_formsets():
    data = {}
    for prefix in ("page_permissions", "collection_permissions", "document_permissions", "image_permissions"):
        data.update(
            {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
        )
    return data


def test_a_name_an_administrator_made_up_is_shown_as_typed(db):
    group = Group.objects.create(name="Press office")
    with translation.override("kk"):
        assert Group.objects.get(pk=group.pk).name == "Press office"


def test_segment_comments_write_dates_in_the_admin_language(locales):
    string = String.from_value(locales["en"], StringValue.from_plaintext("Consular fees"))
    moment = timezone.make_aware(datetime.datetime(2026, 12, 2, 12, 0))
    translated = StringTranslation(
        translation_of=string,
        locale=locales["ru"],
        data="Консульские сборы",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        updated_at=moment,
    )
    with translation.override("ru"):
        assert translated.get_comment() == "Переведено вручную 2 декабря 2026 г."
    with translation.override("kk"):
        comment = translated.get_comment()
    assert "желтоқсан" in comment and "December" not in comment


def test_a_review_notification_reaches_each_reviewer_in_their_language(
    client, roles, kk_news_index, make_post, locales, django_user_model, django_capture_on_commit_callbacks
):
    kk_reviewer = member(django_user_model, "nurlan", roles[LANGUAGE_REVIEWERS["kk"]])
    en_reviewer = member(django_user_model, "mike", roles[LANGUAGE_REVIEWERS["kk"]], language="en")
    translator = member(django_user_model, "aigerim", roles[TRANSLATORS["kk"]])
    post = make_post(title="Visa rules", summary="New visa rules apply.")
    kazakh = post.copy_for_translation(locales["kk"])
    kazakh.title = "Виза ережелері"
    kazakh.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        kazakh.get_workflow().start(kazakh, translator)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert kk_reviewer.email in by_recipient and en_reviewer.email in by_recipient
    kazakh_mail = by_recipient[kk_reviewer.email]
    english_mail = by_recipient[en_reviewer.email]
    assert "Виза ережелері" in kazakh_mail.subject
    assert "тексер" in (kazakh_mail.subject + kazakh_mail.body).lower()
    assert "«Қазақ тіліндегі аударманы тексеру»" in kazakh_mail.body
    assert "Review the Kazakh translation" in english_mail.body
    assert "Review the Kazakh translation" not in kazakh_mail.body
