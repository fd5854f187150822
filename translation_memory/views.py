"""The translation memory's admin: search it, correct an entry, delete one.

Wagtail wraps these views in its admin access check; a translator or language reviewer sees and
changes only the entries into their own languages (translation_workflow.language_rights), and an
entry of another language answers 403 however it is reached.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import InvalidPage
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.admin.paginator import WagtailPaginator

from translation_memory.forms import CorrectionForm, SearchForm
from translation_memory.models import MemoryEntry, MemoryVersion
from translation_workflow.language_rights import working_languages

ENTRIES_PER_PAGE = 50


def _entries_for(user):
    entries = MemoryEntry.objects.select_related("changed_by")
    languages = working_languages(user)
    return entries if languages is None else entries.filter(target_language__in=languages)


def _entry_for(user, entry_id):
    entry = get_object_or_404(MemoryEntry.objects.select_related("changed_by"), pk=entry_id)
    languages = working_languages(user)
    if languages is not None and entry.target_language not in languages:
        raise PermissionDenied
    return entry


def memory_index(request):
    form = SearchForm(request.GET or None, languages=working_languages(request.user))
    entries = form.filter(_entries_for(request.user)).order_by("-changed_at", "-pk")
    paginator = WagtailPaginator(entries, ENTRIES_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("p") or 1)
    except InvalidPage:
        raise Http404 from None
    return TemplateResponse(
        request,
        "translation_memory/index.html",
        {
            "form": form,
            "page_obj": page,
            "elided_page_range": paginator.get_elided_page_range(page.number),
            "page_title": _("Translation memory"),
        },
    )


@require_http_methods(["GET", "POST"])
def memory_entry(request, entry_id):
    """Corrects an entry: from then on, segments are filled with the corrected text."""
    entry = _entry_for(request.user, entry_id)
    form = CorrectionForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        entry = form.save(commit=False)
        entry.origin = MemoryEntry.CORRECTED
        entry.changed_by = request.user
        entry.changed_at = timezone.now()
        entry.save()
        MemoryVersion.bump(entry.source_language, entry.target_language)
        messages.success(request, _("The translation memory entry was corrected."))
        return redirect("translation_memory")
    return TemplateResponse(
        request,
        "translation_memory/entry.html",
        {"entry": entry, "form": form, "page_title": _("Correct a translation memory entry")},
    )


@require_http_methods(["GET", "POST"])
def delete_memory_entry(request, entry_id):
    entry = _entry_for(request.user, entry_id)
    if request.method == "POST":
        entry.delete()
        MemoryVersion.bump(entry.source_language, entry.target_language)
        messages.success(request, _("The translation memory entry was deleted."))
        return redirect("translation_memory")
    return TemplateResponse(
        request,
        "translation_memory/delete.html",
        {"entry": entry, "page_title": _("Delete a translation memory entry")},
    )
