"""The translation editor shows what the memory offers for the segments still to translate."""

import re

from django.test import Client

from wagtail.users.models import UserProfile

import pytest

from tests.translation_memory.conftest import VISA, remember_directly

pytestmark = pytest.mark.django_db

SIMILAR = "New visa rules apply from February."


@pytest.fixture
def editor(admin_user):
    UserProfile.get_for_user(admin_user)
    UserProfile.objects.filter(user=admin_user).update(preferred_language="en")
    client = Client()
    client.force_login(admin_user)
    return client


def test_the_editor_offers_near_matches_and_counts_filled_segments(editor, make_post, start, locales):
    remember_directly(VISA, "Жаңа виза ережелері қаңтардан бастап қолданылады.")
    remember_directly("Visa rules change", "Виза ережелері өзгерді")
    post = make_post(title="Visa rules change", summary=SIMILAR, author=None)
    translation = start(post, "kk")  # the title is filled from the memory

    response = editor.get(f"/admin/pages/{post.get_translation(locales['kk']).pk}/edit/")
    html = response.content.decode()

    assert response.status_code == 200
    assert '<details class="translation-memory' in html
    assert "Translation memory: 1 near match" in html
    assert "1 segment was filled from the translation memory: review it before submitting." in html
    assert f'<span lang="en">{SIMILAR}</span>' in html
    assert 75 <= int(re.search(r"<strong>(\d+)% similar</strong>", html).group(1)) < 100
    assert '<dd class="w-ml-0" lang="kk">Жаңа виза ережелері қаңтардан бастап қолданылады.</dd>' in html
    assert '<del><span class="w-sr-only">only in the remembered source: </span>January</del>' in html
    assert '<ins><span class="w-sr-only">only in this segment: </span>February</ins>' in html
    assert f"/admin/localize/translate/{translation.pk}/" in html  # wagtail-localize's editor


def test_the_panel_speaks_the_admin_language(editor, admin_user, make_post, start, locales):
    remember_directly(VISA, "Жаңа виза ережелері қаңтардан бастап қолданылады.")
    post = make_post(title="Consular hours", summary=SIMILAR, author=None)
    start(post, "kk")
    UserProfile.objects.filter(user=admin_user).update(preferred_language="ru")
    html = editor.get(f"/admin/pages/{post.get_translation(locales['kk']).pk}/edit/").content.decode()
    assert "Память переводов: 1 похожее совпадение" in html


def test_nothing_is_shown_when_the_memory_has_nothing(editor, make_post, start, locales):
    remember_directly("Concert of folk music in the park.", "Саябақтағы халық музыкасының концерті.")
    post = make_post(title="Consular hours", summary=VISA, author=None)
    start(post, "kk")
    html = editor.get(f"/admin/pages/{post.get_translation(locales['kk']).pk}/edit/").content.decode()
    assert "js-translation-editor" in html
    assert '<details class="translation-memory' not in html
