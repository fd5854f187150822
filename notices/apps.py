from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Site notices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from site_core import page_cache

        from .showing import next_boundary

        # A stored page shows the notices of the moment it was made: it must not outlive the
        # next start or end.
        page_cache.register_valid_until(next_boundary)
