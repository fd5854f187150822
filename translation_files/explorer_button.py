"""The page explorer's "More" menu: a translated page's XLIFF file, and the export form for a
source page that has translations.

Which translation a row has is annotated on the explorer's own query, as
translation_workflow.explorer_buttons does for wagtail-localize's buttons, so a listing costs
no query per row; a page from elsewhere is looked up alone.
"""

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext

from wagtail.admin.widgets import ListingButton
from wagtail_localize.models import Translation

from translation_workflow.language_rights import may_edit


def _translation_of(page_key, page_locale):
    return Translation.objects.filter(
        enabled=True, source__object_id=page_key, target_locale_id=page_locale
    ).values("pk")[:1]


def _translated_from(page_key, page_locale):
    return Translation.objects.filter(enabled=True, source__object_id=page_key, source__locale_id=page_locale)


def annotate(parent_page, pages, request):
    return pages.annotate(
        _xliff_translation=Subquery(_translation_of(OuterRef("translation_key"), OuterRef("locale_id"))),
        _xliff_is_source=Exists(_translated_from(OuterRef("translation_key"), OuterRef("locale_id"))),
    )


def xliff_buttons(page, user, view_name=None, next_url=None):
    if page.is_root() or not may_edit(user, page):
        return
    if hasattr(page, "_xliff_translation"):
        translation_id, is_source = page._xliff_translation, page._xliff_is_source
    else:
        found = list(_translation_of(page.translation_key, page.locale_id))
        translation_id = found[0]["pk"] if found else None
        is_source = _translated_from(page.translation_key, page.locale_id).exists()
    if not (translation_id or is_source) or not page.permissions_for_user(user).can_edit():
        return
    if translation_id:
        url = reverse("translation_files_export_one", args=[translation_id])
        yield ListingButton(gettext("Download the XLIFF file"), url, priority=70, icon_name="download")
    if is_source:
        url = reverse("translation_files_export") + "?" + urlencode({"page": page.pk})
        yield ListingButton(gettext("Export translation files"), url, priority=70, icon_name="download")
