"""Walking the QML item tree the way a person scans a screen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem, QQuickWindow
from shiboken6 import Shiboken

from content.languages import LANGUAGES
from kiosk.tour import visual_items


def really_visible(item: QQuickItem) -> bool:
    """Visible, not transparent, and not zero-sized."""
    return item.isVisible() and item.opacity() > 0 and item.width() > 0 and item.height() > 0


def shown(window: QQuickWindow) -> list[QQuickItem]:
    """Items a person could see: visible along the whole chain and non-empty."""
    result = []

    def walk(item: QQuickItem) -> None:
        if not item.isVisible() or item.opacity() == 0:
            return
        result.append(item)
        for child in item.childItems():
            walk(child)

    walk(window.contentItem())
    return [i for i in result if i.width() > 0 and i.height() > 0]


def controls(window: QQuickWindow) -> list[QQuickItem]:
    """Everything a resident can press or type into on the current screen."""
    keyboard = [i for i in visual_items(window.contentItem()) if i.objectName() == "keyboard"]
    inside_keyboard = set()
    for k in keyboard:
        inside_keyboard.update(_address(i) for i in visual_items(k))
    return [
        item
        for item in shown(window)
        if (item.inherits("QQuickAbstractButton") or item.inherits("QQuickTextInput"))
        and _address(item) not in inside_keyboard
    ]


def _address(item: QQuickItem) -> int:
    return Shiboken.getCppPointer(item)[0]


def texts(window: QQuickWindow) -> list[str]:
    """The text of every visible Text item."""
    return [
        str(item.property("text"))
        for item in shown(window)
        if item.inherits("QQuickText") and item.property("text")
    ]


def scene_top(item: QQuickItem) -> float:
    """The item's top edge in window coordinates."""
    return item.mapToScene(QPointF(0, 0)).y()


KIOSK_DIR = Path(__file__).resolve().parents[2] / "kiosk"


def catalogue_files(code: str) -> list[Path]:
    """Every catalogue of the kiosk (shell and services) in language ``code``."""
    return sorted(KIOSK_DIR.glob(f"**/messages/*_{code}.ts"))


def english_sources() -> set[str]:
    """Every English source text of every catalogue, less the languages' own names.

    A language panel names each language in itself, so "English" on it is not English left
    untranslated, even where a catalogue (the technician's language switch) has it as a source.
    """
    sources = {
        m.findtext("source") or ""
        for path in catalogue_files("en")
        for m in ET.parse(path).getroot().iter("message")
    }
    return sources - {language.native_name for language in LANGUAGES}
