"""The player's view-model: drives the sequencer from a UI-thread timer, feeds QML and LED."""

from __future__ import annotations

import logging
import math
import subprocess
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QWindow

from content.languages import language as language_info
from content.phrasing import typeset
from devices.errors import DeviceError
from devices.ledsign.codec import Colour, Mode
from devices.ledsign.interface import LedSign
from signage.core import EmergencyMessage, Item, ItemKind, Playing, Sequencer, Timeline
from signage.core.alerts import SIGNAGE_LANGUAGES
from signage.ui.device_worker import DeviceWorker
from signage.ui.power import PowerWindow, power_argv

log = logging.getLogger(__name__)

# Poll at least this often (real seconds), so emergencies and clock jumps are seen within 1 s.
TICK_S = 0.5
POWER_TIMEOUT_S = 10.0
# The overlay's second language changes this often (real seconds); Japanese always stays.
ROTATE_S = 8.0
# Frames presented after a change before it counts as on screen: the first may have been
# rendered before the change reached the scene.
FRAMES_TO_SHOW = 2
# The overlay's top band, by severity, and for a drill whatever its severity.
BANDS = {
    "critical": "緊急  EMERGENCY",
    "danger": "危険  DANGER",
    "warning": "警報  WARNING",
    "advisory": "注意  ADVISORY",
}
DRILL_BAND = "訓練  DRILL  これは訓練です / This is a drill"
DRILL_MARK = "【訓練 DRILL】"


def item_data(item: Item | None, assets: Callable[[str], Path]) -> dict[str, Any]:
    """What QML needs to show ``item`` (an empty map for nothing)."""
    if item is None:
        return {}
    source = ""
    if item.kind in (ItemKind.IMAGE, ItemKind.VIDEO) and item.asset:
        source = QUrl.fromLocalFile(str(assets(item.asset))).toString()
    return {
        "id": item.id,
        "kind": item.kind.value,
        "title": typeset(item.title, "ja"),
        "text": typeset(item.text or "", "ja"),
        "url": item.url or "",
        "source": source,
    }


def split_text(text: str) -> tuple[str, str]:
    """A message's first line (its headline) and the rest (what to do)."""
    title, _sep, body = text.partition("\n")
    return title.strip(), body.strip()


def second_languages(message: EmergencyMessage) -> list[str]:
    """The languages the overlay rotates through under the Japanese, in signage order."""
    order = [code for code in SIGNAGE_LANGUAGES if code != "ja" and code in message.texts]
    return order + sorted(c for c in message.texts if c != "ja" and c not in order)


def emergency_data(message: EmergencyMessage, second: str) -> dict[str, Any]:
    """What the overlay shows: Japanese, then the text in ``second`` ("" for none)."""
    title, body = split_text(message.texts["ja"])
    data: dict[str, Any] = {
        "id": message.id,
        "severity": message.severity.value,
        "drill": message.drill,
        "band": DRILL_BAND if message.drill else BANDS[message.severity.value],
        "ja": typeset(message.texts["ja"], "ja"),
        "jaTitle": typeset(title, "ja"),
        "jaBody": typeset(body, "ja"),
        "en": message.texts.get("en", ""),
        "issued": issued_line(message),
        "second": second,
        "secondTitle": "",
        "secondBody": "",
        "secondFont": "",
    }
    if second and second in message.texts:
        title, body = split_text(message.texts[second])
        data["secondTitle"] = typeset(title, second)
        data["secondBody"] = typeset(body, second)
        data["secondFont"] = language_info(second).font_family
    return data


def issued_line(message: EmergencyMessage) -> str:
    """When the message was issued, in Japan time, in Japanese and English ("" if unknown)."""
    if message.issued is None:
        return ""
    at = message.issued
    return f"{at.month}月{at.day}日 {at:%H:%M} 発表 / Issued {at:%H:%M} (JST)"


def notice_line(message: EmergencyMessage) -> str:
    """The ticker's line for an advisory: each language's text on one line, Japanese first."""
    parts = [" ".join(message.texts["ja"].split())]
    parts += [" ".join(message.texts[c].split()) for c in second_languages(message)]
    line = "　／　".join(parts)
    # An alert's words carry the drill label already; another drill message gets it here.
    return f"{DRILL_MARK}{line}" if message.drill and "訓練" not in parts[0] else line


