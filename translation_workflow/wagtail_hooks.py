from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import TranslatableMixin

from translation_workflow import explorer_buttons, outdated_review  # noqa: F401  (hooks and signals)
from translation_workflow.language_rights import may_edit, may_edit_in, requested_language, working_languages
from translation_workflow.status import STATUSES, counts, page_rows, snippet_rows
from translation_workflow.views.board import translation_board
from translation_workflow.views.changes import translation_changes, translation_lacking
from translation_workflow.views.machine_translation import mark_machine_translations_reviewed
from translation_workflow.views.review import submit_translation_for_review

explorer_buttons.install()


@hooks.register("register_admin_urls")
def register_translation_board_url():
    return [
        path("translations/", translation_board, name="translation_board"),
        path("translations/<int:translation_id>/changes/", translation_changes, name="translation_changes"),
        path(
            "translations/lacking/<int:content_type_id>/<int:object_id>/",
            translation_lacking,
            name="translation_lacking",
        ),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="submit_translation_for_review",
        ),
        path(
            "translations/<int:translation_id>/machine-translations-reviewed/",
            mark_machine_translations_reviewed,
            name="mark_machine_translations_reviewed",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_translation_board_menu_item():
    return MenuItem(_("Translations"), reverse("translation_board"), icon_name="globe", order=250)


class TranslationSummaryPanel(Component):
    name = "translation_summary"
    template_name = "translation_workflow/panel.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        totals = counts(page_rows() + snippet_rows())
        own = working_languages(parent_context["request"].user)
        context["totals"] = {
            code: [(key, label, counter[key]) for key, label in STATUSES.items() if counter[key]]
            for code, counter in totals.items()
            if own is None or code in own
        }
        context["statuses"] = STATUSES
        context["board_url"] = reverse("translation_board")
        return context


@hooks.register("construct_homepage_panels")
def add_translation_summary(request, panels):
    panels.append(TranslationSummaryPanel())


# Editing, history and the other views of one snippet are guarded by
# translation_workflow.middleware.SnippetLanguageMiddleware; deleting (bulk too) and creating here.
@hooks.register("before_delete_snippet", order=-10)
def refuse_deleting_snippets_of_other_languages(request, instances):
    if not all(may_edit(request.user, instance) for instance in instances):
        raise PermissionDenied


@hooks.register("before_create_snippet", order=-10)
def refuse_creating_snippets_in_other_languages(request, model):
    if issubclass(model, TranslatableMixin) and not may_edit_in(request.user, requested_language(request)):
        raise PermissionDenied
