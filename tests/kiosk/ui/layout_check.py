"""Checks a screen as a resident would meet it: no text cut off, no touch target under 15 mm."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.shell.core.theme import MIN_TOUCH_MM

TOUCHABLE = ("QQuickAbstractButton", "QQuickMouseArea", "QQuickTextInput", "QQuickTextEdit")
SLACK_PX = 1.5  # sub-pixel rounding of anchors and text metrics


@dataclass(frozen=True)
class Finding:
    """One thing wrong on a screen."""

    what: str
    item: str
    detail: str

    def __str__(self) -> str:
        return f"{self.what}: {self.item} {self.detail}"


def _scene_rect(
    item: QQuickItem, width: float | None = None, height: float | None = None
) -> QRectF:
    top_left = item.mapToScene(QPointF(0, 0))
    return QRectF(
        top_left.x(),
        top_left.y(),
        item.width() if width is None else width,
        item.height() if height is None else height,
    )


def _name(item: QQuickItem) -> str:
    if item.inherits("QQuickText"):
        text = str(item.property("text")).replace("\n", " ")
        return f"text {text[:60]!r}"
    return item.objectName() or item.metaObject().className()


def _shown(window: QQuickWindow) -> list[tuple[QQuickItem, list[QQuickItem]]]:
    """Every item visible along its whole chain, with its ancestors (nearest first)."""
    found: list[tuple[QQuickItem, list[QQuickItem]]] = []

    def walk(item: QQuickItem, ancestors: list[QQuickItem]) -> None:
        if not item.isVisible() or item.opacity() == 0:
            return
        if item.objectName() == "keyboard":  # Qt's own keys, sized by Qt Virtual Keyboard
            return
        found.append((item, ancestors))
        for child in item.childItems():
            walk(child, [item, *ancestors])

    walk(window.contentItem(), [])
    return found


def _scrolls(item: QQuickItem) -> bool:
    """True for a view the resident can scroll to see what its edge cuts off."""
    return bool(item.inherits("QQuickFlickable") and item.property("interactive"))


def _visible_part(rect: QRectF, ancestors: list[QQuickItem], window: QQuickWindow) -> QRectF:
    """What of ``rect`` survives the clipping of scrollable views (what scrolling can reach)."""
    for ancestor in ancestors:
        if ancestor.clip() and _scrolls(ancestor):
            rect = rect.intersected(_scene_rect(ancestor))
    return rect.intersected(QRectF(0, 0, window.width(), window.height()))


def text_findings(window: QQuickWindow) -> list[Finding]:
    """Text that is elided, truncated, spills out of its box, or is cut by a clipping parent."""
    findings = []
    for item, ancestors in _shown(window):
        if not item.inherits("QQuickText") or not str(item.property("text")).strip():
            continue
        name = _name(item)
        if item.property("truncated"):
            findings.append(Finding("elided or truncated", name, ""))
            continue
        width = float(item.property("contentWidth"))
        height = float(item.property("contentHeight"))
        if width > item.width() + SLACK_PX or height > item.height() + SLACK_PX:
            findings.append(
                Finding(
                    "spills out of its box",
                    name,
                    f"({width:.0f}×{height:.0f} in {item.width():.0f}×{item.height():.0f})",
                )
            )
            continue
        drawn = _scene_rect(item, max(width, 1.0), max(height, 1.0))
        reachable = _visible_part(drawn, ancestors, window)
        if reachable.isEmpty():
            continue  # scrolled out of sight: scrolling brings it back whole
        for ancestor in ancestors:
            if ancestor.clip() and not _scrolls(ancestor):
                kept = reachable.intersected(_scene_rect(ancestor))
                if kept.height() + SLACK_PX < reachable.height() or (
                    kept.width() + SLACK_PX < reachable.width()
                ):
                    findings.append(Finding("cut off by", name, _name(ancestor)))
                    break
        else:
            screen = QRectF(0, 0, window.width(), window.height())
            inside = screen.contains(drawn.adjusted(SLACK_PX, SLACK_PX, -SLACK_PX, -SLACK_PX))
            if not inside and not any(_scrolls(a) and a.clip() for a in ancestors):
                findings.append(Finding("off the screen", name, ""))
    return findings


def touch_findings(window: QQuickWindow, px_per_mm: float) -> list[Finding]:
    """Touch targets the resident can press that are under 15 mm on a side."""
    minimum = MIN_TOUCH_MM * px_per_mm - 0.5
    findings = []
    for item, _ancestors in _shown(window):
        tapped = any(
            child.inherits("QQuickTapHandler") and child.property("enabled")
            for child in item.children()
        )
        if not (tapped or any(item.inherits(kind) for kind in TOUCHABLE)) or not item.isEnabled():
            continue
        if item.inherits("QQuickTextEdit") and item.property("readOnly"):
            continue
        if item.width() < minimum or item.height() < minimum:
            findings.append(
                Finding(
                    "touch target under 15 mm",
                    _name(item),
                    f"{item.width():.0f}×{item.height():.0f} px (at least {minimum:.0f})",
                )
            )
    return findings
