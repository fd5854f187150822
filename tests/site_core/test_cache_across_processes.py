"""After a publish, every app process serves the new page on its next request: two gunicorn
processes share the page cache (as Redis is shared in production; a file cache here)."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.db import connection
from django.test import override_settings

import pytest

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    return (
        f"postgres://{settings['USER']}:{settings['PASSWORD'] or ''}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port: int, path: str) -> tuple[str, str | None]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=20) as response:  # noqa: S310
        return response.read().decode(), response.headers.get("X-Page-Cache")


@pytest.fixture
def shared_cache(tmp_path):
    location = tmp_path / "cache"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(location),
        }
    }
    with override_settings(CACHES=caches, PAGE_CACHE_SECONDS=600):
        yield f"file://{location}"


@pytest.fixture
def app_processes(transactional_db, shared_cache, tmp_path):
    ports = [free_port(), free_port()]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_core.settings.test",
        "DATABASE_URL": database_url(),
        "CACHE_URL": shared_cache,
        "PAGE_CACHE_SECONDS": "600",
        "GUNICORN_ACCESS_LOG": "",
        "WEB_CONCURRENCY": "1",
    }
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    processes = [
        subprocess.Popen(  # noqa: S603
            [gunicorn, "site_core.wsgi", "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env={**env, "PORT": str(port)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for port in ports
    ]
    try:
        for port in ports:
            deadline = time.monotonic() + 30
            while True:
                try:
                    fetch(port, "/healthz")
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        yield ports
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=20)


def test_every_process_serves_the_new_page_right_after_a_publish(app_processes, multilingual_site, make_post):
    post = make_post(title="Consular hall opens")
    for port in app_processes:
        fetch(port, post.url)
        html, state = fetch(port, post.url)
        assert state == "hit" and "Consular hall opens" in html

    post.title = "Consular hall opens on Monday"
    post.save_revision().publish()

    for port in app_processes:
        html, state = fetch(port, post.url)
        assert state == "miss"
        assert "Consular hall opens on Monday" in html
