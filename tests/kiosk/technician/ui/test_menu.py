"""The technician's menu without Qt: gesture, PIN pad, lockout, idle exit, every action audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.technician.core.access import AccessPolicy, TechnicianAccess, hash_pin
from kiosk.technician.core.diagnostics import Diagnostics
from kiosk.technician.core.model import (
    AuditAction,
    DatasetAge,
    DeviceStatus,
    Network,
    Resources,
    Status,
    Versions,
)
from kiosk.technician.ui.gesture import CornerTaps
from kiosk.technician.ui.menu import Page, TechnicianMenu, Words
from kiosk.technician.wiring import MESSAGES_DIR
from tests.kiosk.technician.core.fakes import (
    T0,
    Actions,
    Clock,
    Exporter,
    FixedTest,
    MemoryAudit,
    MemoryCounters,
    MemoryState,
    NoLogs,
)

PIN = "246810"
# A cheap scrypt: the policy is what is tested here, not the hash's cost.
HASH = hash_pin(PIN, n=2**4)
PAPER_OUT = DeviceStatus("receipt_printer", True, False, "receipt.paper_out", "", "serial:///x")


class Now:
    """The menu's monotonic clock."""

    def __init__(self) -> None:
        self.t = 1000.0


class SyncRunner:
    """Runs each job at once, as the kiosk's runner would on its pool and then on the UI."""

    def run(self, job, done, progress=None):
        try:
            result = job(lambda _v: None)
        except Exception as error:  # the menu shows it
            done(None, error)
        else:
            done(result, None)


class Devices:
    def __init__(self):
        self.states = {"receipt_printer": PAPER_OUT}

    def status(self):
        return Status(
            T0, "t-01", Versions("0.1", "cfg", "3.11", "", "Debian", "6"), 90.0, 30.0,
            "restart.first_start", Resources(2, 0.5, 4_000_000_000, 2_000_000_000, 1),
            Network("https://gw.example", True, True, True, 0.4),
            (DatasetAge("notices", T0, 60.0, 12),), 0, 0, tuple(self.states.values()),
        )  # fmt: skip

    def device(self, kind):
        return self.states.get(kind, DeviceStatus(kind, False, False, f"device.{kind}.ni"))


class Rig:
    def __init__(self, tmp_path: Path, *, resident: bool = False) -> None:
        self.clock = Clock()
        self.now = Now()
        self.audit = MemoryAudit()
        self.state = MemoryState()
        self.resident = resident
        self.spoken: list[str] = []
        self.chimes = 0
        self.actions = Actions()
        self.counters = MemoryCounters()
        self.access = TechnicianAccess(
            {"tanaka": HASH},
            state=self.state,
            audit=self.audit,
            resident_active=lambda: self.resident,
            policy=AccessPolicy(max_failures=3, backoff_s=2.0, lockout_s=600, idle_timeout_s=120),
            clock=self.clock,
        )
        self.diagnostics = Diagnostics(
            status=Devices(),
            tests={
                "receipt_printer": FixedTest("receipt_printer", "receipt.cover_open"),
                "gateway": FixedTest("gateway"),
            },
            counters=self.counters,
            audit=self.audit,
            logs=NoLogs(),
            bundle=Exporter(),
            maintenance=self.actions,
            clock=self.clock,
        )
        self.menu = TechnicianMenu(
            access=self.access,
            diagnostics=self.diagnostics,
            audit=self.audit,
            runner=SyncRunner(),
            words=Words([MESSAGES_DIR], "en"),
            resident_active=lambda: self.resident,
            zone=ZoneInfo("Asia/Tokyo"),
            usb_dir=tmp_path / "usb",
            chime=self.chime,
            speak=self.spoken.append,
            wall_clock=self.clock,
        )

    def chime(self) -> None:
        self.chimes += 1

    def enter(self, pin: str = PIN) -> None:
        for digit in pin:
            self.menu.press_digit(digit, self.now.t)
        self.menu.submit(self.now.t)

    def signed_in(self) -> TechnicianMenu:
        assert self.menu.gesture(self.now.t)
        self.enter()
        assert self.menu.page is Page.MENU
        return self.menu

    def press(self, *buttons: str) -> None:
        for button in buttons:
            self.menu.press(button, self.now.t)


@pytest.fixture
def rig(tmp_path):
    return Rig(tmp_path)


def test_the_gesture_is_five_quick_taps_in_the_corner_and_a_pause_starts_over():
    taps = CornerTaps(taps=5, gap_s=0.8, size_px=100)
    assert not any(taps.tap(10, 10, t * 0.3) for t in range(4))
    assert taps.tap(10, 10, 1.2)
    assert not any(taps.tap(10, 10, 10 + t * 0.3) for t in range(4))
    assert not taps.tap(10, 10, 20.0)  # after a pause: the first of a new count
    assert not taps.tap(500, 10, 20.1)  # outside the corner: over again
    assert not taps.in_corner(100, 5)


