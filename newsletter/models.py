from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kazakh_latin import variant

# What can be sent to the list: a news post (its summary and link make the email).
SENDABLE_PAGE_TYPES = {"news.NewsPage"}


# The languages of the emails: the site's, and Kazakh in Latin script, which receives the Kazakh
# emails transliterated. The admin names the variant in its own language; visitors choose it by
# its own name (newsletter.forms.VISITOR_LANGUAGES), as the other languages are.
LANGUAGES = variant.with_variant(settings.LANGUAGES, _("Kazakh (Latin script)"))


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=7, choices=LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    consent_text = models.TextField(_("consent given"), blank=True)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation email sent"), null=True, blank=True)
    # Set when a confirmation email is queued, cleared if it could not be sent: a visitor who
    # signs up again meanwhile gets no second email, and one whose email failed can try again.
    confirmation_requested_at = models.DateTimeField(_("confirmation email requested"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email


class Send(models.Model):
    """One sending of a news post to the list, with its counts."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        DONE = "done", _("Sent")

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("post"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    delivered = models.PositiveIntegerField(_("delivered"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    skipped = models.PositiveIntegerField(_("unsubscribed before delivery"), default=0)
    # When a worker last moved this sending on, and when it is next due (retries after back-off):
    # a sending with neither recent is resumed by the sweep (newsletter/sending.py).
    last_progress_at = models.DateTimeField(_("last progress"), null=True, blank=True)
    wake_at = models.DateTimeField(_("next attempt"), null=True, blank=True)

    class Meta:
        verbose_name = _("sending")
        verbose_name_plural = _("sendings")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page.title} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def waiting(self) -> int:
        return max(self.recipients - self.delivered - self.failed - self.skipped, 0)

    @property
    def percent_done(self) -> int:
        if not self.recipients:
            return 100 if self.status == self.Status.DONE else 0
        return round(100 * (self.recipients - self.waiting) / self.recipients)

    def clean(self):
        super().clean()
        page = self.page if self.page_id else None
        if page is not None and (page.specific_class._meta.label not in SENDABLE_PAGE_TYPES or not page.live):
            raise ValidationError({"page": _("Only a published news post can be sent to the email list.")})


class Delivery(models.Model):
    """One subscriber's copy of a sending, from the moment the sending starts.

    Its status is the record that makes delivery exactly-once: a worker claims the row before
    it mails the subscriber, records the hand-over just before the message's end reaches the
    mail server, and the outcome after (newsletter/sending.py)."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        CLAIMED = "claimed", _("Being sent")
        HANDED_OVER = "handed_over", _("Handed to the mail server")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Unsubscribed before delivery")

    send = models.ForeignKey(Send, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.WAITING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claim = models.CharField(max_length=32, blank=True, default="")
    claimed_at = models.DateTimeField(null=True, blank=True)
    handed_over_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    answer = models.TextField(_("mail server's answer"), blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["send", "subscriber"], name="one_delivery_per_subscriber")
        ]
        indexes = [models.Index(fields=["send", "status", "next_attempt_at"], name="delivery_due")]

    def __str__(self):
        return f"{self.send_id} → {self.subscriber_id}: {self.status}"
