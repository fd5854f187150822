from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from kazakh_latin.search import LATIN_SEARCH_FIELD, LatinSearchable
from site_core.child_routes import child_page
from site_core.home_sections import home_sections
from site_core.models import BasePage


class HomePage(LatinSearchable, BasePage):
    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    subpage_types = [
        "news.NewsIndexPage",
        "events.EventCalendarPage",
        "audio.AudioGalleryPage",
        "infopages.InfoPage",
    ]

    hero_title = models.CharField(_("hero title"), max_length=255)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image text alternative"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it; leave empty if it is decorative."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_title"),
        index.SearchField("intro"),
        LATIN_SEARCH_FIELD,
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("hero_title"),
        TranslatableField("intro"),
        TranslatableField("hero_image_alt"),
        SynchronizedField("hero_image"),
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def social_image(self):
        return self.hero_image

    def route(self, request, path_components):
        """Wagtail's routing, with the sections below found without a query (``child_routes``)."""
        if path_components:
            child = child_page(self, path_components[0])
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        """Adds the sections other apps contribute (latest news, events, music, email list)."""
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections(request, self)
        return context
