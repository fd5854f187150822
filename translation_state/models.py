"""The source content each translation was made from, beside the source's live content.

Both are lists of ``[context path, text]``, one per translatable string segment, in the order
wagtail-localize extracts them, and a digest of that list, so "is this translation up to date?"
is one comparison of two columns whatever the site's size (the lists are read only for the rows
shown), and "what does it lack?" a word-by-word comparison of two short lists.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, Orderable, Revision

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel


class SourceContent(models.Model):
    """The live content of a source page or snippet (in the site's default language)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    translation_key = models.UUIDField()
    segments = models.JSONField(default=list)
    digest = models.CharField(max_length=64)
    # When the source's text last changed: what visitors of a translation are told.
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("source content")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "translation_key"], name="unique_source_content")
        ]

    def __str__(self):
        return f"{self.content_type} {self.translation_key}"


class TranslationBasis(models.Model):
    """The source segments a translation's live content was translated from."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    translation_key = models.UUIDField()
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    segments = models.JSONField(default=list)
    digest = models.CharField(max_length=64)
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation basis")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "translation_key", "locale"], name="unique_translation_basis"
            )
        ]

    def __str__(self):
        return f"{self.content_type} {self.translation_key} ({self.locale_id})"


class RevisionBasis(models.Model):
    """What a saved, not yet published revision of a translation was translated from: a reviewer
    publishes it later, when the source may have moved on."""

    revision = models.OneToOneField(Revision, on_delete=models.CASCADE, primary_key=True, related_name="+")
    segments = models.JSONField(default=list)
    digest = models.CharField(max_length=64)

    def __str__(self):
        return f"revision {self.revision_id}"


def _target_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@register_setting(icon="globe")
class TranslationSettings(ClusterableModel, BaseSiteSetting):
    sync_on_publish = models.BooleanField(
        _("bring source changes to translations on publish"),
        default=True,
        help_text=_(
            "When an English page is published or a snippet saved, its new and changed segments go "
            "to every translation's editor at once; translated segments are kept."
        ),
    )

    panels = [
        FieldPanel("sync_on_publish"),
        InlinePanel("left_out_languages", heading=_("Pages left out of a language"), label=_("English page")),
    ]

    class Meta:
        verbose_name = _("Translation")


class LeftOutLanguage(Orderable):
    translation_settings = ParentalKey(
        TranslationSettings, on_delete=models.CASCADE, related_name="left_out_languages"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("English page"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    language = models.CharField(_("language"), max_length=10, choices=_target_languages)

    panels = [FieldPanel("page"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("page left out of a language")
