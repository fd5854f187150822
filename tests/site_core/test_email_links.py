"""Every email links to SITE_BASE_URL, and every link it carries opens a working page there.

Each kind of email is rendered twice: as `make run PORT=8790` serves the site and as a
production host behind https. A link is followed by asking the test client for its path with the
link's own host (and scheme), as a mail reader's click would."""

import importlib.util
import io
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import GroupApprovalTask, Site, Workflow, WorkflowPage, WorkflowTask

import pytest

from newsletter import emails
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^\s<>\"']+")


@dataclass(frozen=True)
class Public:
    base: str

    @property
    def host(self) -> str:
        return urlsplit(self.base).netloc

    @property
    def secure(self) -> bool:
        return self.base.startswith("https://")

    def path_of(self, url: str) -> str:
        assert url.startswith(self.base + "/"), f"{url} does not start with {self.base}/"
        return url[len(self.base) :]

    def open(self, client, url: str, **extra):
        """Follows redirects on the same host, as a browser would after a click."""
        return client.get(self.path_of(url), HTTP_HOST=self.host, secure=self.secure, follow=True, **extra)


DEPLOYMENTS = {
    # `make run PORT=8790` exports this; dev settings take it from base unchanged.
    "port-8790": ("site_core.settings.base", {"SITE_BASE_URL": "http://127.0.0.1:8790"}),
    "https": (
        "site_core.settings.production",
        {
            "SITE_BASE_URL": "https://embassy.example",
            "ALLOWED_HOSTS": "embassy.example",
            "SECRET_KEY": "k" * 60,
        },
    ),
}


def load_fresh(module_name: str) -> dict:
    """Runs a settings module again, beside the one already imported, and returns its names."""
    origin = importlib.util.find_spec(module_name).origin
    spec = importlib.util.spec_from_file_location(f"{module_name}_again", origin)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return vars(module)


@pytest.fixture(params=DEPLOYMENTS.values(), ids=DEPLOYMENTS.keys())
def public(request, settings, monkeypatch, site_settings):
    """Loads the settings module afresh under the deployment's environment and takes the URL
    settings from it, then brings the Site record along as `migrate` would."""
    module, environment = request.param
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    loaded = load_fresh(module)
    settings.SITE_BASE_URL = loaded.get("SITE_BASE_URL")
    settings.WAGTAILADMIN_BASE_URL = loaded.get("WAGTAILADMIN_BASE_URL")
    call_command("sync_site_url", stdout=io.StringIO())
    return Public(environment["SITE_BASE_URL"])


def links_in(text: str) -> list[str]:
    found = [link.rstrip(".,)") for link in LINK.findall(text)]
    assert found, "the email carries no link"
    return found


def assert_every_link_is_public(message, public: Public) -> list[str]:
    parts = [message.body] + [content for content, _type in getattr(message, "alternatives", [])]
    links = [link for part in parts for link in links_in(part)]
    strays = [link for link in links if not link.startswith(public.base + "/")]
    assert not strays, f"links outside {public.base}: {strays}"
    return links


def test_signup_confirmation_links_to_the_public_address(client, public, multilingual_site):
    response = client.post(
        "/kk/newsletter/",
        {"email": "reader@example.org", "language": "kk", "consent": "on", "website": ""},
        HTTP_HOST=public.host,
        secure=public.secure,
    )
    assert response.status_code == 302
    # The email a worker sends for this signup (newsletter.confirmations), built the same way.
    message = emails.confirmation_email(Subscriber.objects.get(email="reader@example.org"))
    links = assert_every_link_is_public(message, public)

    [confirm] = {link for link in links if "/newsletter/confirm/" in link}
    assert public.path_of(confirm).startswith("/kk/newsletter/confirm/")
    page = public.open(client, confirm)
    assert page.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # only the button confirms


