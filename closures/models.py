"""Days the embassy is closed beyond public holidays (a staff day, a move), entered by editors
as a translatable snippet: the dates are the same in every language, the reason is translated."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

# A longer closure is a move or a refit, announced otherwise; the bound keeps a typo in the
# year from marking a decade of days closed.
LONGEST_CLOSURE_DAYS = 366


class ClosureDay(TranslatableMixin, models.Model):
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(
        _("last day"), blank=True, help_text=_("Leave empty when the embassy is closed for one day only.")
    )
    reason = models.CharField(_("reason"), max_length=200, help_text=_("For example: Staff training day."))

    panels = [FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]), FieldPanel("reason")]
    translatable_fields = [
        TranslatableField("reason"),
        SynchronizedField("first_day"),
        SynchronizedField("last_day"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("closure day")
        verbose_name_plural = _("closure days")
        ordering = ["first_day"]
        indexes = [models.Index(fields=["first_day", "last_day"])]

    def __str__(self):
        if self.last_day and self.last_day != self.first_day:
            return f"{self.first_day:%Y-%m-%d} – {self.last_day:%Y-%m-%d}: {self.reason}"
        return f"{self.first_day:%Y-%m-%d}: {self.reason}"

    def save(self, *args, **kwargs):
        # Stored for every closure, so finding those that touch a period is one range query.
        if self.last_day is None:
            self.last_day = self.first_day
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.first_day and self.last_day:
            if self.last_day < self.first_day:
                raise ValidationError({"last_day": _("The last day cannot come before the first day.")})
            if (self.last_day - self.first_day).days >= LONGEST_CLOSURE_DAYS:
                message = _("A closure can last at most %(days)s days.") % {"days": LONGEST_CLOSURE_DAYS}
                raise ValidationError({"last_day": message})

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1 if self.last_day else 1

    def dates(self):
        day = self.first_day
        while day <= (self.last_day or self.first_day):
            yield day
            day += datetime.timedelta(days=1)
