"""`backup` then `restore` on an empty database and storage gives back the same site: pages per
language, subscribers, and media files with the same checksums."""

import hashlib

from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db.models import Count

from wagtail.models import Page

import pytest

from newsletter.models import Subscriber
from site_core.backup import _media_names


def state() -> dict:
    return {
        "pages": dict(Page.objects.values_list("locale__language_code").annotate(n=Count("pk"))),
        "live": Page.objects.live().count(),
        "subscribers": sorted(Subscriber.objects.values_list("email", "status", "language")),
        "media": {
            name: hashlib.sha256(default_storage.open(name).read()).hexdigest() for name in _media_names()
        },
    }


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def test_backup_and_restore_round_trip(
    transactional_db, media, multilingual_site, make_post, gallery, tmp_path
):
    import wagtail_factories

    make_post(title="Elections", hero_image=wagtail_factories.ImageFactory())
    Subscriber.objects.create(email="reader@example.org", language="kk", status="confirmed")
    Subscriber.objects.create(email="new@example.org", language="ru")
    before = state()
    assert before["media"], "the site has media files to back up"

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), verbosity=0)

    call_command("flush", interactive=False, verbosity=0)
    for name in _media_names():
        default_storage.delete(name)
    assert not Page.objects.filter(depth__gt=1).exists() and not _media_names()

    call_command("restore", str(archive), verbosity=0)
    assert state() == before


def test_restore_refuses_a_database_with_content(transactional_db, media, multilingual_site, tmp_path):
    from django.core.management.base import CommandError

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    with pytest.raises(CommandError, match="already has content"):
        call_command("restore", str(archive), verbosity=0)
