"""Guards against Qt binding bugs that would only show after hours on a kiosk."""

from __future__ import annotations

import sys

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QQmlComponent, QQmlEngine


class Flags(QObject):
    changed = Signal()

    @Property(bool, notify=changed)
    def flag(self) -> bool:
        return True


def test_reading_a_bool_property_from_qml_keeps_pythons_true_alive(qapp):
    # PySide6 6.12.0 dropped a reference to True on every read: a kiosk died after some hours.
    flags = Flags()
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(
        b"import QtQuick\nItem { property var o; property bool b: o ? o.flag : false }", ""
    )
    item = component.createWithInitialProperties({"o": flags})
    assert item is not None, component.errorString()
    before = sys.getrefcount(True)
    for _ in range(200):
        flags.changed.emit()
    assert abs(sys.getrefcount(True) - before) < 50
