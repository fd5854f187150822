"""Whether a translation says what its source says now: the source content each translation was
made from, kept beside the source's live content, compared by content, never by dates."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationStateConfig(AppConfig):
    name = "translation_state"
    verbose_name = _("Translation state")

    def ready(self):
        from translation_state import recording, sync

        recording.connect()
        sync.connect()
