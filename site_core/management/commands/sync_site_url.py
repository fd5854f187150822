from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from site_core.public_url import base_url, sync_default_site


class Command(BaseCommand):
    help = (
        "Gives the default Wagtail site the host and port of SITE_BASE_URL, so that page addresses "
        "in emails (page.full_url) lead to the site. Idempotent; migrate runs it too."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to update.")

    def handle(self, *args, **options):
        result = sync_default_site(options["database"])
        if result.conflict:
            raise CommandError(result.message)
        self.stdout.write(f"{result.message} SITE_BASE_URL is {base_url()}.")
