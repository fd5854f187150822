import io
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from audio.inspection import inspect_audio
from audio.models import AudioFile
from tests.audio import samples

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="audio/mpeg")


def zipped() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("song.mp3", b"not really")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make", "format_name", "mime_type"),
    [
        (samples.wav, "WAV", "audio/wav"),
        (samples.ogg_vorbis, "Ogg Vorbis", "audio/ogg"),
        (samples.ogg_opus, "Ogg Opus", "audio/ogg"),
        (samples.flac, "FLAC", "audio/flac"),
        (samples.mp3, "MP3", "audio/mpeg"),
    ],
)
def test_accepted_formats_are_recognised_from_their_bytes_with_their_duration(make, format_name, mime_type):
    # A misleading name: the format must come from the content.
    info = inspect_audio(upload("recording.txt", make(3.0)))
    assert info.format_name == format_name
    assert info.mime_type == mime_type
    assert info.duration == pytest.approx(3.0, abs=0.15)


BAD_FILES = {
    "html renamed to mp3": ("song.mp3", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
    "svg renamed to ogg": ("song.ogg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    "png renamed to wav": ("song.wav", PNG),
    "shell script renamed to mp3": ("song.mp3", b"#!/bin/sh\nrm -rf /\n"),
    "zip renamed to m4a": ("song.m4a", zipped()),
    "text renamed to flac": ("song.flac", b"Just some words, not music at all." * 10),
    "empty file": ("song.mp3", b""),
    "truncated wav": ("song.wav", samples.wav(2.0)[:5000]),
    "truncated ogg": ("song.ogg", samples.ogg_vorbis(2.0)[:60]),
    "truncated flac": ("song.flac", samples.flac(2.0)[:30]),
    "fake mp3 frame sync": ("song.mp3", b"\xff\xfb" + b"\x00" * 50),
    "fake m4a header": ("song.m4a", b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00" + b"\x00" * 40),
    "wav header only": ("song.wav", samples.wav(2.0)[:44]),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files_are_refused_with_a_clear_message(name):
    filename, content = BAD_FILES[name]
    with pytest.raises(ValidationError) as error:
        inspect_audio(upload(filename, content))
    message = " ".join(error.value.messages)
    assert "empty" in message or "not audio" in message or "damaged or incomplete" in message


def test_oversize_files_are_refused_before_parsing(settings):
    settings.AUDIO_MAX_UPLOAD_SIZE = 10_000
    with pytest.raises(ValidationError) as error:
        inspect_audio(upload("song.wav", samples.wav(1.0)))
    assert "may be at most 9.8\xa0KB" in " ".join(error.value.messages)


@pytest.mark.django_db
def test_model_records_format_and_duration_and_refuses_bad_uploads():
    good = AudioFile(title="Tone", file=upload("tone.ogg", samples.ogg_vorbis(2.0)))
    good.full_clean()
    good.save()
    assert (good.format_name, good.mime_type) == ("Ogg Vorbis", "audio/ogg")
    assert good.duration == pytest.approx(2.0, abs=0.1)
    assert good.file_size > 0

    bad = AudioFile(title="Page", file=upload("page.mp3", b"<html></html>"))
    with pytest.raises(ValidationError) as error:
        bad.full_clean()
    assert "file" in error.value.message_dict


@pytest.mark.django_db
def test_admin_upload_form_shows_the_error(admin_client):
    response = admin_client.post(
        "/admin/snippets/audio/audiofile/add/",
        {"title": "Not music", "file": upload("evil.mp3", b"<html><script>alert(1)</script></html>")},
    )
    assert response.status_code == 200
    assert "not audio in a format the site accepts" in response.content.decode()
    assert not AudioFile.objects.exists()
