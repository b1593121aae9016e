"""The loudness of speech: the keypad's volume keys scale the samples before they are played."""

from __future__ import annotations

import array
import sys

from devices.speech.interface import Audio, AudioOutput


def scaled(audio: Audio, gain: float) -> Audio:
    """``audio`` with every sample times ``gain`` (0 to 1; never louder, so nothing clips)."""
    if gain >= 1.0:
        return audio
    samples = array.array("h")
    samples.frombytes(audio.samples[: len(audio.samples) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    samples = array.array("h", [int(value * gain) for value in samples])
    if sys.byteorder == "big":
        samples.byteswap()
    return Audio(samples.tobytes(), audio.rate)


class VolumeOutput:
    """An :class:`AudioOutput` that plays through ``output`` at the volume set last."""

    def __init__(self, output: AudioOutput, gain: float = 1.0) -> None:
        self._output = output
        self.gain = gain

    def set_gain(self, gain: float) -> None:
        """Loudness from 0 (silent) to 1 (as synthesized), for what is played next."""
        self.gain = max(0.0, min(1.0, gain))

    def play(self, audio: Audio) -> None:
        """Play ``audio`` at the current volume."""
        self._output.play(scaled(audio, self.gain))

    def stop(self) -> None:
        """Cut off what is playing."""
        self._output.stop()
