"""``machikado signage`` and ``machikado demo --signage --tour``, run in-process."""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from machikado.cli import main
from signage.tour import is_black


def test_demo_tour_writes_landscape_portrait_and_emergency_pngs(qapp, tmp_path, capsys):
    out = tmp_path / "tour"
    assert main(["demo", "--signage", "--tour", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    for wanted in ("landscape-text", "landscape-qr", "landscape-emergency", "portrait-qr"):
        assert any(wanted in name for name in names), names
    assert any("led" in name for name in names)
    for path in out.glob("*-landscape-*.png"):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1920, 1080)
        assert not is_black(image)
    portrait = QImage(str(next(out.glob("*-portrait-qr.png"))))
    assert (portrait.width(), portrait.height()) == (1080, 1920)
    assert "Wrote" in capsys.readouterr().out


def test_signage_command_plays_the_installed_package(qapp, tmp_path):
    from tests.signage.ui.test_player import _packaged

    signage = _packaged(tmp_path, json.dumps({"playlists": []}))
    config = tmp_path / "machikado.toml"
    config.write_text(
        f'[signage]\nscreen_id = "eki-01"\npackage_dir = "{signage.package_dir}"\n'
        f'public_key = "{signage.public_key}"\nticker_text = "test"\n'
        f'[cache]\ndata_dir = "{tmp_path / "data"}"\n',
        encoding="utf-8",
    )
    QTimer.singleShot(1500, qapp.quit)
    assert main(["signage", "--windowed", "--config", str(config)]) == 0
    plays = (tmp_path / "data" / "signage" / "eki-01-plays.jsonl").read_text().splitlines()
    assert json.loads(plays[-1])["item_id"] == "idle"


def test_signage_command_reports_a_bad_config(tmp_path, capsys):
    config = tmp_path / "machikado.toml"
    config.write_text('[signage]\npower_off = "late"\n', encoding="utf-8")
    assert main(["signage", "--config", str(config)]) == 2
    assert "power_off" in capsys.readouterr().err
