"""The ``machikado`` command: its errors for bad configuration and the demo's screenshot tour."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PIL import Image

from content.languages import LANGUAGE_CODES
from machikado import __version__
from machikado.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_a_malformed_config_stops_start_up_naming_file_and_key(tmp_path, capsys):
    config = tmp_path / "machikado.toml"
    config.write_text('[kiosk]\nidle_timeout_s = "soon"\nlanguges = ["ja"]\n', encoding="utf-8")
    assert main(["kiosk", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert str(config) in err
    assert "kiosk.idle_timeout_s: expected a number" in err
    assert "kiosk.languges: unknown key (did you mean 'languages'?)" in err


def test_a_missing_config_file_is_an_error(tmp_path, capsys):
    assert main(["kiosk", "--config", str(tmp_path / "absent.toml")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_broken_toml_is_an_error(tmp_path, capsys):
    config = tmp_path / "machikado.toml"
    config.write_text("[kiosk\n", encoding="utf-8")
    assert main(["demo", "--config", str(config), "--tour", str(tmp_path / "t")]) == 2
    assert "not valid TOML" in capsys.readouterr().err


def test_demo_without_a_display_writes_the_tour(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "machikado", "--log-level", "WARNING", "demo"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "No display" in result.stdout
    shots = sorted((tmp_path / "tour").glob("*.png"))
    names = [p.name for p in shots]
    assert len(shots) >= 20
    assert all(name.split("-")[0].isdigit() for name in names)
    for code in LANGUAGE_CODES:
        assert any(name.endswith(f"-{code}.png") for name in names), code
    for label in (
        "attract",
        "home",
        "notices-detail",
        "idle-warning",
        "large-text",
        "high-contrast",
        "low-reach",
        "outofservice",
        "offline",
    ):
        assert any(label in name for name in names), label
    # A certificate, every step in Japanese and English, and what came out of the printers.
    for step in (
        "terms",
        "insert-card",
        "pin",
        "remove-card",
        "choose",
        "options",
        "copies",
        "summary",
        "payment",
        "take-documents",
        "take-documents-reminder",
        "done",
    ):
        for code in ("ja", "en"):
            assert any(name.endswith(f"-certificates-{step}-{code}.png") for name in names), step
    # Paying by cash in Japanese, by IC card in English.
    assert any(name.endswith("-certificates-paying-ja.png") for name in names)
    assert any(name.endswith("-certificates-paying-ic-en.png") for name in names)
    for label in ("old-card", "wrong-pin", "choose-refusals"):
        assert any(f"-certificates-{label}-ja.png" in name for name in names), label
    assert any(name.endswith("-demo-devices.png") for name in names)
    for code in ("ja", "en"):
        assert any(name.endswith(f"-certificates-printed-{code}.png") for name in names)
        assert any(name.endswith(f"-receipt-{code}.png") for name in names)
    # The job search: category buttons, words, results and chips with counts, a listing, the slip.
    for step in ("categories", "words", "results", "filters", "detail", "slip", "slip-printed"):
        for code in ("ja", "en"):
            assert any(name.endswith(f"-jobs-{step}-{code}.png") for name in names), step
    assert any(name.endswith("-receipt-jobs-slip-ja.png") for name in names)
    # Facility booking on the embedded gateway: a free room booked with a demo card, paid in
    # cash (Japanese) or left for the counter (English), seen in My bookings; cancelled in Japanese.
    for step in ("find", "week", "week-picked", "card", "pin", "fee", "pay-choice", "done", "mine"):
        for code in ("ja", "en"):
            assert any(name.endswith(f"-booking-{step}-{code}.png") for name in names), step
    for step in ("payment", "paying", "cancel", "cancelled"):
        assert any(name.endswith(f"-booking-{step}-ja.png") for name in names), step
    for code in ("ja", "en"):
        assert any(name.endswith(f"-receipt-booking-{code}.png") for name in names)
    # A city alert issued on the embedded gateway: banner, takeover in both languages, cancelled.
    for shot in (
        "home-alert-banner-ja",
        "notices-alert-banner-ja",
        "notices-alert-takeover-ja",
        "notices-alert-takeover-en",
        "notices-alert-back-en",
        "notices-alert-cancelled-ja",
    ):
        assert any(name.endswith(f"-{shot}.png") for name in names), shot
    for path in shots:
        with Image.open(path) as image:
            if "-certificates-printed-" in path.name:
                assert image.width < image.height  # an A4 page
            elif "-receipt-" not in path.name and "-demo-devices" not in path.name:
                assert image.size == (1920, 1080)
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
            assert colours is None or len(colours) > 20, f"{path.name} looks blank"
    assert "Traceback" not in result.stderr


def test_demo_tour_into_a_chosen_folder(tmp_path, monkeypatch, capsys):
    """``--tour DIR`` hands DIR to the tour and names it; the whole tour runs in the test above
    (and from the installed wheel), so here it only records where it was asked to write."""
    import kiosk.tour

    out = tmp_path / "shots"
    asked = []

    def tour(config, out_dir):
        asked.append(out_dir)
        out_dir.mkdir(parents=True)
        shot = kiosk.tour.Shot(out_dir / "01-attract-ja.png", "attract", "ja")
        shot.path.write_bytes(b"")
        return [shot]

    monkeypatch.setattr(kiosk.tour, "run_tour", tour)
    assert main(["demo", "--tour", str(out)]) == 0
    assert asked == [out]
    printed = capsys.readouterr().out
    assert str(out.resolve()) in printed and "01-attract-ja.png" in printed


def test_the_kiosk_stops_in_order_on_sigterm(tmp_path):
    config = tmp_path / "machikado.toml"
    config.write_text(f'[cache]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "machikado", "kiosk", "--windowed", "--config", str(config)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        lines = []
        for line in process.stderr:
            lines.append(line)
            if "embedded gateway ready" in line:
                break
            assert time.monotonic() < deadline, "".join(lines)
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, "".join(lines) + rest
    assert "kiosk demo-kiosk-01 stopped" in rest
