"""The memory's admin: search, correct, delete; translators only in their own languages."""

from django.test import Client

from wagtail.users.models import UserProfile

import pytest

from tests.translation_memory.conftest import VISA, remember_directly, segment_texts
from translation_memory.models import MemoryEntry
from translation_workflow.roles import TRANSLATORS, setup_roles

pytestmark = pytest.mark.django_db

URL = "/admin/translation-memory/"


def signed_in(user):
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def entries(locales):
    return {
        "kk": remember_directly(VISA, "Жаңа виза ережелері қаңтардан бастап қолданылады."),
        "ru": remember_directly(VISA, "Новые визовые правила действуют с января.", target_language="ru"),
        "other": remember_directly("Concert of folk music in the park.", "Саябақтағы концерт."),
    }


@pytest.fixture
def kk_translator(home, django_user_model):
    groups = setup_roles(home)
    user = django_user_model.objects.create_user("aisha", password="pw")
    user.groups.add(groups[TRANSLATORS["kk"]])
    return user


def test_search_by_text_and_language_pair(admin_user, entries):
    client = signed_in(admin_user)
    everything = client.get(URL).content.decode()
    assert "Новые визовые правила" in everything and "Саябақтағы концерт." in everything

    by_text = client.get(URL, {"q": "visa"}).content.decode()
    assert "Новые визовые правила" in by_text and "Саябақтағы концерт." not in by_text
    by_translation = client.get(URL, {"q": "концерт"}).content.decode()
    assert "Саябақтағы концерт." in by_translation and "Новые визовые" not in by_translation
    kazakh = client.get(URL, {"pair": "en:kk"}).content.decode()
    assert "Жаңа виза ережелері" in kazakh and "Новые визовые правила" not in kazakh
    assert f'<td lang="kk">{entries["kk"].target_text}</td>' in kazakh


def test_a_corrected_entry_fills_the_next_translation(admin_user, entries, make_post, start):
    client = signed_in(admin_user)
    url = f"{URL}{entries['kk'].pk}/"
    form = client.get(url).content.decode()
    assert 'name="csrfmiddlewaretoken"' in form and 'lang="kk"' in form

    response = client.post(url, {"target_text": "Жаңа виза ережелері 1 қаңтардан бастап күшіне енеді."})
    assert response.status_code == 302
    assert "entry was corrected" in client.get(response.url).content.decode()
    entry = MemoryEntry.objects.get(pk=entries["kk"].pk)
    assert (entry.origin, entry.changed_by) == (MemoryEntry.CORRECTED, admin_user)

    post = make_post(title="Consular hours", summary=VISA, author=None)
    filled = segment_texts(start(post, "kk"))
    assert filled[VISA].data == "Жаңа виза ережелері 1 қаңтардан бастап күшіне енеді."


def test_an_entry_is_deleted_after_confirmation(admin_user, entries):
    client = signed_in(admin_user)
    url = f"{URL}{entries['other'].pk}/delete/"
    assert "Delete the entry" in client.get(url).content.decode()
    assert MemoryEntry.objects.filter(pk=entries["other"].pk).exists()
    response = client.post(url)
    assert response.status_code == 302
    assert not MemoryEntry.objects.filter(pk=entries["other"].pk).exists()


def test_a_translator_works_in_their_own_language_only(kk_translator, entries):
    client = signed_in(kk_translator)
    listing = client.get(URL).content.decode()
    assert "Жаңа виза ережелері" in listing and "Новые визовые правила" not in listing
    russian = entries["ru"]
    assert client.get(f"{URL}{russian.pk}/").status_code == 403
    assert client.post(f"{URL}{russian.pk}/", {"target_text": "Чужой язык."}).status_code == 403
    assert client.post(f"{URL}{russian.pk}/delete/").status_code == 403
    assert MemoryEntry.objects.get(pk=russian.pk).target_text == "Новые визовые правила действуют с января."
    assert client.post(f"{URL}{entries['kk'].pk}/", {"target_text": "Түзетілді."}).status_code == 302


def test_bad_input_is_answered_without_an_error(admin_user, entries, client):
    signed = signed_in(admin_user)
    assert signed.get(URL, {"p": "abc"}).status_code == 404
    assert signed.get(URL, {"p": "99"}).status_code == 404
    assert signed.get(f"{URL}999999/").status_code == 404
    assert signed.get(f"{URL}abc/").status_code == 404
    bad_pair = signed.get(URL, {"pair": "en:xx"})
    assert bad_pair.status_code == 200 and "Select a valid choice" in bad_pair.content.decode()

    url = f"{URL}{entries['kk'].pk}/"
    empty = signed.post(url, {"target_text": "  "})
    assert empty.status_code == 200 and "Write the translation." in empty.content.decode()
    block = signed.post(url, {"target_text": "<div>Блок</div>"})
    assert block.status_code == 200 and "cannot be used in a page" in block.content.decode()
    assert MemoryEntry.objects.get(pk=entries["kk"].pk).origin == MemoryEntry.APPROVED

    checked = Client(enforce_csrf_checks=True)
    checked.force_login(admin_user)
    assert checked.post(url, {"target_text": "Без токена."}).status_code == 403
    assert client.get(URL).status_code == 302  # anonymous: to the sign-in page
