"""The admin in Kazakh, walked as the embassy's Kazakh staff walk it: a translator signs in,
looks at the dashboard and the page explorer, saves a draft, translates an English post in
wagtail-localize's editor and submits it for review, checks the status board; a reviewer
approves it from the dashboard. Every screen is photographed and read: no English word may
show apart from names (Wagtail, the people, the content's own English titles)."""

import os
import re
from pathlib import Path

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model

from wagtail.models import Page, Site

import pytest
from playwright.sync_api import expect

from news.models import NewsCategory
from site_core.models import SiteSettings
from tests.e2e.test_news_journey import PASSWORD
from tests.e2e.translation_editor import translate_segments
from translation_workflow.roles import LANGUAGE_REVIEWERS, TRANSLATORS, setup_roles

TITLE = "Consular fees from January"
SUMMARY = "New consular fees apply from the first of January."
KAZAKH = {
    TITLE: "Қаңтардан бастап консулдық алымдар",
    SUMMARY: "Жаңа консулдық алымдар бірінші қаңтардан бастап қолданылады.",
}
# Words that may show in Latin letters: product and file-format names.
NAMES = {"Wagtail", "PDF", "URL", "Draftail", "XLIFF"}
WORD = re.compile(r"\b[A-Za-z]{3,}\b")


@pytest.fixture
def kazakh_staff(
    transactional_db,
    multilingual_site,
    news_index,
    kk_news_index,
    ru_news_index,
    politics_everywhere,
    make_post,
    locales,
    django_user_model,
):
    groups = setup_roles(multilingual_site["en"])
    for username, group in (("aigerim", TRANSLATORS["kk"]), ("nurlan", LANGUAGE_REVIEWERS["kk"])):
        user = django_user_model.objects.create_user(username, f"{username}@embassy.example", PASSWORD)
        user.groups.add(groups[group])  # which gives them the admin in Kazakh
    post = make_post(title=TITLE, summary=SUMMARY)
    post.copy_for_translation(locales["kk"], alias=True)
    return post


def allowed_words() -> set[str]:
    """Words that are content, not interface: the pages' own text (the English source shows in
    the translation editor), categories, authors, people, the site, the languages' own names."""
    texts = []
    for page in Page.objects.specific():
        texts += [
            value
            for field in page._meta.concrete_fields
            if isinstance(value := getattr(page, field.attname), str)
        ]
    texts += list(NewsCategory.objects.values_list("name", flat=True))
    texts += list(Site.objects.values_list("hostname", flat=True))
    texts += [name for _code, name in django_settings.LANGUAGES]
    texts += list(get_user_model().objects.values_list("username", flat=True))
    texts += [settings.embassy_name_en or "" for settings in SiteSettings.objects.all()]
    from news.models import Author

    texts += list(Author.objects.values_list("name", flat=True))
    return {word for text in texts for word in WORD.findall(text)} | NAMES


def english_on(page) -> list[str]:
    text = page.locator("body").inner_text()
    allowed = allowed_words()
    return sorted({word for word in WORD.findall(text) if word not in allowed})


@pytest.fixture
def look(tmp_path):
    shots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    seen = {}

    def photograph(page, name):
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(shots / f"admin-kk-{name}.png"), full_page=True)
        seen[name] = english_on(page)
        assert page.locator("html").get_attribute("lang") == "kk", name

    photograph.seen = seen
    return photograph


def sign_in(browser, base_url, username, look, name):
    context = browser.new_context(locale="kk-KZ", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{base_url}/admin/login/")
    look(page, f"{name}-sign-in")
    page.get_by_label("Пайдаланушы аты").fill(username)
    page.get_by_label("Құпиясөз").fill(PASSWORD)
    page.get_by_role("button", name="Кіру").click()
    page.wait_for_url(f"{base_url}/admin/")
    return context, page, errors


def test_a_kazakh_translator_and_reviewer_work_in_kazakh(browser, live_server, kazakh_staff, locales, look):
    from news.models import NewsPage

    base = live_server.url
    alias = kazakh_staff.get_translation(locales["kk"])
    kazakh_index = kazakh_staff.get_parent().get_translation(locales["kk"])

    context, translator, errors = sign_in(browser, base, "aigerim", look, "translator")
    expect(translator.get_by_role("heading", level=1)).to_have_text("Қазақстан Елшілігі")
    look(translator, "dashboard")

    translator.goto(f"{base}/admin/pages/{kazakh_index.pk}/")
    expect(translator.get_by_role("link", name=KAZAKH[TITLE])).to_have_count(0)
    look(translator, "explorer")

    translator.goto(f"{base}/admin/pages/{kazakh_index.pk}/edit/")
    translator.locator("#id_title").fill("Елшілік жаңалықтары")
    translator.get_by_role("button", name="Жобаны сақтау").click()
    expect(translator.locator(".messages")).to_contain_text("жаңартылды")
    look(translator, "draft-saved")

    translator.goto(f"{base}/admin/pages/{alias.pk}/edit/")
    look(translator, "alias")
    translator.get_by_role("link", name="Бұл бетті аудару").click()
    expect(translator.get_by_label("Қазақша")).to_be_checked()
    look(translator, "translate-form")
    translator.get_by_role("button", name="Жіберу").click()
    translate_segments(translator, KAZAKH, translate="Аудару", save="Сақтау")
    look(translator, "translation-editor")
    translator.get_by_role("button", name="Тексеруге жіберу").click()
    expect(translator.locator(".messages")).to_contain_text("Аударманы тексеру процесі (қазақ тілі)")
    look(translator, "submitted")

    translator.goto(f"{base}/admin/translations/")
    expect(translator.get_by_role("cell", name="Русский")).to_have_count(0)
    look(translator, "status-board")
    assert errors == []
    context.close()

    context, reviewer, errors = sign_in(browser, base, "nurlan", look, "reviewer")
    row = reviewer.get_by_role("row").filter(has_text=KAZAKH[TITLE])
    expect(row).to_contain_text("aigerim")
    look(reviewer, "awaiting-review")
    row.get_by_role("button").last.click()
    row.get_by_role("button", name="Бекіту", exact=True).click()
    expect(reviewer.locator(".messages")).to_contain_text("бекітіліп, жарияланды")
    look(reviewer, "approved")
    assert errors == []
    context.close()

    assert NewsPage.objects.get(pk=alias.pk).live
    assert NewsPage.objects.get(pk=alias.pk).title == KAZAKH[TITLE]
    english = {name: words for name, words in look.seen.items() if words}
    assert english == {}, f"English on the Kazakh admin's screens: {english}"
