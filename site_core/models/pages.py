from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class BasePage(Page):
    """What every page type of the site shares: its translation boundaries for the
    page-level fields Wagtail defines."""

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("show_in_menus"),
    ]

    class Meta:
        abstract = True

    @cached_property
    def source_page(self):
        """For a synchronised alias standing in for a missing translation: the page it mirrors."""
        if self.alias_of_id is None:
            return None
        source = Page.objects.select_related("locale").get(pk=self.alias_of_id)
        return source if source.locale_id != self.locale_id else None

    @property
    def is_untranslated(self) -> bool:
        return self.source_page is not None

    @property
    def content_language(self) -> str:
        """The language the page's text is actually written in: an untranslated alias shows
        its source's text."""
        source = self.source_page
        return source.locale.language_code if source else self.locale.language_code

    @property
    def meta_description(self) -> str:
        return self.search_description

    @property
    def social_image(self):
        """The image shown when the page is shared (Open Graph, Twitter cards)."""
        return None


class IntroPage(BasePage):
    """A section page (news, events, music) that opens with a short introduction."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    class Meta:
        abstract = True
