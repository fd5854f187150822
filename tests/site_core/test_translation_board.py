import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from news.models import NewsPage
from tests.conftest import translate_page
from tests.factories import NewsPageFactory
from translation_workflow.status import counts, page_rows

pytestmark = pytest.mark.django_db


def statuses(language):
    return {row.title: row.status for row in page_rows() if row.language == language}


def test_board_tells_missing_alias_draft_outdated_and_up_to_date(
    make_post, kk_news_index, ru_news_index, locales
):
    # Only the pages this test builds: Wagtail's migrations may have left a placeholder page.
    Page.objects.filter(depth=2, title="Welcome to your new Wagtail site!").delete()
    missing = make_post(title="Only in English")
    aliased = make_post(title="Aliased")
    aliased.copy_for_translation(locales["kk"], alias=True)
    draft = make_post(title="Draft translation")
    draft.copy_for_translation(locales["kk"])
    outdated = make_post(title="Changed since")
    translate_page(outdated, locales["kk"], title="Өзгерген")
    current = make_post(title="Current")
    translate_page(current, locales["kk"], title="Өзекті")
    outdated.title = "Changed since then"
    outdated.save_revision().publish()
    # Published again with the same text: its translation says what it says.
    current.save_revision().publish()
    Page.objects.filter(pk=current.pk).update(
        last_published_at=timezone.now() + datetime.timedelta(minutes=1)
    )

    kazakh = statuses("kk")
    assert kazakh["Only in English"] == "missing"
    assert kazakh["Aliased"] == "alias"
    assert kazakh["Draft translation"] == "draft"
    assert kazakh["Changed since then"] == "outdated"
    assert kazakh["Current"] == "up_to_date"
    assert missing and statuses("ru")["Current"] == "missing"
    assert [title for title, status in kazakh.items() if status == "missing"] == ["Only in English"]
    assert counts(page_rows())["kk"]["missing"] == 1


def test_board_page_filters_and_links(admin_client, make_post, kk_news_index):
    make_post(title="Only in English")
    response = admin_client.get("/admin/translations/?language=kk&status=missing")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Only in English" in html
    assert 'data-status="up_to_date"' not in html
    assert "/admin/localize/submit/page/" in html
    home = admin_client.get("/admin/")
    assert "Open the translation status board" in home.content.decode()


def test_board_queries_are_bounded(admin_client, make_post, kk_news_index, locales):
    def count():
        admin_client.get("/admin/translations/")
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get("/admin/translations/").status_code == 200
        return len(queries)

    for n in range(10):
        make_post(title=f"Post {n}")
    with_ten = count()
    for n in range(190):
        make_post(title=f"More {n}")
    with_two_hundred = count()
    print(f"translation board: {with_ten} queries for 10 posts, {with_two_hundred} for 200")
    assert with_two_hundred == with_ten

    # 200 rows a language: pages of 100 rows, whose links keep the filters.
    html = admin_client.get("/admin/translations/?language=kk&status=missing").content.decode()
    assert html.count('data-status="missing"') == 100
    assert "?language=kk&amp;status=missing&amp;p=2" in html
    second = admin_client.get("/admin/translations/?language=kk&status=missing&p=2").content.decode()
    assert second.count('data-status="missing"') == 100
    first_title = re.search(r'data-status="missing"><td><a [^>]*>([^<]+)<', second).group(1)
    assert f">{first_title}<" not in html


def test_board_counts_source_changes_in_bounded_queries(admin_client, news_index, ru_news_index, locales):
    def translate_then_change(how_many):
        # Translated segment by segment, without publishing: only the counts matter here.
        for _n in range(how_many):
            post = NewsPageFactory(
                parent=news_index, locale=news_index.locale, summary="Voters cast their ballots."
            )
            post.copy_for_translation(locales["ru"])
            source, _created = TranslationSource.get_or_create_from_instance(post)
            Translation.objects.create(source=source, target_locale=locales["ru"])
            for segment in source.stringsegment_set.select_related("string", "context"):
                StringTranslation.from_text(
                    segment.string, locales["ru"], segment.context, f"RU {segment.string.data}"
                )
            NewsPage.objects.filter(pk=post.pk).update(summary="Voters cast their ballots early.")
            source.update_from_db()

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get("/admin/translations/?language=ru")
        assert response.status_code == 200
        return len(queries), response.content.decode()

    translate_then_change(3)
    with_three, _html = count()
    translate_then_change(27)
    with_thirty, html = count()
    print(f"translation board with source changes: {with_three} queries for 3 posts, {with_thirty} for 30")
    assert with_thirty == with_three
    assert html.count('data-source-changes="1"') == 30
