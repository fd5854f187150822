from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KazakhLatinConfig(AppConfig):
    name = "kazakh_latin"
    verbose_name = _("Kazakh in Latin script")

    def ready(self):
        from kazakh_latin import preview

        preview.install()
