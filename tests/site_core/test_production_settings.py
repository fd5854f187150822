"""Production settings are loaded in a separate process, as a deployment would load them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(tmp_path, *args, **env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            ("DJANGO_", "DATABASE_", "SECRET_", "ALLOWED_", "SITE_BASE_URL", "WAGTAILADMIN_")
        )
    }
    env.update(
        DJANGO_SETTINGS_MODULE="site_core.settings.production",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        VAR_DIR=str(tmp_path),
    )
    env.update(env_overrides)
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_the_deploy_check_with_no_warnings(tmp_path):
    result = run_manage(
        tmp_path,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="q8#Lr2!vX9@mZ4$wT7^pK1&nB6*yH3(cF5)jD0_sG8+eA2=uR7-iO4%lW9",
        ALLOWED_HOSTS="embassy.example",
        SITE_BASE_URL="https://embassy.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run_manage(tmp_path, "check", SECRET_KEY=None, ALLOWED_HOSTS="embassy.example")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_to_start_without_allowed_hosts(tmp_path):
    result = run_manage(tmp_path, "check", SECRET_KEY="x" * 60, ALLOWED_HOSTS=None)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


GOOD_KEY = "x" * 60


def test_production_refuses_to_start_without_the_site_base_url(tmp_path):
    result = run_manage(tmp_path, "check", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="embassy.example")
    assert result.returncode != 0
    assert result.stderr.strip() == "Configuration error: the environment variable SITE_BASE_URL is required."


def test_production_refuses_a_plain_http_site_base_url_in_one_line(tmp_path):
    result = run_manage(
        tmp_path,
        "check",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="embassy.example",
        SITE_BASE_URL="http://embassy.example",
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "SITE_BASE_URL='http://embassy.example' must be an https:// address" in line


def test_production_refuses_a_site_base_url_its_allowed_hosts_would_answer_400_to(tmp_path):
    result = run_manage(
        tmp_path,
        "check",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="app.internal",
        SITE_BASE_URL="https://embassy.example",
    )
    assert result.returncode != 0
    [line] = result.stderr.strip().splitlines()
    assert "names a host that ALLOWED_HOSTS does not allow" in line


def test_production_emails_link_to_the_https_site_base_url(tmp_path):
    result = run_manage(
        tmp_path,
        "shell",
        "-v0",
        "-c",
        "from django.conf import settings; print(settings.SITE_BASE_URL, settings.WAGTAILADMIN_BASE_URL)",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS=".embassy.example",
        SITE_BASE_URL="https://www.embassy.example/",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["https://www.embassy.example", "https://www.embassy.example"]
