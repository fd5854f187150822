"""Uploading with a media storage that refuses to write: the editor gets their form back with a
message, nothing is half-saved, and the failure is logged once."""

import errno
import io
import json
import logging

from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.users.models import UserProfile

import pytest
from PIL import Image as PILImage

from audio.models import AudioFile
from tests.audio import samples

pytestmark = pytest.mark.django_db

MESSAGE = "The file could not be stored; nothing was saved."


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return SimpleUploadedFile("flag.png", buffer.getvalue(), content_type="image/png")


def text_file() -> SimpleUploadedFile:
    return SimpleUploadedFile("visa-rules.txt", b"Bring your passport.", content_type="text/plain")


def wav() -> SimpleUploadedFile:
    return SimpleUploadedFile("anthem.wav", samples.wav(1.0), content_type="audio/wav")


@pytest.fixture(autouse=True)
def root_collection(db):
    """Uploads go to the root collection, which a migration makes and a flushing test removes."""
    from wagtail.models import Collection

    return Collection.get_first_root_node() or Collection.add_root(name="Root")


@pytest.fixture
def read_only_storage(monkeypatch):
    def refuse(storage, name, content):
        raise OSError(errno.EROFS, "Read-only file system", name)

    monkeypatch.setattr(FileSystemStorage, "_save", refuse)


@pytest.fixture
def errors_logged(caplog):
    """Every error record, Django's request log (which does not propagate) included."""
    request_logger = logging.getLogger("django.request")
    request_logger.addHandler(caplog.handler)
    yield lambda: [record for record in caplog.records if record.levelno >= logging.ERROR]
    request_logger.removeHandler(caplog.handler)


FORMS = {
    "image": ("/admin/images/add/", Image, png),
    "document": ("/admin/documents/add/", Document, text_file),
    "audio file": ("/admin/snippets/audio/audiofile/add/", AudioFile, wav),
}


@pytest.mark.parametrize("kind", list(FORMS))
def test_a_refused_upload_gives_the_form_back_with_the_message(
    admin_client, home, read_only_storage, errors_logged, kind
):
    url, model, make_file = FORMS[kind]
    response = admin_client.post(url, {"title": "Independence Day 2025", "file": make_file(), "tags": "flag"})
    html = response.content.decode()

    assert response.status_code == 200
    assert MESSAGE in html
    assert 'value="Independence Day 2025"' in html
    assert not model.objects.exists()
    assert len(errors_logged()) == 1


@pytest.mark.parametrize(
    ("url", "model", "make_file"),
    [("/admin/images/multiple/add/", Image, png), ("/admin/documents/multiple/add/", Document, text_file)],
    ids=["images", "documents"],
)
def test_a_refused_multiple_upload_answers_the_uploader_with_the_message(
    admin_client, home, read_only_storage, errors_logged, url, model, make_file
):
    response = admin_client.post(url, {"files[]": make_file()})

    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert answer["error_message"].startswith(MESSAGE)
    assert not model.objects.exists()
    assert len(errors_logged()) == 1


def test_the_message_is_in_the_editors_language(admin_client, admin_user, home, read_only_storage):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ru"
    profile.save()
    response = admin_client.post("/admin/documents/add/", {"title": "Правила", "file": text_file()})
    assert "Файл не удалось сохранить" in response.content.decode()


def test_uploads_still_work_when_the_storage_accepts_them(admin_client, home):
    response = admin_client.post("/admin/documents/add/", {"title": "Visa rules", "file": text_file()})
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.storage.exists(document.file.name)
