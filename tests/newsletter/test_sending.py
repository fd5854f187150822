import csv
import io
import socket
from unittest import mock

from django.core import mail
from django.core.mail import EmailMultiAlternatives

import pytest

from newsletter.models import Delivery, Send, Subscriber
from newsletter.sending import deliver
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribers():
    people = []
    for n in range(7):
        language = ["en", "kk", "ru"][n % 3]
        people.append(
            Subscriber.objects.create(email=f"p{n}@example.org", language=language, status="confirmed")
        )
    Subscriber.objects.create(email="pending@example.org", language="en", status="pending")
    Subscriber.objects.create(email="gone@example.org", language="en", status="unsubscribed")
    return people


@pytest.fixture
def post(make_post, kk_news_index, locales):
    english = make_post(title="Embassy news", summary="English summary")
    translate_page(english, locales["kk"], title="Елшілік жаңалығы", summary="Қазақша")
    return english


def test_each_confirmed_subscriber_gets_the_post_in_their_language(post, subscribers):
    send = deliver(Send.objects.create(page=post).pk, batch_size=3)
    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == sorted(s.email for s in subscribers)
    assert by_address["p1@example.org"].subject == "Елшілік жаңалығы"  # Kazakh
    assert by_address["p2@example.org"].subject == "Embassy news"  # Russian: no translation, English
    assert by_address["p0@example.org"].subject == "Embassy news"
    message = by_address["p1@example.org"]
    assert "Қазақша" in message.body and "Embassy of Kazakhstan" in message.body
    assert message.alternatives[0][1] == "text/html"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert (send.status, send.recipients, send.delivered, send.failed) == ("done", 7, 7, 0)


def test_an_interrupted_sending_resumes_without_duplicates_or_gaps(post, subscribers):
    send = Send.objects.create(page=post)
    real_send = EmailMultiAlternatives.send
    sent = {"count": 0}

    def crash_after_four(message, *args, **kwargs):
        if sent["count"] == 4:
            raise KeyboardInterrupt("the worker was stopped")
        sent["count"] += 1
        return real_send(message, *args, **kwargs)

    with (
        mock.patch.object(EmailMultiAlternatives, "send", crash_after_four),
        pytest.raises(KeyboardInterrupt),
    ):
        deliver(send.pk, batch_size=3)
    assert len(mail.outbox) == 4
    assert Send.objects.get(pk=send.pk).status == "sending"

    deliver(send.pk, batch_size=3)
    addresses = [message.to[0] for message in mail.outbox]
    assert sorted(addresses) == sorted(s.email for s in subscribers)
    assert len(addresses) == len(set(addresses))
    assert Delivery.objects.filter(send=send).count() == 7
    deliver(send.pk)
    assert len(mail.outbox) == 7


def test_editor_queues_a_sending_from_the_admin(admin_client, post, subscribers):
    page = admin_client.get(f"/admin/email-list/send/{post.pk}/")
    assert page.status_code == 200
    assert "7 confirmed subscribers" in page.content.decode()
    response = admin_client.post(f"/admin/email-list/send/{post.pk}/")
    assert response.status_code == 302
    send = Send.objects.get()
    assert send.status == "done" and send.delivered == 7
    listing = admin_client.get("/admin/email-list/sendings/")
    assert listing.status_code == 200


def test_a_sending_added_in_the_listing_is_queued_and_delivered(admin_client, post, subscribers, home):
    form = admin_client.get("/admin/email-list/sendings/new/")
    assert form.status_code == 200
    refused = admin_client.post("/admin/email-list/sendings/new/", {"page": home.pk})
    assert refused.status_code == 200
    assert "Only a published news post can be sent to the email list." in refused.content.decode()
    assert not Send.objects.exists()

    response = admin_client.post("/admin/email-list/sendings/new/", {"page": post.pk})
    assert response.status_code == 302
    send = Send.objects.get()
    assert send.status == "done" and send.delivered == 7 and len(mail.outbox) == 7


def test_a_sending_is_a_record_that_cannot_be_changed_or_deleted(admin_client, post, subscribers):
    admin_client.post(f"/admin/email-list/send/{post.pk}/")
    send = Send.objects.get()
    assert admin_client.get(f"/admin/email-list/sendings/edit/{send.pk}/").status_code == 403
    assert admin_client.post(f"/admin/email-list/sendings/delete/{send.pk}/").status_code == 403
    inspect = admin_client.get(f"/admin/email-list/sendings/inspect/{send.pk}/")
    assert inspect.status_code == 200 and "Embassy news" in inspect.content.decode()
    listing = admin_client.get("/admin/email-list/sendings/").content.decode()
    assert f"/admin/email-list/sendings/inspect/{send.pk}/" in listing
    assert f"/admin/email-list/sendings/edit/{send.pk}/" not in listing
    assert Send.objects.filter(pk=send.pk, page=post).exists()


def test_subscribers_csv_export(admin_client, subscribers):
    response = admin_client.get("/admin/email-list/subscribers/?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    )
    rows = list(csv.reader(io.StringIO(content)))
    assert "p0@example.org" in {row[0] for row in rows[1:]}
    assert len(rows) == 1 + 9


def test_smtp_delivery_to_a_local_server(settings, multilingual_site, client):
    from aiosmtpd.controller import Controller

    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope)
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = port
        settings.EMAIL_USE_TLS = False
        client.post("/ru/newsletter/", {"email": "smtp@example.org", "language": "ru", "consent": "on"})
    finally:
        controller.stop()
    [envelope] = received
    assert envelope.rcpt_tos == ["smtp@example.org"]
    assert b"List-Unsubscribe-Post: List-Unsubscribe=One-Click" in envelope.content
