"""The attention chime before a disaster takeover's headline, and how loud a terminal makes it.

The chime is made here, not read from a file: two falling tones (a fifth apart, the interval
public address chimes use) per ring, with soft edges so no speaker clicks. How many rings and
how often the headline is said depends on where the terminal stands (its profile): a station
concourse is loud and people walk past, a convenience store is small and quiet.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass

from content.config.model import Profile

RATE = 16_000
TONES_HZ = (880.0, 587.33)  # A5 then D5
TONE_S = 0.28
GAP_S = 0.12
PEAK = 0.6  # of full scale: loud, never clipping


@dataclass(frozen=True)
class Attention:
    """What a terminal does when a takeover appears: chime rings, then the headline said."""

    rings: int
    repeats: int  # how many times the headline is said


ATTENTION: dict[Profile, Attention] = {
    Profile.STATION: Attention(rings=3, repeats=2),
    Profile.COMMUNITY_CENTRE: Attention(rings=2, repeats=1),
    Profile.CONVENIENCE_STORE: Attention(rings=1, repeats=1),
}


def attention_for(profile: Profile) -> Attention:
    """The attention a terminal of ``profile`` gives a takeover."""
    return ATTENTION.get(profile, Attention(rings=2, repeats=1))


def _tone(frequency: float) -> list[float]:
    count = round(TONE_S * RATE)
    edge = round(0.01 * RATE)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / edge) * math.exp(-3.0 * i / count)
        envelope *= min(1.0, (count - i) / edge)
        # a touch of the octave above makes it a bell, not a beep
        wave = 0.8 * math.sin(2 * math.pi * frequency * i / RATE)
        wave += 0.2 * math.sin(4 * math.pi * frequency * i / RATE)
        samples.append(envelope * wave)
    return samples


def chime(rings: int = 1) -> bytes:
    """The chime: ``rings`` times the two tones, as signed 16-bit mono PCM at :data:`RATE`."""
    silence = [0.0] * round(GAP_S * RATE)
    one = [*_tone(TONES_HZ[0]), *silence, *_tone(TONES_HZ[1]), *silence, *silence]
    samples = one * max(1, rings)
    return struct.pack(f"<{len(samples)}h", *(round(s * PEAK * 32767) for s in samples))
