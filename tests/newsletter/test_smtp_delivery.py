"""Sendings and confirmations against a real SMTP server on loopback: refusals, outages, retries,
and what the server counted."""

import datetime

from django.utils import timezone

import pytest

from newsletter import sending
from newsletter.models import Delivery, Send, Subscriber
from tests.conftest import translate_page
from tests.mail.smtp_server import LocalSMTPServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp(settings):
    server = LocalSMTPServer().start()
    for name, value in server.settings().items():
        setattr(settings, name, value)
    settings.NEWSLETTER_RETRY_SECONDS = 60
    yield server
    server.stop()


@pytest.fixture
def post(make_post, kk_news_index, locales):
    english = make_post(title="Embassy news", summary="English summary")
    translate_page(english, locales["kk"], title="Елшілік жаңалығы", summary="Қазақша")
    return english


@pytest.fixture
def readers():
    return [
        Subscriber.objects.create(
            email=f"r{n}@example.org", language=["en", "kk", "ru"][n % 3], status="confirmed"
        )
        for n in range(6)
    ]


def come_back_later(send):
    """Moves every retry into the past, as if its back-off had elapsed."""
    Delivery.objects.filter(send=send, status="waiting").update(next_attempt_at=timezone.now())
    Send.objects.filter(pk=send.pk).update(wake_at=None)


def test_transient_refusals_are_retried_and_permanent_ones_recorded_with_the_answer(smtp, post, readers):
    smtp.refuse_once = {"r1@example.org", "r2@example.org"}
    smtp.refuse_for_good = {"r3@example.org"}
    send = Send.objects.create(page=post)

    first = sending.deliver(send.pk)
    assert first.status == "sending" and first.delivered == 3 and first.failed == 1 and first.waiting == 2
    failed = Delivery.objects.get(send=send, status="failed")
    assert failed.subscriber.email == "r3@example.org" and failed.answer.startswith("550")
    retry = Delivery.objects.filter(send=send, status="waiting").first()
    assert retry.answer.startswith("451") and retry.attempts == 1
    assert retry.next_attempt_at > timezone.now() + datetime.timedelta(seconds=50)
    assert first.wake_at is not None  # a follow-up run is queued for when the retries are due

    come_back_later(send)
    done = sending.deliver(send.pk)
    assert (done.status, done.delivered, done.failed, done.waiting) == ("done", 5, 1, 0)
    assert smtp.received == {f"r{n}@example.org": 1 for n in (0, 1, 2, 4, 5)}


def test_a_mail_server_that_is_down_delays_the_sending_and_loses_nobody(smtp, post, readers, settings):
    smtp.stop()
    send = Send.objects.create(page=post)
    stalled = sending.deliver(send.pk)
    assert (stalled.status, stalled.delivered, stalled.failed, stalled.waiting) == ("sending", 0, 0, 6)
    assert set(Delivery.objects.filter(send=send).values_list("attempts", flat=True)) == {1}

    smtp.start()
    come_back_later(send)
    done = sending.deliver(send.pk)
    assert (done.status, done.delivered, done.failed) == ("done", 6, 0)
    assert set(smtp.received.values()) == {1} and len(smtp.received) == 6


def test_retries_stop_after_the_last_attempt(smtp, post, readers, settings):
    settings.NEWSLETTER_MAX_ATTEMPTS = 2
    smtp.stop()
    send = Send.objects.create(page=post)
    sending.deliver(send.pk)
    come_back_later(send)
    done = sending.deliver(send.pk)
    assert (done.status, done.failed, done.delivered) == ("done", 6, 0)
    assert "Connection" in Delivery.objects.filter(send=send).first().answer


def test_messages_reach_the_server_with_unsubscribe_headers_in_the_readers_language(smtp, post, readers):
    sending.deliver(Send.objects.create(page=post).pk)
    kazakh = next(m for m in smtp.messages if b"r1@example.org" in m)
    assert b"List-Unsubscribe-Post: List-Unsubscribe=One-Click" in kazakh
    assert b"Content-Language: kk" in kazakh


def test_a_signup_while_the_mail_server_is_down_is_accepted_and_confirmed_later(
    smtp, client, multilingual_site, run_tasks
):
    smtp.stop()
    data = {"email": "late@example.org", "language": "ru", "consent": "on", "website": ""}
    response = client.post("/ru/newsletter/", data)
    assert response.status_code == 302 and response["Location"] == "/ru/newsletter/thanks/"
    run_tasks()  # the worker tries, the server refuses the connection: a retry is queued
    subscriber = Subscriber.objects.get(email="late@example.org")
    assert subscriber.confirmation_sent_at is None and subscriber.confirmation_requested_at is not None

    # Signing up again meanwhile queues no second email.
    client.post("/ru/newsletter/", data)
    smtp.start()
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_tasks()
    assert smtp.received == {"late@example.org": 1}
    assert Subscriber.objects.get(pk=subscriber.pk).confirmation_sent_at is not None


def test_a_confirmation_that_cannot_be_sent_lets_the_visitor_try_again(
    smtp, client, multilingual_site, run_tasks
):
    smtp.refuse_for_good = {"typo@example.org"}
    data = {"email": "typo@example.org", "language": "en", "consent": "on", "website": ""}
    client.post("/en/newsletter/", data)
    run_tasks()
    assert Subscriber.objects.get().confirmation_requested_at is None
    smtp.refuse_for_good = set()
    client.post("/en/newsletter/", data)
    run_tasks()
    assert smtp.received == {"typo@example.org": 1}
