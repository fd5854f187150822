from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from site_core.backup import backup


class Command(BaseCommand):
    help = "Writes one archive with the database (as fixtures) and every media file, with checksums."

    def add_arguments(self, parser):
        parser.add_argument("archive", nargs="?", help="where to write (default: var/backups/<date>.tar.gz)")

    def handle(self, *args, archive=None, **options):
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        path = Path(archive) if archive else settings.VAR_DIR / "backups" / f"embassy-{stamp}.tar.gz"
        backup(path, log=self.stdout.write)
