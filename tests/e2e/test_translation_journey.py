"""An English post goes through translation into Russian: the editor publishes it, a Russian
translator translates it in wagtail-localize's editor and submits it for review, a Russian
reviewer approves it, and a visitor reads it in Russian."""

from wagtail.users.models import UserProfile

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import assert_accessible
from tests.e2e.test_news_journey import PASSWORD, create_news_post
from tests.e2e.translation_editor import translate_segments
from translation_workflow.roles import EDITORS, LANGUAGE_REVIEWERS, TRANSLATORS, setup_roles

TITLE = "Embassy opens a new consular hall"
RUSSIAN = {
    TITLE: "Посольство открывает новый консульский зал",
    "Visitors are now received in a larger hall on the ground floor.": (
        "Теперь посетителей принимают в большом зале на первом этаже."
    ),
    "The new hall has twelve windows and a waiting area for families.": (
        "В новом зале двенадцать окон и зона ожидания для семей."
    ),
}


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
    groups = setup_roles(multilingual_site["en"])
    for username, group in (
        ("aigul", EDITORS),
        ("olga", TRANSLATORS["ru"]),
        ("marat", LANGUAGE_REVIEWERS["ru"]),
    ):
        user = django_user_model.objects.create_user(username, f"{username}@embassy.example", PASSWORD)
        user.groups.add(groups[group])
        # Russian translators and reviewers get the admin in Russian by default; this journey is
        # walked in English (test_admin_kazakh_journey walks one in Kazakh).
        UserProfile.objects.filter(user=user).update(preferred_language="en")
    return news_index


def log_in(browser, base_url, username):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return context, page


def test_a_post_is_translated_reviewed_and_read_in_russian(browser, live_server, newsroom, locales):
    from news.models import NewsPage

    base = live_server.url
    context, editor = log_in(browser, base, "aigul")
    create_news_post(editor, base, newsroom.pk)
    context.close()

    english = NewsPage.objects.get(title=TITLE, locale=locales["en"])
    alias = english.get_translation(locales["ru"])
    assert alias.alias_of_id == english.pk

    context, translator = log_in(browser, base, "olga")
    translator.goto(f"{base}/admin/pages/{alias.pk}/edit/")
    translator.get_by_role("link", name="Translate this page").click()
    expect(translator.get_by_label("Русский")).to_be_checked()
    translator.get_by_role("button", name="Submit").click()
    translate_segments(translator, RUSSIAN)
    translator.screenshot(path="var/journey-3.png", full_page=True)
    translator.get_by_role("button", name="Submit for review").click()
    expect(translator.locator(".messages")).to_contain_text("Submitted to “Translation review (Russian)”")
    context.close()

    # Until a reviewer approves, Russian visitors still see the English text, marked as such.
    visitor_context = browser.new_context(locale="ru-RU", viewport={"width": 1280, "height": 900})
    visitor = visitor_context.new_page()
    visitor.goto(f"{base}/ru/news/embassy-opens-a-new-consular-hall/")
    expect(visitor.get_by_role("note")).to_contain_text("Эта страница ещё не переведена")
    expect(visitor.locator("main .article__body[lang=en]")).to_contain_text("twelve windows")

    context, reviewer = log_in(browser, base, "marat")
    row = reviewer.get_by_role("row").filter(has_text=RUSSIAN[TITLE])
    expect(row).to_contain_text("olga")
    row.get_by_role("button").last.click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(reviewer.get_by_text("Awaiting your review")).to_have_count(0)
    context.close()

    visitor.goto(f"{base}/en/news/embassy-opens-a-new-consular-hall/")
    visitor.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    expect(visitor).to_have_url(f"{base}/ru/news/embassy-opens-a-new-consular-hall/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(RUSSIAN[TITLE])
    expect(visitor.locator(".article__body")).to_contain_text("двенадцать окон")
    expect(visitor.get_by_role("note")).to_have_count(0)
    expect(visitor.locator("main [lang=en]")).to_have_count(0)
    assert_accessible(visitor)
    visitor_context.close()
