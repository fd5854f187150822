import datetime
import json
import re

from django.core.exceptions import ValidationError

import pytest

from tests.conftest import translate_page

pytestmark = pytest.mark.django_db


def test_post_shows_byline_with_author_category_and_date(client, make_post):
    post = make_post(title="Elections", date=datetime.date(2007, 8, 20))
    html = " ".join(client.get(post.url).content.decode().split())
    assert (
        'Posted by <span class="byline__author">Embassy Press Service</span> (Press and information) in '
        '<a href="/en/news/category/politics/">Politics</a> on '
        '<time datetime="2007-08-20">20 August 2007</time>'
    ) in html


def test_kazakh_byline_has_kazakh_words_and_month_names(client, make_post, kk_news_index, locales):
    post = make_post(title="Elections", date=datetime.date(2026, 12, 16))
    kk_post = translate_page(post, locales["kk"], title="Сайлау")
    html = client.get(kk_post.url).content.decode()
    assert '<time datetime="2026-12-16">2026 ж. 16 желтоқсан</time>' in html
    assert "Posted by" not in html


def test_byline_never_shows_the_login_name_or_email(client, make_post, django_user_model):
    editor = django_user_model.objects.create_user("jsmith", "jsmith@embassy.example", "pw")
    post = make_post(title="Elections", owner=editor, author=None)
    html = client.get(post.url).content.decode()
    assert "jsmith" not in html
    assert "Posted in" in " ".join(html.split())


def test_bulletin_needs_an_issue_number(make_post):
    post = make_post()
    post.is_bulletin = True
    with pytest.raises(ValidationError) as error:
        post.full_clean()
    assert "bulletin_issue" in error.value.message_dict


def test_special_issue_must_be_a_bulletin(make_post):
    post = make_post()
    post.is_special_issue = True
    with pytest.raises(ValidationError):
        post.full_clean()


def test_related_posts_share_category_and_language(client, make_post, culture, kk_news_index, locales):
    post = make_post(title="Main")
    make_post(title="Same category")
    make_post(title="Other category", category=culture)
    translate_page(make_post(title="Translated sibling"), locales["kk"], title="Аудармасы")

    html = client.get(post.url).content.decode()
    related = html.split('id="related-title"')[1]
    assert "Same category" in related and "Translated sibling" in related
    assert "Other category" not in related and "Аудармасы" not in related and ">Main<" not in related


def test_post_has_news_article_json_ld_and_social_tags(client, make_post):
    post = make_post(title="Elections </script><script>alert(1)</script>", summary="Summary & more")
    html = client.get(post.url).content.decode()

    [payload] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(payload)
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("Elections </script>")
    assert data["inLanguage"] == "en"
    assert data["author"] == {"@type": "Person", "name": "Embassy Press Service"}
    assert "<script>alert(1)" not in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:description" content="Summary &amp; more">' in html
    assert '<meta name="twitter:card" content="summary">' in html


def test_post_body_renders_blocks_escaping_table_cells(client, make_post):
    post = make_post(
        body=[
            ("heading", {"text": "Results", "level": "h2"}),
            ("quote", {"text": "Building a democracy is a long and hard task.", "source": "David Wilshire"}),
            (
                "table",
                {
                    "data": [["Party", "Share"], ["<b>Nur Otan</b>", "88.05%"]],
                    "table_caption": "Preliminary results",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            ),
        ]
    )
    html = client.get(post.url).content.decode()
    assert "<h2>Results</h2>" in html
    assert "<figcaption>David Wilshire</figcaption>" in html
    assert "<caption>Preliminary results</caption>" in html
    assert '<th scope="col">Party</th>' in html
    assert "<td>&lt;b&gt;Nur Otan&lt;/b&gt;</td>" in html


def test_index_and_post_advertise_the_feeds(client, make_post):
    post = make_post()
    for url in ("/en/news/", post.url):
        html = client.get(url).content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="/en/news/feed/">'
            in html
        )
        assert 'type="application/atom+xml"' in html and 'href="/en/news/feed/atom/"' in html
