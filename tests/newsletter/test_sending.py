import csv
import io
from unittest import mock

from django.core import mail

import pytest

from newsletter import sending
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


def test_a_worker_stopped_mid_sending_is_resumed_without_duplicates_or_gaps(post, subscribers, settings):
    send = Send.objects.create(page=post)
    real_mark = sending._mark_handed_over
    marked = {"count": 0}

    def stop_at_the_fifth(row, token):
        if marked["count"] == 4:
            raise KeyboardInterrupt("the worker was stopped")
        marked["count"] += 1
        real_mark(row, token)

    with mock.patch.object(sending, "_mark_handed_over", stop_at_the_fifth), pytest.raises(KeyboardInterrupt):
        deliver(send.pk, batch_size=3)
    assert len(mail.outbox) == 4
    assert Send.objects.get(pk=send.pk).status == "sending"
    # The fifth and sixth subscribers were claimed (one batch) but never handed over: only when
    # the claims lapse does another worker take them.
    assert Delivery.objects.filter(send=send, status="claimed").count() == 2
    assert sending.sweep() == []  # the lease has not run out
    deliver(send.pk, batch_size=3)
    assert len(mail.outbox) == 5 and Send.objects.get(pk=send.pk).status == "sending"

    settings.NEWSLETTER_CLAIM_LEASE_SECONDS = 0
    assert sending.sweep() == [send.pk]
    deliver(send.pk, batch_size=3)
    addresses = [message.to[0] for message in mail.outbox]
    assert sorted(addresses) == sorted(s.email for s in subscribers)
    assert len(addresses) == len(set(addresses))
    finished = Send.objects.get(pk=send.pk)
    assert (finished.status, finished.delivered, finished.waiting) == ("done", 7, 0)
    deliver(send.pk)
    assert len(mail.outbox) == 7


def test_a_lapsed_hand_over_counts_as_delivered_and_is_not_sent_again(post, subscribers, settings):
    send = Send.objects.create(page=post)
    sending.prepare(send)
    token, rows, _due = sending.claim(send, 2)
    sending._mark_handed_over(rows[0], token)
    settings.NEWSLETTER_CLAIM_LEASE_SECONDS = 0
    sending.sweep()
    assert Delivery.objects.get(pk=rows[0].pk).status == "delivered"
    assert Delivery.objects.get(pk=rows[1].pk).status == "waiting"
    deliver(send.pk)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        s.email for s in subscribers if s.pk != rows[0].subscriber_id
    )


def test_two_workers_never_claim_the_same_subscriber(post, subscribers):
    send = Send.objects.create(page=post)
    sending.prepare(send)
    _first_token, first, _ = sending.claim(send, 4)
    _second_token, second, _ = sending.claim(send, 4)
    assert len(first) == 4 and len(second) == 3
    assert not {row.subscriber_id for row in first} & {row.subscriber_id for row in second}


def test_someone_who_unsubscribes_before_their_turn_is_skipped(post, subscribers):
    send = Send.objects.create(page=post)
    sending.prepare(send)
    Subscriber.objects.filter(pk=subscribers[0].pk).update(status="unsubscribed")
    finished = deliver(send.pk)
    assert subscribers[0].email not in {m.to[0] for m in mail.outbox}
    assert (finished.status, finished.delivered, finished.skipped, finished.waiting) == ("done", 6, 1, 0)


def test_editor_queues_a_sending_from_the_admin(admin_client, post, subscribers, run_tasks):
    page = admin_client.get(f"/admin/email-list/send/{post.pk}/")
    assert page.status_code == 200
    assert "7 confirmed subscribers" in page.content.decode()
    response = admin_client.post(f"/admin/email-list/send/{post.pk}/")
    send = Send.objects.get()
    # The editor's request only queues the sending: nothing is mailed from it.
    assert response.status_code == 302
    assert response["Location"] == f"/admin/email-list/sendings/inspect/{send.pk}/"
    assert send.status == "queued" and not mail.outbox
    waiting = admin_client.get(response["Location"]).content.decode()
    assert '<meta http-equiv="refresh"' in waiting and "<progress" in waiting

    run_tasks()
    send.refresh_from_db()
    assert send.status == "done" and send.delivered == 7 and len(mail.outbox) == 7
    done = admin_client.get(response["Location"]).content.decode()
    assert 'value="100"' in done and '<meta http-equiv="refresh"' not in done
    listing = admin_client.get("/admin/email-list/sendings/")
    assert listing.status_code == 200


def test_a_sending_added_in_the_listing_is_queued_and_delivered(
    admin_client, post, subscribers, home, run_tasks
):
    form = admin_client.get("/admin/email-list/sendings/new/")
    assert form.status_code == 200
    refused = admin_client.post("/admin/email-list/sendings/new/", {"page": home.pk})
    assert refused.status_code == 200
    assert "Only a published news post can be sent to the email list." in refused.content.decode()
    assert not Send.objects.exists()

    response = admin_client.post("/admin/email-list/sendings/new/", {"page": post.pk})
    assert response.status_code == 302
    run_tasks()
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
