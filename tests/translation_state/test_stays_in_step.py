"""A translation never reads "up to date" while it says what an older source said.

The journey of issue #26, in Kazakh and in Russian: a translator translates an English post, the
editor changes the English and publishes it, the reviewer approves the translation made from the
old text. Before, the board called the published translation "up to date" (it compared dates) and
wagtail-localize's editor still showed the old English until someone found "Sync translated
pages"."""

from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from tests.translation.test_review import translate_all
from translation_workflow.roles import LANGUAGE_REVIEWERS, TRANSLATORS, setup_roles
from translation_workflow.status import page_rows

pytestmark = pytest.mark.django_db

TRANSLATED = {"kk": lambda text: f"Қазақша: {text}", "ru": lambda text: f"По-русски: {text}"}


@pytest.fixture(params=["kk", "ru"])
def language(request):
    return request.param


@pytest.fixture
def people(multilingual_site, django_user_model, language):
    groups = setup_roles(multilingual_site["en"])
    translator = django_user_model.objects.create_user("translator", password="pw")
    translator.groups.add(groups[TRANSLATORS[language]])
    reviewer = django_user_model.objects.create_user("reviewer", password="pw")
    reviewer.groups.add(groups[LANGUAGE_REVIEWERS[language]])
    # They read the admin in English here, so the tests can read it too.
    UserProfile.objects.filter(user__in=[translator, reviewer]).update(preferred_language="en")
    return translator, reviewer


@pytest.fixture
def submitted(client, people, kk_news_index, ru_news_index, make_post, locales, language, capture):
    """An English post the translator translated in wagtail-localize's editor and submitted."""
    translator, _reviewer = people
    post = make_post(title="Visa rules", summary="New visa rules apply from 1 January.")
    post.copy_for_translation(locales[language], alias=True)
    client.force_login(translator)
    with capture(execute=True):
        client.post(f"/admin/localize/submit/page/{post.pk}/", {"locales": [locales[language].pk]})
    source = TranslationSource.objects.get(object_id=post.translation_key)
    translation = Translation.objects.get(source=source, target_locale=locales[language])
    translate_all(translation, TRANSLATED[language])
    response = client.post(f"/admin/translations/{translation.pk}/submit-for-review/")
    assert response.status_code == 302
    target = post.get_translation(locales[language])
    assert Page.objects.get(pk=target.pk).workflow_in_progress
    return post, target, translation


@pytest.fixture
def capture(django_capture_on_commit_callbacks, run_tasks):
    """Commits, then runs what the commit queued, as the worker would."""
    from contextlib import contextmanager

    @contextmanager
    def committed(execute=True):
        with django_capture_on_commit_callbacks(execute=execute) as callbacks:
            yield callbacks
        run_tasks()

    return committed


def status(page, language):
    return next(row.status for row in page_rows() if row.target_id == page.pk and row.language == language)


def edit_english(post, capture, **fields):
    for name, value in fields.items():
        setattr(post, name, value)
    with capture(execute=True):
        post.save_revision().publish()


def approve(client, reviewer, page, capture):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    client.force_login(reviewer)
    with capture(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}, follow=True
        )
    assert response.status_code == 200
    return Page.objects.get(pk=page.pk).specific


def test_the_editor_shows_the_new_english_right_after_the_publish(client, submitted, capture, language):
    post, target, translation = submitted
    kept = StringTranslation.objects.get(locale=translation.target_locale, translation_of__data="Visa rules")

    edit_english(post, capture, summary="New visa rules apply from 1 February.")

    source = TranslationSource.objects.get(pk=translation.source_id)
    strings = set(source.stringsegment_set.values_list("string__data", flat=True))
    assert "New visa rules apply from 1 February." in strings
    assert "New visa rules apply from 1 January." not in strings
    # The unchanged title keeps its translation; nothing was published into the translation.
    assert StringTranslation.objects.get(pk=kept.pk).data == TRANSLATED[language]("Visa rules")
    board = client.get(f"/admin/translations/?language={language}").content.decode()
    assert 'data-source-changes="1"' in board
    editor = client.get(f"/admin/pages/{target.pk}/edit/").content.decode()
    assert "1 segment changed in the English source" in editor


