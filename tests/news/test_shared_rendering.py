"""Post cards, the related posts and the home page's latest news are rendered once per change of
the posts and their labels (site_core.templatetags.shared_html), and never shown stale."""

import datetime

from django.conf import settings
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext

import pytest

pytestmark = pytest.mark.django_db


def test_a_listing_shown_again_loads_no_posts(client, make_post):
    for day in range(1, 13):
        make_post(title=f"Post {day}", date=datetime.date(2026, 5, day))
    first = client.get("/en/news/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/news/").content.decode()
    assert again == first
    assert "Post 12" in again
    assert not [query for query in queries if "news_newspage" in query["sql"]]


def test_a_renamed_post_shows_its_new_title_in_every_list(client, make_post, politics):
    post = make_post(title="Elections", date=datetime.date(2026, 5, 1))
    neighbour = make_post(title="Neighbour", date=datetime.date(2026, 5, 2))
    pages = ("/en/", "/en/news/", neighbour.url)
    for url in pages:
        assert "Elections" in client.get(url).content.decode()

    post.title = "Elections: the results"
    post.save_revision().publish()

    for url in pages:
        assert "Elections: the results" in client.get(url).content.decode(), url


def test_a_renamed_category_shows_on_the_cards(client, make_post, politics):
    make_post(title="Elections", date=datetime.date(2026, 5, 1))
    assert "Politics" in client.get("/en/news/").content.decode()

    politics.name = "Home affairs"
    politics.save()

    html = client.get("/en/news/").content.decode()
    assert "Home affairs" in html and "Politics" not in html


def test_a_post_moved_to_another_category_leaves_the_related_posts(client, make_post, culture):
    moved = make_post(title="Elections", date=datetime.date(2026, 5, 1))
    neighbour = make_post(title="Neighbour", date=datetime.date(2026, 5, 2))
    assert "Elections" in client.get(neighbour.url).content.decode()

    moved.category = culture
    moved.save_revision().publish()

    assert "Elections" not in client.get(neighbour.url).content.decode()


def test_a_shared_part_must_say_what_it_shows():
    with pytest.raises(TemplateSyntaxError, match="tags"):
        Template('{% load shared_html %}{% shared_html "part" %}x{% endshared_html %}')
    with pytest.raises(TemplateSyntaxError, match="quoted name"):
        Template('{% load shared_html %}{% shared_html part tags="news" %}x{% endshared_html %}')
    part = Template('{% load shared_html %}{% shared_html "part" n tags="news" %}{{ n }}{% endshared_html %}')
    assert part.render(Context({"n": 1})) == "1"


def test_a_post_reads_fresh_after_a_publish_and_a_preview_shows_the_draft(client, rf, make_post):
    post = make_post(title="First wording")
    post.title = "Draft wording"

    def preview() -> str:
        # An editor's preview: through the middleware, with the editor's session cookie.
        editor = rf.get("/admin/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=editor")
        return post.make_preview_request(original_request=editor).content.decode()

    assert "<h1>Draft wording</h1>" in preview()
    # The preview did not leave the draft in the live article's place...
    # (The preview's request names the site's own host, as a visitor's does.)
    host = post.get_site().hostname
    assert "<h1>First wording</h1>" in client.get(post.url, HTTP_HOST=host).content.decode()
    # ...nor does it show the live article once that is shared.
    assert "<h1>Draft wording</h1>" in preview()

    post.title = "Second wording"
    post.save_revision().publish()
    assert "<h1>Second wording</h1>" in client.get(post.url).content.decode()
