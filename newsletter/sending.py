"""Sends a news post to every confirmed subscriber, each in their language, exactly once.

When a sending starts, one Delivery row is written per confirmed subscriber. Workers (any
number, on any machine) claim waiting rows in small batches with a conditional UPDATE, so two
never take the same subscriber. Each claimed email goes to the mail server through
``newsletter.handover``, which records the hand-over just before the message's end; the outcome
is recorded after: delivered; failed for good with the server's answer (5xx); or waiting again
after a transient failure (refused connection, 4xx answer, timeout), retried with back-off up
to NEWSLETTER_MAX_ATTEMPTS attempts. A sending is done only when every row is delivered, failed
for good, or skipped (the subscriber left the list before their turn).

A worker killed mid-way leaves claims behind. After NEWSLETTER_CLAIM_LEASE_SECONDS the sweep
takes them back: a claim never handed over is sent again (the server never saw its end), a
hand-over counts as delivered (the server had the whole message). The sweep also resumes any
sending nobody is moving on; it runs when a worker starts and then every NEWSLETTER_SWEEP_SECONDS.
"""

import datetime
import logging
import time
import uuid

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Count, F, Min, Q
from django.utils import timezone

from django_tasks import task

from kazakh_latin import variant
from newsletter import emails
from newsletter.handover import Outcome, hand_over
from newsletter.models import SENDABLE_PAGE_TYPES, Delivery, Send, Subscriber

logger = logging.getLogger(__name__)

BATCH_SIZE = 50
ACCEPTED_POST_TYPES = SENDABLE_PAGE_TYPES
MAX_RETRY_DELAY = datetime.timedelta(hours=1)
# The sending's page shows counts at most this old, however slow the mail server is.
COUNTS_EVERY_SECONDS = 2
UNFINISHED = (Delivery.Status.WAITING, Delivery.Status.CLAIMED, Delivery.Status.HANDED_OVER)


def post_translations(page) -> dict:
    pages = (
        page.get_translations(inclusive=True).live().filter(alias_of__isnull=True).select_related("locale")
    )
    return {translation.locale.language_code: translation.specific for translation in pages}


def retry_delay(attempts: int) -> datetime.timedelta:
    """Back-off after the ``attempts``-th failed attempt: the base delay, doubled each time."""
    delay = datetime.timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS * 2 ** max(attempts - 1, 0))
    return min(delay, MAX_RETRY_DELAY)


def prepare(send: Send) -> None:
    """Writes a waiting row for every confirmed subscriber (again harmlessly, if two runs race)."""
    if send.status != Send.Status.QUEUED:
        return
    confirmed = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).values_list("pk", flat=True)
    Delivery.objects.bulk_create(
        (Delivery(send=send, subscriber_id=pk) for pk in confirmed.iterator()),
        batch_size=500,
        ignore_conflicts=True,
    )
    Send.objects.filter(pk=send.pk, status=Send.Status.QUEUED).update(status=Send.Status.SENDING)
    refresh_counts(send.pk)


def claim(send: Send, limit: int) -> tuple[str, list[Delivery], bool]:
    """Claims up to ``limit`` due rows; also says whether any were due (another worker may have
    claimed them first, which is not the same as none being left)."""
    now = timezone.now()
    token = uuid.uuid4().hex
    due = Delivery.objects.filter(send=send, status=Delivery.Status.WAITING, next_attempt_at__lte=now)
    with transaction.atomic():
        # PostgreSQL hands each worker rows the others have not locked; SQLite's immediate
        # transactions let one writer in at a time. The status condition decides either way.
        ids = list(
            due.select_for_update(skip_locked=True).order_by("pk").values_list("pk", flat=True)[:limit]
        )
        if ids:
            Delivery.objects.filter(pk__in=ids, status=Delivery.Status.WAITING).update(
                status=Delivery.Status.CLAIMED, claim=token, claimed_at=now
            )
    claimed = list(Delivery.objects.filter(claim=token).select_related("subscriber").order_by("pk"))
    left = [row for row in claimed if row.subscriber.status != Subscriber.Status.CONFIRMED]
    if left:
        Delivery.objects.filter(pk__in=[row.pk for row in left], claim=token).update(
            status=Delivery.Status.SKIPPED, claim=""
        )
    return token, [row for row in claimed if row not in left], bool(ids)


def record(row: Delivery, token: str, outcome: Outcome) -> None:
    now = timezone.now()
    mine = Delivery.objects.filter(pk=row.pk, claim=token)
    attempts = row.attempts + 1
    if outcome.delivered:
        mine.update(
            status=Delivery.Status.DELIVERED, delivered_at=now, attempts=attempts, answer=outcome.answer
        )
    elif outcome.permanent or attempts >= settings.NEWSLETTER_MAX_ATTEMPTS:
        mine.update(status=Delivery.Status.FAILED, attempts=attempts, answer=outcome.answer, claim="")
    else:
        mine.update(
            status=Delivery.Status.WAITING,
            attempts=attempts,
            answer=outcome.answer,
            claim="",
            next_attempt_at=now + retry_delay(attempts),
        )


class ClaimLost(Exception):
    """The lease ran out and the sweep took the subscriber back: someone else will mail them."""


def _mark_handed_over(row: Delivery, token: str) -> None:
    # The lease starts again here: a claim taken with its batch may be old by the time its turn
    # comes, and a living worker waiting for the server's answer must not be taken for a dead one.
    now = timezone.now()
    taken = Delivery.objects.filter(pk=row.pk, claim=token, status=Delivery.Status.CLAIMED).update(
        status=Delivery.Status.HANDED_OVER, handed_over_at=now, claimed_at=now
    )
    if not taken:
        raise ClaimLost(row.pk)


