import re

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import assert_accessible

PASSWORD = "correct horse battery staple"


@pytest.fixture
def newsroom(
    transactional_db,
    multilingual_site,
    news_index,
    kk_news_index,
    ru_news_index,
    politics_everywhere,
    locales,
    django_user_model,
):
    english = Locale.objects.get(language_code="en")
    for code in ("kk", "ru"):
        LocaleSynchronization.objects.create(locale=locales[code], sync_from=english)
    django_user_model.objects.create_superuser("editor", "editor@embassy.example", PASSWORD)
    return news_index


def log_in(page, base_url):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")


def create_news_post(page, base_url, index_id):
    page.goto(f"{base_url}/admin/pages/add/news/newspage/{index_id}/")
    page.fill("#id_title", "Embassy opens a new consular hall")
    page.locator("#id_title").blur()
    # Wagtail fills the slug from the title in the browser.
    expect(page.locator("#id_slug")).to_have_value("embassy-opens-a-new-consular-hall")
    page.fill("#id_summary", "Visitors are now received in a larger hall on the ground floor.")

    page.locator("#panel-child-content-about_the_post-content [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("link", name="Politics").click()
    expect(page.locator("#id_category-chooser")).to_contain_text("Politics")

    page.locator("#panel-child-content-body-content .c-sf-add-button").first.click()
    page.get_by_role("option", name="Paragraph").click()
    editor = page.locator("#panel-child-content-body-content [contenteditable=true]").first
    editor.click()
    page.keyboard.type("The new hall has twelve windows and a waiting area for families.")
    # Draftail writes the block's value into its hidden input after a short delay.
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("twelve windows"))

    page.locator("footer .w-dropdown__toggle.button").click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_load_state()
    errors = [text.strip() for text in page.locator(".error-message").all_inner_texts() if text.strip()]
    assert not errors, f"the admin refused the post: {errors}"
    expect(page.locator(".messages")).to_contain_text("published")


def test_editor_publishes_a_post_and_a_visitor_finds_it(browser, live_server, newsroom):
    base = live_server.url
    editor_context = browser.new_context(viewport={"width": 1400, "height": 1000})
    editor = editor_context.new_page()
    log_in(editor, base)
    create_news_post(editor, base, newsroom.pk)
    editor_context.close()

    visitor_context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    visitor = visitor_context.new_page()
    visitor.goto(f"{base}/en/news/")
    post_link = visitor.get_by_role("link", name="Embassy opens a new consular hall")
    expect(post_link).to_be_visible()
    assert_accessible(visitor)

    feed = visitor.request.get(f"{base}/en/news/feed/")
    assert feed.ok
    assert "Embassy opens a new consular hall" in feed.text()

    visitor.get_by_role("complementary").get_by_role("link", name="Politics").click()
    expect(visitor).to_have_url(f"{base}/en/news/category/politics/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Politics")
    visitor.get_by_role("link", name="Embassy opens a new consular hall").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Embassy opens a new consular hall")
    expect(visitor.locator(".article__body")).to_contain_text("twelve windows")
    assert_accessible(visitor)

    visitor.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    expect(visitor).to_have_url(f"{base}/ru/news/embassy-opens-a-new-consular-hall/")
    expect(visitor.locator("html")).to_have_attribute("lang", "ru")
    expect(visitor.get_by_role("note")).to_contain_text("Эта страница ещё не переведена")
    expect(visitor.locator("main .article__body[lang=en]")).to_contain_text("twelve windows")
    expect(visitor.get_by_role("navigation", name="Главное меню")).to_contain_text("Новости")
    assert_accessible(visitor)
    visitor_context.close()
