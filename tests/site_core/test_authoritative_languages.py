"""On a page carrying legal or consular information, a text in a language that is not
authoritative says it is a translation and links to the texts that prevail."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import TranslationSource

import pytest

from infopages.models import InfoPage
from kazakh_latin.transliteration import to_latin
from site_core.models import SiteSettings
from tests.fixtures_pages import publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("multilingual_site")]

BOTH_PREVAIL = (
    "In case of any discrepancy, the "
    '<a href="/kk/consular/" hreflang="kk">Kazakh</a> and '
    '<a href="/ru/consular/" hreflang="ru">Russian</a> texts prevail.'
)
KAZAKH_PREVAILS_RU = (
    "В случае расхождений преимущественную силу имеет текст на "
    '<a href="/kk/consular/" hreflang="kk">казахском</a> языке.'
)


def authoritative(site_settings, *codes):
    site_settings.authoritative_languages = list(codes)
    site_settings.save()


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_english_says_the_kazakh_and_russian_texts_prevail(client, consular):
    page = html(client, "/en/consular/")
    assert '<p class="notice authoritative-notice" role="note">' in page
    assert "<strong>Unofficial translation.</strong>" in page
    assert BOTH_PREVAIL in page


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_an_authoritative_language_has_no_notice(client, consular, code):
    page = html(client, f"/{code}/consular/")
    assert "[" + code + "] Consular services" in page
    assert "authoritative-notice" not in page


def test_with_kazakh_alone_russian_names_it_and_latin_kazakh_has_none(client, consular, site_settings):
    authoritative(site_settings, "kk")
    russian = html(client, "/ru/consular/")
    assert "<strong>Неофициальный перевод.</strong>" in russian
    assert KAZAKH_PREVAILS_RU in russian
    assert '<a href="/kk/consular/" hreflang="kk">Kazakh</a> text prevails.' in html(client, "/en/consular/")
    latin = html(client, "/kk-latn/consular/")
    assert "Consular services" in latin
    assert to_latin("Ресми емес аударма") not in latin and "Ресми емес аударма" not in latin


def test_a_language_without_the_translation_links_to_its_home_page(
    client, home, multilingual_site, locales, site_settings
):
    page = publish(
        home.add_child(
            instance=InfoPage(title="Visas", slug="visas", locale=home.locale, carries_legal_information=True)
        )
    )
    page.create_alias(parent=multilingual_site["ru"], update_locale=locales["ru"])
    authoritative(site_settings, "ru")
    # The Russian page is an alias repeating the English text: its reader gets the notice too.
    for url in ("/en/visas/", "/ru/visas/"):
        assert '<a href="/ru/" hreflang="ru">' in html(client, url)


def test_unflagged_pages_and_empty_settings_show_nothing(client, consular, home, site_settings):
    publish(home.add_child(instance=InfoPage(title="About", slug="about", locale=home.locale)))
    assert "authoritative-notice" not in html(client, "/en/about/")
    authoritative(site_settings)
    assert "authoritative-notice" not in html(client, "/en/consular/")


@override_settings(PAGE_CACHE_SECONDS=600)
def test_saving_the_settings_changes_the_stored_page(client, consular, site_settings):
    html(client, "/en/consular/")
    assert client.get("/en/consular/").headers.get("X-Page-Cache") == "hit"
    authoritative(site_settings)
    assert "authoritative-notice" not in html(client, "/en/consular/")


def test_the_admin_saves_the_authoritative_languages(admin_client, site_settings):
    url = f"/admin/settings/site_core/sitesettings/{site_settings.site_id}/"
    form = admin_client.get(url).context["form"]
    assert form.initial["authoritative_languages"] == ["kk", "ru"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.pop("emblem", None)
    data.pop("authoritative_languages")
    data["show_kazakhstan_holidays"] = "on"

    response = admin_client.post(url, {**data, "authoritative_languages": ["xx"]})
    assert response.status_code == 200
    assert "authoritative_languages" in response.context["form"].errors

    response = admin_client.post(url, {**data, "authoritative_languages": ["ru"]})
    assert response.status_code == 302, response.context["form"].errors
    assert SiteSettings.objects.get(pk=site_settings.pk).authoritative_languages == ["ru"]

    response = admin_client.post(url, data)  # none ticked
    assert response.status_code == 302
    assert SiteSettings.objects.get(pk=site_settings.pk).authoritative_languages == []


def test_the_flag_set_in_the_admin_reaches_the_translations(
    client, admin_client, home, localize, locales, site_settings
):
    authoritative(site_settings, "kk")
    page = publish(home.add_child(instance=InfoPage(title="Legalisation", slug="legal", locale=home.locale)))
    localize(page, locales["ru"])
    assert "carries_legal_information" in admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        nested_form_data(
            {
                "title": "Legalisation",
                "slug": "legal",
                "intro": rich_text(""),
                "body": streamfield([]),
                "carries_legal_information": "on",
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302
    # "Sync translated pages" in wagtail-localize: the Russian page follows its source.
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    source.translations.get(target_locale=locales["ru"]).save_target(publish=True)
    assert "In case of any discrepancy" in html(client, "/en/legal/")
    assert "Неофициальный перевод." in html(client, "/ru/legal/")


@override_settings(PAGE_CACHE_SECONDS=0)
def test_the_notice_costs_no_query(client, consular, site_settings):
    def queries(with_notice: bool) -> int:
        authoritative(site_settings, *(["kk", "ru"] if with_notice else []))
        client.get("/en/consular/")  # fills the fragments shared per content generation
        with CaptureQueriesContext(connection) as captured:
            page = html(client, "/en/consular/")
        assert ("authoritative-notice" in page) is with_notice
        return len(captured)

    assert queries(with_notice=True) == queries(with_notice=False)
