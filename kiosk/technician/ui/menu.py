"""The technician's menu as plain state: PIN pad, pages, confirmations, idle exit; no Qt.

Every blocking call (a PIN check, a self-test, the store) goes to the runner; its answer comes
back on the UI thread and changes the page. Every action goes through the core's audited
:class:`~kiosk.technician.core.diagnostics.Diagnostics`, and the screen tests (touch, display,
audio, keyboard), which have no device behind them, are written to the same audit log.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.shell.core.jobs import Runner
from kiosk.shell.core.messages import Catalogue, Message
from kiosk.technician import messages as m
from kiosk.technician.core.access import (
    PIN_DIGITS,
    AccessResult,
    Granted,
    Locked,
    NoTechnicians,
    ResidentPresent,
    TechnicianAccess,
    TechnicianSession,
    TooSoon,
    Wrong,
)
from kiosk.technician.core.diagnostics import Diagnostics
from kiosk.technician.core.model import (
    DEVICE_KINDS,
    EMBEDDED_UNCHECKED,
    ActionResult,
    AuditAction,
    AuditEntry,
    BundleResult,
    Counters,
    DeviceStatus,
    LogEntry,
    Outcome,
    SelfTestResult,
    Status,
)
from kiosk.technician.core.ports import AuditLog

log = logging.getLogger(__name__)

MENU_LANGUAGES = ("ja", "en")
PAD_TIMEOUT_S = 60.0  # an unused PIN pad closes by itself
DEVICE_POLL_S = 2.0
TOUCH_COLUMNS = 8
TOUCH_ROWS = 5
LOG_LIMIT = 60
TRACE_LIMIT = 24
LOG_LEVELS = ("INFO", "WARNING", "ERROR")
CONFIRMED = {
    "reset": m.CONFIRM_RESET,
    "purge": m.CONFIRM_PURGE,
    "take_out": m.CONFIRM_TAKE_OUT,
    "put_back": m.CONFIRM_PUT_BACK,
    "restart": m.CONFIRM_RESTART,
}
SCREEN_TESTS = ("touch", "display", "audio", "keyboard")


class Page(enum.Enum):
    """What the menu shows."""

    CLOSED = "closed"
    PIN = "pin"
    MENU = "menu"
    STATUS = "status"
    DEVICES = "devices"
    DEVICE = "device"
    COUNTERS = "counters"
    LOGS = "logs"
    BUNDLE = "bundle"
    MAINTENANCE = "maintenance"
    TOUCH = "touch"
    DISPLAY = "display"
    AUDIO = "audio"
    KEYBOARD = "keyboard"


@dataclass(frozen=True)
class Row:
    """One line of a page: what, its value, and whether it is a problem."""

    label: str
    value: str
    bad: bool = False


@dataclass(frozen=True)
class Button:
    """A button of a page: ``id`` goes back to :meth:`TechnicianMenu.press`."""

    id: str
    label: str
    kind: str = "normal"  # normal, danger, selected


@dataclass(frozen=True)
class MenuView:
    """Everything one page shows, already worded."""

    page: Page
    title: str
    notice: str = ""
    notice_bad: bool = False
    rows: tuple[Row, ...] = ()
    buttons: tuple[Button, ...] = ()
    confirm: str = ""


class Words:
    """The menu's wording in its language (Japanese or English), from its catalogue."""

    def __init__(self, folders: list[Path], language: str = "ja") -> None:
        self._catalogue = Catalogue.load(folders, MENU_LANGUAGES)
        self.language = language

    def __call__(self, message: Message, *args: object) -> str:
        """``message`` in the menu's language, with %1, %2 … filled in."""
        text = self._catalogue.text(message, self.language)
        for number, arg in enumerate(args, start=1):
            text = text.replace(f"%{number}", str(arg))
        return text


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class _Found:
    """What the pages last read from the core."""

    status: Status | None = None
    devices: dict[str, DeviceStatus] = field(default_factory=dict)
    counters: Counters | None = None
    logs: list[LogEntry] = field(default_factory=list)
    bundle: BundleResult | None = None
    action: ActionResult | None = None
    out_of_service: bool = False


