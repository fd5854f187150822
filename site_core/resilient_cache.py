"""A Redis cache that the site can lose without failing: every operation that cannot reach Redis
answers as a miss, and a circuit stops trying for a few seconds so a dead or frozen Redis costs
no time per request.

Everything the site keeps in the cache can be done without: pages and fragments are rendered
from the database, sessions (``cached_db``) are read from the database, rate limits let the
request through. So an operation that fails (refused, timed out, an error answer) returns what
a miss returns: ``get`` its default, ``get_many`` nothing, ``add``/``delete``/``has_key``/
``touch`` False, ``set`` nothing, and ``incr`` raises ValueError as for a missing key. Sockets
time out after ``socket_timeout`` seconds (``CACHE_TIMEOUT_SECONDS``) and redis-py does not
retry.

The first failure *opens the circuit* of that Redis for the whole process (every thread): for
``retry_after`` seconds operations are answered as misses without touching the network, and the
outage is logged once, not per request. Then one operation probes with a PING; on success the
circuit closes, and only after the process has *recovered*:

* deletes it could not make during the outage are made now (a logout removes the session from
  the database, and its cached copy must not come back with Redis);
* the functions registered with :func:`on_recovery` run (the content generation is incremented
  there: see ``site_core.fragments``).

Until then no other thread uses the cache, so none reads a value the recovery is about to
replace. :meth:`ResilientRedisCache.ping` says whether the cache answers (``/healthz``).
"""

import logging
import threading
import time
from collections.abc import Callable

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

DEFAULT_SOCKET_TIMEOUT = 0.5
DEFAULT_RETRY_AFTER = 5.0
# Deletes are invalidations (logouts, Wagtail's site paths): few, even in a long outage.
PENDING_DELETES_LIMIT = 10_000

_recovery_hooks: list[Callable] = []


def on_recovery(hook: Callable) -> Callable:
    """Registers ``hook()`` to run in each process when a cache comes back, before any other
    thread of that process uses it again; the hook may use the cache."""
    if hook not in _recovery_hooks:
        _recovery_hooks.append(hook)
    return hook


class Circuit:
    """The state of one Redis for this process, shared by every thread's cache backend."""

    def __init__(self, name: str, retry_after: float):
        self.name = name
        self.retry_after = retry_after
        self._lock = threading.Lock()
        self._open_until: float | None = None  # None while closed
        self._prober: int | None = None  # the thread probing, between the PING and recovery
        self._down_since = 0.0
        self._pending_deletes: set[str] = set()
        self._pending_overflowed = False

    @property
    def closed(self) -> bool:
        return self._open_until is None

    def admit(self) -> str:
        """'go', 'probe' (this thread must try Redis and recover) or 'refuse' (answer a miss)."""
        with self._lock:
            if self._open_until is None or self._prober == threading.get_ident():
                return "go"
            now = time.monotonic()
            if now < self._open_until:
                return "refuse"
            # Another probe waits retry_after more, also if this thread dies while probing.
            self._open_until = now + self.retry_after
            self._prober = threading.get_ident()
            return "probe"

    def trip(self, error: Exception | None) -> None:
        with self._lock:
            was_closed = self._open_until is None
            self._open_until = time.monotonic() + self.retry_after
            self._prober = None
            if was_closed:
                self._down_since = time.monotonic()
        if was_closed:
            logger.error(
                "Cache %s unreachable (%s): serving from the database, retrying every %g s",
                self.name,
                error,
                self.retry_after,
            )

    def close(self) -> bool:
        """Closes the circuit after this thread's recovery; False when it failed meanwhile."""
        with self._lock:
            if self._prober != threading.get_ident():
                return False
            self._open_until = self._prober = None
            down_for = time.monotonic() - self._down_since
        logger.warning("Cache %s is back after %.1f s", self.name, down_for)
        return True

    def remember_deletes(self, keys, overflowed: bool = False) -> None:
        with self._lock:
            self._pending_overflowed |= overflowed
            if len(self._pending_deletes) + len(keys) > PENDING_DELETES_LIMIT:
                self._pending_overflowed = True
                return
            self._pending_deletes.update(keys)

    def take_deletes(self) -> tuple[list[str], bool]:
        """The deletes to make now, and whether some were dropped for lack of room."""
        with self._lock:
            keys, overflowed = list(self._pending_deletes), self._pending_overflowed
            self._pending_deletes.clear()
            self._pending_overflowed = False
        return keys, overflowed


