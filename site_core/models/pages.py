from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from site_core.visibility import restricted_paths


def stands_in_for_translation(page: Page) -> bool:
    """True for a page of another language that only shows its source's text: a synchronised
    alias, or an alias wagtail-localize converted when translation started: that one keeps the
    source's text live, and only a publish (which sets ``live_revision``) makes it a translation."""
    return page.alias_of_id is not None or (page.live_revision_id is None and not is_source_language(page))


def is_source_language(page: Page) -> bool:
    return page.locale.language_code == settings.LANGUAGE_CODE


# The same test in the database's terms, for listings (sitemap, switcher).
TRANSLATED = Q(alias_of__isnull=True) & (
    Q(live_revision__isnull=False) | Q(locale__language_code=settings.LANGUAGE_CODE)
)


class BasePage(Page):
    """What every page type of the site shares: its translation boundaries for the
    page-level fields Wagtail defines, and the legal-information flag."""

    # The same in every language: the authoritative_notice says whether the text read is one
    # that prevails (the languages are chosen in the embassy settings).
    carries_legal_information = models.BooleanField(
        _("carries legal or consular information"),
        default=False,
        help_text=_(
            "In a language that is not authoritative (see the embassy settings), the page says that "
            "it is a translation for information and links to the texts that prevail."
        ),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("carries_legal_information")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("carries_legal_information"),
    ]

    class Meta:
        abstract = True

    @cached_property
    def source_page(self):
        """For a page standing in for a missing translation: the page whose text it shows."""
        if self.alias_of_id is not None:
            source = Page.objects.select_related("locale").get(pk=self.alias_of_id)
            return source if source.locale_id != self.locale_id else None
        if self.live and self.live_revision_id is None:
            return (
                Page.objects.select_related("locale")
                .filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
                .exclude(pk=self.pk)
                .first()
            )
        return None

    @property
    def is_untranslated(self) -> bool:
        return self.source_page is not None

    @property
    def content_language(self) -> str:
        """The language the page's text is actually written in: an untranslated alias shows
        its source's text."""
        source = self.source_page
        return source.locale.language_code if source else self.locale.language_code

    def get_view_restrictions(self):
        # Wagtail reads the page's ancestors and then their restrictions on every request; a
        # site without any restriction (the list is shared per content generation) needs neither.
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

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
