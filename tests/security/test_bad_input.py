"""The bad-input corpus (bad_requests.json): hostile and broken requests sent over real HTTP to
the live test server. Each must get a 4xx or an ordinary page: never a 5xx, never a traceback,
never slower than 2 seconds. A slow answer is sent twice more and only the fastest counts: input
that makes the site slow (a backtracking pattern, a huge query) is slow every time, while a pause
of a CI machine running two suites side by side is not."""

import http.client
import json
import re
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.core.handlers.wsgi import WSGIHandler
from django.test.testcases import LiveServerThread

import pytest

from newsletter import tokens
from newsletter.models import Subscriber

CORPUS = json.loads((Path(__file__).parent / "bad_requests.json").read_text())
LEAKS = re.compile(r"Traceback \(most recent call last\)|File \"/|django\.core\.exceptions|Exception Value")
SLOW = 2.0
TRIES = 3


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 150


@pytest.fixture
def app_server(transactional_db):
    """The site's own WSGI application (WhiteNoise for static files, its own media route) on a
    live server: Django's test server would answer some paths with its test-only file handlers."""
    thread = LiveServerThread("localhost", static_handler=lambda _handler: WSGIHandler())
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://localhost:{thread.port}"
    thread.terminate()


@pytest.fixture
def site(app_server, multilingual_site, make_post, make_event, gallery):
    make_post(title="Elections")
    make_event(title="Reception")
    subscriber = Subscriber.objects.create(email="reader@example.org", language="en")
    audio = gallery.tracks.first().audio
    audio_id, audio_name = audio.url.strip("/").split("/")[1:]
    confirm = tokens.make(subscriber, "confirm")
    values = {
        "audio_id": audio_id,
        "audio_name": audio_name,
        "confirm_token": confirm,
        "confirm_token_tampered": confirm[:-2] + ("AA" if not confirm.endswith("AA") else "BB"),
        "unsubscribe_token": tokens.make(subscriber, "unsubscribe"),
    }
    return urlsplit(app_server), values


def fill(text: str, values: dict) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def on_the_wire(path: str) -> str:
    """Printable ASCII goes as it is, hostile characters included; the rest percent-encoded."""
    return "".join(c if 33 <= ord(c) < 127 else quote(c) for c in path)


def csrf_pair(connection) -> tuple[str, str]:
    connection.request("GET", "/admin/login/")
    response = connection.getresponse()
    page = response.read().decode()
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    return cookie, token


def send(address, case: dict, values: dict):
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    headers = {key: fill(value, values) for key, value in case.get("headers", {}).items()}
    body = case.get("body")
    if "body_repeat" in case:
        repeat = case["body_repeat"]
        body = repeat["prefix"] + repeat["unit"] * repeat["times"]
    if body is not None:
        body = fill(body, values)
        headers.setdefault("Content-Type", case.get("content_type", "application/x-www-form-urlencoded"))
        if case.get("csrf"):
            cookie, token = csrf_pair(connection)
            headers["Cookie"] = f"csrftoken={cookie}"
            headers["X-CSRFToken"] = token
            headers["Referer"] = f"http://{address.netloc}/"
            if headers["Content-Type"].startswith("application/x-www-form-urlencoded"):
                body = f"csrfmiddlewaretoken={token}&{body}"
        body = body.encode("utf-8", "surrogatepass")
    started = time.monotonic()
    connection.putrequest(case["method"], on_the_wire(fill(case["path"], values)), skip_accept_encoding=True)
    for key, value in headers.items():
        connection.putheader(key, value.encode("utf-8"))
    if body is not None:
        connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    response = connection.getresponse()
    content = response.read()
    elapsed = time.monotonic() - started
    connection.close()
    return response.status, content.decode("utf-8", "replace"), elapsed


def test_every_bad_request_gets_a_clear_answer(site):
    address, values = site
    failures = []
    slowest = (0.0, "")
    for number, case in enumerate(CORPUS):
        label = f"#{number} {case['note']}: {case['method']} {case['path'][:80]}"
        try:
            status, body, elapsed = send(address, case, values)
        except (ConnectionError, http.client.HTTPException) as error:
            failures.append(f"{label} → connection failed: {error!r}")
            continue
        for _ in range(TRIES - 1):
            if elapsed <= SLOW:
                break
            elapsed = min(elapsed, send(address, case, values)[2])
        slowest = max(slowest, (elapsed, label))
        if status >= 500:
            failures.append(f"{label} → {status}")
        if LEAKS.search(body):
            failures.append(f"{label} → a traceback in the body")
        if elapsed > SLOW:
            failures.append(f"{label} → {elapsed:.2f} s")
    print(f"{len(CORPUS)} requests; slowest {slowest[0]:.3f} s: {slowest[1]}")
    assert not failures, "\n".join(failures)
