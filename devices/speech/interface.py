"""What a speech synthesizer does: text in a language to 16-bit mono audio, and its reading."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from devices.errors import DeviceError, DeviceUnavailableError


class SpeechError(DeviceError):
    """The synthesizer failed on a text."""

    key = "speech.failed"


class NoVoiceError(DeviceUnavailableError):
    """No voice is installed for the language asked for."""

    key = "speech.no_voice"


@dataclass(frozen=True)
class Audio:
    """Signed 16-bit little-endian mono PCM at ``rate`` samples a second."""

    samples: bytes
    rate: int

    @property
    def frames(self) -> int:
        """Number of samples."""
        return len(self.samples) // 2

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return self.frames / self.rate

    def wav(self) -> bytes:
        """The audio as a complete WAV file."""
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.rate)
            out.writeframes(self.samples)
        return buffer.getvalue()

    def write(self, path: Path) -> None:
        """Write the audio to ``path`` as a WAV file."""
        path.write_bytes(self.wav())

    @classmethod
    def from_wav(cls, data: bytes) -> Audio:
        """Parse a mono 16-bit WAV, tolerating the unknown sizes a streaming writer leaves."""
        if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
            raise SpeechError("not a WAV stream")
        pos, rate, samples = 12, 0, b""
        while pos + 8 <= len(data):
            kind, size = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "little")
            body = data[pos + 8 : pos + 8 + size]
            if kind == b"fmt ":
                channels = int.from_bytes(body[2:4], "little")
                rate = int.from_bytes(body[4:8], "little")
                bits = int.from_bytes(body[14:16], "little")
                if channels != 1 or bits != 16:
                    raise SpeechError(f"expected 16-bit mono, got {bits}-bit x{channels}")
            elif kind == b"data":
                samples = body
                break
            pos += 8 + size + (size & 1)
        if not rate:
            raise SpeechError("WAV stream without a format chunk")
        return cls(samples[: len(samples) // 2 * 2], rate)


class Synthesizer(Protocol):
    """Turns text into speech for the languages it has voices for."""

    def languages(self) -> frozenset[str]:
        """Language tags (``ja``, ``en``, ``zh-Hans``…) this synthesizer has a voice for."""
        ...

    def reading(self, text: str, lang: str) -> str:
        """The kana or phoneme reading the synthesizer will speak for ``text``."""
        ...

    def speak(self, text: str, lang: str) -> Audio:
        """Synthesize ``text`` in ``lang``; ``NoVoiceError`` without a voice for it."""
        ...


class AudioOutput(Protocol):
    """Where synthesized audio is heard (a sound card, a headphone jack, a recorder)."""

    def play(self, audio: Audio) -> None:
        """Play ``audio`` to the end, blocking the calling (worker) thread; stoppable."""
        ...

    def stop(self) -> None:
        """Cut off what is playing now (from any thread)."""
        ...
