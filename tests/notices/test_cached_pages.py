"""Pages stored by the full-page cache before a notice starts show it from its start, and stop
showing it at its end, with no save and no purge in between."""

import datetime

from django.core.cache import cache

import pytest

from notices.models import Notice

from .conftest import TITLES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def stored_for(monkeypatch):
    """The timeouts pages are stored with, in order."""
    timeouts = []
    real_set = cache.set

    def recording_set(key, value, timeout=None, **kwargs):
        if key.startswith("page-cache:"):
            timeouts.append(timeout)
        return real_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(cache, "set", recording_set)
    return timeouts


def status(response) -> str | None:
    return response.headers.get("X-Page-Cache")


def test_a_stored_page_shows_a_notice_from_its_start_to_its_end(client, pages, make_notice, clock):
    make_notice(
        starts_at=clock.now + datetime.timedelta(hours=2), ends_at=clock.now + datetime.timedelta(hours=3)
    )
    saved = list(Notice.objects.values_list("pk", "revision"))
    for path in pages["kk"]:
        first, second = client.get(path), client.get(path)
        assert (status(first), status(second)) == ("miss", "hit")
        assert TITLES["kk"] not in second.content.decode()

    clock.travel(hours=2)
    for path in pages["kk"]:
        response = client.get(path)
        assert TITLES["kk"] in response.content.decode(), path
        assert status(response) == "miss"
        assert status(client.get(path)) == "hit"

    clock.travel(hours=1)
    for path in pages["kk"]:
        response = client.get(path)
        assert TITLES["kk"] not in response.content.decode(), path
    # Nobody saved the notice in between.
    assert list(Notice.objects.values_list("pk", "revision")) == saved


def test_a_page_is_stored_no_longer_than_until_the_next_start(client, pages, make_notice, clock, stored_for):
    make_notice(starts_at=clock.now + datetime.timedelta(seconds=90))
    assert status(client.get("/en/")) == "miss"
    assert stored_for == [90]


def test_only_starts_and_ends_still_ahead_shorten_how_long_pages_are_kept(
    client, pages, make_notice, clock, stored_for
):
    make_notice(
        titles={"en": "Over"},
        starts_at=clock.now - datetime.timedelta(days=2),
        ends_at=clock.now - datetime.timedelta(days=1),
    )
    make_notice(titles={"en": "Open-ended"}, starts_at=clock.now - datetime.timedelta(hours=1))
    make_notice(titles={"en": "Soon"}, starts_at=clock.now + datetime.timedelta(minutes=5))
    client.get("/en/")
    assert stored_for == [300]
