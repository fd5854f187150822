"""Scale-out, proved over real HTTP: PostgreSQL and Redis as the machine provides them, an
S3-compatible server (moto) reached with boto3, a stand-in CDN, and two gunicorn instances of the
site with the same production configuration. An editor works through instance A; instance B
serves the result at once; B survives its database going away."""

import json
import os
import re
import time
import urllib.error
import urllib.request
import uuid
from http.cookies import SimpleCookie

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import boto3
import pytest

from tests.audio import samples
from tests.integration.purge_receiver import PurgeReceiver
from tests.integration.services import (
    BIN,
    REDIS,
    Database,
    Proxy,
    free_port,
    manage,
    reachable,
    start,
    wait_for,
)

PASSWORD = "integration editor password"
pytestmark = pytest.mark.integration


def require_services():
    # The suite starts its own PostgreSQL database, Redis and app processes whatever DATABASE_URL
    # says, so a CI that runs the test command twice (SQLite, then PostgreSQL) runs it once.
    if os.environ.get("SCALE_OUT_SUITE") == "elsewhere":
        pytest.skip("the scale-out suite runs in this CI's PostgreSQL pass")
    missing = [
        name
        for name, address in (("PostgreSQL", ("127.0.0.1", 5432)), ("Redis", REDIS))
        if not reachable(*address)
    ]
    if missing:
        message = f"the scale-out suite needs {', '.join(missing)} on 127.0.0.1"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


class Browser:
    """An HTTP client behind the TLS-terminating proxy the production settings expect: it says
    X-Forwarded-Proto: https and keeps its (Secure) cookies itself."""

    def __init__(self, base: str):
        self.base = base
        self.cookies: dict[str, str] = {}

    def request(self, path, data=None, headers=None, method=None, follow=False):
        headers = {
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{self.base.split('//')[1]}{path}",
            **(headers or {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        request = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        opener = urllib.request.build_opener(NoRedirect) if not follow else urllib.request.build_opener()
        try:
            response = opener.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, dict(response.headers), response.read()

    def csrf_from(self, html: bytes) -> str:
        return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1).decode()

    def post_form(self, path, fields: dict, files: dict | None = None):
        _status, _headers, page = self.request(path)
        fields = {**fields, "csrfmiddlewaretoken": self.csrf_from(page)}
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in fields.items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            )
        for name, (filename, content, content_type) in (files or {}).items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n".encode()
                + content
                + b"\r\n"
            )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request(path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}, "POST")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def platform(tmp_path_factory):
    require_services()
    workdir = tmp_path_factory.mktemp("scale-out")
    database = Database()
    proxy = Proxy((database.host, database.port))
    cdn = PurgeReceiver()
    s3_port = free_port()
    moto = start(
        [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(s3_port)],
        os.environ.copy(),
        workdir / "moto.log",
    )
    processes = [moto]
    try:
        wait_for(f"http://127.0.0.1:{s3_port}/moto-api/")
        s3 = boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{s3_port}",
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        s3.create_bucket(Bucket="embassy-media")
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "site_core.settings.production",
            "SECRET_KEY": "integration-" + uuid.uuid4().hex,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_BASE_URL": "https://localhost",
            "DATABASE_URL": database.url,
            "CACHE_URL": f"redis://{REDIS[0]}:{REDIS[1]}/14",
            "AWS_STORAGE_BUCKET_NAME": "embassy-media",
            "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{s3_port}",
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "FRONTEND_CACHE_PURGE_URL": cdn.url,
            "DEMO_ADMIN_PASSWORD": PASSWORD,
            "VAR_DIR": str(workdir / "var"),
            "STATIC_ROOT": str(workdir / "static"),
            "GUNICORN_ACCESS_LOG": "",
            "WEB_CONCURRENCY": "2",
            "DB_CONN_MAX_AGE": "60",
        }
        manage(env, "migrate", "-v0")
        manage(env, "shell", "-v0", "-c", "from django.core.cache import cache; cache.clear()")
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "load_demo_content")
        ids = json.loads(
            manage(
                env,
                "shell",
                "-v0",
                "-c",
                (
                    "import json; from news.models import NewsIndexPage, NewsCategory, Author;"
                    "print(json.dumps({'index': NewsIndexPage.objects.get(locale__language_code='en').pk,"
                    "'category': NewsCategory.objects.filter(locale__language_code='en').first().pk,"
                    "'author': Author.objects.filter(locale__language_code='en').first().pk}))"
                ),
            )
            .strip()
            .splitlines()[-1]
        )
        ports = {"A": free_port(), "B": free_port()}
        for name, port in ports.items():
            app_env = {**env, "PORT": str(port)}
            if name == "B":
                app_env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:{proxy.port}/{database.name}"
            processes.append(
                start(
                    [str(BIN / "gunicorn"), "site_core.wsgi", "-c", "gunicorn.conf.py"],
                    app_env,
                    workdir / f"gunicorn-{name}.log",
                )
            )
        # CDN purges, search and reference index updates are background tasks.
        processes.append(
            start(
                [str(BIN / "python"), "manage.py", "worker", "--no-startup-delay", "--interval", "0.2"],
                env,
                workdir / "worker.log",
            )
        )
        for port in ports.values():
            wait_for(f"http://127.0.0.1:{port}/healthz")
        yield {
            "A": f"http://127.0.0.1:{ports['A']}",
            "B": f"http://127.0.0.1:{ports['B']}",
            "ids": ids,
            "cdn": cdn,
            "proxy": proxy,
            "s3": s3,
            "env": env,
        }
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
        cdn.close()
        proxy.cut()
        database.drop()


