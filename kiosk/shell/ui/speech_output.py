"""Speech through the terminal's own synthesizers (Open JTalk, espeak-ng), played off the UI thread.

The same slots as :class:`kiosk.shell.ui.qt_speech.QtSpeech` (``announce``, ``focused``,
``alert``, ``attention``, ``stop``), so QML and other callers do not care which is behind
``App.speech``. A request only queues work: a worker thread makes the reading, synthesizes it a
phrase at a time and hands each piece to the audio output as soon as it exists, so the first
words are heard while the rest is still being made. A newer request or ``stop`` cuts off the
older one. What is spoken is never logged: later screens speak residents' own data.
"""

from __future__ import annotations

import functools
import logging
import queue
import re
import threading
import time

import budoux
from PySide6.QtCore import Property, QObject, Signal, Slot

from content.reading import speakable
from devices.errors import DeviceError
from devices.speech.interface import Audio, AudioOutput, NoVoiceError
from devices.speech.voices import Voices
from kiosk.shell.core.attention import RATE as CHIME_RATE
from kiosk.shell.core.attention import chime
from kiosk.shell.ui.qt_session import QtSession

log = logging.getLogger(__name__)

NO_VOICE_KEY = "speech.no_voice"
# a phrase ends at a pause: the first one is synthesized alone, to be heard soonest
_PAUSE = re.compile(r"(?<=[、。！？!?])|(?<=[.,;:])\s+")


_SAYABLE = re.compile(r"\w")
FIRST_PIECE = 10  # characters: a longer first phrase of Japanese is cut after a word or two


@functools.cache
def _japanese_phrases() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


def phrases(text: str, lang: str = "") -> list[str]:
    """``text`` cut after each pause mark, pieces with nothing to say dropped.

    In Japanese a long first phrase is cut at a word boundary (BudouX) after its first few
    characters: the first piece is what a listener waits for, and Open JTalk takes time in
    proportion to the audio it makes.
    """
    pieces = [piece.strip() for piece in _PAUSE.split(text) if _SAYABLE.search(piece)]
    if lang in ("ja", "ja-easy") and pieces and len(pieces[0]) > FIRST_PIECE:
        words = _japanese_phrases().parse(pieces[0])
        head = ""
        while words and len(head) < 4:
            head += words.pop(0)
        if words:
            pieces[:1] = [head, "".join(words)]
    return pieces


