"""A synthesizer and an audio output that record what they were asked, for tests and the demo."""

from __future__ import annotations

import math
import struct
import threading
import time
from dataclasses import dataclass, field

from devices.speech.interface import Audio, NoVoiceError

RATE = 16000


@dataclass(frozen=True)
class Utterance:
    """One request: the text and its language."""

    text: str
    lang: str


class EmulatedSynthesizer:
    """Answers every request with a soft tone, 100 ms a character (at least 0.2 s)."""

    def __init__(self, langs: frozenset[str] = frozenset({"ja", "ja-easy", "en"})) -> None:
        self._langs = langs
        self.said: list[Utterance] = []

    def languages(self) -> frozenset[str]:
        """The languages it was built to accept."""
        return self._langs

    def reading(self, text: str, lang: str) -> str:
        """The text itself, trimmed: the emulator has no phonology."""
        self._check(lang)
        return " ".join(text.split())

    def speak(self, text: str, lang: str) -> Audio:
        """Record the request and return a tone as long as the text would take to say."""
        self._check(lang)
        self.said.append(Utterance(text, lang))
        frames = max(int(0.2 * RATE), int(0.1 * RATE * len(text.strip())))
        tone = (int(3000 * math.sin(2 * math.pi * 440 * n / RATE)) for n in range(frames))
        return Audio(struct.pack(f"<{frames}h", *tone), RATE)

    def _check(self, lang: str) -> None:
        if lang not in self._langs:
            raise NoVoiceError(f"no emulated voice for {lang!r}")


@dataclass
class Played:
    """One played piece of audio and the monotonic time its first sample went out."""

    audio: Audio
    started: float


@dataclass
class EmulatedOutput:
    """Takes audio as a sound card would, without the wait; records when each piece began."""

    played: list[Played] = field(default_factory=list)
    stops: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def play(self, audio: Audio) -> None:
        """Record ``audio`` with the time its first sample was handed over."""
        with self._lock:
            self.played.append(Played(audio, time.monotonic()))

    def stop(self) -> None:
        """Count the stop."""
        with self._lock:
            self.stops += 1
