"""Translating with wagtail-localize, as translators do (PO download and upload): text changes,
synchronised fields stay as they are in the source."""

import datetime

import wagtail_factories
from wagtail.rich_text import RichText

import pytest

from news.models import Author, NewsCategory

pytestmark = pytest.mark.django_db


def test_category_translation_changes_the_name_and_keeps_the_slug(politics, locales, localize):
    kazakh = localize(politics, locales["kk"])
    assert isinstance(kazakh, NewsCategory)
    assert kazakh.name == "[kk] Politics"
    assert kazakh.slug == "politics"


def test_author_translation_changes_name_and_role_and_keeps_the_photo(locales, localize):
    photo = wagtail_factories.ImageFactory()
    author = Author.objects.create(locale=locales["en"], name="Press Service", role="Press", photo=photo)
    kazakh = localize(author, locales["kk"])
    assert (kazakh.name, kazakh.role) == ("[kk] Press Service", "[kk] Press")
    assert kazakh.photo_id == photo.pk


def test_news_post_translation_changes_text_and_keeps_synchronised_fields(
    make_post, kk_news_index, politics, press_service, locales, localize
):
    kk_politics = localize(politics, locales["kk"])
    kk_author = localize(press_service, locales["kk"])
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

    kazakh = localize(post, locales["kk"]).specific

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
