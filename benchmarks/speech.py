"""Time from a screen change to the first audio sample of its instruction, Japanese and English.

A screen announces itself by calling ``App.speech.announce(title, instructions)``; the timed
path is the kiosk's own: :class:`kiosk.shell.ui.speech_output.SpeechOutput` with the real
voices (Open JTalk for Japanese, espeak-ng's library for English) handing audio to an output
that notes when the first sample arrives (a sound card would start playing it then). Texts
are the titles and instructions of the shell's and the certificate service's catalogues.
``value`` is the Japanese 95th percentile in ms (goal ≤ 300). ``baseline``, measured in the
same run on the same texts, is a bare synthesizer call of the whole announcement: what a
listener would wait without speaking phrase by phrase. A slow reading step, synthesizing
the whole text before playing, or a worker that starts late all show as a higher value.
``unread`` counts the characters left without a reading over every kiosk catalogue text in
Japanese and やさしい日本語 (goal 0); ``switched`` counts the texts of the other languages where
espeak-ng would fall back to another language's voice. Prints one JSON object as its last line.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal  # noqa: E402

from content.reading import kana, speakable, unread  # noqa: E402
from devices.speech.emulator import EmulatedOutput  # noqa: E402
from devices.speech.espeak import EspeakSynthesizer  # noqa: E402
from devices.speech.voices import open_voices  # noqa: E402
from kiosk.shell.core.spoken_texts import spoken_texts  # noqa: E402
from kiosk.shell.ui.speech_output import SpeechOutput  # noqa: E402

KIOSK = ROOT / "kiosk"
FLOW = [KIOSK / "shell" / "messages", KIOSK / "services" / "certificates" / "messages"]
SCREENS = 30
GOAL_MS = 300.0


class Session(QObject):
    """The session as speech sees it: a language, speech mode on, in a session."""

    screenChanged = Signal()  # noqa: N815 (Qt names)
    languageChanged = Signal()  # noqa: N815
    accessibilityChanged = Signal()  # noqa: N815

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        """The language spoken."""
        return self.lang

    @Property(bool, notify=accessibilityChanged)
    def speech(self) -> bool:
        """Speech mode is on."""
        return True

    @Property(bool, notify=screenChanged)
    def inSession(self) -> bool:  # noqa: N802
        """A resident is using the kiosk."""
        return True


def screens(lang: str) -> list[tuple[str, str]]:
    """(title, instructions) pairs: short catalogue texts with longer sentences."""
    texts = spoken_texts(FLOW, lang)
    titles = [t for t in texts if len(t) <= 20 and not t.endswith(("。", "."))]
    sentences = [t for t in texts if t.endswith(("。", ".")) and len(t) >= 15]
    return [(titles[i % len(titles)], sentences[(i * 7) % len(sentences)]) for i in range(SCREENS)]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def measure(lang: str) -> tuple[list[float], list[float]]:
    """Screen change → first sample (ms) through the kiosk's speech, and the bare call (ms)."""
    voices = open_voices("openjtalk")
    output = EmulatedOutput()
    speech = SpeechOutput(Session(lang), voices, output)
    synth = voices.synthesizer(lang)
    synth.speak(speakable("準備", lang) if lang.startswith("ja") else "ready", lang)  # warm up
    firsts, bares = [], []
    try:
        for title, instructions in screens(lang):
            count = len(output.played)
            started = time.monotonic()
            speech.announce(title, instructions)
            while len(output.played) == count:
                time.sleep(0.001)
            firsts.append((output.played[count].started - started) * 1000)
            speech.stop()
            speech.wait_idle()  # the worker drops the rest of the cut-off announcement
            whole = speakable(f"{title}。{instructions}", lang)
            started = time.monotonic()
            synth.speak(whole, lang)
            bares.append((time.monotonic() - started) * 1000)
    finally:
        speech.shutdown()
    return firsts, bares


def coverage() -> tuple[int, int, int]:
    """(unread characters in ja + ja-easy, texts read, texts with a voice switch elsewhere)."""
    folders = sorted({p.parent for p in KIOSK.rglob("messages/*.ts")})
    left, texts = 0, 0
    for lang in ("ja", "ja-easy"):
        for text in spoken_texts(folders, lang):
            left += len(unread(kana(text, lang)))
            texts += 1
    espeak = EspeakSynthesizer()
    switched = 0
    for lang in ("en", "zh-Hans", "ko", "pt-BR", "vi"):
        for text in spoken_texts(folders, lang):
            switched += "(" in espeak.reading(speakable(text, lang), lang)
            texts += 1
    return left, texts, switched


def main() -> int:
    QCoreApplication.instance() or QCoreApplication([])
    ja_first, ja_bare = measure("ja")
    en_first, en_bare = measure("en")
    left, texts, switched = coverage()
    value, baseline = p95(ja_first), p95(ja_bare)
    print(
        json.dumps(
            {
                "name": "speech_first_sample_ja",
                "figure": "screen change → first audio sample, ja p95 (vs whole-text synthesis)",
                "value": round(value, 1),
                "unit": "ms",
                "baseline": round(baseline, 1),
                "ratio": round(value / baseline, 3),
                "goal": GOAL_MS,
                "meets_goal": value <= GOAL_MS,
                "median": round(statistics.median(ja_first), 1),
                "screens": SCREENS,
                "more": [
                    {
                        "name": "speech_first_sample_en",
                        "figure": "screen change → first audio sample, en p95",
                        "value": round(p95(en_first), 1),
                        "unit": "ms",
                        "baseline": round(p95(en_bare), 1),
                        "ratio": round(p95(en_first) / p95(en_bare), 3),
                        "goal": GOAL_MS,
                        "meets_goal": p95(en_first) <= GOAL_MS,
                    },
                    {
                        "name": "speech_unread",
                        "figure": f"characters without a reading (ja, ja-easy; {texts} texts)",
                        "value": left,
                        "unit": "chars",
                        "goal": 0,
                        "meets_goal": left == 0,
                    },
                    {
                        "name": "speech_switched",
                        "figure": "texts where espeak-ng switches to another language's voice",
                        "value": switched,
                        "unit": "texts",
                        "goal": 0,
                        "meets_goal": switched == 0,
                    },
                ],
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
