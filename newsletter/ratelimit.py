"""A fixed-window rate limit kept in the cache, so it holds across every app process that
shares the cache (Redis in production, the file cache in the embedded set-up)."""

import hashlib

from django.core.cache import cache


def client_key(request, scope: str) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    return f"ratelimit:{scope}:{hashlib.sha256(address.encode()).hexdigest()[:32]}"


def hit(request, scope: str, limit: int, window: int) -> bool:
    """Counts a request; True when the client has gone over ``limit`` within ``window`` seconds."""
    key = client_key(request, scope)
    if cache.add(key, 1, timeout=window):
        return False
    try:
        count = cache.incr(key)
    except ValueError:
        cache.add(key, 1, timeout=window)
        return False
    return count > limit
