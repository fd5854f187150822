"""wagtail-localize's "Translate this page" and "Sync translated pages" in the page explorer's
"More" menu, for a whole listing in the listing's own query.

wagtail-localize decides both per row, with two or three queries each: at 10,000 posts a page
of the news index cost over a hundred queries (issue #21). The explorer's queryset is annotated
here with the same two answers (a language the page is not yet translated into, aliases not
counting; a translation source with translations in use), and the listing hook reads them. A
page that does not come from an explorer listing (the page header's buttons) is answered by
wagtail-localize's own function, so behaviour stays the same everywhere.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext

from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource

from translation_state.lag import is_outdated
from translation_state.models import SourceContent, TranslationBasis

HOOK = "register_page_listing_more_buttons"
# wagtail-localize's own messages, translated by its catalogues (Kazakh in locale/admin/).
TRANSLATE, SYNC = "Translate this page", "Sync translated pages"


def annotate(parent_page, pages, request):
    untranslated = Locale.objects.exclude(
        id__in=Page.objects.filter(
            translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
        ).values("locale_id")
    )
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        object__content_type=ContentType.objects.get_for_model(Page),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    )
    page_type = ContentType.objects.get_for_model(Page)
    source_content = SourceContent.objects.filter(
        content_type=page_type, translation_key=OuterRef("translation_key")
    )
    basis = TranslationBasis.objects.filter(
        content_type=page_type, translation_key=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    return pages.annotate(
        _localize_untranslated=Exists(untranslated),
        _localize_sync_source=Subquery(sources.values("pk")[:1]),
        _source_digest=Subquery(source_content.values("digest")[:1]),
        _basis_digest=Subquery(basis.values("digest")[:1]),
        _language=F("locale__language_code"),
    )


def translation_buttons(page, user, view_name=None, next_url=None):
    if not hasattr(page, "_localize_untranslated"):
        yield from localize_hooks.page_listing_more_buttons(page, user, view_name, next_url)
        return
    if page.is_root():
        return
    if (
        page._language != settings.LANGUAGE_CODE
        and page.alias_of_id is None
        and page.live
        and is_outdated(page._source_digest, page._basis_digest)
    ):
        # The board's rule (status.is_outdated), read from the listing's own query.
        url = reverse("translation_lacking", args=[ContentType.objects.get_for_model(Page).pk, page.pk])
        yield ListingButton(gettext("Outdated: see what it lacks"), url, priority=50, icon_name="warning")
    if not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page._localize_untranslated:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id])
        yield ListingButton(gettext(TRANSLATE), url, priority=60, icon_name="wagtail-localize-language")
    if page._localize_sync_source:
        url = reverse("wagtail_localize:update_translations", args=[page._localize_sync_source])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(gettext(SYNC), url, priority=60, icon_name="resubmit")


def install() -> None:
    """Puts translation_buttons in the place of wagtail-localize's listing hook (its header hook,
    one page per screen, stays). Wagtail has no way to unregister a hook, hence its registry."""
    registered = hooks._hooks.get(HOOK, [])
    hooks._hooks[HOOK] = [
        (translation_buttons if fn is localize_hooks.page_listing_more_buttons else fn, order)
        for fn, order in registered
    ]
    if (annotate, 0) not in hooks._hooks.get("construct_explorer_page_queryset", []):
        hooks.register("construct_explorer_page_queryset", annotate)
