"""Publishing purges the page's URLs in every language, and the pages listing it, from the CDN."""

from django.test import override_settings

import pytest

from tests.integration.purge_receiver import PurgeReceiver

pytestmark = pytest.mark.django_db


@pytest.fixture
def cdn():
    receiver = PurgeReceiver()
    backends = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": receiver.url}
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        yield receiver
    receiver.close()


def test_publishing_purges_every_language_and_the_listings(
    cdn, make_post, kk_news_index, ru_news_index, locales
):
    post = make_post(title="Visa rules")
    for code in ("kk", "ru"):
        post.copy_for_translation(locales[code], alias=True)
    cdn.received.clear()

    post.title = "New visa rules"
    post.save_revision().publish()

    paths = cdn.paths()
    for code in ("en", "kk", "kk-latn", "ru"):
        assert f"/{code}/news/{post.slug}/" in paths
        assert f"/{code}/news/" in paths
        assert f"/{code}/news/feed/" in paths
        assert f"/{code}/" in paths


def test_nothing_is_sent_without_a_cdn(make_post, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    make_post(title="Visa rules").save_revision().publish()
