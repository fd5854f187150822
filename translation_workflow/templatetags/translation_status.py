"""Where one translation stands, for the translation editor and the review screen: the board's
own answer (status.status_of), with what the live text lacks when it is outdated."""

from django import template
from django.urls import reverse

from translation_state.lag import lag_of
from translation_state.segments import content_type_of
from translation_workflow.lacking import lacking_count
from translation_workflow.status import status_of

register = template.Library()


@register.simple_tag
def translation_status(instance, revision=None):
    """{"row", "lacking", "url"}: ``revision`` judges the revision a reviewer would publish."""
    row = status_of(instance) if instance is not None else None
    if row is None:
        return {}
    if row.status == "in_review" and revision is None:
        # What the reviewer would publish, not what visitors read now.
        state = getattr(instance, "current_workflow_task_state", None)
        revision = state.revision if state is not None else None
        if revision is None:
            return {"row": row}
    lag = lag_of(instance, revision) if row.status in ("outdated", "in_review") else None
    if lag is None or not lag.outdated:
        return {"row": row}
    url = reverse("translation_lacking", args=[content_type_of(instance).pk, instance.pk])
    if revision is not None:
        url += f"?revision={revision.pk}"
    return {"row": row, "lacking": lacking_count(lag.source_segments, lag.basis_segments), "url": url}
