import re
from unittest import mock

from django.core import mail

import pytest

from newsletter import tokens
from newsletter.models import Subscriber
from tests.queue import run_queued_tasks

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"http://testserver(/\w\w/newsletter/confirm/[^/\s]+/)")


def sign_up(client, language="en", email="reader@example.org", **extra):
    """Posts the form, then lets the worker send what it queued."""
    data = {"email": email, "language": language, "consent": "on", "website": "", **extra}
    response = client.post(f"/{language}/newsletter/", data)
    run_queued_tasks()
    return response


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        ("en", "Please confirm your subscription", "open this link within three days"),
        ("kk", "Жазылуыңызды растаңыз", "үш күн ішінде ашыңыз"),
        ("ru", "Подтвердите подписку", "в течение трёх дней"),
    ],
)
def test_signup_sends_a_confirmation_in_the_chosen_language(
    client, multilingual_site, language, subject, words
):
    response = sign_up(client, language)
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/newsletter/thanks/"
    [message] = mail.outbox
    assert message.subject == subject
    assert words in message.body
    assert CONFIRM_LINK.search(message.body).group(1).startswith(f"/{language}/newsletter/confirm/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/")
    html = message.alternatives[0][0]
    assert f'<html lang="{language}">' in html
    subscriber = Subscriber.objects.get()
    assert (subscriber.status, subscriber.language) == ("pending", language)


def test_the_answer_is_the_same_whatever_the_address_state(client, multilingual_site):
    answers = []
    for status in ("pending", "confirmed", "unsubscribed"):
        Subscriber.objects.create(email=f"{status}@example.org", language="en", status=status)
    for email in (
        "new@example.org",
        "pending@example.org",
        "confirmed@example.org",
        "unsubscribed@example.org",
    ):
        response = sign_up(client, email=email)
        answers.append((response.status_code, response["Location"]))
    assert len(set(answers)) == 1
    assert sorted(message.to[0] for message in mail.outbox) == [
        "new@example.org",
        "pending@example.org",
        "unsubscribed@example.org",
    ]


def test_a_pending_address_gets_at_most_one_email_an_hour(client, multilingual_site):
    sign_up(client)
    sign_up(client)
    assert len(mail.outbox) == 1


def test_honeypot_and_invalid_email(client, multilingual_site):
    bot = sign_up(client, website="http://spam.example")
    assert bot.status_code == 302 and not Subscriber.objects.exists() and not mail.outbox
    bad = sign_up(client, email="not-an-address")
    assert bad.status_code == 400
    assert "Enter a valid email address." in bad.content.decode()
    missing_consent = client.post("/en/newsletter/", {"email": "a@example.org", "language": "en"})
    assert missing_consent.status_code == 400


def test_rate_limit_answers_429_and_is_shared_between_processes(multilingual_site, client, django_user_model):
    from django.test import Client

    other_process = Client()  # another app process sharing the same cache
    for n in range(5):
        assert sign_up(client if n % 2 else other_process, email=f"r{n}@example.org").status_code == 302
    response = sign_up(other_process, email="r6@example.org")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()


def confirmation_path(client, language="en"):
    sign_up(client, language)
    return CONFIRM_LINK.search(mail.outbox[-1].body).group(1)


def test_confirmation_link_shows_a_button_and_confirms_on_post(client, multilingual_site):
    path = confirmation_path(client, "ru")
    page = client.get(path)
    assert page.status_code == 200
    assert Subscriber.objects.get().status == "pending"
    confirmed = client.post(path)
    assert confirmed.status_code == 200
    assert "Ваша подписка подтверждена" in confirmed.content.decode()
    assert Subscriber.objects.get().status == "confirmed"
    reused = client.post(path)
    assert reused.status_code == 400


def test_tampered_and_expired_links_are_clear_400_pages(client, multilingual_site):
    path = confirmation_path(client, "kk")
    tampered = client.get(path.replace("confirm/", "confirm/x"))
    assert tampered.status_code == 400
    assert "Сілтеме" in tampered.content.decode()
    with mock.patch(
        "django.core.signing.time.time", return_value=__import__("time").time() + tokens.CONFIRM_MAX_AGE + 60
    ):
        expired = client.get(path)
    assert expired.status_code == 400
    assert "мерзімі өтіп кеткен" in expired.content.decode()


def test_unsubscribe_get_changes_nothing_and_one_click_post_answers_200(client, multilingual_site):
    subscriber = Subscriber.objects.create(email="reader@example.org", language="en", status="confirmed")
    path = f"/en/newsletter/unsubscribe/{tokens.make(subscriber, 'unsubscribe')}/"

    assert client.get(path).status_code == 200
    assert Subscriber.objects.get().status == "confirmed"

    one_click = client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert one_click.status_code == 200
    assert "Location" not in one_click
    assert Subscriber.objects.get().status == "unsubscribed"


def test_subscriber_can_change_language_from_the_same_page(client, multilingual_site):
    subscriber = Subscriber.objects.create(email="reader@example.org", language="en", status="confirmed")
    path = f"/en/newsletter/unsubscribe/{tokens.make(subscriber, 'unsubscribe')}/"
    response = client.post(path, {"action": "language", "language": "kk"})
    assert response.status_code == 200
    assert Subscriber.objects.get().language == "kk"
    assert Subscriber.objects.get().status == "confirmed"


def test_footer_form_is_on_every_page(client, multilingual_site):
    html = client.get("/kk/").content.decode()
    assert 'action="/kk/newsletter/"' in html
    # No CSRF token: the page can be cached for everyone; the origin check stands in for it.
    assert 'name="csrfmiddlewaretoken"' not in html
    assert '<option value="kk" lang="kk" selected>' in html


def test_a_signup_posted_from_another_site_is_refused(client, multilingual_site):
    data = {"email": "victim@example.org", "language": "en", "consent": "on"}
    assert client.post("/en/newsletter/", data, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert client.post("/en/newsletter/", data, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert not Subscriber.objects.exists()
    assert client.post("/en/newsletter/", data, HTTP_SEC_FETCH_SITE="same-origin").status_code == 302
    assert Subscriber.objects.filter(email="victim@example.org").exists()


def test_addresses_never_reach_the_logs(client, multilingual_site, caplog):
    caplog.set_level("DEBUG")
    sign_up(client, email="secret.person@example.org")
    assert "secret.person" not in caplog.text
