import json

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail_localize.models import Translation, get_edit_url
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translation_workflow.language_rights import may_edit
from translation_workflow.source_changes import describe, source_changes


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
    changes = source_changes(translation, instance)
    model = source.specific_content_type.model_class()
    try:
        content = json.loads(source.content_json)
    except ValueError:
        content = {}

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
            "translation": translation,
            "instance": instance,
            "changes": changes,
            "lists": lists,
            "source_language": source.locale.language_code,
            "target_language": translation.target_locale.language_code,
            "editor_url": get_edit_url(instance),
            "page_title": _("Changes in the source"),
        },
    )
