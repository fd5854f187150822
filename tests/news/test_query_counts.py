import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import wagtail_factories

import pytest

from tests.factories import AuthorFactory, NewsCategoryFactory

pytestmark = pytest.mark.django_db


def count_queries(client, url) -> int:
    client.get(url)  # warm Wagtail's per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def fill(make_post, locales, number):
    posts = []
    for n in range(number):
        category = NewsCategoryFactory(locale=locales["en"])
        author = AuthorFactory(locale=locales["en"], name=f"Author {n}")
        posts.append(
            make_post(
                date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
                category=category,
                author=author,
                hero_image=wagtail_factories.ImageFactory(),
            )
        )
    return posts


def test_news_index_query_count_does_not_grow_with_posts(client, make_post, locales):
    fill(make_post, locales, 1)
    with_one = count_queries(client, "/en/news/")
    fill(make_post, locales, 49)
    with_fifty = count_queries(client, "/en/news/")
    print(f"news index: {with_one} queries with 1 post, {with_fifty} with 50")
    assert with_fifty == with_one
    assert with_fifty <= 24


def test_news_post_query_count_does_not_grow_with_related_posts(client, make_post, politics, locales):
    post = make_post(title="Main", hero_image=wagtail_factories.ImageFactory())
    make_post(title="Related", hero_image=wagtail_factories.ImageFactory())
    with_one = count_queries(client, post.url)
    for _n in range(30):
        make_post(hero_image=wagtail_factories.ImageFactory())
    with_many = count_queries(client, post.url)
    print(f"news post: {with_one} queries with 1 related post, {with_many} with 31")
    assert with_many == with_one
    assert with_many <= 28
