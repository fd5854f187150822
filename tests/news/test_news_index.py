import datetime
import re

import pytest

from tests.conftest import translate_page

pytestmark = pytest.mark.django_db


def titles(html: str) -> list[str]:
    return re.findall(r'<h2 class="post-card__title"><a href="[^"]+">([^<]+)</a></h2>', html)


def test_index_lists_the_posts_of_its_language_newest_first(client, make_post, kk_news_index, locales):
    older = make_post(title="Older post", date=datetime.date(2026, 1, 5))
    make_post(title="Newer post", date=datetime.date(2026, 5, 1))
    translate_page(older, locales["kk"], title="Ескі жазба")

    assert titles(client.get("/en/news/").content.decode()) == ["Newer post", "Older post"]
    assert titles(client.get("/kk/news/").content.decode()) == ["Ескі жазба"]


def test_list_shows_date_category_summary_and_thumbnail(client, make_post):
    image = __import__("wagtail_factories").ImageFactory()
    make_post(title="With image", summary="What happened.", hero_image=image, date=datetime.date(2026, 3, 2))
    html = client.get("/en/news/").content.decode()
    assert '<time datetime="2026-03-02">2 March 2026</time>' in html
    assert "<span>Politics</span>" in html
    assert "What happened." in html
    assert 'class="post-card__image"' in html


def test_pagination_shows_ten_posts_a_page_with_numbered_links(client, make_post):
    for day in range(1, 24):
        make_post(title=f"Post of day {day}", date=datetime.date(2026, 1, day))

    first = client.get("/en/news/").content.decode()
    third = client.get("/en/news/?page=3").content.decode()

    assert len(titles(first)) == 10
    assert titles(first)[0] == "Post of day 23"
    assert titles(third) == ["Post of day 3", "Post of day 2", "Post of day 1"]
    assert '<a href="?page=2">2</a>' in first
    assert '<a href="?page=3" aria-current="page">3</a>' in third


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "%00"])
def test_bad_page_numbers_give_a_sensible_page(client, make_post, page):
    for day in range(1, 13):
        make_post(date=datetime.date(2026, 2, day))
    response = client.get(f"/en/news/?page={page}")
    assert response.status_code == 200
    assert len(titles(response.content.decode())) in (2, 10)


def test_category_has_its_own_url_and_lists_only_its_posts(client, make_post, culture):
    make_post(title="Election news")
    make_post(title="Concert news", category=culture)

    response = client.get("/en/news/category/culture/")
    html = response.content.decode()
    assert response.status_code == 200
    assert titles(html) == ["Concert news"]
    assert "<h1>Culture</h1>" in html
    assert 'href="/en/news/category/culture/feed/"' in html


def test_category_url_is_the_same_in_every_language(client, make_post, kk_news_index, politics, locales):
    kk_politics = politics.copy_for_translation(locales["kk"])
    kk_politics.name = "Саясат"
    kk_politics.save()
    post = make_post(title="Election news")
    translate_page(post, locales["kk"], title="Сайлау жаңалығы", category=kk_politics)

    html = client.get("/kk/news/category/politics/").content.decode()
    assert titles(html) == ["Сайлау жаңалығы"]
    assert "<h1>Саясат</h1>" in html


@pytest.mark.parametrize(
    "url", ["/en/news/category/unknown/", "/en/news/1999/", "/en/news/12345/", "/en/news/tag/nope/"]
)
def test_unknown_filters_are_404(client, make_post, url):
    make_post(date=datetime.date(2026, 4, 4))
    assert client.get(url).status_code == 404


def test_year_filter(client, make_post):
    make_post(title="Old", date=datetime.date(2007, 8, 20))
    make_post(title="New", date=datetime.date(2026, 8, 20))
    html = client.get("/en/news/2007/").content.decode()
    assert titles(html) == ["Old"]
    assert '<a href="/en/news/2007/" aria-current="page">2007</a>' in html
    assert '<a href="/en/news/2026/">2026</a>' in html


def test_bulletins_lists_only_bulletin_issues(client, make_post):
    make_post(title="Ordinary news")
    make_post(title="Bulletin 11", is_bulletin=True, bulletin_issue=11)
    make_post(title="Bulletin 12", is_bulletin=True, bulletin_issue=12, is_special_issue=True)

    html = client.get("/en/news/bulletins/").content.decode()
    assert titles(html) == ["Bulletin 12", "Bulletin 11"]
    assert "News Bulletin No. 12 · Special issue" in " ".join(html.split())


def test_tag_filter(client, make_post):
    tagged = make_post(title="Tagged")
    tagged.tags.add("elections")
    tagged.save_revision().publish()
    make_post(title="Untagged")
    assert titles(client.get("/en/news/tag/elections/").content.decode()) == ["Tagged"]


def test_draft_posts_are_not_listed(client, news_index, politics):
    from tests.factories import NewsPageFactory

    NewsPageFactory(parent=news_index, title="Draft", live=False, category=politics)
    assert "Draft" not in client.get("/en/news/").content.decode()
