"""A partner reading a bulletin in Kazakh downloads its PDF edition."""

import datetime
import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.conftest import translate_page
from tests.e2e.accessibility import assert_accessible
from tests.factories import NewsPageFactory
from tests.fixtures_pages import publish

KK_TITLE = "Ұлттық Құрылтай: Әділетті Қазақстан, Ғылым мен Өнердің Үлесі"


@pytest.fixture
def kk_bulletin(transactional_db, multilingual_site, news_index, kk_news_index, locales):
    bulletin = publish(
        NewsPageFactory(
            parent=news_index,
            locale=locales["en"],
            title="News Bulletin special issue",
            slug="special-issue",
            date=datetime.date(2026, 12, 2),
            is_bulletin=True,
            bulletin_issue=12,
            is_special_issue=True,
        )
    )
    return translate_page(bulletin, locales["kk"], title=KK_TITLE, summary="Арнайы шығарылым.")


def test_visitor_downloads_the_kazakh_bulletin_as_pdf(browser, live_server, kk_bulletin):
    context = browser.new_context(
        locale="kk-KZ", viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    visitor = context.new_page()
    visitor.goto(f"{live_server.url}/kk/news/special-issue/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(KK_TITLE)
    link = visitor.get_by_role("link", name="PDF жүктеп алу")
    expect(link).to_have_attribute("hreflang", "kk")
    expect(link).to_have_attribute("type", "application/pdf")
    assert_accessible(visitor)

    with visitor.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == "bulletin-12-2026-12-02-kk.pdf"
    with open(download.path(), "rb") as stored:
        content = stored.read()
    assert content.startswith(b"%PDF-")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert KK_TITLE in " ".join(text.split())
    assert "Қазақстан Елшілігі" in text
    context.close()
