from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Site

from site_core.demo.site import DEMO_USERNAME, ensure_demo_editor, ensure_locales, ensure_site_settings


class Command(BaseCommand):
    help = (
        "Builds the demo site in Kazakh, Russian and English from the embassy's reference page. "
        "Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        log = self.stdout.write
        with transaction.atomic():
            ensure_locales(log)
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if app_config.name != "site_core" and find_spec(app_config.name) and find_spec(module_name):
                    log(f"{app_config.label}:")
                    import_module(module_name).load_demo(log)
            site = Site.objects.get(is_default_site=True)
            ensure_site_settings(site, log)
            password = ensure_demo_editor(log)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(f"Demo editor: {DEMO_USERNAME} / {password}")
