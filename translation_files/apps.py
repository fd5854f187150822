from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationFilesConfig(AppConfig):
    name = "translation_files"
    verbose_name = _("Translation files")
