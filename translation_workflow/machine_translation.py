"""Machine translation that no translator has checked yet: counted for the editor, the status
board and the notice visitors read.

wagtail-localize records how every segment was translated (``StringTranslation.translation_type``).
A segment it translated by machine stays "machine" until a translator edits it (the editor saves
it as "manual") or marks the translation's machine segments reviewed (``mark_reviewed``), which
keeps the tool's name on the segment and logs the review in the page's or snippet's history.

Only segments the source still has count: a segment the source dropped is no longer shown. A
page's *published* text holds a machine segment when that segment was saved before the page was
last published, so a machine translation waiting in the editor shows nothing to visitors. Every
answer is one query, whatever the number of pages or segments; visitors' pages read it through
the shared fragments (no query at all on a hit), made new by the page's publish or by marking
its segments reviewed; a segment a translator edited shows as reviewed to visitors from the next
publish, when the edited text reaches them too.
"""

from django.db import transaction
from django.db.models import Exists, Min, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import StringSegment, StringTranslation

from site_core.fragments import invalidate, shared
from translation_workflow.language_rights import may_edit

REVIEWED_ACTION = "translation_workflow.machine_reviewed"


def _unreviewed():
    still_in_source = StringSegment.objects.filter(
        context_id=OuterRef("context_id"), string_id=OuterRef("translation_of_id")
    )
    return StringTranslation.objects.filter(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).filter(Exists(still_in_source))


def unreviewed_segments(translation):
    """The machine segments of one wagtail-localize translation no translator has reviewed."""
    in_this_source = StringSegment.objects.filter(
        source_id=translation.source_id,
        context_id=OuterRef("context_id"),
        string_id=OuterRef("translation_of_id"),
    )
    return StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    ).filter(Exists(in_this_source))


def unreviewed_by_object() -> dict[tuple[str, int], object]:
    """``(translation key, locale id)`` of every page or snippet translation holding unreviewed
    machine segments, mapped to when the earliest of them was saved. One query."""
    rows = (
        _unreviewed()
        .values("context__object_id", "locale_id")
        .annotate(earliest=Min("updated_at"))
        .order_by()
    )
    return {(str(row["context__object_id"]), row["locale_id"]): row["earliest"] for row in rows}


def shows_machine_text(page) -> bool:
    """Whether visitors of this live page read machine-translated text no translator checked."""
    key = getattr(page, "translation_key", None)
    if key is None or getattr(page, "alias_of_id", None) is not None or page.live_revision_id is None:
        return False
    # A map of every page, rebuilt with any change; the page reads its own entry, which changes
    # only when it is published (its own tag) or reviewed (the generation).
    earliest = shared("machine-translated", unreviewed_by_object, records=False).get(
        (str(key), page.locale_id)
    )
    return earliest is not None and page.last_published_at is not None and earliest <= page.last_published_at


def may_review(user, instance) -> bool:
    """The translator of the language who may edit the page or snippet may review its text."""
    if not may_edit(user, instance):
        return False
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "change")


def mark_reviewed(translation, instance, user) -> int:
    """Makes the translation's machine segments manual ones, last translated by ``user``, and
    logs it; answers how many there were."""
    with transaction.atomic():
        segments = list(unreviewed_segments(translation).select_for_update().values_list("pk", "tool_name"))
        if not segments:
            return 0
        StringTranslation.objects.filter(pk__in=[pk for pk, _tool in segments]).update(
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=user,
            updated_at=timezone.now(),
        )
        log(
            instance,
            REVIEWED_ACTION,
            user=user,
            data={
                "segments": len(segments),
                "tools": sorted({tool for _pk, tool in segments if tool}),
                "language": translation.target_locale.language_code,
            },
        )
        # Visitors' pages and their notice come from the shared cache: a new generation for both.
        transaction.on_commit(invalidate)
    return len(segments)


class MachineTranslationReviewed(LogFormatter):
    label = _("Mark machine translations as reviewed")

    def format_message(self, log_entry):
        count = (log_entry.data or {}).get("segments", 0)
        return ngettext(
            "Marked %(count)d machine-translated segment as reviewed",
            "Marked %(count)d machine-translated segments as reviewed",
            count,
        ) % {"count": count}


# Registered when this module is first imported: wagtail_hooks imports it (through status.py
# and the view), and Wagtail imports every wagtail_hooks before it first reads the log actions.
@hooks.register("register_log_actions")
def register_machine_translation_reviewed(actions):
    actions.register_action(REVIEWED_ACTION)(MachineTranslationReviewed)
