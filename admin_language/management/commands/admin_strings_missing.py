from django.core.management.base import BaseCommand

from admin_language.catalogue import admin_messages, missing_messages


class Command(BaseCommand):
    help = (
        "Lists the admin strings (Wagtail, wagtail-localize, Django) that have no Kazakh "
        "translation: after upgrading a package, translate them in locale/admin/kk/."
    )

    def handle(self, *args, **options):
        missing = missing_messages()
        total = len(admin_messages())
        for message in missing:
            self.stdout.write(str(message))
        share = 100 * (total - len(missing)) / total if total else 100
        self.stdout.write(
            f"{total - len(missing)} of {total} admin strings translated into Kazakh ({share:.1f}%)."
        )
        if missing:
            self.stdout.write(f"{len(missing)} missing: add them to locale/admin/kk/LC_MESSAGES/.")
