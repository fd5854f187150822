"""Values many pages show (the menu, the settings, a page's translations, the site), built once
per *content generation* and shared by every app process, and the dependency tags that let a
publish invalidate only what it changed.

Counters in the shared cache say how often each thing changed: the *generation* counts changes
that may touch any page (settings, moves, deletions, images, anything not known better), and
one counter per *tag* counts changes of one kind of content: ``page:<translation key>`` (a page
in every language), ``news`` (the lists of posts), ``events``, ``audio``, ``menu`` (pages in the
menus and the tree), ``notices``, ``closures``... (``tag_changed`` bumps ``ANY`` with every tag,
for what depends on any content at all). A fragment is built from what its ``tags`` name; its
key carries the generation and those tags' counters, so nothing is ever deleted: a change simply
asks for new keys. The fragment also adds its tags to the request's dependencies, which the
page cache stores beside the page (``page_cache``): a page shows what its fragments show.

Each request reads the counters once: the generation and every fixed kind of tag in one round
trip when first needed, a page's own tags in one more when it declares them. Fragments are
then looked up in a small copy kept in the process (keyed by the counters too, so it is as fresh
as the shared one) before the shared cache: a page that shows ten fragments costs one round trip
to the cache, not twenty. The copy holds pickled values, so a request can never change what the
next one is given.

When the shared cache cannot be reached (``site_core.resilient_cache``) there is no generation:
the request builds every fragment and the page cache neither serves nor stores, so nothing a
process kept from before can be shown. A publish made then cannot count anything up, so every
process that saw the outage counts the generation up once when the cache comes back, before it
reads anything from it again; every key and every stored page carries the generation, so that
covers the tags too. That is enough: the process where the editor published saw the outage
(its increment failed, or was refused because its circuit was open) and recovers only after
the publish, so its count comes after it; and any process that served a visitor during the
outage saw it too. Only a process that died before it recovered, while no other process
noticed the outage, leaves pages as they were for at most ``PAGE_CACHE_SECONDS``.
"""

import contextlib
import pickle  # nosec B403 - only our own values, written by this module
import time
from collections.abc import Iterable
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from site_core import resilient_cache

GENERATION_KEY = "page-cache:generation"
TAG_PREFIX = "page-cache:tag:"
ANY = "any"
# Tags read with the generation in the request's first round trip: the kinds of content.
KINDS = (
    ANY,
    "menu",
    "settings",
    "notices",
    "news",
    "news-labels",
    "events",
    "events-labels",
    "closures",
    "audio",
)
LOCAL_LIMIT = 2000

# A request's counters (read once) and the tags what it built depends on; None outside a
# request (commands, tasks, tests), which read the counters every time.
_request_scope: ContextVar[dict | None] = ContextVar("content_generation_scope", default=None)
_local: dict[str, tuple[float, bytes]] = {}
_local_generation: list[int | None] = [None]


def _first_value() -> int:
    # A cache that lost a counter (restarted, flushed, evicted) starts it from the clock, never
    # again from a number processes may still hold copies or pages for.
    return time.time_ns()


def tag_key(tag: str) -> str:
    return TAG_PREFIX + tag


def _read(keys: list[str]) -> dict[str, int] | None:
    values = cache.get_many(keys)
    missing = [key for key in keys if key not in values]
    if missing:
        for key in missing:
            cache.add(key, _first_value(), timeout=None)
        values.update(cache.get_many(missing))
        if any(key not in values for key in missing):
            return None
    return values


def counters(keys: Iterable[str]) -> dict[str, int] | None:
    """The counters named by ``keys`` (``GENERATION_KEY`` or ``tag_key(tag)``), read once per
    request; None when the shared cache cannot be used now."""
    keys = list(keys)
    scope = _request_scope.get()
    if scope is None:
        return _read(keys)
    if scope.get("unreachable"):
        return None  # asked once: the rest of the request is served from the database
    known = scope.setdefault("values", {})
    wanted = [key for key in keys if key not in known]
    if wanted:
        if GENERATION_KEY not in known:
            wanted = list(dict.fromkeys([GENERATION_KEY, *(tag_key(kind) for kind in KINDS), *wanted]))
        found = _read(wanted)
        if found is None:
            scope["unreachable"] = True
            return None
        known.update(found)
    return {key: known[key] for key in keys}


def generation() -> int | None:
    """The content generation, or None when the shared cache cannot be used now."""
    found = _read([GENERATION_KEY])
    return None if found is None else found[GENERATION_KEY]


def current_generation() -> int | None:
    """The generation for the request being served (read once), or read now outside one; None
    while the shared cache is out of reach, when nothing may be served from it."""
    found = counters([GENERATION_KEY])
    return None if found is None else found[GENERATION_KEY]


def depends_on(*tags: str) -> None:
    """Records that what the current request builds shows what ``tags`` name."""
    scope = _request_scope.get()
    if scope is not None:
        scope.setdefault("tags", set()).update(tags)


def declare_complete() -> None:
    """The request's page has named everything it shows (``depends_on``); a response nothing
    declared depends on any content (``ANY``)."""
    scope = _request_scope.get()
    if scope is not None:
        scope["complete"] = True


