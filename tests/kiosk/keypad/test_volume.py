"""The volume keys make speech quieter or back to full, sample by sample, never clipped."""

from __future__ import annotations

import struct

from devices.speech.interface import Audio
from kiosk.shell.ui.volume import VolumeOutput, scaled


class Recorder:
    def __init__(self) -> None:
        self.played: list[Audio] = []
        self.stopped = 0

    def play(self, audio: Audio) -> None:
        self.played.append(audio)

    def stop(self) -> None:
        self.stopped += 1


def pcm(*values: int) -> Audio:
    return Audio(struct.pack(f"<{len(values)}h", *values), 22050)


def test_half_volume_halves_every_sample_and_full_leaves_them():
    loud = pcm(32767, -32768, 1000, -3, 0)
    assert struct.unpack("<5h", scaled(loud, 0.5).samples) == (16383, -16384, 500, -1, 0)
    assert scaled(loud, 1.0) is loud
    assert scaled(loud, 0.0).samples == bytes(10)


def test_the_output_plays_at_the_volume_set_last_and_stops_through():
    recorder = Recorder()
    output = VolumeOutput(recorder)
    output.set_gain(2.0)  # beyond full: full
    output.play(pcm(100))
    output.set_gain(0.3)
    output.play(pcm(100))
    output.stop()
    assert [struct.unpack("<h", a.samples)[0] for a in recorder.played] == [100, 30]
    assert recorder.stopped == 1
