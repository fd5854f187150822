from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from infopages.blocks import InfoBodyBlock
from kazakh_latin.search import LATIN_SEARCH_FIELD, LatinSearchable
from site_core.models import BasePage


class InfoPage(LatinSearchable, BasePage):
    """About the embassy, consular services, visas, contacts: a page of information nested to
    any depth under the home page, with a section menu and breadcrumbs."""

    template = "infopages/info_page.html"
    parent_page_types = ["home.HomePage", "infopages.InfoPage"]
    subpage_types = ["infopages.InfoPage"]

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(InfoBodyBlock(), blank=True, verbose_name=_("body"))
    is_contacts_page = models.BooleanField(
        _("contacts page"),
        default=False,
        help_text=_("The footer of every page links to the contacts page."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = [*BasePage.promote_panels, FieldPanel("is_contacts_page")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        LATIN_SEARCH_FIELD,
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("is_contacts_page"),
    ]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def get_context(self, request, *args, **kwargs):
        """Adds the section menu and the breadcrumbs, both shared per content generation."""
        from infopages.navigation import breadcrumbs, section_menu

        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = breadcrumbs(request, self)
        context["section_menu"] = section_menu(request, self)
        return context
