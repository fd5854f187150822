"""Children and siblings read as path ranges find exactly what Wagtail's ``child_of`` and
``sibling_of`` find."""

import pytest

from news.models import NewsPage
from site_core.tree import children, siblings
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db


def titles(queryset):
    return sorted(queryset.values_list("title", flat=True))


def test_children_and_siblings_match_wagtail(make_post, news_index, kk_news_index, locales, home):
    posts = [make_post(title=f"Post {n}") for n in range(12)]
    translate_page(posts[0], locales["kk"], title="Жаңалық")  # a post under the next index's path

    assert titles(children(NewsPage.objects.all(), news_index)) == titles(
        NewsPage.objects.child_of(news_index)
    )
    assert titles(children(NewsPage.objects.all(), news_index)) == sorted(f"Post {n}" for n in range(12))
    assert titles(children(NewsPage.objects.all(), kk_news_index)) == ["Жаңалық"]
    # Grandchildren are not children.
    assert not children(NewsPage.objects.all(), home).exists()
    assert titles(siblings(NewsPage.objects.all(), posts[5])) == titles(
        NewsPage.objects.sibling_of(posts[5], inclusive=False)
    )
    assert "Post 5" not in titles(siblings(NewsPage.objects.all(), posts[5]))