_circuits: dict[tuple[str, ...], Circuit] = {}
_circuits_lock = threading.Lock()


def circuit_for(servers, retry_after: float) -> Circuit:
    with _circuits_lock:
        key = tuple(servers)
        if key not in _circuits:
            _circuits[key] = Circuit(servers[0].rsplit("@", 1)[-1], retry_after)
        _circuits[key].retry_after = retry_after
        return _circuits[key]


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, answering misses instead of raising when Redis is out of reach.

    ``OPTIONS``: ``socket_timeout`` and ``socket_connect_timeout`` (seconds, default 0.5) and
    ``retry_after`` (seconds the circuit stays open, default 5); the rest goes to redis-py."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        retry_after = float(options.pop("retry_after", DEFAULT_RETRY_AFTER))
        options.setdefault("socket_timeout", DEFAULT_SOCKET_TIMEOUT)
        options.setdefault("socket_connect_timeout", options["socket_timeout"])
        super().__init__(server, {**params, "OPTIONS": options})
        self.circuit = circuit_for(self._servers, retry_after)

    def _attempt(self, operation: Callable, miss: Callable, deleting=()):
        admitted = self.circuit.admit()
        if admitted == "probe" and not self._recover():
            admitted = "refuse"
        if admitted == "refuse":
            self.circuit.remember_deletes(deleting)
            return miss()
        try:
            return operation()
        except RedisError as error:
            self.circuit.trip(error)
            self.circuit.remember_deletes(deleting)
            return miss()

    def _recover(self) -> bool:
        circuit = self.circuit
        keys, overflowed = circuit.take_deletes()
        try:
            self._cache.get_client(write=True).ping()
            if keys:
                self._cache.delete_many(keys)
        except RedisError as error:
            circuit.remember_deletes(keys, overflowed)
            circuit.trip(error)
            return False
        if overflowed:
            logger.error("Cache %s: some deletes were lost; a session may outlive its logout", circuit.name)
        try:
            for hook in _recovery_hooks:
                hook()
        except Exception as error:
            # A recovery that did not finish is tried again rather than skipped.
            logger.exception("Cache %s: recovery failed", circuit.name)
            circuit.trip(error)
            return False
        return circuit.close()

    def ping(self) -> bool:
        """True when Redis answers now; False at once while the circuit is open."""
        return self._attempt(lambda: bool(self._cache.get_client().ping()), lambda: False)

    # Keys are made before the attempt: an invalid key is the caller's error, not an outage.
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        timeout = self.get_backend_timeout(timeout)
        return self._attempt(lambda: self._cache.add(key, value, timeout), lambda: False)

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._attempt(lambda: self._cache.get(key, default), lambda: default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        self._attempt(lambda: self._cache.set(key, value, self.get_backend_timeout(timeout)), lambda: None)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._attempt(lambda: self._cache.touch(key, self.get_backend_timeout(timeout)), lambda: False)

    def delete(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._attempt(lambda: self._cache.delete(key), lambda: False, deleting=[key])

    def get_many(self, keys, version=None):
        key_map = {self.make_and_validate_key(key, version=version): key for key in keys}
        found = self._attempt(lambda: self._cache.get_many(key_map.keys()), dict)
        return {key_map[key]: value for key, value in found.items()}

    def has_key(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._attempt(lambda: self._cache.has_key(key), lambda: False)

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)

        def unavailable():
            raise ValueError(f"Key '{key}' not found: the cache is unavailable.")

        return self._attempt(lambda: self._cache.incr(key, delta), unavailable)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        if not data:
            return []
        safe_data = {self.make_and_validate_key(key, version=version): value for key, value in data.items()}
        timeout = self.get_backend_timeout(timeout)
        return self._attempt(lambda: self._cache.set_many(safe_data, timeout) or [], lambda: list(data))

    def delete_many(self, keys, version=None):
        if not keys:
            return
        safe_keys = [self.make_and_validate_key(key, version=version) for key in keys]
        self._attempt(lambda: self._cache.delete_many(safe_keys), lambda: None, deleting=safe_keys)

    def clear(self):
        return self._attempt(self._cache.clear, lambda: False)
