from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationMemoryConfig(AppConfig):
    name = "translation_memory"
    verbose_name = _("Translation memory")

    def ready(self):
        # Receivers: approved segments are remembered, new translations filled.
        from translation_memory import filling, remembering  # noqa: F401
