import os

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from audio.inspection import inspect_audio


class AudioFile(index.Indexed, models.Model):
    """An uploaded recording. Not translatable: every language plays the same file."""

    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(_("file"), upload_to="audio/%Y/%m/")
    format_name = models.CharField(_("format"), max_length=20, editable=False)
    mime_type = models.CharField(_("content type"), max_length=50, editable=False)
    duration = models.FloatField(_("duration in seconds"), editable=False, default=0)
    file_size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    panels = [FieldPanel("title"), FieldPanel("file")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("audio file")
        verbose_name_plural = _("audio files")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def clean(self):
        """Reads a newly chosen file: refuses anything that is not audio, and records its
        format and duration, so editors never type them."""
        super().clean()
        if not self.file or getattr(self.file, "_committed", True):
            return
        try:
            info = inspect_audio(self.file)
        except ValidationError as error:
            raise ValidationError({"file": error.messages}) from None
        self.format_name = info.format_name
        self.mime_type = info.mime_type
        self.duration = info.duration
        self.file_size = self.file.size

    @property
    def filename(self) -> str:
        return os.path.basename(self.file.name)

    @property
    def url(self) -> str:
        """Served by the application (with range requests), whatever storage holds the file."""
        stem, extension = os.path.splitext(self.filename)
        return reverse("audio_file", args=[self.pk, f"{slugify(stem) or 'audio'}{extension.lower()}"])
