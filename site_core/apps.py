from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteCoreConfig(AppConfig):
    name = "site_core"
    verbose_name = _("Site core")

    def ready(self):
        from site_core import admin_patches, alias_conversion, cdn_purge, page_cache  # noqa: F401 (alias_conversion connects a receiver)

        admin_patches.apply()
        page_cache.connect()
        cdn_purge.connect()
