"""``machikado say``: the reading it speaks, the WAV it writes, and what it says when it cannot."""

from __future__ import annotations

import wave

from machikado import say_command
from machikado.cli import main


def test_writes_a_japanese_wav_and_prints_its_reading(tmp_path, capsys):
    path = tmp_path / "ja.wav"
    assert main(["say", "--reading", "--wav", str(path), "手数料は1通450円です"]) == 0
    out = capsys.readouterr().out
    assert "engine: openjtalk" in out
    assert "text: 手数料はいっつうよんひゃくごじゅうえんです" in out
    assert "reading: テスーリョーワイッツーヨンヒャクゴジューエンデス" in out
    with wave.open(str(path)) as wav:
        assert wav.getnchannels() == 1 and wav.getnframes() / wav.getframerate() > 1.5


def test_phone_numbers_and_postcodes_are_read_digit_by_digit(tmp_path, capsys):
    """The voice's own reading: はち is never taken for the particle は, 188 never for a number."""
    path = tmp_path / "ja.wav"
    text = "電話 042-438-4000、〒188-8666"
    assert main(["say", "--reading", "--wav", str(path), text]) == 0
    reading = capsys.readouterr().out.split("reading: ", 1)[1].splitlines()[0]
    assert "ゼロヨンニイノヨンサンハチノヨンゼロゼロゼロ" in reading
    assert "イチハチハチノハチロクロクロク" in reading


def test_english_goes_to_espeak(tmp_path, capsys):
    path = tmp_path / "en.wav"
    assert main(["say", "--lang", "en", "--reading", "--wav", str(path), "Please wait."]) == 0
    out = capsys.readouterr().out
    assert "engine: espeak-ng" in out and "reading: pl'i:z w'eIt" in out
    assert path.stat().st_size > 10000


def test_a_language_without_a_voice_says_so(monkeypatch, capsys):
    from devices.speech.voices import Voices

    monkeypatch.setattr(say_command, "open_voices", lambda _engine: Voices([]))
    assert main(["say", "--lang", "vi", "Xin chào"]) == 3
    assert "no voice is installed for vi (speech.no_voice)" in capsys.readouterr().err


def test_empty_text_and_an_unwritable_file_are_refused(tmp_path, capsys):
    assert main(["say", "  "]) == 2
    assert "nothing to say" in capsys.readouterr().err
    assert main(["say", "--wav", str(tmp_path / "no" / "such.wav"), "はい"]) == 1
    assert "cannot write" in capsys.readouterr().err
