"""SITE_BASE_URL is checked when the settings load: a value emails could not link to stops start-up
with one line, and the value that passes is the one Wagtail's emails use too."""

import pytest

from site_core.settings.environment import InvalidSetting, base_url
from tests.site_core.test_production_settings import run_manage


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("http://127.0.0.1:8790", "http://127.0.0.1:8790"),
        ("http://127.0.0.1:8790/", "http://127.0.0.1:8790"),
        ("HTTPS://Embassy.Example/", "https://embassy.example"),
        ("https://embassy.example:443", "https://embassy.example"),
        ("http://localhost:80", "http://localhost"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_a_good_address_is_kept_without_trailing_slash_or_default_port(value, expected):
    assert base_url("SITE_BASE_URL", value) == expected


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("127.0.0.1:8790", "must start with http:// or https://"),
        ("ftp://embassy.example", "must start with http:// or https://"),
        ("http:/embassy.example", "must start with http:// or https://"),
        ("https://", "must name a valid host"),
        ("https://embassy..example", "must name a valid host"),
        ("https://embassy_example.org", "must name a valid host"),
        ("https://embassy.example/en/", "no path, query or fragment"),
        ("https://embassy.example/?lang=en", "no path, query or fragment"),
        ("https://embassy.example#top", "no path, query or fragment"),
        ("https://editor:secret@embassy.example", "must not contain a user name or password"),
        ("http://embassy.example:99999", "port that is not a number"),
        ("http://embassy.example:0", "port that is not a number"),
        ("https://embassy.example:8443", "https needs port 443"),
        ("http://embassy.example:443", "https needs port 443"),
        ("https://embassy.example\r\nBcc: x@example.org", "without spaces"),
        ("https://посольство.example", "punycode"),
    ],
)
def test_a_bad_address_stops_start_up_with_one_clear_line(value, problem):
    with pytest.raises(InvalidSetting) as stopped:
        base_url("SITE_BASE_URL", value)
    message = str(stopped.value)
    assert message.startswith("Configuration error: the environment variable SITE_BASE_URL=")
    assert problem in message
    assert "\n" not in message


def test_https_only_refuses_plain_http():
    with pytest.raises(InvalidSetting, match="must be an https:// address"):
        base_url("SITE_BASE_URL", "http://embassy.example", https_only=True)


SHOW = "from django.conf import settings; print(settings.SITE_BASE_URL, settings.WAGTAILADMIN_BASE_URL)"


def test_wagtail_emails_use_the_address_make_run_gives(tmp_path):
    result = run_manage(
        tmp_path,
        "shell",
        "-v0",
        "-c",
        SHOW,
        DJANGO_SETTINGS_MODULE="site_core.settings.dev",
        SITE_BASE_URL="http://127.0.0.1:8790/",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["http://127.0.0.1:8790", "http://127.0.0.1:8790"]


def test_without_the_variable_the_default_is_the_default_run_address(tmp_path):
    result = run_manage(tmp_path, "shell", "-v0", "-c", SHOW, DJANGO_SETTINGS_MODULE="site_core.settings.dev")
    assert result.stdout.split() == ["http://127.0.0.1:8000", "http://127.0.0.1:8000"]


def test_a_bad_value_stops_manage_py_with_one_line_and_no_traceback(tmp_path):
    result = run_manage(
        tmp_path, "check", DJANGO_SETTINGS_MODULE="site_core.settings.dev", SITE_BASE_URL="127.0.0.1:8790"
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "Configuration error: the environment variable SITE_BASE_URL='127.0.0.1:8790' "
        "must start with http:// or https://."
    ]
