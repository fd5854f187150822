from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SiteCoreConfig(AppConfig):
    name = "site_core"
    verbose_name = _("Site core")

    def ready(self):
        from site_core import admin_patches, cdn_purge, page_cache, public_url

        admin_patches.apply()
        page_cache.connect()
        cdn_purge.connect()
        # After every migrate, so a changed SITE_BASE_URL reaches page.full_url with the release.
        post_migrate.connect(
            public_url.sync_after_migrate, sender=self, dispatch_uid="site_core.sync_site_url"
        )