def test_the_gesture_opens_only_the_pin_pad(rig):
    assert rig.menu.gesture(rig.now.t)
    view = rig.menu.view()
    assert view.page is Page.PIN
    assert view.rows == () and view.buttons == ()
    assert rig.audit.actions() == ["menu_opened"]


def test_no_pin_pad_during_a_residents_session(tmp_path):
    rig = Rig(tmp_path, resident=True)
    assert not rig.menu.gesture(rig.now.t)
    assert rig.menu.page is Page.CLOSED


def test_a_session_that_starts_before_the_pad_opens_keeps_it_closed(rig):
    rig.resident = True
    rig.menu.gesture(rig.now.t)
    assert rig.menu.page is Page.CLOSED


def test_the_right_pin_opens_the_menu_and_the_digits_are_dropped(rig):
    menu = rig.signed_in()
    assert menu.who == "tanaka" and menu.pin == ""
    assert "tanaka" in menu.view().notice
    assert [e.action for e in rig.audit.entries][-1] is AuditAction.ENTRY
    assert all(PIN not in str(e) for e in rig.audit.entries)


def test_a_wrong_pin_says_the_tries_left_and_the_wait(rig):
    rig.menu.gesture(rig.now.t)
    rig.enter("1111")
    view = rig.menu.view()
    assert view.notice_bad and "2 tries left" in view.notice and "2 s" in view.notice
    assert rig.menu.pin == ""


def test_a_try_inside_the_backoff_is_refused_with_the_time_left(rig):
    rig.menu.gesture(rig.now.t)
    rig.enter("1111")
    rig.clock.advance(0.5)
    rig.enter(PIN)  # too soon: not even the right PIN is checked
    assert rig.menu.page is Page.PIN
    assert "Wait 2 s" in rig.menu.view().notice
    rig.clock.advance(2)
    rig.enter(PIN)
    assert rig.menu.page is Page.MENU


def test_the_lockout_shows_until_when_and_what_is_left_in_japan_time(rig):
    rig.menu.gesture(rig.now.t)
    for _ in range(3):
        rig.enter("1111")
        rig.clock.advance(10)
    notice = rig.menu.view().notice
    assert "Locked" in notice and "10:10" in notice  # 01:10 UTC is 10:10 in Japan
    assert "9 min 50 s" in notice  # locked at the third try, 10 s ago
    rig.menu.close()
    rig.menu.gesture(rig.now.t)  # the gesture again: still locked, said at once
    assert "Locked" in rig.menu.view().notice
    assert "locked" in rig.audit.actions()


def test_a_short_pin_is_refused_without_counting(rig):
    rig.menu.gesture(rig.now.t)
    rig.enter("12")
    assert "4 to 12 digits" in rig.menu.view().notice
    assert rig.state.value[0] == 0


def test_the_menu_closes_itself_when_idle_and_says_so_in_the_audit(rig):
    menu = rig.signed_in()
    menu.tick(rig.now.t + 100)
    assert menu.page is Page.MENU
    menu.touched(rig.now.t + 100)
    menu.tick(rig.now.t + 219)
    assert menu.page is Page.MENU
    menu.tick(rig.now.t + 221)
    assert menu.page is Page.CLOSED and menu.session is None
    last = rig.audit.entries[-1]
    assert last.action is AuditAction.IDLE_EXIT and last.who == "tanaka"


def test_an_unused_pin_pad_closes_itself(rig):
    rig.menu.gesture(rig.now.t)
    rig.menu.tick(rig.now.t + 61)
    assert rig.menu.page is Page.CLOSED


def test_a_failing_device_is_shown_clearly_and_its_self_test_result(rig):
    rig.signed_in()
    rig.press("page:devices")
    rows = {r.label: r for r in rig.menu.view().rows}
    assert rows["Receipt printer"].bad
    assert rows["Receipt printer"].value == "Not working: Paper out (receipt.paper_out)"
    rig.press("device:receipt_printer", "test:receipt_printer")
    rows = rig.menu.view().rows
    result = next(r for r in rows if r.label == "Self-test result")
    assert result.bad and result.value == "Failed: Cover open (receipt.cover_open)"
    assert any(r.label == "Tested at" and r.value == "2026-12-03 10:00:00" for r in rows)


def test_counters_reset_only_after_confirming(rig):
    rig.counters.values["receipts"] = 7
    rig.signed_in()
    rig.press("page:counters", "reset")
    assert rig.menu.view().confirm
    rig.press("no")
    assert rig.counters.values["receipts"] == 7
    rig.press("reset", "yes")
    assert rig.counters.values["receipts"] == 0
    entry = rig.audit.entries[-1]
    assert entry.action is AuditAction.COUNTERS_RESET and "receipts=7" in entry.outcome


