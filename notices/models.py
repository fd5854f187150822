"""Site-wide notices: a few lines every public page shows above its content, in the visitor's
language, between a start and an optional end. A translatable snippet: the level and the times
are the same in every language, the title and message are translated."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Notice(TranslatableMixin, models.Model):
    class Level(models.TextChoices):
        INFORMATION = "information", _("Information")
        WARNING = "warning", _("Warning")
        EMERGENCY = "emergency", _("Emergency")

    level = models.CharField(
        _("level"),
        max_length=20,
        choices=Level.choices,
        default=Level.INFORMATION,
        help_text=_("Emergency notices come first and visitors cannot hide them."),
    )
    title = models.CharField(_("title"), max_length=200)
    message = RichTextField(_("message"), blank=True, features=["bold", "italic", "link"])
    starts_at = models.DateTimeField(_("shown from"))
    ends_at = models.DateTimeField(
        _("shown until"),
        null=True,
        blank=True,
        help_text=_("Leave empty to show the notice until it is deleted."),
    )
    # Counted up on every save, so a visitor who hid a notice sees it again once it is changed.
    revision = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("level"),
        FieldPanel("title"),
        FieldPanel("message"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("message"),
        SynchronizedField("level"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site notice")
        verbose_name_plural = _("site notices")
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["ends_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.revision += 1
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
