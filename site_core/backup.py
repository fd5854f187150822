"""One-file backups: the database as Django fixtures (so a dump restores on SQLite or
PostgreSQL alike) and every media file from the default storage (local disk or S3), with a
manifest of sizes and SHA-256 checksums that restore checks."""

import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from wagtail.models import Page

# Rebuilt, not restored: sessions, the search index, login attempts. Content types and
# permissions are kept with their ids, which revisions and permissions refer to.
EXCLUDED = ["sessions", "wagtailsearch", "axes"]
DUMP = "database.json"
# Loaded first: while the rest loads, signal handlers (the search index) look content types up
# and would otherwise create them under new ids.
TYPES_DUMP = "content-types.json"
TYPE_MODELS = ["contenttypes", "auth.permission"]
MANIFEST = "manifest.json"


class BackupError(Exception):
    pass


def _media_names(directory: str = "") -> list[str]:
    try:
        directories, files = default_storage.listdir(directory)
    except FileNotFoundError:  # local storage that never received a file
        return []
    names = [f"{directory}{name}" for name in files]
    for sub in directories:
        names += _media_names(f"{directory}{sub}/")
    return names


def _add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def backup(path: Path, log=print) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        dump, types = Path(scratch) / DUMP, Path(scratch) / TYPES_DUMP
        call_command("dumpdata", *TYPE_MODELS, output=str(types), verbosity=0)
        call_command("dumpdata", exclude=EXCLUDED + TYPE_MODELS, output=str(dump), verbosity=0)
        media = {}
        with tarfile.open(path, "w:gz") as archive:
            archive.add(types, TYPES_DUMP)
            archive.add(dump, DUMP)
            for name in _media_names():
                with default_storage.open(name, "rb") as stored:
                    data = stored.read()
                media[name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                _add(archive, f"media/{name}", data)
            manifest = {
                "created_at": timezone.now().isoformat(),
                "database": connection.vendor,
                "pages": Page.objects.count(),
                "media": media,
            }
            _add(archive, MANIFEST, json.dumps(manifest, indent=1).encode())
    log(f"Backed up {manifest['pages']} pages and {len(media)} media files to {path}")
    return manifest


def restore(path: Path, log=print) -> dict:
    if Page.objects.filter(depth__gt=1).exclude(content_type__model="page").exists():
        raise BackupError("The database already has content: restore needs an empty database.")
    with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory() as scratch:
        manifest = json.loads(archive.extractfile(MANIFEST).read())
        dump, types = Path(scratch) / DUMP, Path(scratch) / TYPES_DUMP
        dump.write_bytes(archive.extractfile(DUMP).read())
        types.write_bytes(archive.extractfile(TYPES_DUMP).read())
        for name, expected in manifest["media"].items():
            data = archive.extractfile(f"media/{name}").read()
            if hashlib.sha256(data).hexdigest() != expected["sha256"]:
                raise BackupError(f"{name} in the archive does not match its checksum.")
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(name, ContentFile(data))
            if saved != name:
                raise BackupError(f"{name} could not be restored under its own name (got {saved}).")
        # Migrations leave rows (root page, default site, groups, content types) that the dump
        # brings back with their own ids: the tables are emptied, and not refilled by migrate.
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        ContentType.objects.clear_cache()
        call_command("loaddata", str(types), verbosity=0)
        call_command("loaddata", str(dump), verbosity=0)
    call_command("update_index", verbosity=0)
    cache.clear()
    log(f"Restored {manifest['pages']} pages and {len(manifest['media'])} media files from {path}")
    return manifest
