"""Shared fragments: built once per content generation, copied into each process, and never
served from an older generation, whatever happens to the shared cache."""

from django.core.cache import cache
from django.http import HttpResponse
from django.test import override_settings

import pytest

from site_core.fragments import GENERATION_KEY, ContentGenerationMiddleware, invalidate, shared

pytestmark = pytest.mark.django_db
FRAGMENTS_ON = override_settings(FRAGMENT_CACHE_SECONDS=600)


def in_request(work):
    """Runs ``work`` the way a view would: inside a request's scope."""
    found = []
    ContentGenerationMiddleware(lambda request: found.append(work()) or HttpResponse())(None)
    return found[0]


class Builder:
    def __init__(self, value):
        self.value, self.builds = value, 0

    def __call__(self):
        self.builds += 1
        return list(self.value)


@FRAGMENTS_ON
def test_a_fragment_is_built_once_until_content_changes():
    menu = Builder(["News", "Events"])
    assert in_request(lambda: shared("menu", menu, "en")) == ["News", "Events"]
    assert in_request(lambda: shared("menu", menu, "en")) == ["News", "Events"]
    assert menu.builds == 1
    menu.value = ["News", "Events", "Music"]
    invalidate()
    assert in_request(lambda: shared("menu", menu, "en")) == ["News", "Events", "Music"]
    assert menu.builds == 2


@FRAGMENTS_ON
def test_a_change_counted_by_another_process_is_seen_on_the_next_request():
    menu = Builder(["News"])
    in_request(lambda: shared("menu", menu, "en"))
    menu.value = ["News", "Music"]
    cache.incr(GENERATION_KEY)  # what `invalidate` does in the process where an editor published
    assert in_request(lambda: shared("menu", menu, "en")) == ["News", "Music"]


@FRAGMENTS_ON
def test_a_flushed_shared_cache_never_brings_back_an_old_copy():
    menu = Builder(["Old"])
    in_request(lambda: shared("menu", menu, "en"))
    menu.value = ["New"]
    cache.clear()  # Redis restarted: the generation number is gone with everything else
    assert in_request(lambda: shared("menu", menu, "en")) == ["New"]


@FRAGMENTS_ON
def test_a_request_that_changes_a_value_it_was_given_does_not_change_the_next_ones():
    menu = Builder(["News"])
    in_request(lambda: shared("menu", menu, "en").append("Injected"))
    assert in_request(lambda: shared("menu", menu, "en")) == ["News"]


@FRAGMENTS_ON
def test_a_request_reads_the_generation_once_and_fragments_from_its_process(monkeypatch):
    in_request(lambda: [shared(name, Builder([name])) for name in ("a", "b", "c")])
    round_trips, missing = [], object()
    original = cache.get
    monkeypatch.setattr(
        cache, "get", lambda key, *args, **kw: round_trips.append([key]) or original(key, *args, **kw)
    )

    def get_many(keys, *args, **kw):
        round_trips.append(list(keys))
        return {key: value for key in keys if (value := original(key, missing)) is not missing}

    monkeypatch.setattr(cache, "get_many", get_many)
    assert in_request(lambda: [shared(name, Builder(["?"])) for name in ("a", "b", "c")]) == [
        ["a"],
        ["b"],
        ["c"],
    ]
    assert len(round_trips) == 1 and GENERATION_KEY in round_trips[0]


@FRAGMENTS_ON
def test_what_a_request_builds_after_publishing_belongs_to_the_new_generation():
    menu = Builder(["News"])

    def publish_then_read():
        shared("menu", menu, "en")
        menu.value = ["News", "Music"]
        invalidate()
        return shared("menu", menu, "en")

    assert in_request(publish_then_read) == ["News", "Music"]
    assert in_request(lambda: shared("menu", menu, "en")) == ["News", "Music"]
