"""Security headers on public pages and in the admin, scored with the HTTP Observatory's rules."""

import datetime as dt

from django.test import override_settings

import pytest

from tests.security import observatory
from tests.security.observatory import parse_csp

pytestmark = pytest.mark.django_db

# What production adds on top of the base settings (see site_core/settings/production.py).
PRODUCTION_HEADERS = override_settings(
    SECURE_HSTS_SECONDS=31_536_000,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=True,
    SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_SECURE=True,
    CSRF_COOKIE_HTTPONLY=True,
    LANGUAGE_COOKIE_SECURE=True,
)


@pytest.fixture
def public_urls(multilingual_site, make_post, make_event):
    post = make_post(title="Elections")
    event = make_event(title="Reception", starts_at=dt.datetime(2026, 12, 16, 18, tzinfo=dt.UTC))
    return {
        "home page": "/en/",
        "news post": post.url,
        "event page": event.url,
        "iCalendar feed": f"{event.get_parent().url}feed.ics",
    }


def test_public_pages_have_a_strict_nonce_based_policy(client, public_urls):
    for name, url in public_urls.items():
        response = client.get(url, secure=True)
        assert response.status_code == 200, name
        csp = parse_csp(response["Content-Security-Policy"])
        assert csp["default-src"] == ["'self'"]
        assert csp["object-src"] == ["'none'"]
        assert csp["base-uri"] == ["'none'"]
        assert csp["form-action"] == ["'self'"]
        assert csp["frame-ancestors"] == ["'self'"]
        unsafe = {"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"}
        for directive, values in csp.items():
            assert not unsafe & set(values), (name, directive)
        assert "data:" not in csp["script-src"] + csp["style-src"]


@PRODUCTION_HEADERS
def test_every_public_page_scores_a_plus(client, public_urls):
    for name, url in public_urls.items():
        response = client.get(url, secure=True)
        result = observatory.score(response)
        print(f"{name}: {result.total} {result.results}")
        assert result.total >= 100, (name, result.results)


@PRODUCTION_HEADERS
def test_the_admin_login_keeps_its_own_policy_and_still_scores_well(client, multilingual_site):
    response = client.get("/admin/login/", secure=True)
    csp = parse_csp(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert not any(value.startswith("'nonce-") for value in csp["script-src"])
    assert csp["object-src"] == ["'none'"]
    result = observatory.score(response)
    print(f"admin login: {result.total} {result.results}")
    assert result.total >= 70, result.results


def test_other_headers(client, multilingual_site):
    response = client.get("/en/", secure=True)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@PRODUCTION_HEADERS
def test_cookies_are_secure_httponly_and_samesite(client, multilingual_site, django_user_model):
    csrf = client.get("/admin/login/", secure=True).cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"

    django_user_model.objects.create_superuser("admin", "admin@example.org", "a long password")
    response = client.post(
        "/admin/login/",
        {"username": "admin", "password": "a long password"},
        secure=True,
        REMOTE_ADDR="10.0.0.1",
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
