"""Translations over time: what visitors of a lagging legal page read, snippets, pages translated by
hand in Wagtail's editor, pages left out of a language, the dashboard agreeing with the board,
and content that predates the records."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

import pytest

from news.models import NewsCategory
from tests.conftest import translate_page
from translation_state.models import LeftOutLanguage, SourceContent, TranslationBasis, TranslationSettings
from translation_workflow.status import counts, page_rows, snippet_rows

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("multilingual_site")]

LAG_NOTICE = {
    "kk": "Бұл беттің түпнұсқасы",
    "ru": "Оригинал этой страницы изменён",
}


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_visitors_of_a_lagging_legal_translation_are_told_until_it_catches_up(
    client, consular, localize, locales, code, django_capture_on_commit_callbacks
):
    assert LAG_NOTICE[code] not in client.get(f"/{code}/consular/").content.decode()

    consular.title = "Consular services and fees"
    with django_capture_on_commit_callbacks(execute=True):
        consular.save_revision().publish()

    page = client.get(f"/{code}/consular/").content.decode()
    assert LAG_NOTICE[code] in page
    assert 'href="/en/consular/" hreflang="en"' in page.split("translation-lag-notice")[1]
    # English is the original: its visitors read no such notice.
    assert "translation-lag-notice" not in client.get("/en/consular/").content.decode()

    from wagtail_localize.models import Translation, TranslationSource

    source = TranslationSource.objects.get(object_id=consular.translation_key)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=locales[code])
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"[{code}] {entry.msgid}"
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert "translation-lag-notice" not in client.get(f"/{code}/consular/").content.decode()


def test_an_unflagged_page_says_nothing_to_visitors(client, make_post, kk_news_index, locales):
    post = make_post(title="Concert")
    kazakh = translate_page(post, locales["kk"], title="Концерт")
    post.title = "Concert in Astana"
    post.save_revision().publish()
    assert "translation-lag-notice" not in client.get(kazakh.url).content.decode()


def test_a_translation_typed_in_wagtails_editor_is_judged_by_what_it_was_made_from(
    make_post, kk_news_index, locales
):
    post = make_post(title="Nauryz reception")
    kazakh = translate_page(post, locales["kk"], title="Наурыз қабылдауы")
    # Saved as a draft against this English text, which then changes before the draft is published.
    kazakh.title = "Наурыз мерекесіне арналған қабылдау"
    revision = kazakh.save_revision()
    post.title = "Nauryz reception at the embassy"
    post.save_revision().publish()
    revision.publish()

    row = next(row for row in page_rows() if row.target_id == kazakh.pk)
    assert row.status == "outdated"

    # Published again after the change: made from the current English.
    Page.objects.get(pk=kazakh.pk).specific.save_revision().publish()
    row = next(row for row in page_rows() if row.target_id == kazakh.pk)
    assert row.status == "up_to_date"


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_a_changed_snippet_makes_its_translations_outdated(locales, localize, code):
    category = NewsCategory.objects.create(name="Culture", slug="culture", locale=locales["en"])
    localize(category, locales[code])

    def status():
        return next(
            row.status for row in snippet_rows() if row.source_id == category.pk and row.language == code
        )

    assert status() == "up_to_date"
    category.name = "Culture and arts"
    category.save()
    assert status() == "outdated"


def test_the_dashboard_panel_counts_what_the_board_counts(admin_client, make_post, kk_news_index, locales):
    make_post(title="Only in English")
    NewsCategory.objects.create(name="Sport", slug="sport", locale=locales["en"])
    board = counts(page_rows() + snippet_rows())
    dashboard = admin_client.get("/admin/").content.decode()
    panel = dashboard.split('id="translation-summary-content"')[1]
    for code in ("kk", "ru"):
        assert board[code]["missing"] >= 2
        assert f'data-count="{code}-missing-{board[code]["missing"]}"' in panel


def test_a_page_left_out_of_a_language_is_not_reported_missing(make_post, kk_news_index, locales):
    post = make_post(title="For citizens only")
    settings = TranslationSettings.for_site(Site.objects.get(is_default_site=True))
    LeftOutLanguage.objects.create(translation_settings=settings, page=post, language="ru")

    statuses = {row.language: row.status for row in page_rows() if row.source_id == post.pk}
    assert statuses == {"kk": "missing", "ru": "left_out"}


def test_content_from_before_the_records_is_judged_by_its_history(make_post, kk_news_index, locales):
    from django.core.management import call_command

    post = make_post(title="Independence Day")
    kazakh = translate_page(post, locales["kk"], title="Тәуелсіздік күні")
    stale = make_post(title="Republic Day")
    kazakh_stale = translate_page(stale, locales["kk"], title="Республика күні")
    stale.title = "Republic Day reception"
    stale.save_revision().publish()
    # As a database upgraded to this release has them: no records at all.
    SourceContent.objects.all().delete()
    TranslationBasis.objects.all().delete()

    call_command("record_translation_state", stdout=open("/dev/null", "w"))  # noqa: SIM115

    statuses = {row.target_id: row.status for row in page_rows() if row.language == "kk"}
    assert statuses[kazakh.pk] == "up_to_date"
    assert statuses[kazakh_stale.pk] == "outdated"
    page_type = ContentType.objects.get_for_model(Page)
    assert TranslationBasis.objects.filter(
        content_type=page_type, translation_key=post.translation_key
    ).exists()


def test_the_page_explorer_marks_an_outdated_translation(admin_client, make_post, kk_news_index, locales):
    post = make_post(title="Embassy reception")
    kazakh = translate_page(post, locales["kk"], title="Елшіліктегі қабылдау")
    listing = admin_client.get(f"/admin/pages/{kk_news_index.pk}/").content.decode()
    assert "Outdated: see what it lacks" not in listing

    post.title = "Embassy reception on Nauryz"
    post.save_revision().publish()

    listing = admin_client.get(f"/admin/pages/{kk_news_index.pk}/").content.decode()
    page_type = ContentType.objects.get_for_model(Page).pk
    assert f"/admin/translations/lacking/{page_type}/{kazakh.pk}/" in listing
    assert "Outdated: see what it lacks" in listing


def test_saving_a_snippet_brings_its_change_to_the_translation_editor(
    locales, localize, run_tasks, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    category = NewsCategory.objects.create(name="Culture", slug="culture", locale=locales["en"])
    localize(category, locales["kk"])
    category.name = "Culture and arts"
    with django_capture_on_commit_callbacks(execute=True):
        category.save()
    run_tasks()

    source = TranslationSource.objects.get(object_id=category.translation_key)
    assert "Culture and arts" in set(source.stringsegment_set.values_list("string__data", flat=True))
    # The Kazakh category itself is left as its translator wrote it.
    assert NewsCategory.objects.get(translation_key=category.translation_key, locale=locales["kk"]).name == (
        "[kk] Culture"
    )


def test_what_a_snippet_translation_lacks_is_listed(admin_client, locales, localize):
    category = NewsCategory.objects.create(name="Culture", slug="culture", locale=locales["en"])
    kazakh = localize(category, locales["kk"])
    category.name = "Culture and arts"
    category.save()
    category_type = ContentType.objects.get_for_model(NewsCategory).pk
    response = admin_client.get(f"/admin/translations/lacking/{category_type}/{kazakh.pk}/")
    assert response.status_code == 200
    assert "Culture and arts" in response.content.decode()
