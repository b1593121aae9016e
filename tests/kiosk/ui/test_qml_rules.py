"""Rules every QML file keeps: touch-only interaction, no logic beyond bindings."""

from __future__ import annotations

import re
from pathlib import Path

KIOSK = Path(__file__).resolve().parents[3] / "kiosk"


def qml_files() -> list[Path]:
    files = sorted(KIOSK.rglob("*.qml"))
    assert files
    return files


def test_nothing_needs_hover():
    hover = re.compile(r"HoverHandler|hoverEnabled\s*:\s*true|onEntered|onExited|onHovered")
    offenders = [p.name for p in qml_files() if hover.search(p.read_text("utf-8"))]
    assert not offenders, f"a touch screen has no hover: {offenders}"


def test_qml_does_no_io_or_timing_of_the_session():
    # Storage, network and the idle clock belong to Python.
    forbidden = re.compile(r"XMLHttpRequest|LocalStorage|Qt\.openUrlExternally|Date\.now\(\)")
    offenders = [p.name for p in qml_files() if forbidden.search(p.read_text("utf-8"))]
    assert not offenders, offenders