def refresh_counts(send_id: int) -> None:
    counts = dict(
        Delivery.objects.filter(send_id=send_id).values_list("status").annotate(n=Count("pk")).order_by()
    )
    Send.objects.filter(pk=send_id).update(
        recipients=sum(counts.values()),
        delivered=counts.get(Delivery.Status.DELIVERED, 0),
        failed=counts.get(Delivery.Status.FAILED, 0),
        skipped=counts.get(Delivery.Status.SKIPPED, 0),
        last_progress_at=timezone.now(),
    )


def _finish_or_schedule(send: Send) -> None:
    rows = Delivery.objects.filter(send=send)
    if not rows.filter(status__in=UNFINISHED).exists():
        Send.objects.filter(pk=send.pk).exclude(status=Send.Status.DONE).update(
            status=Send.Status.DONE, finished_at=timezone.now(), wake_at=None
        )
        return
    due = rows.filter(status=Delivery.Status.WAITING).aggregate(at=Min("next_attempt_at"))["at"]
    if due is None:
        return  # Others hold the remaining claims; the sweep steps in if they die.
    now = timezone.now()
    # One follow-up run per sending: only the run that moves wake_at enqueues it.
    moved = (
        Send.objects.filter(pk=send.pk)
        .filter(Q(wake_at__isnull=True) | Q(wake_at__lte=now) | Q(wake_at__gt=due))
        .update(wake_at=due)
    )
    if moved:
        run_sending.using(run_after=max(due, now)).enqueue(send.pk)


def deliver(send_id: int, batch_size: int = BATCH_SIZE) -> Send:
    """Sends what is due of one sending, then finishes it or schedules its retries."""
    send = Send.objects.select_related("page").get(pk=send_id)
    if send.status == Send.Status.DONE:
        return send
    prepare(send)
    translations = post_translations(send.page)
    fallback = translations.get("en") or send.page.specific
    connection = get_connection()
    counted_at = time.monotonic()
    try:
        while True:
            token, rows, any_due = claim(send, batch_size)
            if not any_due:
                break
            for row in rows:
                # Kazakh in Latin script gets the Kazakh post (emails.build transliterates it).
                post = translations.get(variant.content_language(row.subscriber.language), fallback)
                message = emails.build(
                    row.subscriber,
                    "post",
                    post.title,
                    {"post": post, "post_url": emails.absolute(post.url or "/")},
                )
                try:
                    outcome = hand_over(
                        connection, message, lambda row=row, token=token: _mark_handed_over(row, token)
                    )
                except ClaimLost:
                    logger.warning(
                        "Sending %s: the claim on delivery %s lapsed; left to the sweep", send.pk, row.pk
                    )
                    continue
                record(row, token, outcome)
                if time.monotonic() - counted_at > COUNTS_EVERY_SECONDS:
                    refresh_counts(send.pk)
                    counted_at = time.monotonic()
            refresh_counts(send.pk)
            counted_at = time.monotonic()
    finally:
        connection.close()
    refresh_counts(send.pk)
    _finish_or_schedule(send)
    return Send.objects.get(pk=send.pk)


def sweep() -> list[int]:
    """Takes back lapsed claims and resumes sendings nobody moves on; returns their ids."""
    now = timezone.now()
    lapsed = now - datetime.timedelta(seconds=settings.NEWSLETTER_CLAIM_LEASE_SECONDS)
    claims = Delivery.objects.filter(claimed_at__lt=lapsed)
    handed_over = set(claims.filter(status=Delivery.Status.HANDED_OVER).values_list("send_id", flat=True))
    released = set(claims.filter(status=Delivery.Status.CLAIMED).values_list("send_id", flat=True))
    claims.filter(status=Delivery.Status.CLAIMED).update(
        status=Delivery.Status.WAITING, claim="", next_attempt_at=now
    )
    claims.filter(status=Delivery.Status.HANDED_OVER).update(
        status=Delivery.Status.DELIVERED,
        delivered_at=F("handed_over_at"),
        answer="handed over; the worker stopped before the server's answer was recorded",
    )
    stalled = (
        Send.objects.exclude(status=Send.Status.DONE)
        .filter(Q(last_progress_at__isnull=True, created_at__lt=lapsed) | Q(last_progress_at__lt=lapsed))
        .filter(Q(wake_at__isnull=True) | Q(wake_at__lt=lapsed))
    )
    resumed = sorted(released | set(stalled.values_list("pk", flat=True)))
    for send_id in handed_over | set(resumed):
        refresh_counts(send_id)
    for send_id in resumed:
        run_sending.enqueue(send_id)
    if handed_over - set(resumed):
        for send in Send.objects.filter(pk__in=handed_over - set(resumed)):
            _finish_or_schedule(send)
    return resumed


@task()
def run_sending(send_id: int) -> None:
    deliver(send_id)


@task()
def sweep_sendings() -> None:
    sweep()
    from taskqueue.schedule import again_after

    # The chain ends with the last unfinished sending; a new one starts it again.
    if Send.objects.exclude(status=Send.Status.DONE).exists():
        again_after(sweep_sendings, settings.NEWSLETTER_SWEEP_SECONDS)


def start(send: Send) -> None:
    """Queues a new sending: several runs, so that as many workers share it; the sweep, which
    resumes what a stopped worker left, is kept running."""
    from taskqueue.schedule import again_after

    for _run in range(settings.NEWSLETTER_PARALLEL_RUNS):
        run_sending.enqueue(send.pk)
    again_after(sweep_sendings, settings.NEWSLETTER_SWEEP_SECONDS)