def led_mode(text: str, rows: int, cols: int) -> Mode:
    """Hold text that fits the board's face; scroll longer text through it."""
    width = sum(rows // 2 if ord(char) < 0x80 else rows for char in text)
    return Mode.HOLD if width <= cols else Mode.ROTATE


class QtPlayer(QObject):
    """Polls the sequencer when the current item runs out (and twice a second) and tells QML.

    ``rate`` is clock seconds per real second (1 on a terminal; more with an accelerated clock
    in tests). LED board updates and the screen power command run on a worker thread and
    report back by signal.
    """

    currentChanged = Signal()
    upcomingChanged = Signal()
    emergencyChanged = Signal()
    screenOnChanged = Signal()
    ledChanged = Signal()
    clockChanged = Signal()
    tickerChanged = Signal()
    # An emergency message (by id) is on a surface: "screen" once presented, "led" once the
    # board accepted it.
    surfaceShown = Signal(str, str)
    _ledReport = Signal(str, str, str)
    _poke = Signal()

    def __init__(
        self,
        sequencer: Sequencer,
        *,
        assets: Callable[[str], Path],
        led: LedSign | None = None,
        power: PowerWindow | None = None,
        power_command: str = "",
        ticker: str = "",
        city: str = "",
        rate: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sequencer = sequencer
        self._assets = assets
        self._led = led
        self._power = power
        self._power_command = power_command
        self._ticker = ticker
        self._city = city
        self._rate = rate
        self._worker = DeviceWorker()
        self._playing: Playing | None = None
        self._current: dict[str, Any] = {}
        self._upcoming: dict[str, Any] = {}
        self._emergency: dict[str, Any] = {}
        self._screen_on = True
        self._led_text = ""
        self._led_error = ""
        self._led_wanted: str | None = None
        self._led_tag = ""
        self._notice: EmergencyMessage | None = None
        self._second = ""
        self._screen_wait: tuple[str, int] | None = None
        self._clock_text = ""
        self._pending: tuple[Timeline, Callable[[str], Path]] | None = None
        self._change_at: float | None = None
        self.problems: deque[tuple[str, str]] = deque(maxlen=100)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._ledReport.connect(self._on_led_report)
        self._poke.connect(self.poll, Qt.ConnectionType.QueuedConnection)
        self._rotate = QTimer(self)
        self._rotate.setInterval(round(ROTATE_S * 1000))
        self._rotate.timeout.connect(self.rotate_language)
        # Raising or clearing may happen on any thread; the queued signal polls on the UI thread.
        sequencer.emergencies.subscribe(self._emergency_news)
        self._stopped = False

    # -- properties for QML --------------------------------------------------------------

    @Property("QVariantMap", notify=currentChanged)
    def current(self) -> dict[str, Any]:
        """The loop item in the main zone (under the overlay during an emergency)."""
        return self._current

    @Property("QVariantMap", notify=upcomingChanged)
    def upcoming(self) -> dict[str, Any]:
        """The item expected next, for the hidden slot to prepare."""
        return self._upcoming

    @Property("QVariantMap", notify=emergencyChanged)
    def emergency(self) -> dict[str, Any]:
        """The emergency message taking over the screen, or an empty map."""
        return self._emergency

    @Property(bool, notify=screenOnChanged)
    def screenOn(self) -> bool:
        """False inside the power schedule's off window (off on purpose, not a fault)."""
        return self._screen_on

    @Property(str, notify=ledChanged)
    def ledText(self) -> str:
        """What the LED board last confirmed showing."""
        return self._led_text

    @Property(str, notify=ledChanged)
    def ledError(self) -> str:
        """The message key of the LED board's last failure, empty when it is well."""
        return self._led_error

    @Property(str, notify=tickerChanged)
    def ticker(self) -> str:
        """The ticker line along the bottom: an advisory in force, else the configured line."""
        return notice_line(self._notice) if self._notice is not None else self._ticker

    @Property(bool, notify=tickerChanged)
    def tickerAlert(self) -> bool:
        """True while the ticker carries an advisory."""
        return self._notice is not None

    @Property(str, constant=True)
    def city(self) -> str:
        """The city's name for the idle face."""
        return self._city

    @Property(str, notify=clockChanged)
    def clock(self) -> str:
        """The time for the clock corner (HH:MM, Japan time, on the player's clock)."""
        return self._clock_text

    @Property(int, notify=currentChanged)
    def serial(self) -> int:
        """Grows by one at every change of what is on screen."""
        return self._playing.serial if self._playing is not None else 0

    @property
    def playing(self) -> Playing | None:
        """The sequencer's last answer."""
        return self._playing

    @property
    def worker(self) -> DeviceWorker:
        """The device worker (tests wait on it)."""
        return self._worker

    # -- running -------------------------------------------------------------------------

    def start(self) -> None:
        """Begin playing."""
        self.poll()

    def watch_frames(self, window: QWindow) -> None:
        """Count what ``window`` presents, so a message is reported on screen once it is."""
        frame_swapped = getattr(window, "frameSwapped", None)
        if frame_swapped is not None:
            frame_swapped.connect(self._frame_presented)

    def stop(self) -> None:
        """Stop playing: the current showing is recorded, the worker finishes its jobs."""
        self._stopped = True
        self._timer.stop()
        self._rotate.stop()
        self.sequencer.stop()
        self._worker.stop()

    @Slot()
    def poll(self) -> None:
        """Bring the screen up to the sequencer's present and plan the next poll."""
        if self._stopped:
            return
        clock = self.sequencer.clock
        now = clock.now()
        text = now.strftime("%H:%M")
        if text != self._clock_text:
            self._clock_text = text
            self.clockChanged.emit()
        # An emergency wakes a screen that is off by schedule.
        off = self._power is not None and self._power.is_off(now)
        if off and self.sequencer.emergencies.current(now) is None:
            self._power_down()
            self._timer.start(round(TICK_S * 1000))
            return
        if not self._screen_on:
            self._power_up()
        mono = clock.monotonic()
        if self._pending is not None and (self._change_at is None or mono >= self._change_at):
            timeline, self._assets = self._pending
            self._pending = None
            self.sequencer.stop()
            self.sequencer.timeline = timeline
            log.info("new content plays from now on")
        playing = self.sequencer.poll()
        if self._playing is None or playing.serial != self._playing.serial:
            self._show(playing)
        else:
            upcoming_changed = playing.upcoming != self._playing.upcoming
            self._playing = playing
            if upcoming_changed:
                self._set_upcoming(playing.upcoming)
        if playing.notice != self._notice:
            self._set_notice(playing.notice)
            self._send_playing_led(playing)
        wait_s = TICK_S
        self._change_at = None
        if playing.change_in_s is not None:
            wait_s = min(TICK_S, playing.change_in_s / self._rate)
            self._change_at = mono + playing.change_in_s - 1e-6
        elif playing.emergency is None:
            self._change_at = mono
        self._timer.start(max(0, math.ceil(wait_s * 1000)))

    def replace_content(self, timeline: Timeline, assets: Callable[[str], Path]) -> None:
        """Play ``timeline`` (a newly installed package) from the next change of item on."""
        self._pending = (timeline, assets)

    def _emergency_news(self) -> None:
        if not self._stopped:
            self._poke.emit()

    def _show(self, playing: Playing) -> None:
        was_emergency = bool(self._emergency)
        self._playing = playing
        if playing.emergency is not None:
            message = playing.emergency
            languages = second_languages(message)
            if self._second not in languages:
                self._second = languages[0] if languages else ""
            self._emergency = emergency_data(message, self._second)
            self.emergencyChanged.emit()
            self._screen_wait = (message.id, FRAMES_TO_SHOW)
            if len(languages) > 1:
                self._rotate.start()
            else:
                self._rotate.stop()
            log.warning("emergency %s on screen (%s)", message.id, message.severity.value)
        else:
            self._current = item_data(playing.item, self._assets)
            if was_emergency:
                self._emergency = {}
                self._second = ""
                self._rotate.stop()
                self._screen_wait = None
                self.emergencyChanged.emit()
                log.info("emergency over; the loop resumes")
            self.currentChanged.emit()
        self._set_upcoming(playing.upcoming)
        self._send_playing_led(playing)

    def _send_playing_led(self, playing: Playing) -> None:
        message = playing.led_message
        if message is None:
            self._send_led(playing.led_text)
        else:
            colour = Colour.RED if message.severity.takes_screen else Colour.AMBER
            self._send_led(message.board_text, message.id, message.quick_board_text, colour)

    @Slot()
    def rotate_language(self) -> None:
        """Show the overlay's next language under the Japanese."""
        message = self._playing.emergency if self._playing is not None else None
        if message is None:
            return
        languages = second_languages(message)
        if not languages:
            return
        at = languages.index(self._second) if self._second in languages else -1
        self.show_language(languages[(at + 1) % len(languages)])

    def show_language(self, code: str) -> None:
        """Show the overlay's text in ``code`` under the Japanese (the rotation goes on)."""
        message = self._playing.emergency if self._playing is not None else None
        if message is None or code not in message.texts or code == self._second:
            return
        self._second = code
        self._emergency = emergency_data(message, code)
        self.emergencyChanged.emit()

    def _set_notice(self, notice: EmergencyMessage | None) -> None:
        if notice == self._notice:
            return
        self._notice = notice
        self.tickerChanged.emit()
        if notice is not None:
            self._screen_wait = (notice.id, FRAMES_TO_SHOW)
            log.warning("advisory %s on the ticker", notice.id)
        elif not self._emergency:
            self._screen_wait = None

    @Slot()
    def _frame_presented(self) -> None:
        wait = self._screen_wait
        if wait is None or not self._screen_on:
            return
        identifier, frames = wait
        if frames > 1:
            self._screen_wait = (identifier, frames - 1)
            return
        self._screen_wait = None
        self.surfaceShown.emit(identifier, "screen")

    def _set_upcoming(self, item: Item | None) -> None:
        data = item_data(item, self._assets)
        if data != self._upcoming:
            self._upcoming = data
            self.upcomingChanged.emit()

    @Slot(str, str)
    def reportProblem(self, item_id: str, problem: str) -> None:
        """QML reports an item it cannot show; the previous picture stays on screen."""
        log.warning("item %s not shown, the previous one stays: %s", item_id, problem)
        self.problems.append((item_id, problem))

    # -- LED board -----------------------------------------------------------------------

    def _send_led(
        self,
        text: str | None,
        tag: str = "",
        quick: str | None = None,
        colour: Colour = Colour.AMBER,
    ) -> None:
        """Put ``text`` on the board (``quick`` first, if given) on the worker.

        ``tag`` names the emergency message the text carries, reported by ``surfaceShown``
        once the board accepted its first frame.
        """
        led = self._led
        if led is None:
            return
        if text == self._led_wanted:
            if tag != self._led_tag:
                self._led_tag = tag
                # A new version with the same board text: the board already shows it.
                if tag and text == self._led_text and not self._led_error:
                    self.surfaceShown.emit(tag, "led")
            return
        self._led_wanted = text
        self._led_tag = tag

        def show(line: str) -> None:
            mode = led_mode(line, led.matrix.rows, led.matrix.cols)
            led.show_text(line, mode=mode, colour=colour)

        def update() -> None:
            try:
                if text is None:
                    led.clear()
                else:
                    if quick:
                        show(quick)
                        self._ledReport.emit(quick, "", tag)
                    show(text)
            except DeviceError as err:
                self._ledReport.emit(text or "", err.key, tag)
            else:
                self._ledReport.emit(text or "", "", tag)

        self._worker.submit("led", update)

    @Slot(str, str, str)
    def _on_led_report(self, text: str, error: str, tag: str) -> None:
        if error:
            if error != self._led_error:
                log.warning("LED board update failed: %s", error)
            self._led_wanted = None  # try again at the next change
        else:
            if self._led_error:
                log.info("LED board answers again")
            self._led_text = text
        self._led_error = error
        self.ledChanged.emit()
        if not error and self._led_tag and (tag == self._led_tag or text == self._led_wanted):
            self.surfaceShown.emit(self._led_tag, "led")

    # -- screen power --------------------------------------------------------------------

    def _power_down(self) -> None:
        if not self._screen_on:
            return
        log.info("screen off by the power schedule")
        self.sequencer.stop()
        self._playing = None
        self._screen_on = False
        self.screenOnChanged.emit()
        self._set_notice(None)
        self._send_led(None)
        self._run_power("off")

    def _power_up(self) -> None:
        log.info("screen on by the power schedule")
        self._screen_on = True
        self.screenOnChanged.emit()
        self._run_power("on")

    def _run_power(self, state: str) -> None:
        if not self._power_command:
            return
        argv = power_argv(self._power_command, state)

        def run() -> None:
            try:
                subprocess.run(argv, check=True, timeout=POWER_TIMEOUT_S, capture_output=True)
            except (OSError, subprocess.SubprocessError) as err:
                log.warning("screen power command %r failed: %s", argv[0], type(err).__name__)

        self._worker.submit("power", run)
