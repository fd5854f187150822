"""App processes for tests that need several: gunicorn instances sharing one database and one
cache, as in production."""

import socket
import urllib.request
from pathlib import Path

from django.db import connection

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
