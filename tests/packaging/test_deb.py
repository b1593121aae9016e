"""The .deb that ``make deb`` builds: lintian clean, the right files, conffiles and scripts.

It builds the package with Machikado alone in its virtual environment (``--app-only``): every
file the packaging adds is there, only the third-party wheels are left out, which keeps this
under a minute. Skipped where the Debian packaging tools are not installed (``make deb-tools``).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("dpkg-deb", "lintian")
VENV = "/opt/machikado/venv"


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: make deb-tools installs them")
    out = tmp_path_factory.mktemp("deb")
    built = subprocess.run(
        [sys.executable, str(ROOT / "packaging/deb/build_deb.py"), "--app-only", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    return Path(built.stdout.strip())


@pytest.fixture(scope="module")
def unpacked(deb, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-R", str(deb), str(root)], check=True, timeout=120)
    return root


def test_lintian_finds_no_error_or_warning(deb):
    done = subprocess.run(
        ["lintian", "--fail-on", "error,warning", "--display-info", str(deb)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    tags = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert done.returncode == 0 and tags == [], done.stdout + done.stderr


def test_configuration_is_kept_as_conffiles(unpacked):
    conffiles = (unpacked / "DEBIAN" / "conffiles").read_text().split()
    assert conffiles == [
        "/etc/machikado/display.env",
        "/etc/machikado/gateway.env",
        "/etc/machikado/machikado.toml",
    ]
    shipped = (unpacked / "etc/machikado/machikado.toml").read_text(encoding="utf-8")
    assert shipped == (ROOT / "packaging/machikado.toml").read_text(encoding="utf-8")


def test_units_user_rules_and_set_up_are_where_systemd_udev_and_polkit_look(unpacked):
    for path in (
        "usr/lib/systemd/system/machikado-kiosk@.service",
        "usr/lib/systemd/system/machikado-signage@.service",
        "usr/lib/systemd/system/machikado-gateway.service",
        "usr/lib/systemd/system/machikado-daily-restart.timer",
        "usr/lib/sysusers.d/machikado.conf",
        "usr/lib/udev/rules.d/70-machikado.rules",
        "usr/share/doc/machikado/examples/69-machikado-local.rules",
        "usr/share/polkit-1/rules.d/60-machikado-pcsc.rules",
        "usr/share/machikado/cups/cupsd.conf",
        "usr/share/doc/machikado/copyright",
        "usr/share/doc/machikado/changelog.Debian.gz",
    ):
        assert (unpacked / path).is_file(), path
    printer = unpacked / "usr/sbin/machikado-setup-printer"
    assert printer.stat().st_mode & 0o111
    assert (unpacked / "usr/bin/machikado").readlink() == Path(VENV) / "bin" / "machikado"


def test_the_venv_is_moved_to_its_final_path_and_holds_no_byte_code(unpacked):
    venv = unpacked / VENV.lstrip("/")
    script = (venv / "bin" / "machikado").read_text(encoding="utf-8")
    assert script.splitlines()[0] == f"#!{VENV}/bin/python"
    assert not list(venv.rglob("__pycache__"))
    assert not (venv / "bin" / "pip").exists()
    assert "home = /usr/bin" in (venv / "pyvenv.cfg").read_text()
    # The moved venv runs: its interpreter finds Machikado in its own site-packages.
    found = subprocess.run(
        [str(venv / "bin" / "python"), "-I", "-c", "import machikado; print(machikado.__file__)"],
        cwd=unpacked,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert found.startswith(str(venv / "lib"))


def test_maintainer_scripts_use_the_debian_helpers(unpacked):
    control = (unpacked / "DEBIAN" / "control").read_text()
    assert "\nDepends: " in control and "libpam-systemd" in control
    # Only the Python the venv was made with.
    assert re.search(r"Depends: python3 \(>= 3\.(\d+)\), python3 \(<< 3\.\d+\)", control)
    postinst = (unpacked / "DEBIAN" / "postinst").read_text()
    assert "systemd-sysusers machikado.conf" in postinst
    assert "deb-systemd-helper" in postinst and "deb-systemd-invoke" in postinst
    for name in ("postinst", "prerm", "postrm"):
        script = unpacked / "DEBIAN" / name
        assert script.stat().st_mode & 0o111
        subprocess.run(["sh", "-n", str(script)], check=True)
    # A removal keeps the data; only a purge removes it.
    postrm = (unpacked / "DEBIAN" / "postrm").read_text()
    remove = postrm.split("\nremove)")[1].split(";;")[0]
    purge = postrm.split("\npurge)")[1].split(";;")[0]
    assert "/var/lib/machikado" not in remove and "rm -rf /var/lib/machikado" in purge


def test_a_revision_builds_the_same_tree_as_the_next_version():
    spec = importlib.util.spec_from_file_location("build_deb", ROOT / "packaging/deb/build_deb.py")
    assert spec is not None and spec.loader is not None
    build_deb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_deb)
    upstream = build_deb.version().rsplit("-", 1)[0]
    assert build_deb.version() == f"{upstream}-1"
    assert build_deb.version(2) == f"{upstream}-2"
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging/deb/build_deb.py"), "--revision", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "--revision must be 1 or more" in done.stderr
