"""Speech output: screen titles, instructions and the focused control, in the session's language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

from content.languages import language
from content.phrasing import spoken
from kiosk.shell.ui.qt_session import QtSession

log = logging.getLogger(__name__)


class QtSpeech(QObject):
    """Speaks through QTextToSpeech (speech-dispatcher in the field, the mock engine in tests).

    What is spoken is never logged: later screens speak residents' own data.
    """

    spoken = Signal(str)

    def __init__(self, session: QtSession, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        available = QTextToSpeech.availableEngines()
        if engine not in available:
            log.warning("speech engine %r not available (have %s)", engine, available)
        self._tts = QTextToSpeech(engine, self) if engine in available else None
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

    @Slot(float)
    def setVolume(self, level: float) -> None:
        """Loudness from 0 to 1 (the keypad's volume keys)."""
        if self._tts is not None:
            self._tts.setVolume(level)

    @Slot()
    def stop(self) -> None:
        """Stop speaking now."""
        if self._tts is not None and self._tts.state() != QTextToSpeech.State.Ready:
            self._tts.stop()
