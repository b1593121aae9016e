"""One contract for every synthesizer: the emulator, espeak-ng's library and Open JTalk."""

from __future__ import annotations

import subprocess

import pytest

from devices.speech.emulator import EmulatedOutput, EmulatedSynthesizer
from devices.speech.espeak import EspeakSynthesizer
from devices.speech.interface import Audio, NoVoiceError, SpeechError
from devices.speech.openjtalk import OpenJTalkSynthesizer
from devices.speech.voices import Voices, open_voices

LINES = {"ja": "住民票の写しを発行します。", "en": "Please insert your card."}


def _emulator() -> tuple[EmulatedSynthesizer, str]:
    return EmulatedSynthesizer(frozenset({"ja", "en"})), "ja"


def _espeak() -> tuple[EspeakSynthesizer, str]:
    synth = EspeakSynthesizer(frozenset({"en"}))
    if "en" not in synth.languages():
        pytest.fail("espeak-ng has no English voice: run make setup (bootstrap installs it)")
    return synth, "en"


def _openjtalk() -> tuple[OpenJTalkSynthesizer, str]:
    synth = OpenJTalkSynthesizer()
    if "ja" not in synth.languages():
        pytest.fail("pyopenjtalk-plus is not installed: pip install -e '.[test]'")
    return synth, "ja"


@pytest.fixture(
    scope="module", params=[_emulator, _espeak, _openjtalk], ids=["emulator", "espeak", "jtalk"]
)
def synth(request):
    return request.param()


def test_offers_its_language(synth):
    synthesizer, lang = synth
    assert lang in synthesizer.languages()


def test_speaks_a_line_as_a_wav_of_its_length(synth, tmp_path):
    synthesizer, lang = synth
    audio = synthesizer.speak(LINES[lang], lang)
    assert 0.8 < audio.duration_s < 8
    assert max(abs(int.from_bytes(audio.samples[i : i + 2], "little", signed=True))
               for i in range(0, len(audio.samples), 2)) > 1000  # fmt: skip
    path = tmp_path / "line.wav"
    audio.write(path)
    measured = subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True)
    assert measured.returncode == 0, "sox is missing: run make setup"
    assert float(measured.stdout) == pytest.approx(audio.duration_s, abs=0.01)
    assert Audio.from_wav(path.read_bytes()) == audio


def test_reads_a_line(synth):
    synthesizer, lang = synth
    reading = synthesizer.reading(LINES[lang], lang)
    assert reading.strip()
    assert "(" not in reading  # no switch to another language's voice


def test_a_language_without_a_voice_is_refused_with_its_key(synth):
    synthesizer, _lang = synth
    with pytest.raises(NoVoiceError) as caught:
        synthesizer.speak("Olá", "xx")
    assert caught.value.key == "speech.no_voice"
    with pytest.raises(NoVoiceError):
        synthesizer.reading("Olá", "xx")


def test_open_jtalk_reads_kanji_as_japanese():
    reading = OpenJTalkSynthesizer().reading("住民票の写しを発行します", "ja")
    assert reading == "ジューミンヒョーノウツシヲハッコーシマス"


def test_espeak_japanese_reads_kanji_as_english_letters_but_kana_as_japanese():
    # why Japanese goes to Open JTalk: espeak-ng's voice names each kanji "Chinese letter"
    espeak = EspeakSynthesizer(frozenset({"ja"}))
    assert "(en)" in espeak.reading("住民票", "ja")
    assert "(en)" not in espeak.reading("じゅうみんひょう", "ja")


def test_every_language_has_a_voice_and_routes_to_its_engine():
    voices = open_voices("openjtalk")
    langs = ("ja", "ja-easy", "en", "zh-Hans", "ko", "pt-BR", "vi")
    assert set(langs) <= voices.languages()
    assert [voices.engine_name(lang) for lang in langs] == ["openjtalk"] * 2 + ["espeak-ng"] * 5
    assert open_voices("espeak-ng").engine_name("ja-easy") == "espeak-ng"
    with pytest.raises(NoVoiceError):
        Voices([]).speak("hello", "en")
    with pytest.raises(ValueError, match="unknown speech engine"):
        open_voices("festival")


def test_a_stream_that_is_not_a_wav_is_refused():
    with pytest.raises(SpeechError):
        Audio.from_wav(b"not a wav at all")


def test_the_emulated_output_records_each_piece_and_stops():
    output = EmulatedOutput()
    output.play(Audio(b"\0\0" * 160, 16000))
    output.stop()
    assert [p.audio.duration_s for p in output.played] == [0.01]
    assert output.stops == 1
