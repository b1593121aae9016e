"""The audio test's chime: two soft tones made here, played on the kiosk's sound output."""

from __future__ import annotations

import math
import struct

from devices.speech.interface import Audio

RATE = 22050
TONES = ((880.0, 0.35), (660.0, 0.55))  # a falling two-tone "ding-dong"


def chime(rate: int = RATE, volume: float = 0.4) -> Audio:
    """The chime as 16-bit mono audio, each tone fading out so it ends without a click."""
    samples = bytearray()
    for frequency, seconds in TONES:
        frames = int(rate * seconds)
        for i in range(frames):
            fade = 1.0 - i / frames
            value = volume * fade * math.sin(2 * math.pi * frequency * i / rate)
            samples += struct.pack("<h", int(value * 32767))
    return Audio(bytes(samples), rate)
