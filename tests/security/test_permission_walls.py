"""The classes of hole in Wagtail's advisories of 2023–2026, tried by a Russian translator and a
limited editor: other languages' pages and snippets (edit, history, revisions, compare, preview,
usage, choosers), private collections' images and documents, the email list; the public API."""

from django.contrib.auth.models import Group, Permission

import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission

import pytest

from translation_workflow.roles import TRANSLATORS, setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(multilingual_site, django_user_model):
    groups = setup_roles(multilingual_site["en"])
    user = django_user_model.objects.create_user("olga", password="pw")
    user.groups.add(groups[TRANSLATORS["ru"]])
    return user


@pytest.fixture
def kazakh_category(politics_everywhere):
    return politics_everywhere["kk"]


def test_snippets_of_another_language_are_walled_in_every_view(client, translator, kazakh_category, politics):
    client.force_login(translator)
    for category in (kazakh_category, politics):
        base = "/admin/snippets/news/newscategory"
        for url in (
            f"{base}/edit/{category.pk}/",
            f"{base}/history/{category.pk}/",
            f"{base}/usage/{category.pk}/",
            f"{base}/delete/{category.pk}/",
            f"/admin/snippets/choose/news/newscategory/chosen/{category.pk}/",
        ):
            assert client.get(url).status_code in (403, 404), url


def test_pages_of_another_language_are_walled(client, translator, multilingual_site, make_post):
    post = make_post(title="Visa rules")
    revision = post.latest_revision
    client.force_login(translator)
    for url in (
        f"/admin/pages/{post.pk}/edit/",
        f"/admin/pages/{post.pk}/history/",
        f"/admin/pages/{post.pk}/revisions/{revision.pk}/view/",
        f"/admin/pages/{post.pk}/revisions/compare/earliest...{revision.pk}/",
        f"/admin/pages/{post.pk}/revisions/{revision.pk}/revert/",
        f"/admin/pages/{post.pk}/edit/preview/",
        f"/admin/pages/{post.pk}/workflow_history/",
        f"/admin/pages/{post.pk}/lock/",
    ):
        assert client.get(url).status_code in (403, 404, 405), url
    assert client.post(f"/admin/pages/{post.pk}/lock/").status_code == 403


@pytest.fixture
def limited_editor(multilingual_site, django_user_model):
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    press = root.add_child(name="Press")
    group = Group.objects.create(name="Press office")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_image", "change_image", "choose_image", "add_document", "change_document"):
        GroupCollectionPermission.objects.create(
            group=group, collection=press, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("press", password="pw")
    user.groups.add(group)
    consular = root.add_child(name="Consular (private)")
    return user, consular


def test_images_and_documents_of_a_private_collection_are_walled(client, limited_editor):
    user, consular = limited_editor
    image = wagtail_factories.ImageFactory(collection=consular)
    document = get_document_model().objects.create(
        title="Passport list", collection=consular, file=wagtail_factories.DocumentFactory().file
    )
    client.force_login(user)
    for url in (
        f"/admin/images/{image.pk}/",
        f"/admin/images/{image.pk}/preview/original/",
        f"/admin/images/{image.pk}/generate_url/",
        f"/admin/images/{image.pk}/delete/",
        f"/admin/documents/edit/{document.pk}/",
        f"/admin/documents/delete/{document.pk}/",
    ):
        assert client.get(url).status_code in (403, 404), url


def test_the_email_list_is_walled_from_translators(client, translator):
    client.force_login(translator)
    for url in (
        "/admin/email-list/subscribers/",
        "/admin/email-list/subscribers/?export=csv",
        "/admin/email-list/sendings/",
    ):
        assert client.get(url).status_code == 403, url


def test_there_is_no_public_api(client, multilingual_site):
    for url in ("/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/en/api/v2/pages/"):
        assert client.get(url).status_code == 404, url