class TechnicianMenu:
    """The menu's state machine; the Qt view-model feeds it taps and a monotonic ``now``."""

    def __init__(
        self,
        *,
        access: TechnicianAccess,
        diagnostics: Diagnostics,
        audit: AuditLog,
        runner: Runner,
        words: Words,
        resident_active: Callable[[], bool],
        zone: ZoneInfo,
        usb_dir: Path,
        chime: Callable[[], None],
        speak: Callable[[str], None],
        wall_clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._access = access
        self._diagnostics = diagnostics
        self._audit = audit
        self._runner = runner
        self.words = words
        self._resident_active = resident_active
        self._zone = zone
        self._usb_dir = usb_dir
        self._chime = chime
        self._speak = speak
        self._wall_clock = wall_clock
        self.page = Page.CLOSED
        self.session: TechnicianSession | None = None
        self.pin = ""
        self.busy = False
        self.device = ""
        self.log_device = ""
        self.log_level = "INFO"
        self.touched_cells: set[int] = set()
        self._notice: tuple[str, bool] = ("", False)
        self._refused: AccessResult | None = None  # worded afresh each time: the wait counts down
        self._confirm = ""
        self._found = _Found()
        self._pad_since = 0.0
        self._polled = 0.0
        self._listeners: list[Callable[[], None]] = []

    # -- observers ------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change of what the menu shows."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    @property
    def is_open(self) -> bool:
        """True while the PIN pad or the menu shows."""
        return self.page is not Page.CLOSED

    @property
    def who(self) -> str:
        """The signed-in technician's id ('' on the PIN pad)."""
        return self.session.who if self.session is not None else ""

    # -- jobs -----------------------------------------------------------------------------

    def _run(
        self, job: Callable[[], object], done: Callable[[object], None], *, quiet: bool = False
    ) -> None:
        """Run ``job`` off the UI thread; ``done`` gets its result, a failure shows on the page.

        A ``quiet`` job (a device page's polling) leaves the buttons usable while it runs.
        """
        if not quiet:
            self.busy = True
            self._changed()

        def finished(result: object, error: BaseException | None) -> None:
            if not quiet:
                self.busy = False
            if error is not None:
                log.error("technician action failed: %s", type(error).__name__)
                key = getattr(error, "key", "")  # a device error says why in a message key
                why = self.key(key) if isinstance(key, str) and key else type(error).__name__
                self._notice = (self.words(m.FAILED, why), True)
            else:
                done(result)
            self._changed()

        self._runner.run(lambda _report: job(), finished)

    def _note(self, target: str, outcome: str = "ok") -> None:
        """Audit a screen test, which has no device and no core call behind it."""
        entry = AuditEntry(self._wall_clock(), self.who, AuditAction.SELF_TEST, target, outcome)
        self._run(lambda: self._audit.record(entry), lambda _r: None)

    # -- entry ----------------------------------------------------------------------------

    def gesture(self, now: float) -> bool:
        """The hidden gesture was made: show the PIN pad, unless a resident is using the kiosk."""
        if self.is_open or self.busy or self._resident_active():
            return False

        def opened(result: object) -> None:
            if isinstance(result, ResidentPresent) or self._resident_active():
                return
            self.page = Page.PIN
            self.pin = ""
            self._pad_since = now
            self._refused = result  # type: ignore[assignment]

        self._run(self._access.open_pad, opened)
        return True

    def _refusal(self, result: AccessResult | None) -> tuple[str, bool]:
        """What the PIN pad says about ``result`` (nothing when a PIN may be entered)."""
        now = self._wall_clock()
        if isinstance(result, Wrong):
            left = self._duration((result.retry_after - now).total_seconds())
            return self.words(m.PIN_WRONG, result.remaining, left), True
        if isinstance(result, TooSoon | Locked):
            until = result.retry_after if isinstance(result, TooSoon) else result.until
            if until <= now:
                return "", False
        if isinstance(result, TooSoon):
            return self.words(
                m.PIN_TOO_SOON, self._duration((result.retry_after - now).total_seconds())
            ), True
        if isinstance(result, Locked):
            left = self._duration((result.until - now).total_seconds())
            return self.words(m.PIN_LOCKED, self._clock_time(result.until), left), True
        if isinstance(result, NoTechnicians):
            return self.words(m.PIN_NO_TECHNICIANS), True
        return "", False

    def press_digit(self, digit: str, now: float) -> None:
        """A digit of the PIN pad (never kept past the check, never logged)."""
        self._pad_since = now
        room = len(self.pin) < PIN_DIGITS[1]
        if self.page is Page.PIN and digit.isdigit() and len(digit) == 1 and room and not self.busy:
            self.pin += digit
            self._changed()

    def erase(self, now: float) -> None:
        """Erase the last digit."""
        self._pad_since = now
        if self.page is Page.PIN and self.pin:
            self.pin = self.pin[:-1]
            self._changed()

    def submit(self, now: float) -> None:
        """Check the PIN entered; the digits are dropped at once whatever the answer."""
        if self.page is not Page.PIN or self.busy:
            return
        pin, self.pin = self.pin, ""
        self._pad_since = now
        if not PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]:
            self._refused = None
            self._notice = (self.words(m.PIN_TOO_SHORT), True)
            self._changed()
            return

        def checked(result: object) -> None:
            if isinstance(result, Granted):
                self.session = TechnicianSession(
                    result.who, idle_timeout_s=self._access.idle_timeout_s, now=self._pad_since
                )
                self.page = Page.MENU
                self._notice = ("", False)
            elif isinstance(result, ResidentPresent):
                self._reset()
            else:
                self._refused = result  # type: ignore[assignment]

        self._refused = None
        self._run(lambda: self._access.check(pin), checked)

    # -- leaving --------------------------------------------------------------------------

    def close(self, *, idle: bool = False) -> None:
        """Leave the menu (or the PIN pad); audited with who left and whether it was idle."""
        if not self.is_open:
            return
        who = self.who
        self._reset()
        self._run(lambda: self._diagnostics.exit(who, idle=idle), lambda _r: None)

    def _reset(self) -> None:
        self.page = Page.CLOSED
        self.session = None
        self.pin = ""
        self._confirm = ""
        self._notice = ("", False)
        self._refused = None
        self._found = _Found()
        self.touched_cells = set()

    def touched(self, now: float) -> None:
        """The technician touched the screen: the idle countdown starts over."""
        if self.session is not None:
            self.session.touched(now)
        self._pad_since = now

    def tick(self, now: float) -> None:
        """Close the menu when idle; keep a device page's state live."""
        idle = self.session is not None and self.session.idle(now)
        pad_idle = self.page is Page.PIN and now - self._pad_since >= PAD_TIMEOUT_S
        if idle or (pad_idle and not self.busy):
            self.close(idle=True)
        elif self.page is Page.PIN and self._refused is not None:
            self._changed()  # the time left before the next try counts down
        elif self.page is Page.DEVICE and not self.busy and now - self._polled >= DEVICE_POLL_S:
            self._polled = now
            self._read_device(self.device)

    # -- pages ----------------------------------------------------------------------------

    def press(self, button: str, now: float) -> None:
        """A page's button, by its id."""
        self.touched(now)
        if self.busy or self.session is None:
            return
        if self._confirm:
            action, self._confirm = self._confirm, ""
            if button == "yes":
                self._do(action)
            self._changed()
            return
        kind, _, arg = button.partition(":")
        self._notice = ("", False)
        if button == "close":
            self.close()
        elif button == "language":
            self.words.language = "en" if self.words.language == "ja" else "ja"
        elif button in ("back", "menu"):
            self.page = Page.MENU
        elif kind == "page":
            self._open(Page(arg))
        elif kind == "device":
            self.device = arg
            self.page = Page.DEVICE
            self._polled = now
            self._read_device(arg)
        elif kind == "test":
            self._self_test(arg)
        elif kind == "log_device":
            self.log_device = "" if arg == "all" else arg
            self._read_logs()
        elif kind == "log_level":
            self.log_level = arg
            self._read_logs()
        elif button in CONFIRMED:
            self._confirm = button
        elif button == "export":
            self._export()
        elif button == "chime":
            self._run(self._play_chime, self._chimed)
        elif button == "speech":
            self._speak(self.words(m.SPEECH_SAMPLE))
            self._note("audio", "speech")
        elif button == "clear":
            self.touched_cells = set()
        self._changed()

    def _play_chime(self) -> str:
        """Play the chime (worker thread): 'ok', or the output's failure key."""
        try:
            self._chime()
        except Exception as error:  # no sound card, no aplay: the technician must see it
            key = getattr(error, "key", "")
            return key if isinstance(key, str) and key else type(error).__name__
        return "ok"

    def _chimed(self, outcome: object) -> None:
        if outcome != "ok":
            self._notice = (self.words(m.FAILED, self.key(str(outcome))), True)
        self._note("audio", f"chime:{outcome}")

    def touch_cell(self, index: int, now: float) -> None:
        """A square of the touch grid was touched."""
        self.touched(now)
        fresh = index not in self.touched_cells
        if self.page is Page.TOUCH and 0 <= index < TOUCH_COLUMNS * TOUCH_ROWS and fresh:
            self.touched_cells.add(index)
            self._changed()

    def _open(self, page: Page) -> None:
        self.page = page
        who = self.who
        if page is Page.STATUS:
            self._run(lambda: self._diagnostics.status(who), self._set("status"))
        elif page is Page.DEVICES:
            self._run(
                lambda: {kind: self._diagnostics.device(kind) for kind in DEVICE_KINDS},
                self._set("devices"),
            )
        elif page is Page.COUNTERS:
            self._run(self._diagnostics.counters, self._set("counters"))
        elif page is Page.LOGS:
            self._read_logs()
        elif page is Page.MAINTENANCE:
            self._run(self._diagnostics.out_of_service, self._set("out_of_service"))
        elif page.value in SCREEN_TESTS:
            if page is Page.TOUCH:
                self.touched_cells = set()
            self._note(page.value, "shown")

    def _set(self, name: str) -> Callable[[object], None]:
        def keep(result: object) -> None:
            setattr(self._found, name, result)

        return keep

    def _read_device(self, kind: str) -> None:
        def keep(result: object) -> None:
            self._found.devices[kind] = result  # type: ignore[assignment]

        self._run(lambda: self._diagnostics.device(kind), keep, quiet=True)

    def _read_logs(self) -> None:
        who, device, level = self.who, self.log_device, self.log_level
        self._run(
            lambda: self._diagnostics.logs(who, device=device, level=level, limit=LOG_LIMIT),
            self._set("logs"),
        )

    def _self_test(self, target: str) -> None:
        who = self.who

        def tested(_result: object) -> None:
            if target in DEVICE_KINDS:
                self._read_device(target)

        self._run(lambda: self._diagnostics.self_test(who, target), tested)

    def _export(self) -> None:
        who, destination = self.who, self._usb_dir
        self._run(lambda: self._diagnostics.export_bundle(who, destination), self._set("bundle"))

    def _do(self, action: str) -> None:
        """A confirmed action."""
        who = self.who
        d = self._diagnostics
        if action == "reset":
            self._run(lambda: (d.reset_counters(who), d.counters())[1], self._set("counters"))
            self._notice = (self.words(m.COUNTERS_RESET), False)
            return
        jobs: dict[str, Callable[[], ActionResult]] = {
            "purge": lambda: d.purge_cache(who),
            "take_out": lambda: d.set_out_of_service(who, True),
            "put_back": lambda: d.set_out_of_service(who, False),
            "restart": lambda: d.restart(who),
        }

        def done(result: object) -> None:
            self._found.action = result  # type: ignore[assignment]
            if action in ("take_out", "put_back"):
                self._found.out_of_service = action == "take_out"

        self._run(jobs[action], done)

    # -- what shows -----------------------------------------------------------------------

    def view(self) -> MenuView:
        """The page as it shows now."""
        w = self.words
        page = self.page
        if page is Page.CLOSED:
            return MenuView(page, "")
        notice, bad = self._notice
        if page is Page.PIN:
            if self._refused is not None:
                notice, bad = self._refusal(self._refused)
            return MenuView(page, w(m.PIN_TITLE), notice or w(m.PIN_PROMPT), bad)
        if self._confirm:
            return MenuView(
                page,
                self._title(),
                confirm=w(CONFIRMED[self._confirm]),
                buttons=(Button("yes", w(m.YES), "danger"), Button("no", w(m.NO))),
            )
        if not notice and page is Page.MENU and self.session is not None:
            idle = self._duration(self.session.idle_timeout_s)
            notice = w(m.SIGNED_IN, self.who, idle)
        rows, buttons = self._page_parts()
        back = Button("back", w(m.BACK)) if page is not Page.MENU else Button("close", w(m.CLOSE))
        return MenuView(page, self._title(), notice, bad, tuple(rows), (*buttons, back))

    def _title(self) -> str:
        if self.page is Page.MENU:
            return self.words(m.MENU_TITLE)
        if self.page is Page.DEVICE:
            return self.words(m.DEVICES.get(self.device, m.PAGES["devices"]))
        return self.words(m.PAGES[self.page.value])

    def _page_parts(self) -> tuple[list[Row], list[Button]]:
        w = self.words
        page = self.page
        if page is Page.MENU:
            buttons = [Button(f"page:{name}", w(title)) for name, title in m.PAGES.items()]
            return [], [*buttons, Button("language", w(m.LANGUAGE))]
        if page is Page.STATUS:
            found = self._found.status
            rows = self._status_rows(found) if found is not None else []
            return rows, [Button("test:gateway", w(m.RUN_TEST) + " — " + w(m.DEVICES["gateway"]))]
        if page is Page.DEVICES:
            rows = [self._state_row(d) for d in self._found.devices.values()]
            kinds = DEVICE_KINDS
            return rows, [Button(f"device:{k}", w(m.DEVICES[k])) for k in kinds]
        if page is Page.DEVICE:
            return self._device_rows(), [Button(f"test:{self.device}", w(m.RUN_TEST))]
        if page is Page.COUNTERS:
            return self._counter_rows(), [Button("reset", w(m.RESET_COUNTERS), "danger")]
        if page is Page.LOGS:
            return self._log_rows(), self._log_buttons()
        if page is Page.BUNDLE:
            return self._bundle_rows(), [Button("export", w(m.EXPORT))]
        if page is Page.MAINTENANCE:
            return self._maintenance_rows(), self._maintenance_buttons()
        if page is Page.TOUCH:
            count = w(m.TOUCH_COUNT, len(self.touched_cells), TOUCH_COLUMNS * TOUCH_ROWS)
            return [Row(w(m.TOUCH_HINT), count)], [Button("clear", w(m.CLEAR))]
        if page is Page.DISPLAY:
            return [Row(w(m.DISPLAY_HINT), "")], []
        if page is Page.AUDIO:
            return [Row(w(m.AUDIO_HINT), "")], [
                Button("chime", w(m.PLAY_CHIME)),
                Button("speech", w(m.PLAY_SPEECH)),
            ]
        return [Row(w(m.KEYBOARD_HINT), "")], []

    # -- rows -----------------------------------------------------------------------------

    def key(self, key: str) -> str:
        """A key as a technician reads it: its wording with the key, or the key alone."""
        message = m.key_text(key)
        if message is None:
            return key
        return self.words(message) if key == "selftest.passed" else f"{self.words(message)} ({key})"

    def _value(self, value: str) -> str:
        """A detail's value, worded when it is one of the keys the menu knows."""
        return self.key(value) if m.key_text(value) is not None else value

    def _detail(self, name: str) -> str:
        message = m.DETAILS.get(name)
        return self.words(message) if message is not None else name

    def _state_row(self, device: DeviceStatus) -> Row:
        w = self.words
        name = w(m.DEVICES.get(device.kind, m.PAGES["devices"]))
        if not device.installed:
            return Row(name, w(m.STATE_NOT_INSTALLED))
        if not device.available:
            return Row(name, f"{w(m.STATE_DOWN)}: {self.key(device.reason)}", True)
        if device.warning:
            return Row(name, f"{w(m.STATE_WARNING)}: {self.key(device.warning)}", True)
        return Row(name, w(m.STATE_OK))

    def _device_rows(self) -> list[Row]:
        w = self.words
        rows: list[Row] = []
        device = self._found.devices.get(self.device)
        if device is not None:
            state = self._state_row(device)
            rows.append(Row(w(m.STATE), state.value, state.bad))
            if device.address:
                rows.append(Row(w(m.ADDRESS), device.address))
            rows += [Row(self._detail(d.name), d.value) for d in device.details]
        results = {r.target: r for r in self._diagnostics.last_results()}
        result = results.get(self.device)
        rows += self.result_rows(result) if result is not None else [Row(w(m.NO_TEST_YET), "")]
        return rows

    def result_rows(self, result: SelfTestResult) -> list[Row]:
        """A self-test's result: outcome, why, when, how long, details, serial trace."""
        w = self.words
        outcome = {
            Outcome.PASSED: w(m.TEST_PASSED),
            Outcome.FAILED: w(m.TEST_FAILED),
            Outcome.NOT_INSTALLED: w(m.TEST_NOT_INSTALLED),
        }[result.outcome]
        failed = result.outcome is Outcome.FAILED
        said = outcome if result.ok else f"{outcome}: {self.key(result.key)}"
        rows = [
            Row(w(m.TEST_RESULT), said, failed),
            Row(w(m.TEST_AT), self._local(result.started_at)),
            Row(w(m.TEST_TOOK), f"{result.duration_s:.2f} s"),
        ]
        rows += [Row(self._detail(d.name), self._value(d.value)) for d in result.details]
        rows += [Row(w(m.TRACE), line) for line in result.trace[:TRACE_LIMIT]]
        return rows

    def _status_rows(self, s: Status) -> list[Row]:
        w = self.words
        level = s.level.value
        net = s.network
        mem = s.resources
        rows = [
            Row(w(m.OVERALL), w(m.LEVELS[level]), level != "healthy"),
            Row(w(m.TERMINAL), s.terminal_id),
            Row(
                w(m.SERVICE_STATE),
                w(m.OUT_OF_SERVICE if s.out_of_service else m.IN_SERVICE),
                s.out_of_service,
            ),
            Row(w(m.SOFTWARE), s.versions.software),
            Row(w(m.OS), f"{s.versions.os_release} ({s.versions.kernel})"),
            Row(
                w(m.UPTIME),
                f"{self._duration(s.uptime_s)} / {self._duration(s.process_uptime_s)}",
            ),
            Row(w(m.LAST_RESTART), self.key(s.last_restart)),
            Row(w(m.CPU), f"{mem.cpu_count}, {mem.load_1m:.2f}"),
            Row(
                w(m.MEMORY),
                f"{_size(mem.memory_available_bytes)} / {_size(mem.memory_total_bytes)}",
            ),
        ]
        if s.versions.config:
            rows.insert(4, Row(w(m.CONFIG), s.versions.config))
        for disk in s.resources.disks:
            free = f"{_size(disk.free_bytes)} / {_size(disk.total_bytes)}"
            rows.append(Row(w(m.DISK, disk.path), free, disk.free_ratio < 0.05))
        if net.problem == EMBEDDED_UNCHECKED:  # only the kiosk's own cache worker reaches it
            rows.append(Row(w(m.GATEWAY), self.key(net.problem)))
        else:
            reach = w(m.REACHABLE if net.reachable else m.UNREACHABLE)
            problem = f" — {self.key(net.problem)}" if net.problem else ""
            link = f"{net.gateway_url}: {reach}{problem}"
            rows.append(Row(w(m.GATEWAY), link, bool(net.problem)))
        rows.append(Row(w(m.DNS), self._check(net.dns_ok), net.dns_ok is False))
        rows.append(Row(w(m.TLS), self._check(net.tls_ok), net.tls_ok is False))
        if net.clock_offset_s is not None:
            rows.append(Row(w(m.CLOCK_OFFSET), f"{net.clock_offset_s:+.1f} s"))
        for data in s.datasets:
            if data.age_s is None:
                age = w(m.NEVER_SYNCED)
            else:
                age = w(m.AGE, self._duration(data.age_s), data.rows)
            rows.append(Row(w(m.DATASET, data.name), age, data.synced_at is None))
        rows.append(Row(w(m.OUTBOX), f"{s.outbox_pending} / {s.outbox_dead}", s.outbox_dead > 0))
        rows += [self._state_row(d) for d in s.devices]
        for result in self._diagnostics.last_results():
            if result.target == "gateway":
                rows += self.result_rows(result)
        rows.append(Row(w(m.TAKEN_AT), self._local(s.taken_at)))
        return rows

    def _check(self, ok: bool | None) -> str:
        if ok is None:
            return self.words(m.CHECK_NA)
        return self.words(m.CHECK_OK if ok else m.CHECK_FAILED)

    def _counter_rows(self) -> list[Row]:
        counters = self._found.counters
        if counters is None:
            return []
        w = self.words
        rows = [Row(w(m.COUNTERS[name]), str(counters.get(name))) for name in m.COUNTERS]
        return [*rows, Row(w(m.SINCE), self._local(counters.since))]

    def _log_rows(self) -> list[Row]:
        if not self._found.logs:
            return [Row(self.words(m.NO_LOGS), "")]
        return [
            Row(
                f"{self._local(line.at)} {line.level}",
                f"{line.source}: {line.message}",
                line.level in ("ERROR", "CRITICAL"),
            )
            for line in self._found.logs
        ]

    def _log_buttons(self) -> list[Button]:
        w = self.words
        chosen = self.log_device or "all"
        devices = [("all", w(m.ALL_DEVICES))] + [(k, w(m.DEVICES[k])) for k in DEVICE_KINDS]
        buttons = [
            Button(f"log_device:{k}", label, "selected" if k == chosen else "normal")
            for k, label in devices
        ]
        buttons += [
            Button(
                f"log_level:{level}",
                w(m.LOG_LEVELS[level]),
                "selected" if level == self.log_level else "normal",
            )
            for level in LOG_LEVELS
        ]
        return buttons

    def _bundle_rows(self) -> list[Row]:
        w = self.words
        result = self._found.bundle
        if result is None:
            return [Row(w(m.BUNDLE_HINT), "")]
        ok = result.key == "bundle.exported"
        rows = [Row(w(m.TEST_RESULT), self.key(result.key), not ok)]
        if result.path:
            rows.append(Row(w(m.BUNDLE_FILE), result.path))
            rows.append(Row(w(m.BUNDLE_SIZE), _size(result.size_bytes)))
        rows.append(
            Row(
                w(m.UPLOAD),
                w(m.UPLOAD_QUEUED if result.uploaded else m.UPLOAD_NOT_QUEUED),
                not result.uploaded,
            )
        )
        rows += [Row(w(m.CONTENTS), member) for member in result.members]
        return rows

    def _maintenance_rows(self) -> list[Row]:
        w = self.words
        out = self._found.out_of_service
        rows = [Row(w(m.SERVICE_STATE), w(m.OUT_OF_SERVICE if out else m.IN_SERVICE), out)]
        action = self._found.action
        if action is not None:
            rows.append(Row(w(m.TEST_RESULT), self.key(action.key), not action.ok))
            rows += [Row(self._detail(d.name), d.value) for d in action.details]
        return rows

    def _maintenance_buttons(self) -> list[Button]:
        w = self.words
        service = (
            Button("put_back", w(m.PUT_BACK))
            if self._found.out_of_service
            else Button("take_out", w(m.TAKE_OUT), "danger")
        )
        return [
            Button("purge", w(m.PURGE), "danger"),
            service,
            Button("restart", w(m.RESTART), "danger"),
        ]

    # -- formats --------------------------------------------------------------------------

    def _local(self, moment: dt.datetime) -> str:
        """An aware time in the terminal's zone (Japan time)."""
        return moment.astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S")

    def _clock_time(self, moment: dt.datetime) -> str:
        return moment.astimezone(self._zone).strftime("%H:%M")

    def _duration(self, seconds: float) -> str:
        s = max(0, round(seconds))
        if s < 60:
            return self.words(m.SECONDS, s)
        if s < 3600:
            return self.words(m.MINUTES, s // 60, s % 60)
        if s < 86400:
            return self.words(m.HOURS, s // 3600, s % 3600 // 60)
        return self.words(m.DAYS, s // 86400, s % 86400 // 3600)


def _size(n: int) -> str:
    """Bytes as a person reads them."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"
