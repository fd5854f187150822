from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self):
        # Connects the signals that tell every process the glossary changed.
        from glossary import matching  # noqa: F401
