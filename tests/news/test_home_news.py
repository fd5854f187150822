import datetime

import pytest

from tests.conftest import translate_page

pytestmark = pytest.mark.django_db


def test_home_shows_the_three_latest_posts_of_its_language(client, make_post, kk_news_index, locales):
    posts = [make_post(title=f"Post {day}", date=datetime.date(2026, 5, day)) for day in range(1, 6)]
    translate_page(posts[0], locales["kk"], title="Бірінші жазба")

    english = client.get("/en/").content.decode()
    kazakh = client.get("/kk/").content.decode()

    assert "Latest news" in english
    assert [title for title in ("Post 5", "Post 4", "Post 3", "Post 2") if title in english] == [
        "Post 5",
        "Post 4",
        "Post 3",
    ]
    assert "Соңғы жаңалықтар" in kazakh
    assert "Бірінші жазба" in kazakh and "Post 5" not in kazakh


def test_home_without_posts_has_no_news_section(client, news_index):
    assert "Latest news" not in client.get("/en/").content.decode()
