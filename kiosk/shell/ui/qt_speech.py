"""Speech output: screen titles, instructions and the focused control, in the session's language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices
from PySide6.QtTextToSpeech import QTextToSpeech

from content.languages import language
from content.phrasing import spoken
from kiosk.shell.core.attention import RATE as CHIME_RATE
from kiosk.shell.core.attention import chime
from kiosk.shell.ui.qt_session import QtSession

log = logging.getLogger(__name__)


class QtSpeech(QObject):
    """Speaks through QTextToSpeech (speech-dispatcher in the field, the mock engine in tests).

    What is spoken is never logged: later screens speak residents' own data.
    """

    spoken = Signal(str)
    chimed = Signal(int)  # the attention chime started, with its number of rings

    def __init__(self, session: QtSession, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        available = QTextToSpeech.availableEngines()
        if engine not in available:
            log.warning("speech engine %r not available (have %s)", engine, available)
        self._tts = QTextToSpeech(engine, self) if engine in available else None
        self._sink: QAudioSink | None = None
        self._volume = 1.0
        self._chime = QBuffer(self)
        self._after_chime = QTimer(self)
        self._after_chime.setSingleShot(True)
        self._after_chime.timeout.connect(self._say_pending)
        self._pending = ""
        session.languageChanged.connect(self._apply_locale)
        session.screenChanged.connect(self._on_screen)
        session.accessibilityChanged.connect(self._on_modes)
        self._apply_locale()

    @property
    def available(self) -> bool:
        """True when an engine is loaded."""
        return self._tts is not None

    def _apply_locale(self) -> None:
        if self._tts is not None:
            self._tts.setLocale(QLocale(language(self._session.language).speech_locale))

    def _on_screen(self) -> None:
        if not self._session.inSession:
            self.stop()

    def _on_modes(self) -> None:
        if not self._session.speech:
            self.stop()

    def _say(self, text: str) -> None:
        text = spoken(text).strip()  # screens carry line-break joiners and shown readings
        if not text:
            return
        if self._tts is not None:
            self._tts.say(text)
        self.spoken.emit(text)

    @Slot(str, str)
    def announce(self, title: str, instructions: str) -> None:
        """A screen appeared: speak its title and instructions (speech mode only)."""
        if self._session.speech:
            self.stop()
            self._say(f"{title}. {instructions}" if instructions else title)

    @Slot(str)
    def focused(self, name: str) -> None:
        """A control got the focus: speak its name (speech mode only)."""
        if self._session.speech:
            self.stop()
            self._say(name)

    @Slot(str)
    def alert(self, text: str) -> None:
        """Speak a warning whatever the mode (the idle warning must be heard, not only seen)."""
        self.stop()
        self._say(text)

    @Slot(str, int, int)
    def attention(self, text: str, rings: int, repeats: int) -> None:
        """A disaster takeover appeared: the chime ``rings`` times (QtMultimedia), then ``text``
        said ``repeats`` times, whatever the mode (everyone near the kiosk must hear it)."""
        self.stop()
        pcm = chime(rings)
        self._play(pcm)
        self.chimed.emit(rings)
        self._pending = ". ".join([text] * max(1, repeats)) if text.strip() else ""
        self._after_chime.start(round(len(pcm) / 2 / CHIME_RATE * 1000))

    def _say_pending(self) -> None:
        text, self._pending = self._pending, ""
        if text:
            self._say(text)

    def _play(self, pcm: bytes) -> None:
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            log.warning("no audio output: the attention chime is not heard")
            return
        audio = QAudioFormat()
        audio.setSampleRate(CHIME_RATE)
        audio.setChannelCount(1)
        audio.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if self._sink is not None:
            self._sink.stop()
        self._sink = QAudioSink(device, audio, self)
        self._sink.setVolume(self._volume)
        self._chime.close()
        self._chime.setData(QByteArray(pcm))
        self._chime.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink.start(self._chime)
        if self._sink.state() == QAudio.State.StoppedState:
            log.warning("the attention chime could not be played: %s", self._sink.error())

    @Slot(float)
    def setVolume(self, level: float) -> None:
        """Loudness from 0 to 1 (the keypad's volume keys)."""
        self._volume = level
        if self._sink is not None:
            self._sink.setVolume(level)
        if self._tts is not None:
            self._tts.setVolume(level)

    @Slot()
    def stop(self) -> None:
        """Stop speaking now."""
        self._after_chime.stop()
        self._pending = ""
        if self._tts is not None and self._tts.state() != QTextToSpeech.State.Ready:
            self._tts.stop()
