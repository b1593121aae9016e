"""systemd itself restarts a hung app and leaves a busy one alone: a real user manager.

A systemd user instance (``systemd --user``) runs the apps' notify loop (watchdog_app.py:
ServiceNotify on a real window, as the kiosk and signage use it) as a transient Type=notify
service with the kiosk unit's restart policy and notify access. systemd, not the test, judges
the pings: a GUI thread that hangs is killed on the watchdog and started again; a worker thread
busy for twice the watchdog period is not.

The manager gets a /run of its own in a private mount namespace, marked as booted with systemd
there, so it starts whether or not this machine runs systemd as PID 1, and the machine's own
/run is never touched. The period is 4 s here instead of the unit's 30 s, to keep the test short;
test_units.py checks the ping interval against the unit's own WatchdogSec.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from content.sd_notify import Notifier

ROOT = Path(__file__).resolve().parents[2]
APP = Path(__file__).with_name("watchdog_app.py")
KIOSK_UNIT = ROOT / "packaging/systemd/machikado-kiosk@.service"
SYSTEMD = Path("/lib/systemd/systemd")
WATCHDOG_S = 4
RUNTIME = "/run/user/0"
START = f"""
set -e
mount -t tmpfs -o mode=0755 machikado-test /run
mkdir -p /run/systemd/system {RUNTIME}
chmod 0700 {RUNTIME}
export XDG_RUNTIME_DIR={RUNTIME}
exec {SYSTEMD} --user --log-target=console --log-level=info
"""


def unit_setting(key: str) -> str:
    """One [Service] setting of the shipped kiosk unit."""
    for line in KIOSK_UNIT.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}="):
            return line.split("=", 1)[1]
    raise AssertionError(f"{KIOSK_UNIT.name} sets no {key}")


class UserManager:
    """``systemd --user`` in a private mount namespace, and systemctl/systemd-run inside it."""

    def __init__(self, log: Path) -> None:
        self.log_path = log
        self._log = log.open("w")
        # unshare execs the shell, which execs systemd: the process's PID is the manager's.
        self.process = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", START],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while self.run(
            "systemctl", "--user", "is-system-running", check=False
        ).stdout.strip() not in (
            "running",
            "degraded",
        ):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"systemd --user did not start:\n{self.log()}")
            time.sleep(0.2)

    def run(
        self, *command: str, check: bool = True, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        """Run a command in the manager's mount namespace, talking to it."""
        return subprocess.run(
            [
                "nsenter",
                "--target",
                str(self.process.pid),
                "--mount",
                "--",
                "env",
                f"XDG_RUNTIME_DIR={RUNTIME}",
                *command,
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=check,
        )

    def show(self, unit: str, prop: str) -> str:
        """One property of a unit, as ``systemctl show`` gives it."""
        return self.run("systemctl", "--user", "show", "-P", prop, unit).stdout.strip()

    def log(self) -> str:
        """What the manager has logged."""
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


@pytest.fixture(scope="module")
def manager(tmp_path_factory) -> Iterator[UserManager]:
    if os.geteuid() != 0:
        pytest.skip("the private mount namespace for systemd --user needs root")
    missing = [tool for tool in ("unshare", "nsenter", "systemd-run") if shutil.which(tool) is None]
    if missing or not SYSTEMD.exists():
        pytest.skip(f"{', '.join(missing) or SYSTEMD} missing (Debian's systemd, util-linux)")
    started = UserManager(tmp_path_factory.mktemp("systemd") / "manager.log")
    yield started
    started.stop()


@pytest.fixture
def service(manager, tmp_path) -> Iterator[tuple[str, Path]]:
    """The watchdog app as a transient Type=notify service; started once it said READY."""
    unit = f"machikado-watchdog-{tmp_path.name}.service"
    folder = tmp_path / "app"
    folder.mkdir()
    started = manager.run(
        "systemd-run",
        "--user",
        "--quiet",
        f"--unit={unit}",
        "-p",
        "Type=notify",
        "-p",
        f"NotifyAccess={unit_setting('NotifyAccess')}",
        "-p",
        f"Restart={unit_setting('Restart')}",
        "-p",
        "RestartSec=0.5",
        "-p",
        f"WatchdogSec={WATCHDOG_S}",
        "-p",
        "TimeoutStartSec=60",
        # systemd's own word on how each run ended (SERVICE_RESULT is "watchdog" on a timeout)
        "-p",
        f"ExecStopPost=/bin/sh -c 'echo $SERVICE_RESULT $EXIT_CODE $EXIT_STATUS >> {folder}/ends'",
        "-p",
        f"WorkingDirectory={ROOT}",
        "-E",
        "QT_QPA_PLATFORM=offscreen",
        "-E",
        f"PYTHONPATH={ROOT}",
        sys.executable,
        str(APP),
        str(folder),
        check=False,
        timeout=90,
    )
    assert started.returncode == 0, started.stderr + manager.log()[-3000:]
    yield unit, folder
    manager.run("systemctl", "--user", "stop", unit, check=False)
    manager.run("systemctl", "--user", "reset-failed", unit, check=False)


def starts(folder: Path) -> list[int]:
    path = folder / "starts"
    return [int(line) for line in path.read_text().split()] if path.exists() else []


def test_the_unit_is_up_only_after_ready_and_its_pings_keep_it(manager, service):
    unit, folder = service
    # systemd-run returned once the service said READY=1 at its first frame.
    assert manager.show(unit, "ActiveState") == "active"
    assert manager.show(unit, "WatchdogUSec") == f"{WATCHDOG_S}s"
    first = starts(folder)
    assert len(first) == 1 and manager.show(unit, "MainPID") == str(first[0])


def test_a_busy_worker_does_not_get_the_app_restarted(manager, service):
    unit, folder = service
    (folder / "busy").write_text(str(2 * WATCHDOG_S))
    deadline = time.monotonic() + 6 * WATCHDOG_S
    while not (folder / "busy-done").exists():
        assert time.monotonic() < deadline, "the worker never finished"
        time.sleep(0.2)
    assert manager.show(unit, "NRestarts") == "0"
    assert manager.show(unit, "ActiveState") == "active"
    assert len(starts(folder)) == 1
    assert not (folder / "ends").exists()


def test_a_hung_gui_thread_is_killed_by_the_watchdog_and_started_again(manager, service):
    unit, folder = service
    (first,) = starts(folder)
    (folder / "hang").write_text("")
    deadline = time.monotonic() + 4 * WATCHDOG_S + 60
    while len(starts(folder)) < 2:
        assert time.monotonic() < deadline, manager.log()[-3000:]
        time.sleep(0.2)
    hung_at = (folder / "hung").stat().st_mtime
    assert (folder / "hung").read_text() == str(first)
    assert manager.show(unit, "NRestarts") == "1"
    # killed with SIGABRT on the watchdog, as systemd does it
    assert (folder / "ends").read_text().split() == ["watchdog", "killed", "ABRT"]
    # Not before the period was up: the pings stopped and systemd waited the full WatchdogSec.
    restarted_at = (folder / "starts").stat().st_mtime
    assert restarted_at - hung_at >= WATCHDOG_S - 0.5
    second = starts(folder)[1]
    deadline = time.monotonic() + 60
    while manager.show(unit, "ActiveState") != "active":
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert manager.show(unit, "MainPID") == str(second)


def test_the_ping_interval_leaves_half_the_units_watchdog_period():
    for name in ("machikado-kiosk@.service", "machikado-signage@.service"):
        text = (ROOT / "packaging/systemd" / name).read_text(encoding="utf-8")
        (period,) = [
            int(line.split("=")[1]) for line in text.splitlines() if line.startswith("WatchdogSec=")
        ]
        interval = Notifier("/run/notify", period * 1_000_000).watchdog_interval_s
        assert interval is not None and interval * 2 == period
