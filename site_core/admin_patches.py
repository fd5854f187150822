"""Two small corrections to the admin, applied once when the app is ready.

1. Wagtail's admin answers a refused request with a redirect to the dashboard and a message;
   a refusal is reported as 403 instead, so it is visible to the user's browser, to tests and
   to monitoring as what it is.
2. wagtail-localize's translation editor checks only model-wide snippet permissions, and its
   "Translate" form offers every language: both are narrowed to the user's languages (see
   site_core.language_rights), so a Russian translator cannot start a Kazakh translation.
"""

from django import forms
from django.core.exceptions import PermissionDenied


def refuse(request):
    raise PermissionDenied


def _offer_own_languages_only(view_class):
    from site_core.language_rights import languages_of

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


def apply():
    from wagtail.admin import auth
    from wagtail_localize.views import edit_translation, submit_translations

    from site_core.language_rights import may_edit

    _offer_own_languages_only(submit_translations.SubmitTranslationView)

    auth.permission_denied = refuse
    model_wide_check = edit_translation.user_can_edit_instance

    def user_can_edit_instance(user, instance):
        return model_wide_check(user, instance) and may_edit(user, instance)

    edit_translation.user_can_edit_instance = user_can_edit_instance
