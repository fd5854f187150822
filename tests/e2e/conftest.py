import os
import shutil
import warnings

import pytest

CHROMIUM_CANDIDATES = [os.environ.get("CHROMIUM_PATH", ""), "/usr/bin/chromium", "/usr/bin/chromium-browser"]


def find_chromium() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


def pytest_collection_modifyitems(config, items):
    # A CI that runs the test command on two databases needs the browser journeys once: they
    # test what people see, and every test they make flushes the database (slow on PostgreSQL).
    elsewhere = os.environ.get("BROWSER_JOURNEYS") == "elsewhere"
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
            if elsewhere:
                item.add_marker(pytest.mark.skip(reason="the browser journeys run in this CI's SQLite pass"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    path = find_chromium()
    if path is None:
        message = (
            "NO CHROMIUM FOUND: browser journeys cannot run (install Debian's chromium: `make browser`)."
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        warnings.warn(message, stacklevel=1)
        pytest.skip(message)
    return {
        **browser_type_launch_args,
        "executable_path": path,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }
