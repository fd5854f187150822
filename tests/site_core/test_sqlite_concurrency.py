"""The embedded SQLite default takes concurrent writes from several app processes without
losing any: gunicorn workers signing visitors up and editors saving pages at the same moment
wait their turn instead of failing with "database is locked".

The processes run the settings operators run (`site_core.settings.dev`) against their own
migrated database file, not the pytest test database."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 8
ROUNDS = 15

pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
    reason="about SQLite's locking; PostgreSQL has row locks",
)

# Each round is the signup's transaction: read the row (get_or_create under select_for_update),
# then write, plus a read-modify-write of a row every process shares, as two editors saving the
# same page do. Reading first takes SQLite's shared lock; the write must then upgrade it.
WRITER = """
import json, os, sys, time
import django
django.setup()
from django.db import OperationalError, connection, transaction
from newsletter.models import Subscriber

worker, rounds, ready, go = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    journal_mode = cursor.fetchone()[0]
open(ready, "w").close()
while not os.path.exists(go):
    time.sleep(0.01)
done, errors = [], []
for number in range(rounds):
    mark = f"{worker}:{number};"
    try:
        with transaction.atomic():
            Subscriber.objects.select_for_update().get_or_create(
                email=f"w{worker}-{number}@example.org", defaults={"language": "en"}
            )
            shared, _created = Subscriber.objects.select_for_update().get_or_create(
                email="shared@example.org", defaults={"language": "en"}
            )
            shared.consent_text += mark
            shared.save(update_fields=["consent_text"])
        done.append(mark)
    except OperationalError as error:
        errors.append(str(error))
print(json.dumps({"journal_mode": journal_mode, "done": done, "errors": errors}))
"""


def environment(database: Path, var_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_core.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "VAR_DIR": str(var_dir),
        "CACHE_URL": "locmem://",
        "DB_CONN_MAX_AGE": "0",
    }


@pytest.fixture
def sqlite_file(tmp_path, django_db_setup, django_db_blocker):
    # pytest-django's test database is migrated already and empty outside a test's transaction:
    # a copy of it takes a second, where running the migrations again took a minute.
    database = tmp_path / "concurrent.sqlite3"
    # (The test settings name the file: SQLite's default test database lives in memory.)
    source = connection.settings_dict["TEST"]["NAME"]
    with django_db_blocker.unblock(), sqlite3.connect(source) as original, sqlite3.connect(database) as copy:
        original.backup(copy)
    return database


def test_concurrent_writers_lose_nothing_and_never_see_a_locked_database(sqlite_file, tmp_path):
    env = environment(sqlite_file, tmp_path)
    go = tmp_path / "go"
    ready = [tmp_path / f"ready-{worker}" for worker in range(PROCESSES)]
    processes = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", WRITER, str(worker), str(ROUNDS), str(ready[worker]), str(go)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(PROCESSES)
    ]
    try:
        # Release every writer at once, after all have started Django, so their writes overlap.
        deadline = time.monotonic() + 120
        while not all(path.exists() for path in ready):
            assert time.monotonic() < deadline, "the writers did not start"
            assert all(process.poll() is None for process in processes), "a writer died on start"
            time.sleep(0.05)
        go.touch()
        outputs = [process.communicate(timeout=240) for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()

    reports = []
    for process, (stdout, stderr) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, stderr
        reports.append(json.loads(stdout.strip().splitlines()[-1]))
    errors = [error for report in reports for error in report["errors"]]
    assert errors == []
    assert {report["journal_mode"] for report in reports} == {"wal"}

    with sqlite3.connect(sqlite_file) as check:
        rows = dict(check.execute("SELECT email, consent_text FROM newsletter_subscriber"))
    written = [mark for report in reports for mark in report["done"]]
    assert len(written) == PROCESSES * ROUNDS
    # Every read-modify-write of the shared row is in it: none overwrote another's.
    assert sorted(rows.pop("shared@example.org").split(";")[:-1]) == sorted(m[:-1] for m in written)
    assert len(rows) == PROCESSES * ROUNDS
