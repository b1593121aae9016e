"""The systemd units, the service user and the udev rules of packaging/, as systemd reads them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from content.config import MachikadoConfig

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "packaging" / "systemd"
UI_UNITS = ("machikado-kiosk@.service", "machikado-signage@.service")
NOTIFY_UNITS = (*UI_UNITS, "machikado-gateway.service")


def sections(path: Path) -> dict[str, list[tuple[str, str]]]:
    """A unit file's sections, each a list of (key, value) in order (keys may repeat)."""
    found: dict[str, list[tuple[str, str]]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = found.setdefault(line.strip("[]"), [])
            continue
        key, _, value = line.partition("=")
        assert current is not None, f"{path.name}: {line!r} before any section"
        current.append((key, value))
    return found


def values(path: Path, section: str, key: str) -> list[str]:
    return [v for k, v in sections(path).get(section, []) if k == key]


def test_units_pass_systemd_analyze_verify(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is missing (Debian's systemd package)")
    # verify insists every ExecStart= program exists: cage and the installed machikado are
    # stood in for by programs this machine has; every other line is checked as shipped.
    stand_in = {"/usr/bin/cage": shutil.which("true"), "/usr/bin/machikado": sys.executable}
    names = []
    for unit in sorted(UNITS.glob("machikado-*")):
        text = unit.read_text(encoding="utf-8")
        for program, other in stand_in.items():
            text = text.replace(f"={program} ", f"={other} ")
        name = unit.name.replace("@.", "@tty1.")
        (tmp_path / name).write_text(text, encoding="utf-8")
        names.append(str(tmp_path / name))
    done = subprocess.run(
        [analyze, "verify", *names], capture_output=True, text=True, timeout=60, check=False
    )
    said = [line for line in (done.stdout + done.stderr).splitlines() if "machikado" in line]
    assert done.returncode == 0 and said == [], done.stdout + done.stderr


@pytest.mark.parametrize("name", NOTIFY_UNITS)
def test_notify_units_have_a_watchdog_limits_and_a_restart_policy(name):
    unit = UNITS / name
    assert values(unit, "Service", "Type") == ["notify"]
    assert values(unit, "Service", "WatchdogSec")
    assert values(unit, "Service", "MemoryMax") and values(unit, "Service", "MemoryHigh")
    assert values(unit, "Service", "NoNewPrivileges") == ["yes"]
    assert values(unit, "Service", "PrivateTmp") == ["yes"]
    assert values(unit, "Service", "ProtectSystem")
    # systemd 252 ignores the start limit in [Service].
    assert not values(unit, "Service", "StartLimitIntervalSec")
    assert values(unit, "Unit", "StartLimitIntervalSec")


@pytest.mark.parametrize("name", UI_UNITS)
def test_the_ui_under_cage_still_reaches_its_devices(name):
    unit = UNITS / name
    service = dict(sections(unit)["Service"])
    # cage is the main process: the app, its child, must be allowed to notify.
    assert service["NotifyAccess"] == "all"
    # cage 0.1.4 exits 0 whatever its client did.
    assert service["Restart"] == "always"
    assert service["ExecStart"].startswith("/usr/bin/cage ")
    assert service["SupplementaryGroups"].split() == ["dialout", "lp"]
    # No device sandbox (DRM, input, serial, usblp) and /run/user stays reachable.
    for hides in ("PrivateDevices", "DevicePolicy", "ProtectHome", "PrivateUsers"):
        assert hides not in service
    assert service["ProtectSystem"] != "strict"
    families = service["RestrictAddressFamilies"].split()
    assert {"AF_UNIX", "AF_INET", "AF_NETLINK"} <= set(families)
    assert service["PAMName"] == "login"


def test_the_daily_restart_falls_outside_service_hours():
    timer = UNITS / "machikado-daily-restart.timer"
    (when,) = values(timer, "Timer", "OnCalendar")
    assert when == "*-*-* 04:00:00 Asia/Tokyo"
    (delay,) = values(timer, "Timer", "RandomizedDelaySec")
    assert delay == "15min"
    opens = MachikadoConfig().certificates.hours.split("-")[0]
    assert opens > "04:15"  # the latest restart, before the first resident
    (command,) = values(UNITS / "machikado-daily-restart.service", "Service", "ExecStart")
    assert command.startswith("/usr/bin/systemctl try-restart ")


def test_the_service_user_has_exactly_its_groups(tmp_path):
    sysusers = shutil.which("systemd-sysusers")
    if sysusers is None:
        pytest.skip("systemd-sysusers is missing (Debian's systemd package)")
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (etc / "group").write_text("root:x:0:\ndialout:x:20:\nlp:x:7:\nvideo:x:44:\n")
    conf = ROOT / "packaging" / "sysusers" / "machikado.conf"
    subprocess.run(
        [sysusers, f"--root={tmp_path}", str(conf)], check=True, capture_output=True, timeout=30
    )
    users = {
        line.split(":")[0]: line.split(":") for line in (etc / "passwd").read_text().splitlines()
    }
    assert users["machikado"][5:] == ["/var/lib/machikado", "/usr/sbin/nologin"]
    members = {
        fields[0]: fields[3].split(",")
        for fields in (line.split(":") for line in (etc / "group").read_text().splitlines())
    }
    assert {group for group, names in members.items() if "machikado" in names} == {
        "dialout",
        "lp",
    }
