from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin.paginator import WagtailPaginator
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from translation_memory.filling import memory_counts
from translation_state.models import SourceContent, TranslationBasis
from translation_workflow.lacking import lacking_count
from translation_workflow.language_rights import working_languages
from translation_workflow.source_changes import changes_for, keep_pending_removals
from translation_workflow.status import STATUSES, counts, page_rows, snippet_rows

ROWS_PER_PAGE = 100


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
    paginator = WagtailPaginator(shown, ROWS_PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "translation_workflow/board.html",
        {
            "rows": list(_with_source_changes(page)),
            "page_obj": page,
            "elided_page_range": paginator.get_elided_page_range(page.number),
            "totals": totals,
            "statuses": STATUSES,
            "language": language,
            "status": status,
            "page_title": _("Translations"),
            # Rows are named by their source's title, in the source language.
            "source_language": settings.LANGUAGE_CODE,
        },
    )


def _with_source_changes(rows):
    """Each row with its translation's count of source changes and the URL listing them (or None,
    None): a fixed number of queries for one board page, whatever its length."""
    snippet_models = {
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}": model
        for model in get_snippet_models()
    }
    targets = {row: (row.edit_namespace, str(row.target_id)) for row in rows if row.target_id is not None}
    by_namespace = defaultdict(set)
    for namespace, pk in targets.values():
        by_namespace[namespace].add(pk)
    objects = {}
    for namespace, pks in by_namespace.items():
        model = Page if namespace == "wagtailadmin_pages" else snippet_models.get(namespace)
        if model is None:
            continue
        for pk, key, locale_id in model.objects.filter(pk__in=pks).values_list(
            "pk", "translation_key", "locale_id"
        ):
            objects[namespace, str(pk)] = (key, locale_id)
    translations = {
        (translation.source.object_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(
            enabled=True,
            source__object_id__in={key for key, _locale in objects.values()},
            target_locale_id__in={locale for _key, locale in objects.values()},
        )
        .select_related("source")
        .defer("source__content_json")
    }
    changes = changes_for(translations.values())
    # Removals need the translated instances; loaded only for the rows that have some.
    with_removals = {
        (namespace, pk): translation.pk
        for namespace, pk in set(targets.values())
        if (translation := translations.get(objects.get((namespace, pk)))) and changes[translation.pk].removed
    }
    keep_pending_removals(changes, _instances(with_removals, snippet_models))
    lags = _lags(rows, objects, snippet_models)
    from_memory = memory_counts(translations.values())
    for row in rows:
        translation = translations.get(objects.get(targets.get(row)))
        found = changes.get(translation.pk) if translation else None
        remembered = from_memory.get(translation.pk, 0) if translation else 0
        if found:
            # Segments waiting in wagtail-localize's editor: the translator's next step.
            yield row, found.count, reverse("translation_changes", args=[translation.pk]), remembered
        elif row.status == "outdated" and row in lags:
            # Nothing left to translate in the editor, but the live text is still behind.
            count, content_type_id = lags[row]
            yield (
                row,
                count,
                reverse("translation_lacking", args=[content_type_id, row.target_id]),
                remembered,
            )
        else:
            yield row, None, None, remembered


def _lags(rows, objects, snippet_models):
    """{row: (segments the live translation lacks, content type id)} for the outdated rows; two
    queries."""
    wanted = {}
    for row in rows:
        if row.status != "outdated" or row.target_id is None:
            continue
        found = objects.get((row.edit_namespace, str(row.target_id)))
        if found is None:
            continue
        model = Page if row.model is None else row.model.get_translation_model()
        wanted[row] = (ContentType.objects.get_for_model(model).pk, *found)
    if not wanted:
        return {}
    keys = Q()
    for content_type_id, key, _locale in wanted.values():
        keys |= Q(content_type_id=content_type_id, translation_key=key)
    sources = {
        (content_type_id, key): segments
        for content_type_id, key, segments in SourceContent.objects.filter(keys).values_list(
            "content_type_id", "translation_key", "segments"
        )
    }
    bases = {
        (content_type_id, key, locale): segments
        for content_type_id, key, locale, segments in TranslationBasis.objects.filter(keys).values_list(
            "content_type_id", "translation_key", "locale_id", "segments"
        )
    }
    return {
        row: (lacking_count(sources.get(wanted[row][:2], []), bases.get(wanted[row])), wanted[row][0])
        for row in wanted
    }


def _instances(translation_ids, snippet_models):
    """Translated instances by translation id, from {(edit URL namespace, pk): translation id}."""
    by_namespace = defaultdict(set)
    for namespace, pk in translation_ids:
        by_namespace[namespace].add(pk)
    instances = {}
    for namespace, pks in by_namespace.items():
        if namespace == "wagtailadmin_pages":
            found = Page.objects.filter(pk__in=pks).specific()
        else:
            found = snippet_models[namespace].objects.filter(pk__in=pks)
        instances.update({translation_ids[namespace, str(item.pk)]: item for item in found})
    return instances