def test_maintenance_actions_ask_first_and_the_service_button_follows_the_state(rig):
    rig.signed_in()
    rig.press("page:maintenance")
    ids = [b.id for b in rig.menu.view().buttons]
    assert ids == ["purge", "take_out", "restart", "back"]
    rig.press("take_out")
    assert not rig.actions.out and rig.menu.view().confirm
    rig.press("yes")
    assert rig.actions.out
    assert [b.id for b in rig.menu.view().buttons][1] == "put_back"
    rig.press("restart", "no")
    assert not rig.actions.restarted


def test_the_bundle_listing_shows_after_the_export(rig):
    rig.signed_in()
    rig.press("page:bundle", "export")
    rows = {r.label: r.value for r in rig.menu.view().rows}
    assert rows["File"].endswith("usb/b.tar.gz")
    assert rows["Contents"] == "x"


def test_every_action_goes_to_the_audit_log(rig):
    rig.signed_in()
    before = len(rig.audit.entries)
    rig.press("page:status", "test:gateway", "back")
    rig.press("page:logs", "log_device:receipt_printer", "log_level:ERROR", "back")
    rig.press("page:counters", "reset", "yes", "back")
    rig.press("page:bundle", "export", "back")
    rig.press("page:maintenance", "purge", "yes", "take_out", "yes", "put_back", "yes")
    rig.press("restart", "yes", "back")
    for page in ("touch", "display", "keyboard"):
        rig.press(f"page:{page}", "back")
    rig.press("page:audio", "chime", "speech", "back", "close")
    done = [(e.action.value, e.target) for e in rig.audit.entries[before:]]
    assert done == [
        ("status_viewed", "status"),
        ("self_test", "gateway"),
        ("logs_viewed", "all"),
        ("logs_viewed", "receipt_printer"),
        ("logs_viewed", "receipt_printer"),
        ("counters_reset", "counters"),
        ("bundle_exported", "bundle"),
        ("cache_purged", "cache"),
        ("out_of_service", "terminal"),
        ("back_in_service", "terminal"),
        ("restart", "app"),
        ("self_test", "touch"),
        ("self_test", "display"),
        ("self_test", "keyboard"),
        ("self_test", "audio"),
        ("self_test", "audio"),
        ("self_test", "audio"),
        ("exit", "technician_menu"),
    ]
    assert all(e.who == "tanaka" for e in rig.audit.entries[before:])
    assert rig.chimes == 1 and rig.spoken == ["This is a test of the kiosk's speech output."]


def test_a_failing_action_is_said_and_the_menu_stays(rig):
    rig.signed_in()

    def broken():
        raise OSError("disk")

    rig.actions.purge_cache = broken  # type: ignore[method-assign]
    rig.press("page:maintenance", "purge", "yes")
    view = rig.menu.view()
    assert view.page is Page.MAINTENANCE and view.notice_bad and "OSError" in view.notice


def test_a_chime_without_a_sound_output_is_said_and_audited(rig):
    from devices.errors import DeviceUnavailableError

    def silent():
        raise DeviceUnavailableError("aplay did not start", key="speech.no_output")

    rig.menu._chime = silent
    rig.signed_in()
    rig.press("page:audio", "chime")
    assert "speech.no_output" in rig.menu.view().notice
    assert rig.audit.entries[-1].outcome == "chime:speech.no_output"


def test_the_touch_grid_counts_each_square_once(rig):
    rig.signed_in()
    rig.press("page:touch")
    for index in (0, 0, 39, 40, -1):
        rig.menu.touch_cell(index, rig.now.t)
    assert rig.menu.touched_cells == {0, 39}
    assert rig.menu.view().rows[0].value == "2 of 40 squares touched"


def test_the_menu_speaks_japanese_by_default(tmp_path):
    rig = Rig(tmp_path)
    rig.menu.words.language = "ja"
    rig.signed_in()
    assert rig.menu.view().title == "保守メニュー"
    rig.press("language")
    assert rig.menu.view().title == "Technician menu"


def test_times_are_japan_time():
    assert (
        dt.datetime(2026, 12, 3, 1, 0, tzinfo=dt.UTC).astimezone(ZoneInfo("Asia/Tokyo")).hour == 10
    )


class LaterRunner:
    """Holds each job until the test lets it run, as a busy pool would."""

    def __init__(self) -> None:
        self.waiting: list = []

    def run(self, job, done, progress=None):
        self.waiting.append((job, done))

    def finish_all(self) -> None:
        while self.waiting:
            job, done = self.waiting.pop(0)
            done(job(lambda _v: None), None)


def test_a_device_page_polling_does_not_swallow_the_self_test_button(rig):
    rig.signed_in()
    later = LaterRunner()
    rig.menu._runner = later
    rig.press("page:devices")
    later.finish_all()
    rig.press("device:receipt_printer")  # its state is read in the background
    assert not rig.menu.busy
    rig.press("test:receipt_printer")
    later.finish_all()
    assert any(r.label == "Self-test result" for r in rig.menu.view().rows)
