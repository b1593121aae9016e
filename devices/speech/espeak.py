"""espeak-ng through its C library: voices for English, Mandarin, Korean, Portuguese, Vietnamese.

In-process (``libespeak-ng.so.1`` from Debian's ``espeak-ng``), so a phrase costs milliseconds,
not a process start. The library keeps global state: one call at a time, under a lock.
Japanese has a voice too, but it reads kanji as the English words "Chinese letter"; it is
only fit for a kana reading (see :mod:`devices.speech.openjtalk` for real Japanese). The Mandarin
voice is ``cmn-latn-pinyin``: in espeak-ng 1.51 plain ``cmn`` reads every hanzi's tone number
as an English word.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import tempfile
import threading
from pathlib import Path

from devices.speech.interface import Audio, NoVoiceError, SpeechError

VOICES: dict[str, str] = {
    "ja": "ja",
    "ja-easy": "ja",
    "en": "en-us",
    "zh-Hans": "cmn-latn-pinyin",
    "ko": "ko",
    "pt-BR": "pt-br",
    "vi": "vi",
}
LIBRARY = "libespeak-ng.so.1"
_SYNCHRONOUS = 2  # AUDIO_OUTPUT_SYNCHRONOUS: samples come to the callback inside espeak_Synth
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_PHONEMES_SHOW = 1  # the mnemonics of ``espeak-ng -x``, with (xx) where the language switches
_RATE = 1  # espeakRATE, words a minute
_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)
_LOCK = threading.Lock()


class _Engine:
    """The loaded library, its sample rate, and where the callback puts samples."""

    def __init__(self, lib: ctypes.CDLL, libc: ctypes.CDLL, rate: int) -> None:
        self.lib = lib
        self.libc = libc
        self.rate = rate
        self.samples: list[bytes] = []
        self.callback = _CALLBACK(self._collect)  # kept referenced while the library holds it
        lib.espeak_SetSynthCallback(self.callback)

    def _collect(self, wav: ctypes._Pointer[ctypes.c_short], count: int, _events: int) -> int:
        if count > 0 and wav:
            self.samples.append(ctypes.string_at(wav, count * 2))
        return 0


@functools.cache
def _engine() -> _Engine | None:
    try:
        lib = ctypes.CDLL(LIBRARY)
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
    except OSError:
        return None
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetPhonemeTrace.argtypes = [ctypes.c_int, ctypes.c_void_p]
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_Synth.argtypes = [
        ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
        ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    libc.fclose.argtypes = [ctypes.c_void_p]
    rate = lib.espeak_Initialize(_SYNCHRONOUS, 0, None, 0)
    if rate <= 0:
        return None
    return _Engine(lib, libc, rate)


@functools.cache
def _has_voice(name: str) -> bool:
    engine = _engine()
    if engine is None:
        return False
    with _LOCK:
        return bool(engine.lib.espeak_SetVoiceByName(name.encode()) == 0)


class EspeakSynthesizer:
    """espeak-ng with one voice per language; ``langs`` limits which ones it speaks."""

    def __init__(self, langs: frozenset[str] | None = None, *, rate_wpm: int = 150) -> None:
        self._rate = rate_wpm
        wanted = set(VOICES) if langs is None else set(langs) & set(VOICES)
        self._langs = frozenset(lang for lang in wanted if _has_voice(VOICES[lang]))

    def languages(self) -> frozenset[str]:
        """Languages with an installed espeak-ng voice."""
        return self._langs

    def _run(self, text: str, lang: str, *, phonemes: bool) -> tuple[Audio, str]:
        if lang not in self._langs:
            raise NoVoiceError(f"no espeak-ng voice for {lang!r}")
        engine = _engine()
        assert engine is not None  # a language is only offered when the library loaded
        data = text.encode("utf-8") + b"\0"
        with _LOCK, tempfile.TemporaryDirectory() as folder:
            trace = Path(folder, "phonemes")
            stream = engine.libc.fopen(os.fsencode(trace), b"w") if phonemes else None
            engine.samples = []
            try:
                engine.lib.espeak_SetVoiceByName(VOICES[lang].encode())
                engine.lib.espeak_SetParameter(_RATE, self._rate, 0)
                engine.lib.espeak_SetPhonemeTrace(_PHONEMES_SHOW if stream else 0, stream)
                status = engine.lib.espeak_Synth(
                    data, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None
                )
                engine.lib.espeak_Synchronize()
            finally:
                engine.lib.espeak_SetPhonemeTrace(0, None)
                if stream:
                    engine.libc.fclose(stream)
            if status != 0:
                raise SpeechError(f"espeak-ng refused the text (status {status})")
            reading = trace.read_text(encoding="utf-8", errors="replace") if phonemes else ""
            audio = Audio(b"".join(engine.samples), engine.rate)
        return audio, " ".join(reading.split())

    def reading(self, text: str, lang: str) -> str:
        """espeak-ng's phoneme mnemonics (as ``-x``), with ``(en)`` where it switched language."""
        return self._run(text, lang, phonemes=True)[1]

    def speak(self, text: str, lang: str) -> Audio:
        """Synthesize ``text`` with the language's voice."""
        return self._run(text, lang, phonemes=False)[0]

    def speak_and_read(self, text: str, lang: str) -> tuple[Audio, str]:
        """Audio and phoneme reading from one synthesis (for checking many texts quickly)."""
        return self._run(text, lang, phonemes=True)
