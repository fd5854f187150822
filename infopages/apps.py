from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfopagesConfig(AppConfig):
    name = "infopages"
    verbose_name = _("Information pages")
    default_auto_field = "django.db.models.BigAutoField"
