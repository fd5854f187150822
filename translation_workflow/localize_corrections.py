"""Corrections to wagtail-localize and to Wagtail's workflow actions, applied once when the app
is ready.

1. wagtail-localize's translation editor checks only model-wide snippet permissions, and its
   "Translate" form offers every language: both are narrowed to the user's languages (see
   translation_workflow.language_rights), so a Russian translator cannot start a Kazakh
   translation.
2. Approving or requesting changes from the dashboard says what happened to the page.
3. "Translate this page" also translates the snippets the page uses (its category, its author);
   wagtail-localize did so even where the snippet already had a translation in that language,
   saving it again from the English with the English text in place of every segment it had no
   string for: a Kazakh category typed by hand became "Politics" again. Only snippets not yet
   translated into a language are translated into it now.
"""

from django import forms
from django.contrib import messages
from django.utils.translation import gettext as _


def _offer_own_languages_only(view_class):
    from translation_workflow.language_rights import languages_of

    build_form = view_class.get_form

    def get_form(self):
        form = build_form(self)
        languages = languages_of(self.request.user)
        if languages is not None:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(language_code__in=languages)
            if len(field.queryset) < 2:
                form.fields["select_all"].widget = forms.HiddenInput()
        return form

    view_class.get_form = get_form


def _confirm_workflow_actions(view_class):
    perform = view_class.post

    def post(self, request, *args, **kwargs):
        task_state = self.task_state
        response = perform(self, request, *args, **kwargs)
        task_state.refresh_from_db()
        if task_state.status == task_state.STATUS_IN_PROGRESS:
            return response  # the form was invalid: nothing happened
        instance = type(self.object)._default_manager.get(pk=self.object.pk)
        title = getattr(instance, "get_admin_display_title", instance.__str__)()
        if task_state.status == task_state.STATUS_APPROVED:
            if getattr(instance, "workflow_in_progress", False):
                text = _("“%(title)s” approved: it goes on to the next review step.")
            elif getattr(instance, "live", False) and not getattr(instance, "has_unpublished_changes", False):
                text = _("“%(title)s” approved and published.")
            else:
                text = _("“%(title)s” approved.")
        elif task_state.status == task_state.STATUS_REJECTED:
            text = _("Changes requested on “%(title)s”: the author has been told.")
        else:
            return response
        messages.success(request, text % {"title": title})
        return response

    view_class.post = post


def _keep_translated_related_objects(creator_class):
    create = creator_class.create_translations

    def create_translations(self, instance, include_related_objects=True):
        if include_related_objects:  # the object the user chose to translate
            return create(self, instance, include_related_objects)
        chosen = self.target_locales
        self.target_locales = [locale for locale in chosen if not instance.has_translation(locale)]
        try:
            if self.target_locales:
                create(self, instance, include_related_objects=False)
        finally:
            self.target_locales = chosen

    creator_class.create_translations = create_translations


def apply():
    from wagtail.admin.views.generic.workflow import WorkflowAction
    from wagtail_localize.operations import TranslationCreator
    from wagtail_localize.views import edit_translation, submit_translations

    from translation_workflow.language_rights import may_edit

    _offer_own_languages_only(submit_translations.SubmitTranslationView)
    _confirm_workflow_actions(WorkflowAction)
    _keep_translated_related_objects(TranslationCreator)

    model_wide_check = edit_translation.user_can_edit_instance

    def user_can_edit_instance(user, instance):
        return model_wide_check(user, instance) and may_edit(user, instance)

    edit_translation.user_can_edit_instance = user_can_edit_instance