class SpeechOutput(QObject):
    """Speaks the session's language with :class:`Voices`, into an :class:`AudioOutput`."""

    spoken = Signal(str)
    chimed = Signal(int)  # the attention chime was queued, with its number of rings
    voiceChanged = Signal()
    playing = Signal()  # a piece of audio goes to the output now (emitted on the worker thread)

    def __init__(
        self,
        session: QtSession,
        voices: Voices,
        output: AudioOutput,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._voices = voices
        self._output = output
        self._generation = 0
        self._lock = threading.Lock()
        self._queue: queue.Queue[tuple[int, str, str, Audio | None] | None] = queue.Queue()
        self._idle = threading.Event()
        self._worker = threading.Thread(target=self._run, name="speech", daemon=True)
        self._worker.start()
        session.languageChanged.connect(self.voiceChanged)
        session.screenChanged.connect(self._on_screen)
        session.accessibilityChanged.connect(self._on_modes)
        pending = self._queue
        self.destroyed.connect(lambda: pending.put(None))

    @Property(bool, constant=True)
    def available(self) -> bool:
        """True when some language has a voice."""
        return bool(self._voices.languages())

    @Property(bool, notify=voiceChanged)
    def voiceMissing(self) -> bool:
        """True when the session's language has no voice (the settings screen says so)."""
        return self._session.language not in self._voices.languages()

    @Property(str, notify=voiceChanged)
    def voiceMissingKey(self) -> str:
        """The message key for "no voice for this language", or "" when there is one."""
        return NO_VOICE_KEY if self.voiceMissing else ""

    def _on_screen(self) -> None:
        if not self._session.inSession:
            self.stop()

    def _on_modes(self) -> None:
        if not self._session.speech:
            self.stop()

    def _say(self, text: str) -> None:
        lang = self._session.language
        said = speakable(text, lang)
        if not said:
            return
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._output.stop()
        self._queue.put((generation, said, lang, None))
        self.spoken.emit(said)

    def shutdown(self) -> None:
        """Stop speaking and end the worker thread (waits for it)."""
        self.stop()
        self._queue.put(None)
        self._worker.join(timeout=5)

    @Slot(str, str)
    def announce(self, title: str, instructions: str) -> None:
        """A screen appeared: speak its title and instructions (speech mode only)."""
        if self._session.speech:
            self._say(f"{title}。{instructions}" if instructions else title)

    @Slot(str)
    def focused(self, name: str) -> None:
        """A control got the focus: speak its name (speech mode only)."""
        if self._session.speech:
            self._say(name)

    @Slot(str)
    def alert(self, text: str) -> None:
        """Speak a warning whatever the mode (the idle warning must be heard, not only seen)."""
        self._say(text)

    @Slot(str, int, int)
    def attention(self, text: str, rings: int, repeats: int) -> None:
        """A disaster takeover appeared: the chime ``rings`` times, then ``text`` said
        ``repeats`` times, whatever the mode (everyone near the kiosk must hear it)."""
        lang = self._session.language
        said = "。".join([speakable(text, lang)] * max(1, repeats)) if text.strip() else ""
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._output.stop()
        self._queue.put((generation, said, lang, Audio(chime(rings), CHIME_RATE)))
        self.chimed.emit(rings)
        if said:
            self.spoken.emit(said)

    @Slot(float)
    def setVolume(self, level: float) -> None:
        """Loudness from 0 to 1 for what is spoken next (the keypad's volume keys)."""
        set_gain = getattr(self._output, "set_gain", None)
        if callable(set_gain):
            set_gain(level)

    @Slot()
    def stop(self) -> None:
        """Stop speaking now; what was queued is dropped."""
        with self._lock:
            self._generation += 1
        self._output.stop()

    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until nothing is queued or being spoken; False if ``timeout`` passed first."""
        end = time.monotonic() + timeout
        while not (self._queue.empty() and self._idle.is_set()):
            if time.monotonic() > end:
                return False
            time.sleep(0.002)
        return True

    def _run(self) -> None:
        while True:
            self._idle.set()
            item = self._queue.get()
            self._idle.clear()
            if item is None:
                return
            generation, text, lang, sound = item
            if sound is not None:
                try:
                    self.playing.emit()
                    self._output.play(sound)
                except DeviceError as err:
                    log.warning("chime failed (%s): %s", err.key, type(err).__name__)
            if not text:
                continue
            try:
                synth = self._voices.synthesizer(lang)
            except NoVoiceError:
                log.warning("no voice for language %s: nothing is spoken", lang)
                continue
            for phrase in phrases(text, lang):
                if not self._current(generation):
                    break
                try:
                    audio = synth.speak(phrase, lang)
                    if not self._current(generation):
                        break
                    self.playing.emit()
                    self._output.play(audio)
                except DeviceError as err:
                    log.warning("speech failed (%s): %s", err.key, type(err).__name__)
                    break


def build_speech(session: QtSession, engine: str, parent: QObject) -> QObject:
    """Speech for ``engine``: our synthesizers into ``aplay``, or a QtTextToSpeech engine."""
    from devices.speech.output import AplayOutput
    from devices.speech.voices import ENGINES, open_voices
    from kiosk.shell.ui.qt_speech import QtSpeech
    from kiosk.shell.ui.volume import VolumeOutput

    if engine in ENGINES:
        return SpeechOutput(session, open_voices(engine), VolumeOutput(AplayOutput()), parent)
    return QtSpeech(session, engine, parent)
