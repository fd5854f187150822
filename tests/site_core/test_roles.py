from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Page, WorkflowPage

import pytest

from site_core.roles import TRANSLATORS, setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(multilingual_site):
    return setup_roles(multilingual_site["en"])


@pytest.fixture
def russian_translator(roles, django_user_model):
    user = django_user_model.objects.create_user("olga", "olga@example.org", "pw")
    user.groups.add(roles[TRANSLATORS["ru"]])
    return user


def test_setup_roles_is_idempotent(multilingual_site):
    setup_roles(multilingual_site["en"])
    before = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
        sum(g.permissions.count() for g in Group.objects.all()),
    )
    setup_roles(multilingual_site["en"])
    after = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
        sum(g.permissions.count() for g in Group.objects.all()),
    )
    assert before == after
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Editors",
        "Kazakh translators",
        "Russian translators",
        "Reviewers",
    }


def test_russian_translator_edits_only_the_russian_tree(client, russian_translator, multilingual_site):
    client.force_login(russian_translator)
    assert client.get(f"/admin/pages/{multilingual_site['ru'].pk}/edit/").status_code == 200
    for code in ("kk", "en"):
        page = multilingual_site[code]
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"title": "Hacked", "slug": page.slug})
        assert response.status_code in (302, 403)
        assert Page.objects.get(pk=page.pk).title != "Hacked"


def test_translator_cannot_publish_but_can_submit_to_the_review_workflow(
    russian_translator, multilingual_site
):
    permissions = multilingual_site["ru"].permissions_for_user(russian_translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    workflow = multilingual_site["ru"].get_workflow()
    assert workflow is not None and workflow.name == "Translation review"
    assert (
        multilingual_site["en"].get_workflow() is None
        or multilingual_site["en"].get_workflow().name != "Translation review"
    )


def test_translators_may_submit_translations(roles):
    submit = Permission.objects.get(codename="submit_translation")
    assert submit in roles["Russian translators"].permissions.all()
    assert submit in roles["Kazakh translators"].permissions.all()


def test_setup_roles_needs_no_rows_that_only_migrations_create(multilingual_site):
    from wagtail.models import Collection

    Permission.objects.filter(codename__in=["access_admin", "submit_translation"]).delete()
    Collection.objects.all().delete()
    groups = setup_roles(multilingual_site["en"])
    assert groups["Editors"].permissions.filter(codename="access_admin").exists()
    assert groups["Russian translators"].permissions.filter(codename="submit_translation").exists()
