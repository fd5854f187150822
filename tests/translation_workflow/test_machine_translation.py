"""Machine translation: marked for visitors until a translator of the language reviews it."""

import os
import subprocess
import sys
from pathlib import Path

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageLogEntry
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from tests.conftest import as_user

pytestmark = pytest.mark.django_db

NOTICE = 'class="notice machine-translation-notice"'
EDITOR_COUNT = "segments were translated by machine and are not reviewed"


@pytest.fixture
def machine_translated(
    translators,
    kk_news_index,
    ru_news_index,
    politics_everywhere,
    make_post,
    locales,
    django_capture_on_commit_callbacks,
):
    """A post each translator starts and translates by machine in the editor; an editor publishes."""
    post = make_post(title="Visa rules change", summary="New visa rules apply from January.", author=None)
    pages = {"en": post}
    for code, translator in translators.items():
        post.copy_for_translation(locales[code], alias=True)
        client = as_user(translator)
        with django_capture_on_commit_callbacks(execute=True):
            started = client.post(f"/admin/localize/submit/page/{post.pk}/", {"locales": [locales[code].pk]})
        assert started.status_code == 302
        source = TranslationSource.objects.get(object_id=post.translation_key)
        translation = Translation.objects.get(source=source, target_locale=locales[code])
        editor = f"/admin/pages/{post.get_translation(locales[code]).pk}/edit/"
        response = client.post(
            f"/admin/localize/translate/{translation.pk}/machine_translate/", {"next": editor}
        )
        assert response.status_code == 302
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        pages[code] = post.get_translation(locales[code]).specific
    return pages


def kk_translation(pages):
    return Translation.objects.get(
        target_locale=pages["kk"].locale, source__object_id=pages["en"].translation_key
    )


def rendered_uncached(url, settings):
    """Queries a second render of ``url`` makes (the first fills the shared fragments), with
    the page cache off, and whether it shows the notice."""
    settings.PAGE_CACHE_SECONDS = 0
    visitor = Client()
    visitor.get(url)
    with CaptureQueriesContext(connection) as queries:
        html = visitor.get(url).content.decode()
    settings.PAGE_CACHE_SECONDS = 600
    return len(queries), NOTICE in html


def on_board(client, language):
    response = client.get(f"/admin/translations/?language={language}&status=machine_translated")
    assert response.status_code == 200
    return response.content.decode()


def test_visitors_read_the_notice_until_the_translator_reviews(
    client, admin_client, machine_translated, translators, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    pages = machine_translated
    english_url = pages["en"].url
    assert pages["kk"].title == "change rules Visa"  # the dummy translator reverses the words

    kazakh = client.get(pages["kk"].url).content.decode()
    russian = client.get(pages["ru"].url).content.decode()
    assert NOTICE in kazakh and NOTICE in russian
    assert "машиналық аударма" in kazakh
    assert "машинного перевода" in russian
    assert f'<a href="{english_url}" hreflang="en">' in kazakh
    assert NOTICE not in client.get(english_url).content.decode()
    assert client.get(pages["kk"].url)["X-Page-Cache"] == "hit"
    with_notice = rendered_uncached(pages["kk"].url, settings)

    board = on_board(admin_client, "kk")
    assert '<option value="machine_translated" selected>Machine-translated, not reviewed</option>' in board
    assert "Visa rules change" in board

    translator = as_user(translators["kk"])
    editor = translator.get(f"/admin/pages/{pages['kk'].pk}/edit/").content.decode()
    assert "2 " + EDITOR_COUNT in editor  # title and summary
    translation = kk_translation(pages)
    action = f"/admin/translations/{translation.pk}/machine-translations-reviewed/"
    assert f'action="{action}"' in editor

    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(action, follow=True)
    assert "2 machine-translated segments marked as reviewed." in response.content.decode()
    assert EDITOR_COUNT not in response.content.decode()

    after = client.get(pages["kk"].url)
    assert after["X-Page-Cache"] == "miss"
    assert NOTICE not in after.content.decode()
    assert NOTICE in client.get(pages["ru"].url).content.decode()
    without_notice = rendered_uncached(pages["kk"].url, settings)
    print(f"Kazakh post: {with_notice[0]} queries with the notice, {without_notice[0]} without")
    assert (with_notice[1], without_notice[1]) == (True, False)
    assert with_notice[0] <= without_notice[0] + 1
    assert "Visa rules change" not in on_board(admin_client, "kk")
    assert "Visa rules change" in on_board(admin_client, "ru")
    reviewed = StringTranslation.objects.filter(locale=pages["kk"].locale)
    assert {(s.translation_type, s.tool_name, s.last_translated_by) for s in reviewed} == {
        ("manual", "Dummy translator", translators["kk"])
    }
    entry = PageLogEntry.objects.get(page=pages["kk"], action="translation_workflow.machine_reviewed")
    assert entry.user == translators["kk"]
    history = translator.get(f"/admin/pages/{pages['kk'].pk}/history/").content.decode()
    assert "Marked 2 machine-translated segments as reviewed" in history


def test_only_translators_of_the_language_may_mark_it_reviewed(client, machine_translated, translators):
    action = f"/admin/translations/{kk_translation(machine_translated).pk}/machine-translations-reviewed/"
    russian = as_user(translators["ru"])
    assert russian.post(action).status_code == 403
    assert as_user(translators["kk"]).get(action).status_code == 405
    assert (
        as_user(translators["kk"])
        .post("/admin/translations/999999/machine-translations-reviewed/")
        .status_code
        == 404
    )
    assert client.post(action).status_code == 302  # anonymous: to the sign-in page
    assert StringTranslation.objects.filter(translation_type="machine").count() == 4


def machine_translator_setting(value, tmp_path):
    """The machine translator the settings make of ``MACHINE_TRANSLATOR``, read as a fresh
    process reads the environment."""
    env = {**os.environ, "MACHINE_TRANSLATOR": value, "DEEPL_AUTH_KEY": "key:fx", "VAR_DIR": str(tmp_path)}
    code = "from site_core.settings import base; print(base.WAGTAILLOCALIZE_MACHINE_TRANSLATOR['CLASS'])"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_machine_translator_comes_from_the_environment(tmp_path):
    deepl = machine_translator_setting("deepl", tmp_path)
    assert deepl.stdout.strip() == "glossary.deepl.GlossaryDeepLTranslator"
    misspelt = machine_translator_setting("deepI", tmp_path)
    assert misspelt.returncode != 0
    assert misspelt.stderr.strip() == (
        "Configuration error: the environment variable MACHINE_TRANSLATOR='deepI' "
        "must be libretranslate or deepl."
    )
