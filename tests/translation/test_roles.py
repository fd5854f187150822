from django.contrib.auth.models import Group, Permission

from wagtail.models import Collection, GroupPagePermission, Page, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, rich_text
from wagtail_localize.models import LocaleSynchronization

import pytest

from news.models import NewsCategory
from translation_workflow.roles import LANGUAGE_REVIEWERS, REVIEWERS, TRANSLATORS, setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(multilingual_site):
    return setup_roles(multilingual_site["en"])


@pytest.fixture
def member(roles, django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(group_name.replace(" ", "-"), password="pw")
        user.groups.add(roles[group_name])
        return user

    return make


@pytest.fixture
def russian_translator(member):
    return member(TRANSLATORS["ru"])


def test_setup_roles_is_idempotent(multilingual_site):
    def state():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            WorkflowPage.objects.count(),
            LocaleSynchronization.objects.count(),
            sum(g.permissions.count() for g in Group.objects.all()),
        )

    setup_roles(multilingual_site["en"])
    before = state()
    setup_roles(multilingual_site["en"])
    assert state() == before
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Editors",
        "Kazakh translators",
        "Russian translators",
        "Reviewers",
        "Kazakh reviewers",
        "Russian reviewers",
    }


def test_russian_translator_is_refused_on_kazakh_and_english_pages(
    client, russian_translator, multilingual_site
):
    client.force_login(russian_translator)
    assert client.get(f"/admin/pages/{multilingual_site['ru'].pk}/edit/").status_code == 200
    for code in ("kk", "en"):
        page = multilingual_site[code]
        page.save_revision()
        for url in (
            f"/admin/pages/{page.pk}/edit/",
            f"/admin/pages/{page.pk}/history/",
            f"/admin/pages/{page.pk}/revisions/{page.latest_revision_id}/view/",
            f"/admin/pages/{page.pk}/revisions/compare/earliest...{page.latest_revision_id}/",
            f"/admin/pages/{page.pk}/delete/",
            f"/admin/pages/{page.pk}/move/",
            f"/admin/pages/{page.pk}/copy/",
            f"/admin/pages/{page.pk}/unpublish/",
            f"/admin/pages/add/home/homepage/{page.pk}/",
            f"/admin/pages/{page.pk}/edit/preview/",
        ):
            assert client.get(url).status_code == 403, url
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"title": "Hacked", "slug": page.slug})
        assert response.status_code == 403
        assert Page.objects.get(pk=page.pk).title != "Hacked"


def test_each_language_has_its_own_review_workflow_and_reviewers(member, multilingual_site):
    russian_translator = member(TRANSLATORS["ru"])
    russian_reviewer = member(LANGUAGE_REVIEWERS["ru"])
    kazakh_reviewer = member(LANGUAGE_REVIEWERS["kk"])
    chief_reviewer = member(REVIEWERS)
    ru_page = multilingual_site["ru"]

    permissions = ru_page.permissions_for_user(russian_translator)
    assert permissions.can_edit() and not permissions.can_publish()

    workflow = ru_page.get_workflow()
    assert workflow.name == "Translation review (Russian)"
    assert multilingual_site["kk"].get_workflow().name == "Translation review (Kazakh)"
    english_workflow = multilingual_site["en"].get_workflow()
    assert english_workflow is None or not english_workflow.name.startswith("Translation review")

    task = workflow.tasks.get().specific
    approvers = {
        user
        for user in (russian_reviewer, kazakh_reviewer, chief_reviewer)
        if user.groups.filter(pk__in=task.groups.all()).exists()
    }
    assert approvers == {russian_reviewer, chief_reviewer}
    assert ru_page.permissions_for_user(russian_reviewer).can_publish()
    assert not ru_page.permissions_for_user(kazakh_reviewer).can_edit()


def test_translators_may_submit_translations(roles):
    submit = Permission.objects.get(codename="submit_translation")
    assert submit in roles["Russian translators"].permissions.all()
    assert submit in roles["Kazakh translators"].permissions.all()


def test_setup_roles_needs_no_rows_that_only_migrations_create(multilingual_site):
    Permission.objects.filter(codename__in=["access_admin", "submit_translation"]).delete()
    Collection.objects.all().delete()
    groups = setup_roles(multilingual_site["en"])
    assert groups["Editors"].permissions.filter(codename="access_admin").exists()
    assert groups["Russian translators"].permissions.filter(codename="submit_translation").exists()


def test_translators_edit_snippets_of_their_own_language_only(
    client, russian_translator, politics_everywhere
):
    politics, kazakh, russian = (politics_everywhere[code] for code in ("en", "kk", "ru"))
    client.force_login(russian_translator)

    assert client.get(f"/admin/snippets/news/newscategory/edit/{russian.pk}/").status_code == 200
    for category in (kazakh, politics):
        url = f"/admin/snippets/news/newscategory/edit/{category.pk}/"
        assert client.get(url).status_code == 403
        assert client.post(url, {"name": "Hacked", "slug": "politics"}).status_code == 403
    assert (
        client.post(
            "/admin/snippets/news/newscategory/add/?locale=kk", {"name": "New", "slug": "new"}
        ).status_code
        == 403
    )
    assert not NewsCategory.objects.filter(name__in=["Hacked", "New"]).exists()

    from wagtail_localize.views import edit_translation

    assert edit_translation.user_can_edit_instance(russian_translator, russian)
    assert not edit_translation.user_can_edit_instance(russian_translator, kazakh)


def test_a_page_created_in_english_appears_as_an_alias_in_kazakh_and_russian(
    client, roles, multilingual_site, django_user_model
):
    editor = django_user_model.objects.create_user("aigul", password="pw")
    editor.groups.add(roles["Editors"])
    client.force_login(editor)
    home = multilingual_site["en"]
    response = client.post(
        f"/admin/pages/add/news/newsindexpage/{home.pk}/",
        nested_form_data({"title": "Embassy news", "slug": "embassy-news", "intro": rich_text("News.")}),
    )
    assert response.status_code == 302, response.content[:2000]
    english = Page.objects.get(slug="embassy-news", locale__language_code="en")
    for code in ("kk", "ru"):
        alias = english.get_translation(multilingual_site[code].locale)
        assert alias.alias_of_id == english.pk
        assert alias.get_parent().pk == multilingual_site[code].pk


def test_a_translator_cannot_start_a_translation_into_another_language(
    client, russian_translator, multilingual_site, make_post, locales
):
    post = make_post(title="Visa rules")
    client.force_login(russian_translator)
    url = f"/admin/localize/submit/page/{post.pk}/"
    form = client.get(url).context["form"]
    assert [locale.language_code for locale in form.fields["locales"].queryset] == ["ru"]

    response = client.post(url, {"locales": [locales["kk"].pk]})
    assert response.status_code == 200 and "locales" in response.context["form"].errors
    assert post.get_translation_or_none(locales["kk"]) is None
