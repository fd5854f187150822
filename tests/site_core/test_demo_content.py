from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

import pytest

from home.models import HomePage
from site_core.models import SiteSettings

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "settings": list(SiteSettings.objects.values()),
        "users": list(get_user_model().objects.values_list("username", "password")),
    }


def test_demo_content_builds_the_site_in_three_languages_and_is_idempotent(
    client, tmp_path, settings, monkeypatch
):
    settings.VAR_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)

    call_command("load_demo_content", stdout=StringIO())
    first = snapshot()
    second_log = StringIO()
    call_command("load_demo_content", stdout=second_log)
    assert snapshot() == first

    homes = {home.locale.language_code: home for home in HomePage.objects.live().select_related("locale")}
    assert set(homes) == {"en", "kk", "ru"}
    assert Site.objects.get(is_default_site=True).root_page_id == homes["en"].pk
    assert client.get("/kk/").content.decode().count("Қазақстан Елшілігі") >= 2
    assert "Посольство Казахстана" in client.get("/ru/").content.decode()

    password = (tmp_path / "demo-editor-password.txt").read_text().strip()
    assert len(password) >= 12
    assert get_user_model().objects.get(username="editor").check_password(password)
    assert password in second_log.getvalue()

    # One account per role, so a newcomer can walk the translation workflow end to end.
    expected_groups = {
        "kk-translator": "Kazakh translators",
        "ru-translator": "Russian translators",
        "kk-reviewer": "Kazakh reviewers",
        "ru-reviewer": "Russian reviewers",
    }
    for username, group in expected_groups.items():
        role_password = (tmp_path / f"demo-{username}-password.txt").read_text().strip()
        account = get_user_model().objects.get(username=username)
        assert account.check_password(role_password)
        assert list(account.groups.values_list("name", flat=True)) == [group]
        assert f"{username} / {role_password}" in second_log.getvalue()
    client.force_login(get_user_model().objects.get(username="kk-translator"))
    assert '<html lang="kk"' in client.get("/admin/").content.decode()


def test_demo_editor_password_comes_from_the_environment(tmp_path, settings, monkeypatch):
    settings.VAR_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-long-demo-password")
    call_command("load_demo_content", stdout=StringIO())
    assert get_user_model().objects.get(username="editor").check_password("a-long-demo-password")
    assert not (tmp_path / "demo-editor-password.txt").exists()


def test_only_if_empty_leaves_an_existing_site_alone(tmp_path, settings, home):
    settings.VAR_DIR = tmp_path
    log = StringIO()
    call_command("load_demo_content", "--only-if-empty", stdout=log)
    assert HomePage.objects.count() == 1
    assert "not loaded" in log.getvalue()
