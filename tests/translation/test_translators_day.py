"""A translator's day in the admin, as a new Kazakh translator walks it: no rows that refuse
them, refusals drawn by the admin in their language, no page creation, a footer whose main
action is "Submit for review", confirmation after approving, nothing loaded from outside."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.utils import translation

from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

import pytest

from news.models import NewsCategory
from translation_workflow.roles import EDITORS, LANGUAGE_REVIEWERS, TRANSLATORS, setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(multilingual_site):
    return setup_roles(multilingual_site["en"])


@pytest.fixture
def member(roles, django_user_model):
    def make(group_name, username=None):
        user = django_user_model.objects.create_user(username or group_name.replace(" ", "-"), password="pw")
        user.groups.add(roles[group_name])
        return user

    return make


@pytest.fixture
def kazakh_translator(member):
    return member(TRANSLATORS["kk"], "aigerim")


@pytest.fixture
def posts(make_post, kk_news_index, ru_news_index, locales):
    post = make_post(title="Visa rules", summary="New visa rules apply.")
    post.copy_for_translation(locales["kk"], alias=True)
    post.copy_for_translation(locales["ru"], alias=True)
    return post


def test_the_board_and_dashboard_list_only_the_translators_languages(
    client, kazakh_translator, member, posts
):
    client.force_login(kazakh_translator)
    board = client.get("/admin/translations/").content.decode()
    assert 'data-status="' in board
    assert 'lang="ru">Русский' not in board and "Русский</td>" not in board
    assert "Қазақша</td>" in board
    assert "Русский" not in client.get("/admin/").content.decode()

    client.force_login(member(LANGUAGE_REVIEWERS["ru"], "marat"))
    board = client.get("/admin/translations/").content.decode()
    assert "Русский</td>" in board and "Қазақша</td>" not in board

    client.force_login(member(EDITORS, "anna"))
    board = client.get("/admin/translations/").content.decode()
    assert "Русский</td>" in board and "Қазақша</td>" in board


def test_a_refusal_in_the_admin_is_the_admins_page_in_the_users_language(
    client, kazakh_translator, posts, locales, politics_everywhere
):
    client.force_login(kazakh_translator)
    russian_post = posts.get_translation(locales["ru"])
    russian_category = NewsCategory.objects.get(locale=locales["ru"])
    for url in (
        f"/admin/pages/{russian_post.pk}/edit/",
        f"/admin/snippets/news/newscategory/edit/{russian_category.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 403
        html = response.content.decode()
        assert '<html lang="kk"' in html
        assert "wagtailadmin/css/core" in html, "drawn by the admin, not the public site"
        assert "Сіздің рөліңіз бұған рұқсат бермейді" in html
        assert "/admin/" in html and "site-header" not in html


def test_a_refusal_outside_the_admin_is_still_the_public_page(client, kazakh_translator):
    from django.core.exceptions import PermissionDenied

    from admin_language.views import permission_denied

    request = client.get("/en/").wsgi_request
    response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert "wagtailadmin/css/core" not in response.content.decode()


def test_translators_translate_pages_and_do_not_create_them(
    client, kazakh_translator, member, posts, locales
):
    kazakh_index = posts.get_parent().get_translation(locales["kk"])
    client.force_login(kazakh_translator)
    assert client.get(f"/admin/pages/add/news/newspage/{kazakh_index.pk}/").status_code == 403
    assert client.get(f"/admin/pages/{kazakh_index.pk}/add_subpage/").status_code == 403
    client.force_login(member(EDITORS, "anna"))
    assert client.get(f"/admin/pages/add/news/newspage/{kazakh_index.pk}/").status_code == 200


def test_setting_up_roles_again_withdraws_page_creation_from_translators(roles, multilingual_site):
    from wagtail.models import GroupPagePermission

    from translation_workflow.roles import _grant_pages

    translators = roles[TRANSLATORS["kk"]]
    _grant_pages(translators, multilingual_site["kk"], ["add_page"])
    setup_roles(multilingual_site["en"])
    codenames = set(
        GroupPagePermission.objects.filter(group=translators).values_list("permission__codename", flat=True)
    )
    assert codenames == {"change_page"}


@pytest.fixture
def started_translation(client, kazakh_translator, posts, locales, django_capture_on_commit_callbacks):
    client.force_login(kazakh_translator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/submit/page/{posts.pk}/", {"locales": [locales["kk"].pk]})
    assert response.status_code == 302
    source = TranslationSource.objects.get(object_id=posts.translation_key)
    return posts.get_translation(locales["kk"]), Translation.objects.get(
        source=source, target_locale=locales["kk"]
    )


def test_the_translators_main_action_is_submit_for_review(client, started_translation):
    page, translation = started_translation
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    footer = html[html.index('class="footer translator-footer"') :]
    first_action = footer[: footer.index("</nav>")]
    assert first_action.index("Тексеруге жіберу") < first_action.index("Бүркеншік бетке айналдыру")
    assert f'action="/admin/translations/{translation.pk}/submit-for-review/"' in first_action
    assert "translator-editor.css" in html, "the React editor's own footer is hidden"


def test_converting_to_an_alias_asks_first(client, started_translation):
    page, _translation = started_translation
    confirm = client.get(f"/admin/localize/page/{page.pk}/convert_to_alias/")
    assert confirm.status_code == 200
    assert Page.objects.get(pk=page.pk).alias_of_id is None
    assert 'method="POST"' in confirm.content.decode() or 'method="post"' in confirm.content.decode()


def test_approving_from_the_dashboard_says_what_happened(
    client, started_translation, member, django_capture_on_commit_callbacks
):
    from tests.translation.test_review import translate_all

    page, translation = started_translation
    translate_all(translation, lambda text: f"kk {text}")
    client.post(f"/admin/translations/{translation.pk}/submit-for-review/")
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    assert task_state is not None
    reviewer = member(LANGUAGE_REVIEWERS["kk"], "nurlan")
    client.force_login(reviewer)
    assert "Тексеру" in client.get("/admin/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
            {"comment": ""},
            follow=True,
        )
    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert any("бекітіліп, жарияланды" in message for message in messages), messages
    assert Page.objects.get(pk=page.pk).live


def test_the_admin_loads_nothing_from_outside_and_carries_the_embassys_name(client, kazakh_translator):
    client.force_login(kazakh_translator)
    html = client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
    assert "w-upgrade" not in html
    assert "Қазақстан Елшілігі" in html.split("<title>")[1].split("</title>")[0]
    assert "img/emblem" in html
    client.logout()
    with translation.override("ru"):
        login = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Вход: Посольство Казахстана" in login
    assert "Wagtail" not in login.split("<title>")[1].split("</title>")[0]


def test_staff_accounts_are_created_with_one_role(roles, django_user_model):
    out = StringIO()
    call_command(
        "create_staff_account", "dana", "--role", "kk-reviewer", "--email", "dana@embassy.example", stdout=out
    )
    user = django_user_model.objects.get(username="dana")
    password = out.getvalue().split("Password: ")[1].strip()
    assert user.check_password(password) and len(password) >= 12
    assert list(user.groups.values_list("name", flat=True)) == [LANGUAGE_REVIEWERS["kk"]]
    assert UserProfile.get_for_user(user).preferred_language == "kk"
    with pytest.raises(CommandError, match="taken"):
        call_command("create_staff_account", "dana", "--role", "editor", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("create_staff_account", "eve", "--role", "owner", stdout=StringIO(), stderr=StringIO())
