"""espeak-ng, run as a subprocess: a voice for English, Mandarin, Korean, Portuguese, Vietnamese.

Japanese has a voice too, but it reads kanji as the English words "Chinese letter"; it is
only fit for a kana reading (see :mod:`devices.speech.openjtalk` for real Japanese). The Mandarin
voice is ``cmn-latn-pinyin``: in espeak-ng 1.51 plain ``cmn`` reads every hanzi's tone number
as an English word. Text goes in on standard input, never on the command line, so a resident's
words do not show in the process list.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

from devices.speech.interface import Audio, NoVoiceError, SpeechError

VOICES: dict[str, str] = {
    "ja": "ja",
    "en": "en-us",
    "zh-Hans": "cmn-latn-pinyin",
    "ko": "ko",
    "pt-BR": "pt-br",
    "vi": "vi",
}
TIMEOUT_S = 20.0


@functools.cache
def _installed(binary: str) -> frozenset[str]:
    """Voice names espeak-ng has installed (empty when it is not there)."""
    if shutil.which(binary) is None:
        return frozenset()
    try:
        out = subprocess.run(
            [binary, "--voices"], capture_output=True, text=True, timeout=TIMEOUT_S, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.split()[1] for line in out.splitlines()[1:] if len(line.split()) > 1)


class EspeakSynthesizer:
    """espeak-ng with one voice per language; ``langs`` limits which ones it speaks."""

    def __init__(
        self, langs: frozenset[str] | None = None, *, binary: str = "espeak-ng", rate_wpm: int = 150
    ) -> None:
        self._binary = binary
        self._rate = rate_wpm
        installed = _installed(binary)
        wanted = set(VOICES) if langs is None else set(langs) & set(VOICES)
        self._langs = frozenset(lang for lang in wanted if VOICES[lang] in installed)

    def languages(self) -> frozenset[str]:
        """Languages with an installed espeak-ng voice."""
        return self._langs

    def _voice(self, lang: str) -> str:
        if lang not in self._langs:
            raise NoVoiceError(f"no espeak-ng voice for {lang!r}")
        return VOICES[lang]

    def _run(self, args: list[str], text: str) -> bytes:
        try:
            done = subprocess.run(
                [self._binary, "--stdin", "-b", "1", "-s", str(self._rate), *args],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as err:
            raise SpeechError("espeak-ng did not run") from err
        if done.returncode != 0:
            raise SpeechError(f"espeak-ng exited with {done.returncode}")
        return done.stdout

    def reading(self, text: str, lang: str) -> str:
        """espeak-ng's phoneme mnemonics (``-x``), with ``(en)`` where it switched language."""
        out = self._run(["-v", self._voice(lang), "-q", "-x"], text)
        return " ".join(out.decode("utf-8", "replace").split())

    def speak(self, text: str, lang: str) -> Audio:
        """Synthesize ``text`` with the language's voice."""
        return Audio.from_wav(self._run(["-v", self._voice(lang), "--stdout"], text))

    def speak_and_read(self, text: str, lang: str) -> tuple[Audio, str]:
        """Audio and phoneme reading from one run (for checking many texts quickly)."""
        with tempfile.TemporaryDirectory() as folder:
            phonemes = Path(folder) / "phonemes"
            wav = self._run(
                ["-v", self._voice(lang), "-x", f"--phonout={phonemes}", "--stdout"], text
            )
            reading = phonemes.read_text(encoding="utf-8", errors="replace")
        return Audio.from_wav(wav), " ".join(reading.split())