def test_an_approved_stale_translation_stays_outdated_until_it_catches_up(
    client, people, submitted, capture, language
):
    post, target, translation = submitted
    _translator, reviewer = people
    edit_english(post, capture, summary="New visa rules apply from 1 February.")

    client.force_login(reviewer)
    review = client.get(f"/admin/pages/{target.pk}/edit/", follow=True)
    warnings = [str(message) for message in review.context["messages"]]
    assert any("made from an older English text: it lacks 1 segment" in text for text in warnings), warnings
    lacking_url = "/admin/translations/lacking/"
    assert lacking_url in review.content.decode()

    published = approve(client, reviewer, target, capture)

    assert published.live and published.summary == TRANSLATED[language](
        "New visa rules apply from 1 January."
    )
    assert status(published, language) == "outdated"
    logged = PageLogEntry.objects.filter(page=published, action="translation_workflow.approved_outdated")
    assert logged.count() == 1 and logged.get().data["segments"] == 1
    board = client.get(f"/admin/translations/?language={language}&status=outdated").content.decode()
    assert post.title in board and 'data-source-changes="1"' in board

    # The translator translates the new sentence; the reviewer approves: now it is current.
    translator, _reviewer = people
    client.force_login(translator)
    translate_all(Translation.objects.get(pk=translation.pk), TRANSLATED[language])
    client.post(f"/admin/translations/{translation.pk}/submit-for-review/")
    caught_up = approve(client, reviewer, published, capture)
    assert caught_up.summary == TRANSLATED[language]("New visa rules apply from 1 February.")
    assert status(caught_up, language) == "up_to_date"


def test_what_the_translation_lacks_is_listed_with_the_changed_words(
    client, people, submitted, capture, language
):
    from django.contrib.contenttypes.models import ContentType

    post, target, _translation = submitted
    _translator, reviewer = people
    edit_english(post, capture, summary="New visa rules apply from 1 February.")
    published = approve(client, reviewer, target, capture)

    page_type = ContentType.objects.get_for_model(Page).pk
    response = client.get(f"/admin/translations/lacking/{page_type}/{published.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "it lacks 1 segment" in html
    assert "February" in html and "January" in html
    assert client.get(f"/admin/translations/lacking/{page_type}/{post.pk}/").status_code == 404
    assert client.get(f"/admin/translations/lacking/{page_type}/999999/").status_code == 404
    assert (
        client.get(f"/admin/translations/lacking/{page_type}/{published.pk}/?revision=x").status_code == 404
    )


def test_republishing_the_same_english_leaves_the_translation_current(
    client, people, submitted, capture, language
):
    post, target, _translation = submitted
    _translator, reviewer = people
    published = approve(client, reviewer, target, capture)
    assert status(published, language) == "up_to_date"
    edit_english(post, capture)
    assert status(published, language) == "up_to_date"


def test_turned_off_the_source_is_not_brought_to_the_translations(submitted, capture, multilingual_site):
    from wagtail.models import Site

    from translation_state.models import TranslationSettings

    post, _target, translation = submitted
    settings = TranslationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.sync_on_publish = False
    settings.save()
    edit_english(post, capture, summary="Changed while syncing is off.")
    strings = set(
        TranslationSource.objects.get(pk=translation.source_id).stringsegment_set.values_list(
            "string__data", flat=True
        )
    )
    assert "Changed while syncing is off." not in strings


def test_translating_a_page_keeps_its_snippets_translations(
    politics_everywhere, submitted, locales, language
):
    """wagtail-localize's "Translate this page" used to save the post's category again from the
    English, putting "Politics" in place of the category's own translation."""
    from news.models import NewsCategory

    post, _target, _translation = submitted
    category = NewsCategory.objects.get(
        translation_key=post.category.translation_key, locale=locales[language]
    )
    assert category.name == {"kk": "Саясат", "ru": "Политика"}[language]


def test_the_translation_editor_tells_where_the_translation_stands(client, submitted, capture, language):
    post, target, translation = submitted
    edit_english(post, capture, summary="New visa rules apply from 1 February.")
    editor = client.get(f"/admin/pages/{target.pk}/edit/").content.decode()
    assert 'data-translation-state="in_review"' in editor
    # What the revision in review lacks: the one changed sentence, not the whole never-published page.
    assert "It lacks 1 segment of the English text" in editor
    # Files for an agency, from the editor itself.
    assert f"/admin/translation-files/export/{translation.pk}/" in editor
