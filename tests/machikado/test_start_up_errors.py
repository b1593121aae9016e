"""Kiosk and signage start-up: every config problem at once, named, exit code 2, no traceback.

Each case runs the real ``machikado`` command in a subprocess, as systemd would start it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["kiosk", "signage"]


def start(app: str, config: Path | str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MACHIKADO_")}
    return subprocess.run(
        [sys.executable, "-m", "machikado", app, "--config", str(config)],
        cwd=ROOT,
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The error text of a start-up that stopped as it should."""
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.stderr.count("machikado: configuration error in ") == 1
    return result.stderr


def toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "machikado.toml"
    path.write_text(f'[cache]\ndata_dir = "{tmp_path / "data"}"\n' + text, encoding="utf-8")
    return path


@pytest.mark.parametrize("app", APPS)
def test_a_folder_as_the_config_file(app, tmp_path):
    err = refused(start(app, tmp_path))
    assert f"configuration error in {tmp_path}: 1 problem(s)" in err
    assert "is a folder; expected a TOML file" in err


@pytest.mark.parametrize("app", APPS)
def test_a_number_out_of_its_bounds(app, tmp_path):
    err = refused(start(app, toml(tmp_path, "[kiosk.screen]\nwidth_px = 9223372036854775807\n")))
    assert str(tmp_path / "machikado.toml") in err
    assert "kiosk.screen.width_px: expected 320 to 16384 pixels, got 9223372036854775807" in err


@pytest.mark.parametrize("app", APPS)
def test_a_data_folder_that_cannot_be_made(app, tmp_path):
    path = tmp_path / "machikado.toml"
    path.write_text('[cache]\ndata_dir = "/proc/nonexistent"\n', encoding="utf-8")
    err = refused(start(app, path))
    assert (
        "cache.data_dir: /proc/nonexistent cannot be created (No such file or directory); "
        "expected a folder this terminal can write in"
    ) in err


@pytest.mark.parametrize("app", APPS)
def test_an_environment_value_with_a_line_break_is_refused(app, tmp_path):
    err = refused(start(app, toml(tmp_path, ""), MACHIKADO_TERMINAL__LOCATION="East exit\nrm"))
    assert "MACHIKADO_TERMINAL__LOCATION: holds a line break or control character (U+000A)" in err


@pytest.mark.parametrize("app", APPS)
def test_every_bad_value_of_a_table_and_of_the_environment_at_once(app, tmp_path):
    config = toml(
        tmp_path,
        "[kiosk]\nidle_timeout_s = 1\nidle_warning_s = 1000\nattract_slide_s = nan\n"
        "[kiosk.screen]\nwidth_px = 9223372036854775807\nheight_px = 10\n"
        "[signage]\nwidth_px = -1\n",
    )
    err = refused(
        start(
            app,
            config,
            MACHIKADO_KIOSK_IDLE_TIMEOUT_S="30",
            MACHIKADO_GATEWAY__SYNC_INTERVAL_S="0",
        )
    )
    assert "8 problem(s)" in err
    for line in (
        "kiosk.idle_timeout_s: expected 10 to 3600 s",
        "kiosk.idle_warning_s: expected 5 to 300 s",
        "kiosk.attract_slide_s: expected a finite number, got nan",
        "kiosk.screen.width_px: expected 320 to 16384 pixels",
        "kiosk.screen.height_px: expected 320 to 16384 pixels, got 10",
        "signage.width_px: expected 320 to 16384 pixels, got -1",
        "gateway.sync_interval_s: expected 30 to 86400 s (from MACHIKADO_GATEWAY__SYNC_INTERVAL_S)",
        "MACHIKADO_KIOSK_IDLE_TIMEOUT_S: not a key override; "
        "did you mean MACHIKADO_KIOSK__IDLE_TIMEOUT_S?",
    ):
        assert f"  - {line}" in err, line


@pytest.mark.parametrize("app", APPS)
def test_another_tools_variable_is_a_warning_not_a_stop(app, tmp_path):
    # A bad key stops this start-up, so the test sees what was said about the stray variable.
    result = start(app, toml(tmp_path, '[terminal]\nid = "not valid!"\n'), MACHIKADO_FOO="1")
    err = refused(result)
    assert "1 problem(s)" in err and "terminal.id:" in err
    (warning,) = [line for line in err.splitlines() if "MACHIKADO_FOO" in line]
    assert "WARNING" in warning and "MACHIKADO_FOO is not read by machikado" in warning
    assert "MACHIKADO_KIOSK__IDLE_TIMEOUT_S" in warning  # it names what is read


def test_the_signage_package_folder_must_be_writable(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    config = toml(tmp_path, f'[signage]\npackage_dir = "{blocker}"\n')
    err = refused(start("signage", config))
    assert f"signage.package_dir: {blocker} is a file, not a folder" in err