def dependencies() -> dict[str, int] | None:
    """The counters the current request's response depends on, as read before it was built:
    the generation and every tag recorded; None outside a request or without the cache."""
    scope = _request_scope.get()
    if scope is None:
        return None
    tags = set(scope.get("tags", ()))
    if not scope.get("complete"):
        tags.add(ANY)
    return counters([GENERATION_KEY, *sorted(tag_key(tag) for tag in tags)])


def _bump(key: str) -> None:
    try:
        cache.incr(key)
        # Django's incr on the file and local-memory caches writes the number back with the
        # default timeout: a counter that expired would empty everything depending on it.
        cache.touch(key, None)
    except ValueError:
        # Never read yet (or lost): a new number from the clock, unless another process made one.
        if not cache.add(key, _first_value(), timeout=None):
            # Out of reach (ValueError), the cache's recovery counts the generation up.
            with contextlib.suppress(ValueError):
                cache.incr(key)


def _forget_request_values() -> None:
    scope = _request_scope.get()
    if scope is not None:
        # What the rest of this request builds belongs to the new counters.
        scope.pop("values", None)


def _again_on_commit(count_up) -> None:
    # Counted up at the save, a request served meanwhile can still read the data from before
    # the save's transaction commits and store it under the new numbers: counting up once more
    # when it commits makes such a page stale at once.
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(count_up)


def invalidate(**_kwargs) -> None:
    """Everything may have changed: a new generation."""
    _bump(GENERATION_KEY)
    _forget_request_values()
    _again_on_commit(lambda: _bump(GENERATION_KEY))


def tag_changed(*tags: str) -> None:
    """What ``tags`` name changed (and so did "any content")."""
    keys = [tag_key(tag) for tag in dict.fromkeys([*tags, ANY])]
    for key in keys:
        _bump(key)
    _forget_request_values()
    _again_on_commit(lambda: [_bump(key) for key in keys])


@resilient_cache.on_recovery
def _count_changes_made_during_an_outage() -> None:
    invalidate()


class ContentGenerationMiddleware:
    """Opens the request's scope: its counters are read once, when first needed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_scope.set({})
        try:
            return self.get_response(request)
        finally:
            _request_scope.reset(token)


def _local_get(current: int, key: str):
    if _local_generation[0] != current:
        _local.clear()
        _local_generation[0] = current
        return None
    found = _local.get(key)
    if found is None or found[0] < time.monotonic():
        return None
    return found[1]


def _local_put(current: int, key: str, value) -> None:
    if _local_generation[0] != current:
        _local.clear()
        _local_generation[0] = current
    if len(_local) >= LOCAL_LIMIT:
        _local.clear()
    _local[key] = (time.monotonic() + settings.FRAGMENT_CACHE_SECONDS, pickle.dumps(value))


def _stamp(tags: tuple[str, ...], records: bool) -> tuple[int, str] | None:
    """The generation and the key prefix for a fragment built from ``tags``."""
    if records:
        depends_on(*tags)
    found = counters([GENERATION_KEY, *(tag_key(tag) for tag in tags)])
    if found is None:
        return None
    return found[GENERATION_KEY], ":".join(str(value) for value in found.values())


def shared(name: str, build, *parts, tags: tuple[str, ...] = (ANY,), records: bool = True):
    """The value ``build()`` returns, built once per change of what ``tags`` name (and per
    generation) for every process. ``tags=()``: it changes only with the generation (the tree's
    view restrictions, the site). ``records=False``: the page reading it shows only a part its
    own tags cover, so the tags make the key but are not added to the page's dependencies."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0:
        if records:
            depends_on(*tags)
        return build()
    stamp = _stamp(tuple(tags), records)
    if stamp is None:
        return build()
    current, counted = stamp
    key = f"fragment:{counted}:{name}:" + ":".join(str(part) for part in parts)
    local = _local_get(current, key)
    if local is not None:
        return pickle.loads(local)[0]  # noqa: S301  # nosec B301 - pickled by _local_put in this process
    stored = cache.get(key)
    if stored is None:
        stored = (build(),)
        cache.set(key, stored, settings.FRAGMENT_CACHE_SECONDS)
    _local_put(current, key, stored)
    return stored[0]


def shared_many(name: str, builders: dict, tags: tuple[str, ...] = (ANY,)) -> dict:
    """`shared` for many values at once (one round trip to the cache): ``builders`` maps a key
    to the function that builds its value."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0:
        depends_on(*tags)
        return {key: build() for key, build in builders.items()}
    stamp = _stamp(tuple(tags), True)
    if stamp is None:
        return {key: build() for key, build in builders.items()}
    current, counted = stamp
    prefix = f"fragment:{counted}:{name}:"
    values, wanted = {}, []
    for key in builders:
        local = _local_get(current, prefix + str(key))
        if local is not None:
            values[key] = pickle.loads(local)  # noqa: S301  # nosec B301 - pickled by _local_put in this process
        else:
            wanted.append(key)
    if not wanted:
        return values
    found = cache.get_many([prefix + str(key) for key in wanted])
    missing = {}
    for key in wanted:
        full_key = prefix + str(key)
        if full_key in found:
            values[key] = found[full_key]
        else:
            values[key] = missing[full_key] = builders[key]()
        _local_put(current, full_key, values[key])
    if missing:
        cache.set_many(missing, settings.FRAGMENT_CACHE_SECONDS)
    return values