def test_unsubscribe_link_and_one_click_header_point_to_the_public_address(client, public, multilingual_site):
    subscriber = Subscriber.objects.create(
        email="reader@example.org", language="ru", status=Subscriber.Status.CONFIRMED
    )
    message = emails.confirmation_email(subscriber)
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith(f"<{public.base}/ru/newsletter/unsubscribe/") and header.endswith(">")
    one_click = header[1:-1]
    assert one_click in message.body

    assert public.open(client, one_click).status_code == 200
    # What a mail provider does with the header (RFC 8058): a POST without cookies.
    answer = client.post(
        public.path_of(one_click),
        {"List-Unsubscribe": "One-Click"},
        HTTP_HOST=public.host,
        secure=public.secure,
    )
    assert answer.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_newsletter_post_email_links_to_the_post_at_the_public_address(
    client, public, multilingual_site, make_post
):
    post = make_post(title="Visa-free travel extended", summary="Visitors may now stay 30 days.")
    subscriber = Subscriber.objects.create(
        email="reader@example.org", language="en", status=Subscriber.Status.CONFIRMED
    )
    # As newsletter.sending.deliver builds each email.
    message = emails.build(
        subscriber, "post", post.title, {"post": post, "post_url": emails.absolute(post.url)}
    )

    links = assert_every_link_is_public(message, public)
    assert f"{public.base}{post.url}" in links
    page = public.open(client, f"{public.base}{post.url}")
    assert page.status_code == 200
    assert "Visa-free travel extended" in page.content.decode()
    unsubscribe = message.extra_headers["List-Unsubscribe"][1:-1]
    assert public.open(client, unsubscribe).status_code == 200


@pytest.fixture
def moderation(home, make_post, django_user_model):
    """A news post waiting in a one-step moderation workflow, submitted by an editor."""
    moderator = django_user_model.objects.create_superuser(
        "moderator", email="moderator@example.org", password="pw"
    )
    editor = django_user_model.objects.create_user("editor", email="editor@example.org", password="pw")
    post = make_post(title="Consular hours change")
    task = GroupApprovalTask.objects.create(name="Moderation")
    workflow = Workflow.objects.create(name="Moderation workflow")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home)
    post.title = "Consular hours change in December"
    post.save_revision(user=editor)
    mail.outbox.clear()
    workflow.start(post, editor)
    return post, moderator, editor


def test_moderation_emails_link_to_the_public_address(client, public, moderation):
    post, moderator, editor = moderation
    submitted = [message for message in mail.outbox if message.to == [moderator.email]]
    assert submitted, "the moderator was not told"
    client.force_login(moderator)
    for message in submitted:
        for link in assert_every_link_is_public(message, public):
            assert public.open(client, link).status_code == 200, link
    assert any(f"{public.base}/admin/pages/{post.pk}/edit/" in message.body for message in submitted)

    mail.outbox.clear()
    task_state = post.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")

    [approved] = [message for message in mail.outbox if message.to == [editor.email]]
    links = assert_every_link_is_public(approved, public)
    # Wagtail writes this one from the Site record (page.full_url), not from the setting.
    view = f"{public.base}{post.url}"
    assert view in links
    client.logout()
    page = public.open(client, view)
    assert page.status_code == 200
    assert "Consular hours change in December" in page.content.decode()


@pytest.mark.parametrize("forged_host", [None, "attacker.example"])
def test_admin_password_reset_links_to_the_public_address(
    client, public, home, django_user_model, forged_host
):
    django_user_model.objects.create_user("editor", email="editor@example.org", password="old-pw")
    response = client.post(
        "/admin/password_reset/",
        {"email": "editor@example.org"},
        HTTP_HOST=forged_host or public.host,
        secure=public.secure,
    )
    assert response.status_code == 302
    [message] = mail.outbox
    [link] = [link for link in assert_every_link_is_public(message, public) if "password_reset" in link]
    assert "attacker.example" not in message.body

    form = public.open(client, link)
    assert form.status_code == 200
    assert 'name="new_password1"' in form.content.decode()


def test_the_default_site_record_follows_the_setting(public, home):
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == public.base
    assert home.full_url == f"{public.base}{home.url}"

    again = io.StringIO()
    call_command("sync_site_url", stdout=again)
    assert "already answers at" in again.getvalue()
    assert Site.objects.get(is_default_site=True).root_url == public.base


def test_migrate_moves_the_default_site_to_a_new_address(settings, home):
    settings.SITE_BASE_URL = "http://127.0.0.1:8790"
    call_command("migrate", verbosity=0)
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8790"
    assert home.full_url.startswith("http://127.0.0.1:8790/")


def test_only_the_default_site_moves_and_a_taken_address_is_refused(settings, home):
    other = Site.objects.create(hostname="consulate.example", port=80, root_page=home, is_default_site=False)
    settings.SITE_BASE_URL = "http://consulate.example"
    with pytest.raises(CommandError, match="Another site already has consulate.example:80"):
        call_command("sync_site_url", stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "http://localhost"

    settings.SITE_BASE_URL = "https://embassy.example"
    call_command("sync_site_url", stdout=io.StringIO())
    other.refresh_from_db()
    assert (other.hostname, other.port) == ("consulate.example", 80)
    assert Site.objects.get(is_default_site=True).root_url == "https://embassy.example"
