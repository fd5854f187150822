from wagtail.models import Page
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

    @property
    def content_language(self) -> str:
        """The language the page's text is actually written in."""
        return self.locale.language_code

    @property
    def meta_description(self) -> str:
        return self.search_description

    @property
    def social_image(self):
        """The image shown when the page is shared (Open Graph, Twitter cards)."""
        return None
