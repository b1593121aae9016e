"""QtTheme: colours, sizes and font for QML, following the session's accessibility modes."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal

from content.config import ScreenGeometry
from content.languages import language
from kiosk.shell.core.theme import HIGH_CONTRAST, STANDARD, Metrics, Palette, metrics
from kiosk.shell.ui.qt_session import QtSession


def _colour(name: str, notify: Signal) -> Property:
    def getter(self: QtTheme) -> str:
        return getattr(self.palette, name)

    return Property(str, getter, notify=notify)


class QtTheme(QObject):
    """The look for the current session; changes with high contrast, large text and low reach."""

    changed = Signal()

    def __init__(
        self, session: QtSession, geometry: ScreenGeometry, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._geometry = geometry
        session.accessibilityChanged.connect(self.changed)
        session.languageChanged.connect(self.changed)

    @property
    def palette(self) -> Palette:
        """The palette in force."""
        return HIGH_CONTRAST if self._session.highContrast else STANDARD

    @property
    def metrics(self) -> Metrics:
        """The sizes in force."""
        return metrics(
            self._geometry,
            large_text=self._session.largeText,
            low_reach=self._session.lowReach,
        )

    background = _colour("background", changed)
    surface = _colour("surface", changed)
    text = _colour("text", changed)
    mutedText = _colour("muted_text", changed)
    accent = _colour("accent", changed)
    accentText = _colour("accent_text", changed)
    link = _colour("link", changed)
    disabledText = _colour("disabled_text", changed)
    border = _colour("border", changed)
    focus = _colour("focus", changed)
    warning = _colour("warning", changed)
    warningText = _colour("warning_text", changed)

    @Property(int, notify=changed)
    def touchTarget(self) -> int:
        """Smallest side of anything touchable, in pixels (≥ 15 mm on this panel)."""
        return self.metrics.touch_target

    @Property(int, notify=changed)
    def fontSize(self) -> int:
        """Body text size in pixels."""
        return self.metrics.font_size

    @Property(int, notify=changed)
    def titleSize(self) -> int:
        """Screen title size in pixels."""
        return self.metrics.title_size

    @Property(int, notify=changed)
    def spacing(self) -> int:
        """Gap between controls in pixels."""
        return self.metrics.spacing

    @Property(int, notify=changed)
    def reachTop(self) -> int:
        """Controls start below this y (0 unless low reach is on)."""
        return self.metrics.reach_top

    @Property(str, notify=changed)
    def fontFamily(self) -> str:
        """Font for the session's language (CJK glyphs in their own regional forms)."""
        return language(self._session.language).font_family
