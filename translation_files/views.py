"""The admin's translation files: export for an agency, one file from the page explorer, import.

Every refusal of something a user could have chosen in a form is said in the form or the import
report; only a URL no screen offers (another language's translation) answers 403.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from wagtail_localize.models import Translation

from translation_files.exporting import exported
from translation_files.forms import ExportForm, ImportForm
from translation_files.importing import import_documents
from translation_files.rights import may_translate, target_of
from translation_files.xliff import VERSIONS


def export_files(request):
    form = ExportForm(
        request.user,
        request.POST or None,
        initial={"page": request.GET.get("page"), "language": request.GET.get("language")},
    )
    if request.method == "POST" and form.is_valid():
        return _download(
            *exported(
                form.cleaned_data["translations"], form.cleaned_data["version"], form.cleaned_data["title"]
            )
        )
    return TemplateResponse(
        request, "translation_files/export.html", {"form": form, "page_title": _("Export translation files")}
    )


def export_file(request, translation_id):
    """One translation's file, by a link (the page explorer's "More" menu)."""
    translation = get_object_or_404(
        Translation.objects.select_related(
            "source__locale", "source__specific_content_type", "target_locale"
        ),
        pk=translation_id,
        enabled=True,
    )
    if not may_translate(request.user, translation, target_of(translation)):
        raise PermissionDenied
    version = request.GET.get("version")
    return _download(*exported([translation], version if version in VERSIONS else VERSIONS[0]))


def import_files(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        reports = import_documents(form.cleaned_data["documents"], request.user)
        return TemplateResponse(
            request,
            "translation_files/report.html",
            {
                "reports": reports,
                "imported": sum(report.imported for report in reports),
                "page_title": _("Import report"),
                # Pages and snippets are named by their source's title, in the source language.
                "source_language": settings.LANGUAGE_CODE,
            },
        )
    return TemplateResponse(
        request, "translation_files/import.html", {"form": form, "page_title": _("Import translation files")}
    )


def _download(name, content_type, data):
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
