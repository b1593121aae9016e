"""The kiosk's own speech: requests return at once, audio comes from a worker, stop cuts it off."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Property, QObject, Signal

from devices.speech.emulator import EmulatedOutput, EmulatedSynthesizer
from devices.speech.interface import Audio
from devices.speech.voices import Voices
from kiosk.shell.ui.speech_output import NO_VOICE_KEY, SpeechOutput, phrases


class Session(QObject):
    """What the speech reads of the session: its language, speech mode, being in a session."""

    screenChanged = Signal()  # noqa: N815 (Qt names)
    languageChanged = Signal()  # noqa: N815
    accessibilityChanged = Signal()  # noqa: N815

    def __init__(self) -> None:
        super().__init__()
        self.lang, self.speech_on, self.in_session = "ja", True, True

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self.lang

    @Property(bool, notify=accessibilityChanged)
    def speech(self) -> bool:
        return self.speech_on

    @Property(bool, notify=screenChanged)
    def inSession(self) -> bool:  # noqa: N802
        return self.in_session


class SlowSynthesizer(EmulatedSynthesizer):
    """An emulator that takes 0.3 s a phrase until released."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def speak(self, text: str, lang: str) -> Audio:
        self.release.wait(0.3)
        return super().speak(text, lang)


def _wait(condition, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.01)


@pytest.fixture
def rig(qapp):
    session = Session()
    synth = EmulatedSynthesizer()
    output = EmulatedOutput()
    speech = SpeechOutput(session, Voices([synth]), output)
    yield session, synth, output, speech
    speech.shutdown()


def test_a_screen_is_announced_phrase_by_phrase_in_its_reading(rig):
    _session, synth, output, speech = rig
    said = []
    speech.spoken.connect(said.append)
    speech.announce("手数料", "1通450円です。お支払いください。")
    _wait(lambda: len(output.played) == 3)
    assert said == ["手数料。いっつうよんひゃくごじゅうえんです。お支払いください。"]
    assert [u.text for u in synth.said] == [
        "手数料。", "いっつうよんひゃくごじゅうえんです。", "お支払いください。",
    ]  # fmt: skip
    assert all(u.lang == "ja" for u in synth.said)


def test_requests_never_wait_for_the_synthesizer(qapp):
    session, synth, output = Session(), SlowSynthesizer(), EmulatedOutput()
    speech = SpeechOutput(session, Voices([synth]), output)
    try:
        started = time.monotonic()
        speech.announce("ようこそ", "ご利用になるサービスを選んでください。")
        speech.focused("使い方")
        assert time.monotonic() - started < 0.1
        synth.release.set()
        _wait(lambda: any(u.text == "使い方" for u in synth.said))
        # the announcement was cut off by the newer request: its second phrase never played
        assert "ご利用になるサービスを選んでください。" not in [u.text for u in synth.said]
    finally:
        speech.shutdown()


def test_only_in_speech_mode_except_alerts_and_stop_when_the_session_ends(rig):
    session, synth, output, speech = rig
    session.speech_on = False
    speech.announce("ようこそ", "")
    speech.focused("戻る")
    speech.alert("もう少し時間が必要ですか？")
    _wait(lambda: "".join(u.text for u in synth.said) == "もう少し時間が必要ですか?")  # NFKC
    stops = output.stops
    session.in_session = False
    session.screenChanged.emit()
    assert output.stops == stops + 1


def test_a_language_without_a_voice_is_told_not_silent(rig):
    session, _synth, output, speech = rig
    assert not speech.voiceMissing and speech.voiceMissingKey == ""
    session.lang = "vi"
    session.languageChanged.emit()
    assert speech.voiceMissing and speech.voiceMissingKey == NO_VOICE_KEY
    speech.alert("Xin chào")
    time.sleep(0.1)
    assert output.played == []


def test_phrases_end_at_each_pause():
    assert phrases("ようこそ。使い方、係員") == ["ようこそ。", "使い方、", "係員"]
    assert phrases("Welcome. Choose a service, please") == [
        "Welcome.", "Choose a service,", "please",
    ]  # fmt: skip


def test_the_engine_name_picks_our_voices_or_qt_text_to_speech(qapp):
    from kiosk.shell.ui.qt_speech import QtSpeech
    from kiosk.shell.ui.speech_output import build_speech

    session, parent = Session(), QObject()
    ours = build_speech(session, "openjtalk", parent)
    assert isinstance(ours, SpeechOutput) and ours.available and not ours.voiceMissing
    ours.shutdown()
    assert isinstance(build_speech(session, "mock", parent), QtSpeech)


def test_a_long_first_japanese_phrase_is_cut_after_its_first_words():
    assert phrases("ご利用になるサービスを選んでください。", "ja") == [
        "ご利用に", "なるサービスを選んでください。",
    ]  # fmt: skip
    assert phrases("…。はい", "ja") == ["はい"]  # nothing to say in a piece of dots


def test_a_takeover_chimes_then_says_its_headline_whatever_the_mode(rig):
    session, synth, output, speech = rig
    session.speech_on = False  # the attention is for everyone near the kiosk
    chimes, said = [], []
    speech.chimed.connect(chimes.append)
    speech.spoken.connect(said.append)
    speech.attention("避難指示", 2, 2)
    _wait(lambda: len(output.played) >= 2)
    assert chimes == [2]
    chime = output.played[0].audio
    assert chime.rate == 16_000 and 1.0 < chime.duration_s < 3.0  # two rings, then the words
    assert [u.text for u in synth.said] == ["避難指示。", "避難指示"]
    assert said == ["避難指示。避難指示"]


def test_a_takeover_with_nothing_to_say_still_chimes(rig):
    _session, synth, output, speech = rig
    speech.attention("  ", 1, 1)
    _wait(lambda: len(output.played) == 1)
    assert synth.said == []
