"""The full-page cache: anonymous visitors get stored pages; editors, cookies and personal
responses never are; any publish, unpublish, move, delete or content change shows at once."""

from django.test import override_settings

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("multilingual_site")]

CACHED = override_settings(PAGE_CACHE_SECONDS=600)


def status(response) -> str | None:
    return response.headers.get("X-Page-Cache")


@CACHED
def test_anonymous_visitors_get_the_stored_page(client, make_post):
    post = make_post(title="Elections")
    first = client.get(post.url)
    second = client.get(post.url)
    assert (status(first), status(second)) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "csrftoken" not in second.cookies


@CACHED
def test_each_language_and_query_is_stored_apart(client, make_post):
    assert status(client.get("/en/")) == "miss"
    assert status(client.get("/kk/")) == "miss"
    assert status(client.get("/en/?page=2")) == "miss"
    assert "Қазақстан" in client.get("/kk/").content.decode()


@CACHED
def test_logged_in_editors_never_get_or_fill_the_cache(client, admin_user, make_post):
    post = make_post(title="Elections")
    client.get(post.url)
    client.force_login(admin_user)
    response = client.get(post.url)
    assert status(response) is None


@CACHED
def test_pages_using_the_csrf_token_or_setting_cookies_are_not_stored(client):
    assert status(client.get("/en/newsletter/")) is None
    assert status(client.get("/admin/login/")) is None
    assert status(client.get("/")) is None


@CACHED
def test_publishing_changes_what_every_visitor_sees_next(client, make_post):
    post = make_post(title="Elections")
    client.get(post.url)
    post.title = "Elections: the results"
    post.save_revision().publish()
    response = client.get(post.url)
    assert status(response) == "miss"
    assert "Elections: the results" in response.content.decode()


@CACHED
def test_a_draft_does_not_change_the_stored_page_but_unpublishing_does(client, make_post):
    post = make_post(title="Elections")
    client.get(post.url)
    post.title = "Draft title"
    post.save_revision()
    assert status(client.get(post.url)) == "hit"
    post.unpublish()
    assert client.get(post.url).status_code == 404


@CACHED
def test_a_change_to_something_pages_show_invalidates(client, make_post, politics):
    make_post(title="Elections")
    index = client.get("/en/news/")
    assert "Politics" in index.content.decode()
    politics.name = "Foreign policy"
    politics.save()
    assert "Foreign policy" in client.get("/en/news/").content.decode()


@CACHED
def test_deleting_invalidates(client, make_post, news_index):
    post = make_post(title="Elections")
    client.get("/en/news/")
    post.delete()
    assert "Elections" not in client.get("/en/news/").content.decode()


@CACHED
def test_first_renders_of_images_do_not_empty_the_cache(client, make_post):
    import wagtail_factories

    post = make_post(title="Elections", hero_image=wagtail_factories.ImageFactory())
    assert status(client.get(post.url)) == "miss"  # renditions are made now
    assert status(client.get(post.url)) == "hit"


@CACHED
def test_a_new_view_restriction_invalidates(client, make_post):
    from wagtail.models import PageViewRestriction

    post = make_post(title="Members only")
    assert "Members only" in client.get("/en/news/").content.decode()
    PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
    assert "Members only" not in client.get("/en/news/").content.decode()
