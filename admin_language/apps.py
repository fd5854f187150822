from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdminLanguageConfig(AppConfig):
    name = "admin_language"
    verbose_name = _("Admin language")

    def ready(self):
        from admin_language import default_language, localize_dates, login_form, role_names

        role_names.install()
        default_language.connect()
        localize_dates.install()
        login_form.install()
