from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# What can be sent to the list: a news post (its summary and link make the email).
SENDABLE_PAGE_TYPES = {"news.NewsPage"}


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    consent_text = models.TextField(_("consent given"), blank=True)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation email sent"), null=True, blank=True)

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

    class Meta:
        verbose_name = _("sending")
        verbose_name_plural = _("sendings")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page.title} ({self.created_at:%Y-%m-%d %H:%M})"

    def clean(self):
        super().clean()
        page = self.page if self.page_id else None
        if page is not None and (page.specific_class._meta.label not in SENDABLE_PAGE_TYPES or not page.live):
            raise ValidationError({"page": _("Only a published news post can be sent to the email list.")})


class Delivery(models.Model):
    """Who has received a sending: the record that makes a resumed sending skip them."""

    send = models.ForeignKey(Send, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    delivered_at = models.DateTimeField(default=timezone.now)
    ok = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["send", "subscriber"], name="one_delivery_per_subscriber")
        ]

    def __str__(self):
        return f"{self.send_id} → {self.subscriber_id}"
