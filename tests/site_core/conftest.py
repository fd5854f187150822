"""Fixtures for the tests that run several app processes (``app_processes``)."""

import os
import subprocess
import sys
import time
from pathlib import Path

from django.test import override_settings

import pytest

from tests.site_core.app_processes import ROOT, database_url, fetch, free_port


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
        for port, process in zip(ports, processes, strict=True):
            deadline = time.monotonic() + 30
            while True:
                try:
                    fetch(port, "/healthz")
                    break
                except OSError as error:
                    if process.poll() is not None or time.monotonic() > deadline:
                        process.terminate()
                        output = process.communicate(timeout=20)[1].decode(errors="replace")
                        raise RuntimeError(f"gunicorn did not start:\n{output[-3000:]}") from error
                    time.sleep(0.2)
        yield ports
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=20)
