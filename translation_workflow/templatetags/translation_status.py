"""Where one translation stands, for the translation editor: the board's own answer
(status.status_of), with what it lacks of the live English when it is outdated or in review."""

from django import template

from translation_workflow.lacking import lacking_now
from translation_workflow.status import status_of

register = template.Library()


@register.simple_tag
def translation_status(instance):
    """{"row", "lacking", "url"}; a translation in review is judged by the revision the reviewer
    would publish, not by what visitors read now."""
    row = status_of(instance) if instance is not None else None
    if row is None or row.status not in ("outdated", "in_review"):
        return {"row": row} if row else {}
    revision = None
    if row.status == "in_review":
        state = getattr(instance, "current_workflow_task_state", None)
        if state is None:
            return {"row": row}
        revision = state.revision
    count, url = lacking_now(instance, revision)
    return {"row": row, "lacking": count, "url": url}
