"""Every text the certificate flow can speak, in all seven languages, through the real voices.

Fails on a switch to another language's voice (espeak-ng's ``(en)`` markers: letter names read
in English), a character left without a reading (kanji in a Japanese reading), and an empty or
too short WAV. espeak-ng synthesizes every text; Open JTalk, ten times slower, reads every text
and synthesizes ten of each Japanese catalogue spread over their lengths, the shortest first.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from content.languages import LANGUAGE_CODES
from content.reading import JAPANESE, kana, speakable, unread
from devices.speech.interface import Audio
from devices.speech.voices import open_voices
from kiosk.shell.core.spoken_texts import spoken_texts

KIOSK = Path(__file__).parents[2] / "kiosk"

SWITCH = re.compile(r"\((?:[a-z]{2,3})(?:-[a-z0-9]+)*\)")
KATAKANA_READING = re.compile(r"[\u30a0-\u30ffー、。？！!?,.\s]*")
PER_CHAR_S = {"ja": 0.05, "ja-easy": 0.04, "zh-Hans": 0.1, "ko": 0.06}  # else Latin script
JAPANESE_WAVS = 10  # spread over each Japanese catalogue from its shortest text up


@pytest.fixture(scope="module")
def voices():
    return open_voices("openjtalk")


@pytest.fixture(scope="module")
def folders():
    return [KIOSK / "shell" / "messages", KIOSK / "services" / "certificates" / "messages"]


def _loud(audio: Audio) -> bool:
    samples = memoryview(audio.samples).cast("h")
    return sum(1 for s in samples[::50] if abs(s) > 500) > 3


def _check_wav(audio: Audio, said: str, lang: str) -> str | None:
    least = max(0.2, PER_CHAR_S.get(lang, 0.025) * len(said.replace(" ", "")))
    if audio.duration_s < least:
        return f"{audio.duration_s:.2f} s < {least:.2f} s"
    if not _loud(audio):
        return "silent"
    return None


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_every_certificate_flow_text_is_read_in_its_own_voice(lang, voices, folders, tmp_path):
    texts = spoken_texts(folders, lang)
    assert len(texts) > 150, "the catalogues were not found"
    synth = voices.synthesizer(lang)
    problems: list[str] = []
    wavs: list[tuple[str, Audio, str]] = []
    for text in texts:
        said = speakable(text, lang)
        if lang in JAPANESE:
            reading = synth.reading(said, lang)
            left = unread(kana(text, lang))
            if left:
                problems.append(f"{text!r}: no reading for {left!r}")
            if not reading or not KATAKANA_READING.fullmatch(reading):
                problems.append(f"{text!r}: Open JTalk reads {reading!r}")
            continue
        audio, reading = synth.speak_and_read(said, lang)  # type: ignore[attr-defined]
        if SWITCH.search(reading):
            problems.append(f"{text!r}: switches voice: {reading}")
        if (fault := _check_wav(audio, said, lang)) is not None:
            problems.append(f"{text!r}: WAV {fault}")
        wavs.append((text, audio, said))
    if lang in JAPANESE:
        by_length = sorted(texts, key=len)
        step = len(by_length) // JAPANESE_WAVS
        for text in by_length[::step][:JAPANESE_WAVS]:
            said = speakable(text, lang)
            audio = synth.speak(said, lang)
            if (fault := _check_wav(audio, kana(text, lang), lang)) is not None:
                problems.append(f"{text!r}: WAV {fault}")
            wavs.append((text, audio, said))
    assert not problems, "\n".join(problems)
    # sox agrees with our own reading of the files (the shortest one of the language)
    text, audio, _said = min(wavs, key=lambda w: w[1].duration_s)
    path = tmp_path / "shortest.wav"
    audio.write(path)
    measured = subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True, check=True)
    assert float(measured.stdout) == pytest.approx(audio.duration_s, abs=0.01), text
