"""Editors keep the glossary in the admin, in the three languages side by side; translators read it."""

from django.contrib.auth.models import Group, Permission

import pytest

from glossary.models import GlossaryTerm

pytestmark = pytest.mark.django_db

FORM = {
    "term_en": "consular section",
    "term_kk": "консулдық бөлім",
    "term_ru": "консульский отдел",
    "note_en": "Not «консульская секция».",
    "note_kk": "",
    "note_ru": "",
}


def test_an_editor_adds_finds_changes_and_deletes_a_term(admin_client):
    created = admin_client.post("/admin/glossary/new/", FORM)
    assert created.status_code == 302
    term = GlossaryTerm.objects.get(term_en="consular section")
    assert (term.term_kk, term.term_ru, term.do_not_translate) == (
        "консулдық бөлім",
        "консульский отдел",
        False,
    )

    listing = admin_client.get("/admin/glossary/").content.decode()
    assert "консулдық бөлім" in listing and "консульский отдел" in listing
    found = admin_client.get("/admin/glossary/?q=консульский").content.decode()
    assert "consular section" in found
    assert "consular section" not in admin_client.get("/admin/glossary/?q=apostille").content.decode()

    form = admin_client.get(f"/admin/glossary/edit/{term.pk}/").content.decode()
    for name in ("term_en", "term_kk", "term_ru", "note_en", "note_kk", "note_ru", "do_not_translate"):
        assert f'name="{name}"' in form
    edited = admin_client.post(
        f"/admin/glossary/edit/{term.pk}/", {**FORM, "term_ru": "консульский отдел посольства"}
    )
    assert edited.status_code == 302
    term.refresh_from_db()
    assert term.term_ru == "консульский отдел посольства"

    assert admin_client.post(f"/admin/glossary/delete/{term.pk}/").status_code == 302
    assert not GlossaryTerm.objects.exists()


def test_a_term_needs_its_translations_unless_it_is_not_translated(admin_client):
    refused = admin_client.post("/admin/glossary/new/", {**FORM, "term_kk": ""})
    assert refused.status_code == 200
    assert "Give the approved translation, or tick “do not translate”." in refused.content.decode()

    kept = admin_client.post(
        "/admin/glossary/new/",
        {**FORM, "term_en": "Astana", "term_kk": "", "term_ru": "", "do_not_translate": "on"},
    )
    assert kept.status_code == 302
    assert GlossaryTerm.objects.get(term_en="Astana").approved("ru") == "Astana"


def test_a_term_is_in_the_glossary_once(admin_client, term):
    term("Consular section", "консулдық бөлім", "консульский отдел")
    refused = admin_client.post("/admin/glossary/new/", FORM)
    assert "This term is already in the glossary." in refused.content.decode()


def test_a_translator_reads_the_glossary_but_cannot_change_it(client, django_user_model, term):
    astana = term("Astana", "Астана", "Астана", do_not_translate=True, note_en="The capital.")
    readers = Group.objects.create(name="Readers")
    readers.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_glossaryterm")
    )
    translator = django_user_model.objects.create_user("dana", password="pw")
    translator.groups.add(readers)
    client.force_login(translator)

    listing = client.get("/admin/glossary/")
    assert listing.status_code == 200
    assert "Astana" in listing.content.decode()
    assert "/admin/glossary/new/" not in listing.content.decode()
    assert "The capital." in client.get(f"/admin/glossary/inspect/{astana.pk}/").content.decode()
    assert client.get(f"/admin/glossary/edit/{astana.pk}/").status_code in (302, 403)
    assert client.post("/admin/glossary/new/", FORM).status_code in (302, 403)
    assert GlossaryTerm.objects.count() == 1
