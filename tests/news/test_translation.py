"""Translating with wagtail-localize, as translators do (PO download and upload): text changes,
synchronised fields stay as they are in the source."""

import datetime

import wagtail_factories
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

import pytest

from news.models import Author, NewsCategory

pytestmark = pytest.mark.django_db


def translate_with_localize(instance, locale, django_capture_on_commit_callbacks):
    """Runs wagtail-localize's own workflow: a PO file is exported, every message is
    translated (here by prefixing the target language) and imported, and the target saved."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"[{locale.language_code}] {entry.msgid}"
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return instance.get_translation(locale)


def test_category_translation_changes_the_name_and_keeps_the_slug(
    politics, locales, django_capture_on_commit_callbacks
):
    kazakh = translate_with_localize(politics, locales["kk"], django_capture_on_commit_callbacks)
    assert isinstance(kazakh, NewsCategory)
    assert kazakh.name == "[kk] Politics"
    assert kazakh.slug == "politics"


def test_author_translation_changes_name_and_role_and_keeps_the_photo(
    locales, django_capture_on_commit_callbacks
):
    photo = wagtail_factories.ImageFactory()
    author = Author.objects.create(locale=locales["en"], name="Press Service", role="Press", photo=photo)
    kazakh = translate_with_localize(author, locales["kk"], django_capture_on_commit_callbacks)
    assert (kazakh.name, kazakh.role) == ("[kk] Press Service", "[kk] Press")
    assert kazakh.photo_id == photo.pk


def test_news_post_translation_changes_text_and_keeps_synchronised_fields(
    make_post, kk_news_index, politics, press_service, locales, django_capture_on_commit_callbacks
):
    kk_politics = translate_with_localize(politics, locales["kk"], django_capture_on_commit_callbacks)
    kk_author = translate_with_localize(press_service, locales["kk"], django_capture_on_commit_callbacks)
    image = wagtail_factories.ImageFactory()
    post = make_post(
        title="Elections",
        summary="Voters cast their ballots.",
        date=datetime.date(2007, 8, 20),
        hero_image=image,
        hero_image_alt="A polling station",
        is_bulletin=True,
        bulletin_issue=12,
        body=[
            ("paragraph", RichText("<p>The CEC published its report.</p>")),
            (
                "table",
                {
                    "data": [["Party", "Share"], ["Nur Otan", "88.05%"]],
                    "table_caption": "Results",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            ),
        ],
    )
    post.tags.add("elections")
    post.save_revision().publish()

    kazakh = translate_with_localize(post, locales["kk"], django_capture_on_commit_callbacks).specific

    assert kazakh.live
    assert kazakh.title == "[kk] Elections"
    assert kazakh.summary == "[kk] Voters cast their ballots."
    assert kazakh.hero_image_alt == "[kk] A polling station"
    assert "[kk] The CEC published its report." in str(kazakh.body[0].value)
    table = kazakh.body[1].value
    assert table["table_caption"] == "[kk] Results"
    assert table["data"][1] == ["[kk] Nur Otan", "[kk] 88.05%"]
    assert kazakh.category_id == kk_politics.pk
    assert kazakh.author_id == kk_author.pk
    assert kazakh.date == datetime.date(2007, 8, 20)
    assert kazakh.hero_image_id == image.pk
    assert (kazakh.is_bulletin, kazakh.bulletin_issue) == (True, 12)
    assert kazakh.slug == post.slug
