from unittest import mock

from django.db import OperationalError

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_is_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_database_does_not_answer(client):
    broken = mock.MagicMock()
    broken.cursor.side_effect = OperationalError("connection refused")
    with mock.patch("site_core.views.health.connection", broken):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"
