"""One synthesizer per language, chosen by engine name; a language without a voice is told."""

from __future__ import annotations

from devices.speech.espeak import EspeakSynthesizer
from devices.speech.interface import Audio, NoVoiceError, Synthesizer
from devices.speech.openjtalk import OpenJTalkSynthesizer

ENGINES = ("openjtalk", "espeak-ng")


class Voices:
    """Routes each language to the first synthesizer in ``chain`` that has a voice for it."""

    def __init__(self, chain: list[Synthesizer]) -> None:
        self._chain = chain

    def languages(self) -> frozenset[str]:
        """Every language some synthesizer in the chain speaks."""
        return frozenset().union(*(synth.languages() for synth in self._chain))

    def synthesizer(self, lang: str) -> Synthesizer:
        """The synthesizer that speaks ``lang``; ``NoVoiceError`` when none does."""
        for synth in self._chain:
            if lang in synth.languages():
                return synth
        raise NoVoiceError(f"no voice for {lang!r}")

    def engine_name(self, lang: str) -> str:
        """Which engine speaks ``lang`` (for the technician and ``machikado say``)."""
        synth = self.synthesizer(lang)
        return {OpenJTalkSynthesizer: "openjtalk", EspeakSynthesizer: "espeak-ng"}.get(
            type(synth), type(synth).__name__
        )

    def reading(self, text: str, lang: str) -> str:
        """The reading the language's synthesizer will speak."""
        return self.synthesizer(lang).reading(text, lang)

    def speak(self, text: str, lang: str) -> Audio:
        """Synthesize with the language's synthesizer."""
        return self.synthesizer(lang).speak(text, lang)


def open_voices(engine: str) -> Voices:
    """``openjtalk``: Open JTalk for Japanese, espeak-ng for the rest; ``espeak-ng``: all espeak.

    ``espeak-ng`` for Japanese expects a kana reading (it reads kanji as "Chinese letter").
    """
    if engine == "openjtalk":
        return Voices([OpenJTalkSynthesizer(), EspeakSynthesizer()])
    if engine == "espeak-ng":
        return Voices([EspeakSynthesizer()])
    raise ValueError(f"unknown speech engine {engine!r}; expected one of {', '.join(ENGINES)}")
