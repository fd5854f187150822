"""Redis is not a single point of failure: with the cache refused, or accepting connections and
never answering, every page, the admin sign-in, the email-list signup and /healthz still answer
without waiting on it; and what editors publish while it is out shows once it is back."""

import logging
import socket
import threading
import time
from contextlib import contextmanager, suppress

from django.test import override_settings

import pytest
import redis

from site_core import resilient_cache
from site_core.fragments import shared
from tests.site_core.test_fragments import Builder, in_request

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("multilingual_site")]

REDIS_DB = 11
PAGES = ["/en/", "/kk/", "/en/news/", "/admin/login/", "/healthz"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def cache_at(port: int, retry_after: float = 60, session_engine="django.contrib.sessions.backends.cached_db"):
    """The site's settings with Redis (as `cache_from_url` makes them) at 127.0.0.1:``port``."""
    caches = {
        "default": {
            "BACKEND": "site_core.resilient_cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/{REDIS_DB}",
            "OPTIONS": {"socket_timeout": 0.3, "retry_after": retry_after},
        },
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(
        CACHES=caches, SESSION_ENGINE=session_engine, PAGE_CACHE_SECONDS=600, FRAGMENT_CACHE_SECONDS=600
    ):
        yield


@pytest.fixture(autouse=True)
def fresh_circuits():
    resilient_cache._circuits.clear()
    yield
    resilient_cache._circuits.clear()


class SilentServer:
    """Accepts connections and never answers, as a frozen (SIGSTOPped) Redis does."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.accepted.append(connection)

    def stop(self):
        self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for connection in self.accepted:
            connection.close()


class Cable:
    """A TCP link to the real Redis that can be cut (connections dropped, new ones refused) and
    mended on the same port, as a network outage or a Redis restart would."""

    def __init__(self):
        self.port = free_port()
        self.sockets: list[socket.socket] = []
        self.mend()

    def mend(self):
        self.listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        # A listener closed while a thread waits in accept() would go on listening: shut it down.
        with suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for each in self.sockets:
            each.close()
        self.sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", 6379))
            self.sockets += [client, server]
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, target), daemon=True).start()

    @staticmethod
    def _pipe(source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for each in (source, target):
                with suppress(OSError):
                    each.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def real_redis():
    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB, socket_connect_timeout=1)
    try:
        client.flushdb()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    cable = Cable()
    yield cable
    cable.cut()
    client.flushdb()


def test_every_page_answers_when_redis_refuses_connections(client, make_post, caplog):
    post = make_post(title="Elections")
    with cache_at(free_port()), caplog.at_level(logging.ERROR, logger="site_core.resilient_cache"):
        for path in [*PAGES, post.url] * 2:
            response = client.get(path)
            assert response.status_code == 200, path
            assert "X-Page-Cache" not in response  # neither served from the cache nor stored
        assert "Elections" in client.get(post.url).content.decode()
        health = client.get("/healthz")
    assert health.status_code == 200
    assert {k: health.json()[k] for k in ("status", "database", "cache")} == {
        "status": "degraded",
        "database": "ok",
        "cache": "degraded",
    }
    assert len(caplog.records) == 1  # logged once for the outage, not for every request


def test_redis_that_never_answers_is_waited_for_once(client, make_post):
    post = make_post(title="Elections")
    frozen = SilentServer()
    try:
        with cache_at(frozen.port):
            for path in [*PAGES, post.url] * 3:
                started = time.monotonic()
                response = client.get(path)
                assert response.status_code == 200, path
                assert time.monotonic() - started < 3, path
    finally:
        frozen.stop()
    # The first request gave up after its read timeout; the open circuit spared all the others.
    assert len(frozen.accepted) == 1


def test_editors_sign_in_while_redis_is_down(client, admin_user):
    with cache_at(free_port()):
        response = client.post("/admin/login/", {"username": "admin", "password": "password"})
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200  # the session was read from the database


def test_email_list_signup_is_not_refused_while_redis_is_down(client):
    data = {"email": "reader@example.org", "language": "en", "consent": "on", "website": ""}
    with cache_at(free_port()):
        response = client.post("/en/newsletter/", data)
    assert response.status_code == 302
    assert response["Location"] == "/en/newsletter/thanks/"


def test_a_post_published_during_an_outage_shows_when_redis_is_back(client, make_post, real_redis):
    post = make_post(title="Elections")
    with cache_at(real_redis.port, retry_after=0):
        client.get(post.url)
        assert client.get(post.url)["X-Page-Cache"] == "hit"
        real_redis.cut()
        post.title = "Elections: the results"
        post.save_revision().publish()  # the generation cannot be counted up now
        during = client.get(post.url)
        assert "Elections: the results" in during.content.decode()
        assert "X-Page-Cache" not in during
        real_redis.mend()
        response = client.get(post.url)
        assert "Elections: the results" in response.content.decode()
        assert response["X-Page-Cache"] == "miss"
        assert client.get(post.url)["X-Page-Cache"] == "hit"
        assert client.get("/healthz").json()["cache"] == "ok"


def test_a_process_copy_of_a_fragment_is_not_served_after_the_outage(real_redis):
    menu = Builder(["News"])
    with cache_at(real_redis.port, retry_after=0):
        assert in_request(lambda: shared("menu", menu, "en")) == ["News"]
        real_redis.cut()
        menu.value = ["News", "Music"]  # changed in another process, which could not count it
        assert in_request(lambda: shared("menu", menu, "en")) == ["News", "Music"]
        real_redis.mend()
        assert in_request(lambda: shared("menu", menu, "en")) == ["News", "Music"]


def test_signing_out_during_an_outage_is_not_undone_when_redis_is_back(client, admin_user, real_redis):
    with cache_at(real_redis.port, retry_after=0):
        client.force_login(admin_user)
        assert client.get("/admin/").status_code == 200  # the session is now in Redis too
        stolen = client.cookies["sessionid"].value
        real_redis.cut()
        client.post("/admin/logout/")
        real_redis.mend()
        client.cookies["sessionid"] = stolen
        response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
