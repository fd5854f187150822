"""A reviewer about to approve a translation made from an English text that has changed since is
told so on the review screen, with a link to what the revision lacks; approving it anyway is
written in the page's history. Publishing it leaves it "outdated" (translation_state), so the
board keeps it in sight either way."""

from django.conf import settings
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page
from wagtail.signals import task_approved

from translation_workflow.lacking import lacking_now

APPROVED_OUTDATED = "translation_workflow.approved_outdated"


def _revision_in_review(page):
    state = page.current_workflow_task_state
    return state.revision if state is not None else None


def _lacking_in_review(page, revision) -> tuple[int, str | None]:
    if revision is None or page.locale.language_code == settings.LANGUAGE_CODE:
        return 0, None
    return lacking_now(page, revision)


@hooks.register("before_edit_page", order=-10)
def warn_the_reviewer(request, page):
    if request.method != "GET" or not page.workflow_in_progress:
        return
    count, url = _lacking_in_review(page, _revision_in_review(page))
    if not count:
        return
    messages.warning(
        request,
        ngettext(
            "This translation was made from an older English text: it lacks %(count)d segment of the "
            "English page as it stands now. Approving publishes it as it is, and the approval is "
            "recorded in the history.",
            "This translation was made from an older English text: it lacks %(count)d segments of the "
            "English page as it stands now. Approving publishes it as it is, and the approval is "
            "recorded in the history.",
            count,
        )
        % {"count": count},
        buttons=[messages.button(url, gettext("See what it lacks"))],
    )


def _approved(sender, instance, user=None, **kwargs):
    page = instance.workflow_state.content_object
    if not isinstance(page, Page):
        return
    count, _url = _lacking_in_review(page.specific, instance.revision)
    if count:
        log(
            page,
            APPROVED_OUTDATED,
            user=user,
            revision=instance.revision,
            data={"segments": count, "language": page.locale.language_code},
        )


task_approved.connect(_approved, dispatch_uid="translation-workflow-approved-outdated")


class ApprovedOutdated(LogFormatter):
    label = _("Approve a translation of an older source")

    def format_message(self, log_entry):
        count = (log_entry.data or {}).get("segments", 0)
        return ngettext(
            "Approved a translation made from an older English text (%(count)d segment behind)",
            "Approved a translation made from an older English text (%(count)d segments behind)",
            count,
        ) % {"count": count}


@hooks.register("register_log_actions")
def register_approved_outdated(actions):
    actions.register_action(APPROVED_OUTDATED)(ApprovedOutdated)
