"""Real audio files made in the test itself, in each accepted format."""

import io

import numpy as np
import soundfile

RATE = 22050


def encode(format_name: str, subtype: str | None = None, seconds: float = 2.0, rate: int = RATE) -> bytes:
    buffer = io.BytesIO()
    t = np.arange(int(rate * seconds)) / rate
    soundfile.write(
        buffer,
        (0.3 * np.sin(2 * np.pi * 440 * t)).astype("float32"),
        rate,
        format=format_name,
        subtype=subtype,
    )
    return buffer.getvalue()


def wav(seconds: float = 2.0) -> bytes:
    return encode("WAV", "PCM_16", seconds)


def ogg_vorbis(seconds: float = 2.0) -> bytes:
    return encode("OGG", "VORBIS", seconds)


def ogg_opus(seconds: float = 2.0) -> bytes:
    return encode("OGG", "OPUS", seconds, rate=48000)


def flac(seconds: float = 2.0) -> bytes:
    return encode("FLAC", "PCM_16", seconds)


def mp3(seconds: float = 2.0) -> bytes:
    return encode("MP3", "MPEG_LAYER_III", seconds)
