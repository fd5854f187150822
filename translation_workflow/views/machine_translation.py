from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail_localize.models import Translation

from translation_workflow.machine_translation import mark_reviewed, may_review


@require_POST
def mark_machine_translations_reviewed(request, translation_id):
    """A translator who has read the machine's segments vouches for them all at once."""
    translation = get_object_or_404(Translation.objects.select_related("target_locale"), pk=translation_id)
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if not may_review(request.user, instance):
        raise PermissionDenied
    count = mark_reviewed(translation, instance, request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "%(count)d machine-translated segment marked as reviewed.",
                "%(count)d machine-translated segments marked as reviewed.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.info(request, _("No machine-translated segment is waiting for review."))
    return redirect(translation.get_target_instance_edit_url())
