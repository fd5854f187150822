"""A fixed-window rate limit kept in the cache, so it holds across every app process that
shares the cache (Redis in production, the file cache in the embedded set-up).

Clients are told apart by `site_core.client_address`, so behind the proxies `PROXY_COUNT`
declares each visitor has their own count; an IPv6 client is counted by its /64, the block one
household or server is given. A refusal says how many seconds are left in the window. When the
cache cannot be reached the request is allowed: a missed limit is better than an error page."""

import hashlib
import ipaddress
import math
import time
from dataclasses import dataclass

from django.core.cache import cache

from site_core.client_address import client_ip

# How many times to start a window that vanished between add() and incr() (expired or evicted)
# before giving up on counting this request.
ATTEMPTS = 3


@dataclass(frozen=True)
class Verdict:
    refused: bool
    retry_after: int = 0  # whole seconds until the window ends, when refused


def client_key(request, scope: str) -> str:
    address = client_ip(request)
    if isinstance(address, ipaddress.IPv6Address):
        address = ipaddress.IPv6Network((address, 64), strict=False)
    name = "" if address is None else str(address)
    return f"ratelimit:{scope}:{hashlib.sha256(name.encode()).hexdigest()[:32]}"


def hit(request, scope: str, limit: int, window: int) -> Verdict:
    """Counts a request; refused when the client has gone over ``limit`` within ``window`` seconds."""
    key = client_key(request, scope)
    # The window's start is kept beside its count, under a key that expires with it, so a refusal
    # can say when the window ends.
    started_key = f"{key}:started"
    for _attempt in range(ATTEMPTS):
        now = time.time()
        if cache.add(key, 1, timeout=window):
            cache.set(started_key, now, timeout=window)
            return Verdict(refused=False)
        try:
            count = cache.incr(key)
        except ValueError:
            continue
        if count <= limit:
            return Verdict(refused=False)
        started = cache.get(started_key)
        if not isinstance(started, (int, float)) or not now - window < started <= now:
            started = now
        return Verdict(refused=True, retry_after=max(1, math.ceil(started + window - now)))
    return Verdict(refused=False)
