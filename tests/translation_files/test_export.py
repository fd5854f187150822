"""Translators download pages and snippets as XLIFF files an agency's tools read."""

import io
import zipfile

from wagtail.users.models import UserProfile

import pytest
from translate.storage import xliff, xliff2

from tests.conftest import as_user

pytestmark = pytest.mark.django_db

RULES = 'Read the <a id="a1">new rules</a> before you travel.'


def export(client, **choices):
    data = {"version": "2.1", "scope": "page", **choices}
    return client.post("/admin/translation-files/export/", data)


def units(store):
    return {unit.source: unit for unit in store.units}


def target_state(unit):
    # XLIFF 1.2 keeps the state on <target>; translate-toolkit reads "approved" on the unit.
    return unit.xmlelement.find("{urn:oasis:names:tc:xliff:document:1.2}target").get("state")


def test_kazakh_translator_downloads_xliff_2_1(translators, visa_post, start_translation):
    translation = start_translation(visa_post, "kk", done={"Visa rules change": "Виза ережелері өзгерді"})
    response = export(as_user(translators["kk"]), language="kk", page=visa_post.pk)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/xliff+xml; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="visa-rules-change.kk.xlf"'
    store = xliff2.Xliff2File.parsestring(response.content)
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("en", "kk")
    assert store.getfilenames() == [f"news.newspage:{visa_post.translation_key}:{translation.uuid}"]
    found = units(store)
    assert set(found) == {
        "Visa rules change",
        "New visa rules apply from January.",
        RULES,
        "Who needs a visa",
    }
    # Done so far: the target, translated; the rest waits with no target.
    assert found["Visa rules change"].target == "Виза ережелері өзгерді"
    assert found["Visa rules change"].istranslated()
    assert not found["Who needs a visa"].target
    assert b'<segment state="initial">' in response.content
    # Inline HTML is text for the CAT tool, escaped in the file.
    assert b'Read the &lt;a id="a1"&gt;new rules&lt;/a&gt;' in response.content
    # XLIFF 2 keeps notes on the unit; translate-toolkit looks for them on the segment.
    note = found[RULES].getunitelement().find(f"{{{xliff2.Xliff2Unit.namespace}}}notes/*")
    assert (note.get("category"), note.text) == ("location", "Body › Paragraph 1")
    assert found["Visa rules change"].getid().startswith("title:")


def test_russian_translator_downloads_xliff_1_2(translators, visa_post, start_translation):
    translation = start_translation(visa_post, "ru", done={"Who needs a visa": "Кому нужна виза"})
    response = export(as_user(translators["ru"]), language="ru", page=visa_post.pk, version="1.2")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="visa-rules-change.ru.xlf"'
    store = xliff.xlifffile.parsestring(response.content)
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("en", "ru")
    assert store.getfilenames() == [f"news.newspage:{visa_post.translation_key}:{translation.uuid}"]
    assert b'datatype="plaintext"' in response.content
    found = units(store)
    assert found["Who needs a visa"].target == "Кому нужна виза"
    assert target_state(found["Who needs a visa"]) == "translated"
    assert not found["Visa rules change"].target
    assert target_state(found["Visa rules change"]) == "new"
    assert found[RULES].getnotes() == "Body › Paragraph 1"


def test_a_section_is_a_zip_once_untranslated_pages_are_skipped(
    translators, news_index, make_post, visa_post, start_translation
):
    start_translation(visa_post, "kk")
    start_translation(make_post(title="Consular hours"), "kk")
    client = as_user(translators["kk"])

    # The news index was translated outside wagtail-localize: nothing to send, and the form says so.
    refused = export(client, language="kk", page=news_index.pk, scope="section")
    assert refused.status_code == 200
    assert "Not yet translated into Қазақша (start the translation first): “News”" in refused.content.decode()

    response = export(client, language="kk", page=news_index.pk, scope="section", skip_missing="on")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="{news_index.slug}.kk.zip"'
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == ["consular-hours.kk.xlf", "visa-rules-change.kk.xlf"]
    for name in archive.namelist():
        assert xliff2.Xliff2File.parsestring(archive.read(name)).gettargetlanguage() == "kk"


