"""Recognises an uploaded audio file from its bytes and reads its duration.

The file name and the browser's content type are never trusted: the format comes from the
file's signature, and the whole file must then parse as that format with mutagen.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from mutagen import MutagenError
from mutagen.flac import FLAC
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

ACCEPTED = "MP3, Ogg Vorbis, Ogg Opus, M4A/AAC, WAV, FLAC"
WAV_HEADER_BYTES = 44


@dataclass(frozen=True)
class AudioInfo:
    format_name: str
    mime_type: str
    duration: float


def _signature(head: bytes) -> str | None:
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"OggS":
        return "ogg"
    if head[4:8] == b"ftyp":
        return "m4a"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


def _parse(kind: str, fileobj):
    if kind == "ogg":
        for parser, name in ((OggVorbis, "Ogg Vorbis"), (OggOpus, "Ogg Opus")):
            fileobj.seek(0)
            try:
                return parser(fileobj), name, "audio/ogg"
            except MutagenError:
                continue
        raise MutagenError("not Vorbis or Opus")
    parser, name, mime_type = {
        "wav": (WAVE, "WAV", "audio/wav"),
        "flac": (FLAC, "FLAC", "audio/flac"),
        "m4a": (MP4, "M4A", "audio/mp4"),
        "mp3": (MP3, "MP3", "audio/mpeg"),
    }[kind]
    fileobj.seek(0)
    return parser(fileobj), name, mime_type


def _looks_truncated(kind: str, parsed, size: int) -> bool:
    info = parsed.info
    if kind == "wav":
        expected = info.length * info.sample_rate * info.channels * (info.bits_per_sample // 8)
        return size < WAV_HEADER_BYTES + expected * 0.99
    if kind == "m4a":
        return not str(getattr(info, "codec", "")).startswith(("mp4a", "alac"))
    return False


def inspect_audio(uploaded) -> AudioInfo:
    """Returns what the file is, or raises ValidationError with a message for the editor."""
    size = uploaded.size
    if not size:
        raise ValidationError(_("The file is empty."), code="empty")
    if size > settings.AUDIO_MAX_UPLOAD_SIZE:
        raise ValidationError(
            _("The file is %(size)s; audio files may be at most %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(settings.AUDIO_MAX_UPLOAD_SIZE)},
            code="too_large",
        )
    uploaded.seek(0)
    kind = _signature(uploaded.read(16))
    if kind is None:
        raise ValidationError(
            _("This file is not audio in a format the site accepts (%(formats)s).") % {"formats": ACCEPTED},
            code="not_audio",
        )
    try:
        parsed, name, mime_type = _parse(kind, uploaded)
    except (MutagenError, ValueError, EOFError, OverflowError, IndexError, KeyError):
        raise ValidationError(
            _("This audio file could not be read: it is damaged or incomplete."), code="unreadable"
        ) from None
    finally:
        uploaded.seek(0)
    duration = float(getattr(parsed.info, "length", 0) or 0)
    if duration <= 0 or _looks_truncated(kind, parsed, size):
        raise ValidationError(
            _("This audio file could not be read: it is damaged or incomplete."), code="unreadable"
        )
    return AudioInfo(format_name=name, mime_type=mime_type, duration=duration)
