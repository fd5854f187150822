from django.core.management.base import BaseCommand

from translation_state.backfill import record_existing


class Command(BaseCommand):
    help = (
        "Records the live content of every source and what every translation was made from, for "
        "content that predates it or was inserted in bulk. What is recorded already stays."
    )

    def handle(self, *args, **options):
        record_existing(self.stdout.write)
