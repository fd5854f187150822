"""An agency's XLIFF files come back: translations land in wagtail-localize, nothing is published,
and every file that cannot be used says why."""

import io
import re
import uuid
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, TranslationSource

import pytest
from translate.storage import xliff, xliff2

from tests.conftest import as_user
from translation_files import importing

pytestmark = pytest.mark.django_db

RULES = 'Read the <a id="a1">new rules</a> before you travel.'
KK_RULES = 'Сапар алдында <a id="a1">жаңа ережелерді</a> оқыңыз.'


def exported(client, page, language, version="2.1"):
    response = client.post(
        "/admin/translation-files/export/",
        {"language": language, "version": version, "scope": "page", "page": page.pk},
    )
    assert response.status_code == 200
    return response.content


def upload(client, content, name="visa.xlf"):
    response = client.post("/admin/translation-files/import/", {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    return response.content.decode()


def count(report, column):
    """The sum of a report column (imported, unchanged, empty) over its files."""
    return sum(int(n) for n in re.findall(rf'<td data-count="{column}">(\d+)</td>', report))


@pytest.fixture
def kk_started(translators, visa_post, start_translation):
    return start_translation(visa_post, "kk")


def test_round_trip_through_a_cat_tool_in_xliff_2_1(translators, visa_post, kk_started, locales):
    client = as_user(translators["kk"])
    draft = visa_post.get_translation(locales["kk"])
    revisions = draft.revisions.count()

    store = xliff2.Xliff2File.parsestring(exported(client, visa_post, "kk"))
    for unit in store.units:
        unit.target = KK_RULES if unit.source == RULES else f"ҚАЗ {unit.source}"
        unit.marktranslated()
    report = upload(client, bytes(store))  # the tool's own serialisation

    assert count(report, "imported") == 4
    assert "4 segments imported" in report
    made = StringTranslation.objects.filter(locale=locales["kk"])
    assert sorted(made.values_list("data", flat=True)) == sorted(
        [KK_RULES, "ҚАЗ Visa rules change", "ҚАЗ New visa rules apply from January.", "ҚАЗ Who needs a visa"]
    )
    assert {(t.translation_type, t.tool_name, t.last_translated_by_id, t.has_error) for t in made} == {
        ("manual", "XLIFF", translators["kk"].pk, False)
    }
    # Nothing is published, not even saved: the translator publishes from the editor.
    draft = Page.objects.get(pk=draft.pk)
    assert not draft.live and draft.revisions.count() == revisions
    assert draft.title == "Visa rules change"

    again = upload(client, bytes(store))
    assert (count(again, "imported"), count(again, "unchanged")) == (0, 4)


def test_round_trip_in_xliff_1_2_for_russian(translators, visa_post, start_translation, locales):
    start_translation(visa_post, "ru", done={"Who needs a visa": "Кому нужна виза"})
    client = as_user(translators["ru"])
    store = xliff.xlifffile.parsestring(exported(client, visa_post, "ru", version="1.2"))
    for unit in store.units:
        if unit.source == "Visa rules change":
            unit.target = "Правила выдачи виз изменились"
            unit.markapproved()
    report = upload(client, bytes(store), name="visa.ru.xliff")

    assert (count(report, "imported"), count(report, "unchanged"), count(report, "empty")) == (1, 1, 2)
    assert StringTranslation.objects.get(
        locale=locales["ru"], translation_of__data="Visa rules change"
    ).data == ("Правила выдачи виз изменились")


def test_changed_source_unknown_units_and_empty_targets_are_listed(
    translators, visa_post, kk_started, locales
):
    client = as_user(translators["kk"])
    content = exported(client, visa_post, "kk").decode()
    store = xliff2.Xliff2File.parsestring(content.encode())
    for unit in store.units:
        if unit.source != "Who needs a visa":
            unit.target = f"ҚАЗ {unit.source}"
    content = bytes(store).decode().replace('<unit id="summary:', '<unit id="lead:')
    # The English title changes after the export and the translation is synchronised.
    visa_post.title = "Visa rules changed again"
    visa_post.save_revision().publish()
    TranslationSource.objects.get(object_id=visa_post.translation_key).update_from_db()

    report = upload(client, content.encode())

    assert count(report, "imported") == 1  # the paragraph
    assert count(report, "empty") == 1
    assert "1 segment changed in the English source since the export" in report
    assert "<code>title:" in report
    assert "1 unit matches no segment" in report
    assert "<code>lead:" in report
    assert list(StringTranslation.objects.filter(locale=locales["kk"]).values_list("data", flat=True)) == [
        f"ҚАЗ {RULES}"
    ]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="kk">
<file id="f"><unit id="u"><segment><source>&lol3;</source></segment></unit></file></xliff>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="f"
 source-language="en" target-language="kk" datatype="plaintext"><body><trans-unit id="u">
<source>&secret;</source></trans-unit></body></file></xliff>"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Visa rules change\tВиза ережелері".encode(), "not well-formed XML"),
        (b"<!doctype html><html><body><p>Hello<br></body></html>", "not well-formed XML"),
        (b"<html><body><p>Hello</p></body></html>", "XML but not XLIFF"),
        (BILLION_LAUGHS, "document type or entities"),
        (EXTERNAL, "document type or entities"),
        (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1"/>', "version “1.1” is not"),
        (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0"/>', "version “3.0” is not"),
        (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"/>', "no translations"),
    ],
)
def test_files_that_are_not_xliff_are_refused_in_the_report(translators, kk_started, content, message):
    report = upload(as_user(translators["kk"]), content)
    assert message in report
    assert "data-error" in report
    assert not StringTranslation.objects.exists()


def test_a_file_for_another_language_or_an_unknown_translation_is_refused(translators, visa_post, kk_started):
    client = as_user(translators["kk"])
    content = exported(client, visa_post, "kk")

    wrong_language = upload(client, content.replace(b'trgLang="kk"', b'trgLang="ru"'))
    assert "The file is for the language “ru”, but its translation is into “kk”." in wrong_language

    unknown = upload(client, content.replace(str(kk_started.uuid).encode(), str(uuid.uuid4()).encode()))
    assert "does not belong to a translation of this site" in unknown
    assert not StringTranslation.objects.exists()


def test_a_russian_translator_cannot_import_kazakh(translators, visa_post, kk_started):
    store = xliff2.Xliff2File.parsestring(exported(as_user(translators["kk"]), visa_post, "kk"))
    for unit in store.units:
        unit.target = f"ҚАЗ {unit.source}"
    report = upload(as_user(translators["ru"]), bytes(store))
    assert "You may not translate this page or snippet into this language." in report
    assert not StringTranslation.objects.exists()


def zipped(**members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name.replace("_", "."), content)
    return buffer.getvalue()


def test_a_zip_is_imported_file_by_file(translators, visa_post, kk_started, locales):
    client = as_user(translators["kk"])
    store = xliff2.Xliff2File.parsestring(exported(client, visa_post, "kk"))
    for unit in store.units:
        unit.target = f"ҚАЗ {unit.source}"
    agency = zipped(visa_kk_xlf=bytes(store), notes_txt=b"Deadline: Friday")
    report = upload(client, agency, name="agency.zip")

    assert count(report, "imported") == 4
    assert 'data-file="visa.kk.xlf"' in report
    assert 'data-file="notes.txt"' in report and "not well-formed XML" in report


def test_oversized_uploads_and_zip_bombs_are_form_errors(translators, kk_started, monkeypatch):
    client = as_user(translators["kk"])
    monkeypatch.setattr(importing, "MAX_UPLOAD_BYTES", 1024)
    assert "The file is larger than 0 MB." in upload(client, b"x" * 2048)

    monkeypatch.setattr(importing, "MAX_UPLOAD_BYTES", 10 * 2**20)
    monkeypatch.setattr(importing, "MAX_UNPACKED_BYTES", 2**20)
    bomb = zipped(a_xlf=b"\0" * (4 * 2**20))
    assert len(bomb) < 10_000
    assert "The zip file unpacks to more than 1 MB." in upload(client, bomb, name="bomb.zip")

    monkeypatch.setattr(importing, "MAX_FILES", 2)
    many = zipped(a_xlf=b"", b_xlf=b"", c_xlf=b"")
    assert "holds more than 2 files" in upload(client, many, name="many.zip")
    assert not StringTranslation.objects.exists()
