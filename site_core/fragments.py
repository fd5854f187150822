"""Values many pages show (the menu, the settings, a page's translations, the site), built once
per *content generation* and shared by every app process.

The generation is a number in the shared cache; publishing, unpublishing, moving or deleting a
page, or changing anything pages show, increments it (see ``page_cache``). Every key carries it,
so nothing is ever deleted: a new generation simply asks for new keys.

Each request reads the generation once. Fragments are then looked up in a small copy kept in
the process (keyed by generation too, so it is as fresh as the shared one) before the shared
cache: a page that shows ten fragments costs one round trip to the cache, not twenty. The copy
holds pickled values, so a request can never change what the next one is given.

When the shared cache cannot be reached (``site_core.resilient_cache``) there is no generation:
the request builds every fragment and the page cache neither serves nor stores, so nothing a
process kept from before can be shown. A publish made then cannot count the generation up, so
every process that saw the outage counts it up once when the cache comes back, before it reads
anything from it again. That is enough: the process where the editor published saw the outage
(its increment failed, or was refused because its circuit was open) and recovers only after
the publish, so its count comes after it; and any process that served a visitor during the
outage saw it too. Only a process that died before it recovered, while no other process
noticed the outage, leaves pages as they were for at most ``PAGE_CACHE_SECONDS``.
"""

import pickle  # nosec B403 - only our own values, written by this module
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache

from site_core import resilient_cache

GENERATION_KEY = "page-cache:generation"
LOCAL_LIMIT = 2000

# A request's generation, read at most once; None outside a request (commands, tasks, tests),
# which read it every time.
_request_scope: ContextVar[dict | None] = ContextVar("content_generation_scope", default=None)
_local: dict[str, tuple[float, bytes]] = {}
_local_generation: list[int | None] = [None]


def _first_generation() -> int:
    # A cache that lost the number (restarted, flushed) starts from the clock, never again from
    # a number processes may still hold copies for.
    return time.time_ns()


def generation() -> int | None:
    """The content generation, or None when the shared cache cannot be used now."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _first_generation(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def current_generation() -> int | None:
    """The generation for the request being served (read once), or read now outside one; None
    while the shared cache is out of reach, when nothing may be served from it."""
    scope = _request_scope.get()
    if scope is None:
        return generation()
    if "generation" not in scope:
        scope["generation"] = generation()
    return scope["generation"]


def invalidate(**_kwargs) -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, _first_generation(), timeout=None)
    scope = _request_scope.get()
    if scope is not None:
        # What the rest of this request builds belongs to the new generation.
        scope.pop("generation", None)


@resilient_cache.on_recovery
def _count_changes_made_during_an_outage() -> None:
    invalidate()


class ContentGenerationMiddleware:
    """Opens the request's scope: its generation is read once, when first needed."""

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


def shared(name: str, build, *parts):
    """The value ``build()`` returns, built once per content generation for every process.
    ``request`` is accepted for the callers' clarity; the generation is the request's anyway."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0:
        return build()
    current = current_generation()
    if current is None:
        return build()
    key = f"fragment:{current}:{name}:" + ":".join(str(part) for part in parts)
    local = _local_get(current, key)
    if local is not None:
        return pickle.loads(local)[0]  # noqa: S301  # nosec B301 - pickled by _local_put in this process
    stored = cache.get(key)
    if stored is None:
        stored = (build(),)
        cache.set(key, stored, settings.FRAGMENT_CACHE_SECONDS)
    _local_put(current, key, stored)
    return stored[0]


def shared_many(name: str, builders: dict) -> dict:
    """`shared` for many values at once (one round trip to the cache): ``builders`` maps a key
    to the function that builds its value."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0:
        return {key: build() for key, build in builders.items()}
    current = current_generation()
    if current is None:
        return {key: build() for key, build in builders.items()}
    prefix = f"fragment:{current}:{name}:"
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
