import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page

import pytest

from tests.conftest import translate_page
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
    outdated.title = "Changed since"
    revision = outdated.save_revision()
    revision.publish()
    Page.objects.filter(pk=outdated.pk).update(
        last_published_at=timezone.now() + datetime.timedelta(minutes=1)
    )

    kazakh = statuses("kk")
    assert kazakh["Only in English"] == "missing"
    assert kazakh["Aliased"] == "alias"
    assert kazakh["Draft translation"] == "draft"
    assert kazakh["Changed since"] == "outdated"
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
