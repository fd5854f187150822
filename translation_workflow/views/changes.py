import json

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, get_edit_url
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translation_workflow.language_rights import may_edit
from translation_workflow.revision_changes import changes_since_published, serialised_content
from translation_workflow.source_changes import SourceChanges, describe, source_changes


def editable_translation(request, translation_id):
    """The translation and its target, refused (403) to whoever may not open it in the editor."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id, enabled=True
    )
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if not (may_edit(request.user, instance) and user_can_edit_instance(request.user, instance)):
        raise PermissionDenied
    return translation, instance


def translation_changes(request, translation_id):
    """What changed in the English source since the translation was made, segment by segment."""
    translation, instance = editable_translation(request, translation_id)
    source = translation.source
    try:
        content = json.loads(source.content_json)
    except ValueError:
        content = {}
    return _changes_page(
        request,
        source_changes(translation, instance),
        model=source.specific_content_type.model_class(),
        content=content,
        source_title=source.object_repr,
        source_language=source.locale.language_code,
        target_language=translation.target_locale.language_code,
        editor_url=get_edit_url(instance),
        editor_label=_("Open the translation editor"),
    )


def page_changes(request, page_id):
    """The same for a page translated outside wagtail-localize's editor: the English page as it
    was when the translation was last published, against the English page now."""
    translated = get_object_or_404(Page, pk=page_id, alias_of__isnull=True)
    if translated.locale.language_code == settings.LANGUAGE_CODE:
        raise Http404
    source = translated.get_translation_or_none(Locale.get_default())
    if source is None or not source.live:
        raise Http404
    if not (may_edit(request.user, translated) and translated.permissions_for_user(request.user).can_edit()):
        raise PermissionDenied
    source, translated = source.specific, translated.specific
    changes = changes_since_published(source, translated)
    return _changes_page(
        request,
        changes or SourceChanges(),
        model=type(source),
        content=serialised_content(source),
        source_title=source.title,
        source_language=source.locale.language_code,
        target_language=translated.locale.language_code,
        editor_url=reverse("wagtailadmin_pages:edit", args=[translated.pk]),
        editor_label=_("Edit the translation"),
        history_missing=changes is None,
    )


def _changes_page(request, changes, *, model, content, history_missing=False, **context):
    def placed(segments):
        return [(describe(model, content, segment.path, segment.field_path), segment) for segment in segments]

    lists = [
        ("changed", _("Changed segments"), placed(changes.changed)),
        ("new", _("New segments"), placed(changes.new)),
        ("removed", _("Removed segments"), placed(changes.removed)),
    ]
    return TemplateResponse(
        request,
        "translation_workflow/source_changes.html",
        {
            **context,
            "changes": changes,
            "lists": lists,
            "history_missing": history_missing,
            "page_title": _("Changes in the source"),
        },
    )
