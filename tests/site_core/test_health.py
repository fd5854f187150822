import datetime
import socket
from unittest import mock

from django.db import OperationalError
from django.test import override_settings
from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_is_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "tasks": "ok",
        "oldest_task_seconds": 0,
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_no_worker_takes_the_queued_tasks(client, settings):
    from django_tasks_db.models import DBTaskResult

    from newsletter.sending import sweep_sendings

    settings.TASKS_MAX_WAIT_SECONDS = 120
    sweep_sendings.enqueue()
    assert client.get("/healthz").json()["tasks"] == "ok"
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=5))
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["tasks"] == "stalled" and response.json()["oldest_task_seconds"] >= 300
    # A task deferred to later is not waiting yet; one that is taken no longer waits.
    DBTaskResult.objects.update(status="RUNNING")
    assert client.get("/healthz").status_code == 200


def test_healthz_is_503_when_the_database_does_not_answer(client):
    broken = mock.MagicMock()
    broken.cursor.side_effect = OperationalError("connection refused")
    with mock.patch("site_core.views.health.connection", broken):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unreachable_redis():
    location = f"redis://127.0.0.1:{closed_port()}/11"
    return override_settings(
        CACHES={"default": {"BACKEND": "site_core.resilient_cache.ResilientRedisCache", "LOCATION": location}}
    )


def test_healthz_is_200_but_degraded_when_the_cache_is_out(client):
    with unreachable_redis():
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "cache": "degraded",
        "tasks": "ok",
        "oldest_task_seconds": 0,
    }


def test_healthz_is_503_when_the_database_is_down_whatever_the_cache(client):
    broken = mock.MagicMock()
    broken.cursor.side_effect = OperationalError("connection refused")
    with unreachable_redis(), mock.patch("site_core.views.health.connection", broken):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "error",
        "cache": "degraded",
    }
