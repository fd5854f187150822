"""Wagtail's sign-in form leaves its password field without a label, so Django names it after
the field ("Password", in English whatever the language); it gets Django's translated one."""

from django.utils.translation import gettext_lazy


def install() -> None:
    from wagtail.admin.forms.auth import LoginForm

    LoginForm.base_fields["password"].label = gettext_lazy("Password")
