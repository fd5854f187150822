from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey

from kazakh_latin.search import LATIN_SEARCH_FIELD, LatinSearchable
from site_core.models import IntroPage
from site_core.renditions import with_renditions

COVER = "fill-240x240"


class AudioGalleryPage(LatinSearchable, IntroPage):
    template = "audio/audio_gallery_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    search_fields = [*IntroPage.search_fields, LATIN_SEARCH_FIELD]

    content_panels = [
        *IntroPage.content_panels,
        InlinePanel("tracks", heading=_("Tracks")),
    ]
    translatable_fields = [*IntroPage.translatable_fields, TranslatableField("tracks")]

    class Meta:
        verbose_name = _("audio gallery")

    def cache_tags(self):
        """What the page cache stores it with besides itself (``site_core.content_changes``)."""
        return ("audio",)

    def changed_tags(self):
        """What its publishing changes besides itself: the home pages' recordings."""
        return ("audio",)

    def track_list(self):
        return (
            with_renditions(self.tracks.select_related("audio"), "cover", COVER)
            .filter(audio__isnull=False)
            .order_by("sort_order")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tracks"] = list(self.track_list())
        return context


class GalleryTrack(TranslatableMixin, Orderable):
    page = ParentalKey(AudioGalleryPage, related_name="tracks", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=255)
    performer = models.CharField(_("performer"), max_length=255, blank=True)
    origin = models.CharField(_("composer or origin"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    notes = models.TextField(_("notes or lyrics"), blank=True)
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audio = models.ForeignKey(
        "audio.AudioFile",
        verbose_name=_("audio file"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)

    panels = [
        FieldPanel("audio"),
        FieldPanel("title"),
        MultiFieldPanel([FieldPanel("performer"), FieldPanel("origin")], heading=_("Credits")),
        FieldPanel("description"),
        FieldPanel("notes"),
        FieldPanel("cover"),
        FieldPanel("featured"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("performer"),
        TranslatableField("origin"),
        TranslatableField("description"),
        TranslatableField("notes"),
        SynchronizedField("cover"),
        SynchronizedField("audio"),
        SynchronizedField("featured"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("track")
        verbose_name_plural = _("tracks")

    def __str__(self):
        return self.title
