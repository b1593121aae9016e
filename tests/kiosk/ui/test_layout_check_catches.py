"""The layout check finds what it is meant to find: elided, spilt and cut text, small targets."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtQuick import QQuickView

from kiosk.tour import wait_for_frame
from tests.kiosk.ui.layout_check import text_findings, touch_findings

SCREEN = b"""
import QtQuick
Rectangle {
    width: 800; height: 600
    Text { objectName: "fine"; text: "Fits"; font.pixelSize: 20 }
    Text {
        y: 40; width: 60; text: "A sentence far too long"; elide: Text.ElideRight
        font.pixelSize: 20
    }
    Text {
        y: 80; width: 60; height: 20; text: "Spills out of its box"; wrapMode: Text.Wrap
        font.pixelSize: 20
    }
    Item {
        y: 200; width: 300; height: 30; clip: true
        Text { width: 300; text: "Cut by a frame<br>that cannot scroll"; font.pixelSize: 20 }
    }
    Flickable {
        y: 300; width: 300; height: 30; clip: true; contentHeight: 100
        Text { width: 300; text: "Scrolls<br>into view"; font.pixelSize: 20 }
    }
    MouseArea { x: 500; y: 0; width: 20; height: 20 }
    MouseArea { x: 500; y: 100; width: 80; height: 80 }
}
"""


def test_each_kind_of_problem_is_found_and_nothing_else(qapp, qtbot, tmp_path):
    path = tmp_path / "screen.qml"
    path.write_bytes(SCREEN)
    view = QQuickView()
    view.setSource(QUrl.fromLocalFile(str(path)))
    view.show()
    wait_for_frame(view)
    try:
        texts = [str(f) for f in text_findings(view)]
        assert len(texts) == 3, texts
        assert texts[0].startswith("elided or truncated: text 'A sentence")
        assert texts[1].startswith("spills out of its box: text 'Spills")
        assert texts[2].startswith("cut off by: text 'Cut by a frame")
        targets = [str(f) for f in touch_findings(view, px_per_mm=4.0)]
        assert len(targets) == 1 and "20×20 px" in targets[0], targets
    finally:
        view.close()