def editor_on(base: str) -> Browser:
    browser = Browser(base)
    status, _headers, _body = browser.post_form("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert status == 302, "the demo editor could not sign in"
    return browser


def test_a_post_and_a_track_published_on_a_are_served_by_b_at_once(platform):
    visitor = Browser(platform["B"])
    status, headers, before = visitor.request("/en/news/")
    assert status == 200
    assert visitor.request("/en/news/")[1].get("X-Page-Cache") == "hit"

    editor = editor_on(platform["A"])
    status, headers, _body = editor.post_form(
        "/admin/snippets/audio/audiofile/add/",
        {"title": "Kui for dombra"},
        files={"file": ("kui.wav", samples.wav(2.0), "audio/wav")},
    )
    assert status == 302, _body[:3000]
    ids = platform["ids"]
    platform["cdn"].received.clear()
    fields = nested_form_data(
        {
            "title": "Consular hall opens on Monday",
            "slug": "consular-hall-opens",
            "date": "2026-11-30",
            "category": ids["category"],
            "author": ids["author"],
            "summary": "The new consular hall receives visitors from Monday.",
            "body": streamfield([("paragraph", rich_text("<p>Twelve windows and a waiting area.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    status, _headers, body = editor.post_form(f"/admin/pages/add/news/newspage/{ids['index']}/", fields)
    assert status == 302, body[:3000]

    status, _headers, index = visitor.request("/en/news/")
    assert status == 200 and b"Consular hall opens on Monday" in index
    status, _headers, post = visitor.request("/en/news/consular-hall-opens/")
    assert status == 200 and b"Twelve windows" in post
    for code in ("kk", "ru"):
        assert visitor.request(f"/{code}/news/consular-hall-opens/")[0] == 200

    expected = {
        "/en/news/consular-hall-opens/",
        "/kk/news/consular-hall-opens/",
        "/ru/news/consular-hall-opens/",
        "/en/news/",
        "/en/news/feed/",
    }
    deadline = time.monotonic() + 60  # the worker polls every 0.2 s, behind the index updates
    while not expected <= platform["cdn"].paths() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert expected <= platform["cdn"].paths()

    # The track: its page on B redirects to the object storage, which serves byte ranges.
    path = manage(
        platform["env"],
        "shell",
        "-v0",
        "-c",
        "from audio.models import AudioFile; print(AudioFile.objects.get(title='Kui for dombra').url)",
    ).strip()
    status, headers, _body = visitor.request(path)
    assert status == 302 and headers["Location"].startswith(platform["s3"].meta.endpoint_url)
    ranged = urllib.request.urlopen(
        urllib.request.Request(headers["Location"], headers={"Range": "bytes=0-99"})
    )
    assert ranged.status == 206 and len(ranged.read()) == 100
    assert ranged.headers["Content-Type"] == "audio/wav"
    # No public listing or public objects: the bucket grants nothing to everyone.
    key = re.search(r"/embassy-media/([^?]+)", headers["Location"]).group(1)
    grants = platform["s3"].get_object_acl(Bucket="embassy-media", Key=key)["Grants"]
    assert not [g for g in grants if "AllUsers" in g["Grantee"].get("URI", "")]
    bucket_grants = platform["s3"].get_bucket_acl(Bucket="embassy-media")["Grants"]
    assert not [g for g in bucket_grants if "AllUsers" in g["Grantee"].get("URI", "")]


def test_b_answers_503_while_its_database_is_away_and_recovers(platform):
    visitor = Browser(platform["B"])
    assert visitor.request("/ru/search/?q=before")[0] == 200
    platform["proxy"].cut()
    try:
        status, headers, body = visitor.request("/ru/search/?q=during")
        assert status == 503
        assert headers.get("Retry-After") == "30"
        assert "Сайт ненадолго недоступен".encode() in body
        assert b"Traceback" not in body
        assert visitor.request("/healthz")[0] == 503
    finally:
        platform["proxy"].restore()
    status, _headers, _body = visitor.request("/ru/search/?q=after")
    assert status == 200
