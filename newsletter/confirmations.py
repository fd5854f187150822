"""The confirmation email of a signup, sent by a worker so that a signup never waits for, or
fails with, the mail server. A transient failure is retried with back-off; when the attempts
run out the request is cleared, so the visitor who signs up again gets a new email."""

import logging

from django.core.mail import get_connection
from django.utils import timezone

from django_tasks import task

from newsletter import emails
from newsletter.handover import hand_over
from newsletter.models import Subscriber
from newsletter.sending import retry_delay

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6


def request_confirmation(subscriber: Subscriber) -> None:
    subscriber.confirmation_requested_at = timezone.now()
    subscriber.save(update_fields=["confirmation_requested_at", "language", "status", "consent_text"])
    send_confirmation.enqueue(subscriber.pk)


@task()
def send_confirmation(subscriber_id: int, attempt: int = 1) -> None:
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is None or subscriber.confirmation_requested_at is None:
        return
    connection = get_connection()
    try:
        outcome = hand_over(connection, emails.confirmation_email(subscriber), lambda: None)
    finally:
        connection.close()
    if outcome.delivered:
        Subscriber.objects.filter(pk=subscriber_id).update(confirmation_sent_at=timezone.now())
        return
    backend = send_confirmation.get_backend()
    if outcome.permanent or attempt >= MAX_ATTEMPTS or not backend.supports_defer:
        logger.warning("Confirmation email to subscriber %s not sent: %s", subscriber_id, outcome.answer)
        Subscriber.objects.filter(pk=subscriber_id).update(confirmation_requested_at=None)
        return
    send_confirmation.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
        subscriber_id, attempt + 1
    )
