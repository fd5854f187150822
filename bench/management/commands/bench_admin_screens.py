"""The admin screens `make bench` times (bench/admin_timings.py), found in the data set, with the
SQL queries each costs the bench editor: prints JSON."""

import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.admin_timings import EDITOR
from news.models import NewsPage
from newsletter.models import Send


def screens() -> dict[str, str]:
    post = NewsPage.objects.filter(slug="bench-post-7", locale__language_code="en").first()
    send = Send.objects.order_by("pk").first()
    if post is None or send is None:
        raise CommandError("No bench data set here: run `manage.py bench_data` first.")
    return {
        "page explorer": f"/admin/pages/{post.get_parent().pk}/",
        "edit news post": f"/admin/pages/{post.pk}/edit/",
        "translation board": "/admin/translations/",
        "subscribers": "/admin/email-list/subscribers/",
        "sendings": "/admin/email-list/sendings/",
        "sending": f"/admin/email-list/sendings/inspect/{send.pk}/",
    }


class Command(BaseCommand):
    help = "Prints the admin screens to time, with their SQL query counts for the bench editor."

    def handle(self, *args, **options):
        client = Client()
        editor = get_user_model().objects.get(username=EDITOR[0])
        client.force_login(editor, backend="django.contrib.auth.backends.ModelBackend")
        found = {}
        for name, path in screens().items():
            client.get(path)  # the first request fills per-process caches
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            found[name] = {"path": path, "status": response.status_code, "queries": len(queries)}
        self.stdout.write(json.dumps(found))
