"""Admin sign-in is locked after repeated failures, per account and per client, with a clear
message, and every attempt is kept as an audit trail (django-axes)."""

from django.conf import settings

import pytest
from axes.models import AccessAttempt, AccessLog

pytestmark = pytest.mark.django_db

PASSWORD = "a long and correct password"


@pytest.fixture
def admin_user(django_user_model, multilingual_site):
    return django_user_model.objects.create_superuser("aigerim", "aigerim@example.org", PASSWORD)


def sign_in(client, username, password, address="198.51.100.7"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def test_an_account_is_locked_after_repeated_failures_even_from_other_addresses(client, admin_user):
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "aigerim", "wrong", address=f"198.51.100.{attempt}")
        assert response.status_code == 200
        assert "password didn&#x27;t match" in response.content.decode()

    locked = sign_in(client, "aigerim", "wrong", address="198.51.100.99")
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()

    # The right password does not help while the account is locked.
    assert sign_in(client, "aigerim", PASSWORD, address="203.0.113.1").status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_client_address_is_locked_after_failures_on_several_accounts(client, admin_user):
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{number}", "wrong", address="192.0.2.50")
    assert sign_in(client, "aigerim", PASSWORD, address="192.0.2.50").status_code == 429
    assert sign_in(client, "aigerim", PASSWORD, address="192.0.2.51").status_code == 302


def test_attempts_are_recorded_and_a_success_resets_the_count(client, admin_user):
    sign_in(client, "aigerim", "wrong")
    sign_in(client, "aigerim", "wrong")
    assert AccessAttempt.objects.filter(username="aigerim").get().failures_since_start == 2
    assert sign_in(client, "aigerim", PASSWORD).status_code == 302
    assert AccessLog.objects.filter(username="aigerim").exists()
    assert not AccessAttempt.objects.filter(username="aigerim").exists()


def test_the_forwarded_header_is_not_trusted_without_a_proxy(client, admin_user):
    for number in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/admin/login/",
            {"username": f"guess{number}", "password": "wrong"},
            REMOTE_ADDR="192.0.2.60",
            HTTP_X_FORWARDED_FOR=f"10.9.8.{number}",
        )
    assert sign_in(client, "aigerim", PASSWORD, address="192.0.2.60").status_code == 429
