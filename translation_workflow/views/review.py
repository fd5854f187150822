from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page
from wagtail_localize.models import Translation

from glossary.checking import check_translation, refusal_messages


@require_POST
def submit_translation_for_review(request, translation_id):
    """wagtail-localize's editor can only publish, which translators may not do: this saves the
    translated strings as a draft revision and starts the page's review workflow with it."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    back = redirect("wagtailadmin_pages:edit", page.pk)

    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("This page has no review workflow; ask an editor to publish it."))
        return back
    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already waiting for review."))
        return back
    total, translated = translation.get_progress()
    if translated < total:
        messages.error(
            request,
            _("%(missing)d of %(total)d segments are not translated yet: translate them all first.")
            % {"missing": total - translated, "total": total},
        )
        return back
    if not request.POST.get("glossary_confirmed"):
        missing = check_translation(translation).missing
        if missing:
            # Back to the editor (wagtail-localize shows it as the page's edit view), whose
            # glossary panel lists them again with "Submit anyway".
            for message in refusal_messages(missing):
                messages.warning(request, message)
            return back

    with transaction.atomic():
        live_content = page.serializable_data() if page.live else None
        translation.save_target(user=request.user, publish=False)
        page = Page.objects.get(pk=page.pk).specific
        if live_content is not None:
            # wagtail-localize writes the translation into the live page as well as into the new
            # draft revision; until a reviewer approves, visitors keep what was live.
            page.with_content_json(live_content).save(clean=False)
        workflow.start(page, request.user)
    messages.success(request, _("Submitted to “%(workflow)s”.") % {"workflow": workflow.name})
    return back
