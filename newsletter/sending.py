"""Sends a news post to every confirmed subscriber, in batches, each in their language.

A sending can be interrupted at any moment and started again: a Delivery row is written for
each subscriber right after their email has gone, and a resumed run only mails subscribers
without one, so nobody receives the post twice and nobody is skipped."""

from django.core.mail import get_connection
from django.db.models import F
from django.utils import timezone

from django_tasks import task

from newsletter import emails
from newsletter.models import SENDABLE_PAGE_TYPES, Delivery, Send, Subscriber

BATCH_SIZE = 50
ACCEPTED_POST_TYPES = SENDABLE_PAGE_TYPES


def post_translations(page) -> dict:
    pages = (
        page.get_translations(inclusive=True).live().filter(alias_of__isnull=True).select_related("locale")
    )
    return {translation.locale.language_code: translation.specific for translation in pages}


def deliver(send_id: int, batch_size: int = BATCH_SIZE) -> Send:
    send = Send.objects.select_related("page").get(pk=send_id)
    if send.status == Send.Status.DONE:
        return send
    translations = post_translations(send.page)
    fallback = translations.get("en") or send.page.specific
    confirmed = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    Send.objects.filter(pk=send.pk).update(status=Send.Status.SENDING, recipients=confirmed.count())

    connection = get_connection()
    while True:
        batch = list(
            confirmed.exclude(pk__in=Delivery.objects.filter(send=send).values("subscriber_id")).order_by(
                "pk"
            )[:batch_size]
        )
        if not batch:
            break
        for subscriber in batch:
            post = translations.get(subscriber.language, fallback)
            message = emails.build(
                subscriber, "post", post.title, {"post": post, "post_url": emails.absolute(post.url or "/")}
            )
            message.connection = connection
            try:
                message.send()
                ok = True
            except OSError:
                ok = False
            Delivery.objects.create(send=send, subscriber=subscriber, ok=ok)
            Send.objects.filter(pk=send.pk).update(
                delivered=F("delivered") + int(ok), failed=F("failed") + int(not ok)
            )
    Send.objects.filter(pk=send.pk).update(status=Send.Status.DONE, finished_at=timezone.now())
    return Send.objects.get(pk=send.pk)


@task()
def deliver_task(send_id: int) -> None:
    deliver(send_id)
