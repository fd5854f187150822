"""Behind the TLS proxy README's deployment puts in front, every limit counts the visitor, not
the proxy: signups and admin sign-in lockouts read the same client address, trusting
X-Forwarded-For only as far as PROXY_COUNT says. A refused signup says when to come back."""

from unittest import mock

from django.test import RequestFactory, override_settings

import pytest

from newsletter import ratelimit
from site_core.client_address import client_address

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
PASSWORD = "a long and correct password"


def sign_up(client, forwarded_for=None, language="en", email="reader@example.org", remote=PROXY):
    data = {"email": email, "language": language, "consent": "on", "website": ""}
    extra = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(f"/{language}/newsletter/", data, **extra)


class Clock:
    """Stands in for time.time() in the rate limit, so the minutes left are known exactly."""

    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock():
    fake = Clock()
    with mock.patch.object(ratelimit, "time", fake):
        yield fake


@override_settings(PROXY_COUNT=1)
def test_behind_the_proxy_twenty_visitors_all_get_to_sign_up(client, multilingual_site):
    answers = [
        sign_up(client, forwarded_for=f"203.0.113.{n}", email=f"v{n}@example.org").status_code
        for n in range(20)
    ]
    assert answers == [302] * 20


@override_settings(PROXY_COUNT=1)
def test_a_flooding_visitor_is_told_when_to_come_back(client, multilingual_site, clock):
    # The flooder writes their own entries to the left of the one our proxy adds; only ours counts.
    for n in range(5):
        response = sign_up(client, forwarded_for=f"198.51.100.{n}, 203.0.113.9", email=f"f{n}@example.org")
        assert response.status_code == 302

    clock.now += 18 * 60
    refused = sign_up(client, forwarded_for="192.0.2.1, 203.0.113.9", language="ru", email="f6@example.org")
    assert refused.status_code == 429
    assert refused["Retry-After"] == str(42 * 60)
    assert "Попробуйте снова через 42 минуты." in refused.content.decode()

    clock.now += 59
    kazakh = sign_up(client, forwarded_for="203.0.113.9", language="kk", email="f7@example.org")
    assert kazakh.status_code == 429
    assert 0 < int(kazakh["Retry-After"]) <= 3600
    assert "42 минуттан кейін қайталап көріңіз." in kazakh.content.decode()

    clock.now += 40 * 60 + 30
    last_minute = sign_up(client, forwarded_for="203.0.113.9", language="ru", email="f8@example.org")
    assert last_minute["Retry-After"] == "31"
    assert "через 1 минуту." in last_minute.content.decode()

    # Everyone else behind the same proxy is still welcome.
    assert sign_up(client, forwarded_for="203.0.113.10", email="other@example.org").status_code == 302


@override_settings(PROXY_COUNT=0)
def test_without_a_proxy_a_forged_forwarded_header_changes_nothing(client, multilingual_site):
    answers = [
        sign_up(client, forwarded_for=f"198.51.100.{n}", email=f"g{n}@example.org", remote="192.0.2.60")
        for n in range(6)
    ]
    assert [answer.status_code for answer in answers] == [302] * 5 + [429]
    assert 0 < int(answers[-1]["Retry-After"]) <= 3600
    assert "Please try again in 60 minutes." in answers[-1].content.decode()


def test_an_ipv6_visitor_cannot_rotate_addresses_within_their_block(client, multilingual_site):
    answers = [
        sign_up(client, email=f"h{n}@example.org", remote=f"2001:db8:1:2::{n + 1:x}").status_code
        for n in range(6)
    ]
    assert answers == [302] * 5 + [429]
    assert sign_up(client, email="next@example.org", remote="2001:db8:1:3::1").status_code == 302


def test_an_unreachable_cache_lets_signups_through(client, multilingual_site):
    broken = mock.Mock()
    broken.add.return_value = False
    broken.incr.side_effect = ValueError("no such key")
    broken.get.return_value = None
    with mock.patch.object(ratelimit, "cache", broken):
        request = RequestFactory().post("/en/newsletter/", REMOTE_ADDR="192.0.2.70")
        assert ratelimit.hit(request, "newsletter-signup", 5, 3600) == ratelimit.Verdict(refused=False)
        answers = [sign_up(client, email=f"c{n}@example.org").status_code for n in range(7)]
    assert answers == [302] * 7


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded_for", "expected"),
    [
        (0, "192.0.2.1", "203.0.113.5", "192.0.2.1"),
        (1, PROXY, "203.0.113.5", "203.0.113.5"),
        (1, PROXY, "198.51.100.1, 203.0.113.5", "203.0.113.5"),
        (1, PROXY, " 203.0.113.5:51234 ", "203.0.113.5"),
        (1, PROXY, "[2001:DB8::1]:443", "2001:db8::1"),
        (1, PROXY, "::ffff:203.0.113.5", "203.0.113.5"),
        (2, PROXY, "198.51.100.1, 203.0.113.5, 10.0.0.1", "203.0.113.5"),
        # Malformed or too short for the proxies declared: the socket's address.
        (1, PROXY, None, PROXY),
        (1, PROXY, "", PROXY),
        (1, PROXY, "unknown", PROXY),
        (1, PROXY, "203.0.113.5, <script>", PROXY),
        (2, PROXY, "203.0.113.5", PROXY),
        (1, "not an address", "also not", None),
    ],
)
def test_the_client_address_trusts_only_what_our_proxies_wrote(proxies, remote, forwarded_for, expected):
    extra = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    request = RequestFactory().get("/", REMOTE_ADDR=remote, **extra)
    with override_settings(PROXY_COUNT=proxies):
        assert client_address(request) == expected


@pytest.fixture
def admin_user(django_user_model, multilingual_site):
    return django_user_model.objects.create_superuser("aigerim", "aigerim@example.org", PASSWORD)


def sign_in(client, username, password, forwarded_for):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@override_settings(PROXY_COUNT=1)
def test_behind_the_proxy_sign_in_lockouts_count_each_visitor(client, admin_user, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{number}", "wrong", forwarded_for="203.0.113.66")
    assert sign_in(client, "aigerim", PASSWORD, forwarded_for="203.0.113.66").status_code == 429
    assert sign_in(client, "aigerim", PASSWORD, forwarded_for="203.0.113.67").status_code == 302
