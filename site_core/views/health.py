"""``/healthz`` for load balancers and monitoring: one word per dependency, and a status.

The status is ``ok`` when every check passes, ``degraded`` (still 200: the site answers, more
slowly) when only a check the site can do without fails, and ``unavailable`` (503) when an
essential one fails. A new dependency is one more entry in ``CHECKS``.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from site_core.resilient_cache import ResilientRedisCache
from taskqueue.health import oldest_wait_seconds

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    name: str
    passes: Callable[[], bool]
    failing: str  # the word reported when it does not pass
    essential: bool  # without it the site cannot answer: 503


def database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return False
    return True


def cache_answers() -> bool:
    # During an outage the circuit answers at once: a health check never waits on a dead Redis.
    backend = caches[DEFAULT_CACHE_ALIAS]
    return backend.ping() if isinstance(backend, ResilientRedisCache) else True


CHECKS = [
    Check("database", database_answers, failing="error", essential=True),
    Check("cache", cache_answers, failing="degraded", essential=False),
]


@never_cache
@require_safe
def healthz(request):
    """200 when the site can answer (``degraded`` when the cache is out), 503 when it cannot."""
    report, failed = {}, []
    for check in CHECKS:
        passes = check.passes()
        report[check.name] = "ok" if passes else check.failing
        if not passes:
            failed.append(check)
    if report["database"] == "ok":
        # Pages still answer without a worker, but emails and index updates stop: a monitor
        # must see it. Read once, for the verdict and the figure; unknown while the database is out.
        wait = oldest_wait_seconds()
        stalled = wait > settings.TASKS_MAX_WAIT_SECONDS
        report["tasks"] = "stalled" if stalled else "ok"
        report["oldest_task_seconds"] = round(wait)
        if stalled:
            failed.append(Check("tasks", lambda: False, failing="stalled", essential=True))
    status = "unavailable" if any(check.essential for check in failed) else "degraded" if failed else "ok"
    return JsonResponse({"status": status, **report}, status=503 if status == "unavailable" else 200)
