"""The attention chime and how each kind of terminal gives it."""

import struct

from content.config.model import Profile
from kiosk.shell.core.attention import RATE, attention_for, chime


def samples(pcm: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(pcm) // 2}h", pcm)


def test_a_ring_is_two_soft_edged_tones_that_never_clip():
    one = samples(chime(1))
    assert 0.8 < len(one) / RATE < 1.2
    assert max(abs(s) for s in one) < 32767 * 0.7
    assert abs(one[0]) < 200 and abs(one[-1]) < 200  # no click at either end


def test_more_rings_are_longer():
    assert len(chime(3)) == 3 * len(chime(1))
    assert chime(0) == chime(1)  # at least one ring


def test_a_station_rings_longest_and_says_the_headline_twice():
    station = attention_for(Profile.STATION)
    store = attention_for(Profile.CONVENIENCE_STORE)
    centre = attention_for(Profile.COMMUNITY_CENTRE)
    assert station.rings > centre.rings > store.rings >= 1
    assert station.repeats == 2 and centre.repeats == store.repeats == 1
