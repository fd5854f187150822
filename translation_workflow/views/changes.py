import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation, get_edit_url
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translation_state.lag import lag_of
from translation_workflow.lacking import lacking, serialised_content
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


def translation_lacking(request, content_type_id, object_id):
    """What a translation's live content (or, with ``?revision=``, the revision a reviewer is
    about to publish) lacks of the source's live content."""
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model is None or not issubclass(model, TranslatableMixin):
        raise Http404
    instance = get_object_or_404(model, pk=object_id)
    instance = instance.specific if isinstance(instance, Page) else instance
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        raise Http404
    if not (may_edit(request.user, instance) and _may_change(request.user, instance)):
        raise PermissionDenied
    revision = None
    if "revision" in request.GET:
        revision = instance.revisions.filter(pk=_number(request.GET["revision"])).first()
        if revision is None:
            raise Http404
    lag = lag_of(instance, revision)
    if lag is None:
        raise Http404
    source, changes = lacking(instance, lag)
    if source is None:
        raise Http404
    if isinstance(instance, Page):
        editor_url, editor_label = (
            reverse("wagtailadmin_pages:edit", args=[instance.pk]),
            _("Edit the translation"),
        )
    else:
        editor_url, editor_label = get_edit_url(instance), _("Edit the translation")
    return _changes_page(
        request,
        changes,
        model=type(source),
        content=serialised_content(source),
        source_title=str(source),
        source_language=source.locale.language_code,
        target_language=instance.locale.language_code,
        editor_url=editor_url,
        editor_label=editor_label,
        page_title=_("What the translation lacks"),
        lag=lag,
        reviewing=revision is not None,
    )


def _may_change(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "change")


def _number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise Http404 from None


def _changes_page(request, changes, *, model, content, **context):
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
            "changes": changes,
            "lists": lists,
            "page_title": _("Changes in the source"),
            **context,
        },
    )
