from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from translation_workflow.language_rights import working_languages
from translation_workflow.status import STATUSES, counts, page_rows, snippet_rows


def translation_board(request):
    """Every page and translatable snippet, per language, with where its translation stands."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    rows = page_rows() + snippet_rows()
    own = working_languages(request.user)
    if own is not None:
        rows = [row for row in rows if row.language in own]
    totals = counts(rows)
    if own is not None:
        totals = {code: counter for code, counter in totals.items() if code in own}
    language = request.GET.get("language") or ""
    status = request.GET.get("status") or ""
    shown = [
        row
        for row in rows
        if (not language or row.language == language) and (not status or row.status == status)
    ]
    return TemplateResponse(
        request,
        "translation_workflow/board.html",
        {
            "rows": shown,
            "totals": totals,
            "statuses": STATUSES,
            "language": language,
            "status": status,
            "page_title": _("Translations"),
            # Rows are named by their source's title, in the source language.
            "source_language": settings.LANGUAGE_CODE,
        },
    )
