"""Private listening: headphones in start speech and say how to use the keypad; out stop it."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from content.config.hardware import Place
from devices.audio_jack.interface import HeadphoneJack
from kiosk.shell.core import keypad
from kiosk.shell.ui.qt_keypad import Speaker
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.wording import tr


class QtListening(QObject):
    """Follows the headphone jack on the UI thread and switches the session's speech with it."""

    pluggedChanged = Signal()
    wordingChanged = Signal()
    _jackChanged = Signal(bool)  # from the jack's thread to the UI thread

    def __init__(
        self,
        session: QtSession,
        speech: Speaker,
        jack: HeadphoneJack | None,
        place: Place,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._place = place
        session.languageChanged.connect(self.wordingChanged)
        self._session = session
        self._speech = speech
        self._jack = jack
        self._plugged = False
        self._jackChanged.connect(self._on_jack, Qt.ConnectionType.QueuedConnection)
        self._in_session = session.inSession
        session.screenChanged.connect(self._on_screen)
        if jack is not None:
            jack.subscribe(self._jackChanged.emit)
            self._plugged = jack.plugged()

    def start(self) -> None:
        """Start watching the jack."""
        if self._jack is not None:
            self._jack.start()
            if self._jack.plugged():
                self._on_jack(True)

    def close(self) -> None:
        """Stop watching the jack."""
        if self._jack is not None:
            self._jack.close()

    @Property(bool, notify=pluggedChanged)
    def plugged(self) -> bool:
        """True while headphones are in the jack."""
        return self._plugged

    @Property(bool, constant=True)
    def hasJack(self) -> bool:
        """True when the kiosk watches a headphone jack."""
        return self._jack is not None

    @property
    def jack(self) -> HeadphoneJack | None:
        """The jack watched (None on a kiosk without one)."""
        return self._jack

    @Property(str, notify=wordingChanged)
    def jackText(self) -> str:
        """Where the jack is and what it does, in the session's language ('' without a jack)."""
        if self._jack is None:
            return ""
        where = tr(keypad.PLACES[(self._place.row, self._place.column)])
        return tr(keypad.JACK_PLACE).replace("%1", where)

    @Slot(bool)
    def _on_jack(self, plugged: bool) -> None:
        changed = plugged != self._plugged
        self._plugged = plugged
        if changed:
            self.pluggedChanged.emit()
        if plugged:
            if not self._session.inSession:
                self._session.start()
            self._speech_on()
            self._speech.alert(tr(keypad.HOW_TO))
        else:
            self._speech.stop()
            if self._session.speech:
                self._session.toggle("speech")

    def _speech_on(self) -> None:
        if not self._session.speech:
            self._session.toggle("speech")

    def _on_screen(self) -> None:
        # Every session starts with the modes off; headphones still in mean speech again.
        started = self._session.inSession and not self._in_session
        self._in_session = self._session.inSession
        if started and self._plugged:
            self._speech_on()
