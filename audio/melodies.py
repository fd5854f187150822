"""Three short melodies in a Kazakh pentatonic mode, synthesised as a plucked two-string
instrument (a dombra-like timbre) and written as WAV with the standard library, so the demo
ships recordings the project made itself."""

import io
import math
import wave
from array import array

RATE = 22050
# A minor pentatonic (A C D E G), the mode of many Kazakh küis, over two octaves.
SCALE = [220.0, 261.63, 293.66, 329.63, 392.0, 440.0, 523.25, 587.33, 659.25, 783.99]

# (scale step, beats); step None is a rest.
MELODIES = {
    "morning": (
        0.42,
        [(0, 2), (2, 1), (3, 1), (4, 2), (3, 1), (2, 1), (3, 2), (5, 2), (4, 1), (3, 1), (2, 2), (0, 4)],
    ),
    "horses": (
        0.18,
        [(5, 1), (4, 1), (5, 1), (3, 1), (5, 1), (4, 1), (2, 1), (3, 1)] * 3 + [(0, 2), (None, 1), (0, 3)],
    ),
    "lullaby": (
        0.6,
        [(3, 2), (2, 1), (0, 3), (2, 2), (3, 1), (4, 3), (3, 2), (2, 1), (1, 2), (0, 4)],
    ),
}


def _pluck(frequency: float, seconds: float) -> list[float]:
    count = int(RATE * seconds)
    samples = []
    for n in range(count):
        t = n / RATE
        decay = math.exp(-3.2 * t)
        tone = sum(math.sin(2 * math.pi * frequency * k * t) / k**1.6 for k in (1, 2, 3, 4))
        # The second string, a fourth below, rings softly as on a dombra.
        drone = 0.25 * math.sin(2 * math.pi * (frequency * 0.75) * t)
        samples.append((tone + drone) * decay)
    return samples


def melody_wav(name: str) -> bytes:
    beat, notes = MELODIES[name]
    samples: list[float] = []
    for step, beats in notes:
        seconds = beat * beats
        samples.extend(_pluck(SCALE[step], seconds) if step is not None else [0.0] * int(RATE * seconds))
    samples.extend([0.0] * int(RATE * 0.3))
    peak = max(abs(s) for s in samples) or 1.0
    pcm = array("h", (int(32000 * 0.8 * s / peak) for s in samples))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())
    return buffer.getvalue()
