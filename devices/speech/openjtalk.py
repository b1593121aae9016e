"""Open JTalk (HTS voice "mei") in-process through pyopenjtalk-plus, for Japanese.

The wheel carries the NAIST-jdic dictionary and the voice, so nothing is fetched at first use.
Open JTalk is given text with its kanji: its dictionary supplies each word's pitch accent,
which a kana-only text would lose. One synthesis runs at a time (the library is not
re-entrant).
"""

from __future__ import annotations

import contextlib
import functools
import io
import threading
from types import ModuleType

from devices.speech.interface import Audio, NoVoiceError, SpeechError

LANGS = frozenset({"ja", "ja-easy"})
_LOCK = threading.Lock()


@functools.cache
def _library() -> ModuleType | None:
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # a notice about an optional model
            import pyopenjtalk
    except ImportError:
        return None
    return pyopenjtalk


class OpenJTalkSynthesizer:
    """Japanese (and やさしい日本語, the same voice) through Open JTalk."""

    def __init__(self, speed: float = 1.0) -> None:
        self._speed = speed

    def languages(self) -> frozenset[str]:
        """``ja`` and ``ja-easy`` when pyopenjtalk-plus is installed, else nothing."""
        return LANGS if _library() is not None else frozenset()

    def _lib(self, lang: str) -> ModuleType:
        library = _library()
        if lang not in LANGS or library is None:
            raise NoVoiceError(f"no Open JTalk voice for {lang!r}")
        return library

    def reading(self, text: str, lang: str) -> str:
        """The katakana pronunciation Open JTalk will speak (ー for long vowels)."""
        library = self._lib(lang)
        with _LOCK:
            try:
                return str(library.g2p(text, kana=True, predict_nani=False))
            except Exception as err:  # the C extension raises bare RuntimeErrors
                raise SpeechError("Open JTalk could not read the text") from err

    def speak(self, text: str, lang: str) -> Audio:
        """Synthesize ``text``; 48 kHz 16-bit mono."""
        library = self._lib(lang)
        import numpy as np

        with _LOCK:
            try:
                wave, rate = library.tts(text, speed=self._speed, predict_nani=False)
            except Exception as err:  # the C extension raises bare RuntimeErrors
                raise SpeechError("Open JTalk could not synthesize the text") from err
        samples = np.clip(wave, -32768, 32767).astype("<i2").tobytes()
        return Audio(samples, int(rate))
