from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page, Site

from site_core.demo.site import (
    DEMO_USERNAME,
    ensure_demo_editor,
    ensure_demo_role_accounts,
    ensure_locales,
    ensure_site_settings,
)
from translation_workflow.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Builds the demo site in Kazakh, Russian and English from the embassy's reference page. "
        "Idempotent: a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only-if-empty",
            action="store_true",
            help="Do nothing when the database already holds pages of the site's own types.",
        )

    def handle(self, *args, **options):
        if options["only_if_empty"] and self.site_has_pages():
            self.stdout.write("The database already has content: demo content not loaded.")
            if get_user_model().objects.filter(username=DEMO_USERNAME).exists():
                quiet = lambda _line: None  # noqa: E731
                self.print_logins(ensure_demo_editor(quiet), ensure_demo_role_accounts(quiet))
            return
        log = self.stdout.write
        with transaction.atomic():
            ensure_locales(log)
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if app_config.name != "site_core" and _is_local(app_config) and find_spec(module_name):
                    log(f"{app_config.label}:")
                    import_module(module_name).load_demo(log)
            ensure_site_settings(Site.objects.get(is_default_site=True), log)
            setup_roles(Site.objects.get(is_default_site=True).root_page)
            password = ensure_demo_editor(log)
            role_passwords = ensure_demo_role_accounts(log)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.print_logins(password, role_passwords)

    def print_logins(self, password: str, role_passwords: dict[str, str]) -> None:
        self.stdout.write(f"  Demo editor login: {DEMO_USERNAME} / {password}")
        for username, role_password in role_passwords.items():
            self.stdout.write(f"  Demo {username} login: {username} / {role_password}")

    @staticmethod
    def site_has_pages() -> bool:
        """Wagtail's migrations create a plain placeholder page; pages of any other type are content."""
        return Page.objects.filter(depth__gt=1).exclude(content_type__model="page").exists()


def _is_local(app_config) -> bool:
    """Only the project's own apps carry demo modules; third-party packages are not searched."""
    return "site-packages" not in app_config.path
