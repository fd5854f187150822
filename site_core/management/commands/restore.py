from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from site_core.backup import BackupError, restore


class Command(BaseCommand):
    help = "Brings back an archive written by `backup` on an empty database and storage."

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, archive, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No archive at {path}.")
        call_command("migrate", verbosity=0)
        try:
            restore(path, log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
