"""SQL queries per page, uncached (the page cache off), for `make bench`: prints JSON."""

import json

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext


class Command(BaseCommand):
    help = "Counts the SQL queries of each URL given, rendered without the page cache."

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+")

    def handle(self, *args, urls, **options):
        counts = {}
        client = Client()
        with override_settings(PAGE_CACHE_SECONDS=0):
            for url in urls:
                client.get(url)  # the first request fills per-process caches (site root paths)
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url)
                counts[url] = {"status": response.status_code, "queries": len(queries)}
        self.stdout.write(json.dumps(counts))