def test_chosen_pages_and_snippets_in_one_zip(translators, visa_post, politics, start_translation):
    post = start_translation(visa_post, "ru")
    category = start_translation(politics, "ru")
    client = as_user(translators["ru"])
    form = client.get("/admin/translation-files/export/").content.decode()
    assert "Politics (News category)" in form and "Visa rules change (News post)" in form

    response = export(
        client, language="ru", scope="chosen", version="1.2", sources=[post.source_id, category.source_id]
    )
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == ["politics.ru.xlf", "visa-rules-change.ru.xlf"]
    snippet = xliff.xlifffile.parsestring(archive.read("politics.ru.xlf"))
    assert [unit.source for unit in snippet.units] == ["Politics"]
    assert snippet.getfilenames() == [f"news.newscategory:{politics.translation_key}:{category.uuid}"]


def test_one_page_not_yet_translated_is_a_form_error(translators, visa_post):
    response = export(as_user(translators["kk"]), language="kk", page=visa_post.pk)
    assert response.status_code == 200
    assert "“Visa rules change”" in response.content.decode()
    assert 'role="alert"' in response.content.decode()


def test_russian_translator_cannot_export_kazakh(translators, visa_post, start_translation):
    translation = start_translation(visa_post, "kk")
    client = as_user(translators["ru"])
    form = client.get("/admin/translation-files/export/").content.decode()
    assert '<option value="ru"' in form and '<option value="kk"' not in form

    response = export(client, language="kk", page=visa_post.pk)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert client.get(f"/admin/translation-files/export/{translation.pk}/").status_code == 403


def test_the_page_explorer_offers_the_file(translators, visa_post, kk_news_index, start_translation):
    translation = start_translation(visa_post, "kk")
    client = as_user(translators["kk"])
    listing = client.get(f"/admin/pages/{kk_news_index.pk}/").content.decode()
    link = f"/admin/translation-files/export/{translation.pk}/"
    assert link in listing

    response = client.get(link + "?version=1.2")
    assert response.status_code == 200
    assert xliff.xlifffile.parsestring(response.content).gettargetlanguage() == "kk"
    # The Russian translator's explorer offers nothing for a Kazakh page.
    assert link not in as_user(translators["ru"]).get(f"/admin/pages/{kk_news_index.pk}/").content.decode()


def test_the_english_page_links_to_the_export_form(admin_client, visa_post, news_index, start_translation):
    start_translation(visa_post, "ru")
    listing = admin_client.get(f"/admin/pages/{news_index.pk}/").content.decode()
    link = f"/admin/translation-files/export/?page={visa_post.pk}"
    assert link in listing
    form = admin_client.get(link)
    assert form.status_code == 200
    assert "Visa rules change" in form.content.decode()  # the page, chosen already


@pytest.mark.parametrize(
    ("code", "export_heading", "import_heading"),
    [
        ("kk", "Аударма файлдарын экспорттау", "Аударма файлдарын импорттау"),
        ("ru", "Выгрузка файлов перевода", "Загрузка файлов перевода"),
    ],
)
def test_the_screens_speak_the_translators_language(translators, code, export_heading, import_heading):
    UserProfile.objects.filter(user=translators[code]).update(preferred_language=code)
    client = as_user(translators[code])
    export_form = client.get("/admin/translation-files/export/").content.decode()
    import_form = client.get("/admin/translation-files/import/").content.decode()
    assert export_heading in export_form and import_heading in import_form
    assert 'name="csrfmiddlewaretoken"' in export_form and 'name="csrfmiddlewaretoken"' in import_form
    assert 'for="id_file"' in import_form and 'aria-describedby="id_file-helptext"' in import_form
    # The menu leads to both.
    assert "/admin/translation-files/import/" in client.get("/admin/").content.decode()
