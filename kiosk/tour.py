"""A scripted walk through the kiosk's screens, saving one PNG per screen state."""

from __future__ import annotations

import logging
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from content.config import MachikadoConfig
from kiosk.app import Kiosk, build_kiosk, open_cache, prepare_qt_environment
from offline_cache.service import OfflineCache

log = logging.getLogger(__name__)


class TourClock:
    """A monotonic clock the tour can move forward, to show the idle warning without waiting."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        """Monotonic seconds plus the offset."""
        return time.monotonic() + self.offset


@dataclass(frozen=True)
class Shot:
    """One saved screen state."""

    path: Path
    screen: str
    language: str


def settle(ms: int = 700) -> None:
    """Let Qt run for ``ms`` so bindings, animations and images finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for_frame(window: QQuickWindow, timeout_ms: int = 2000) -> None:
    """Return once the window has laid out and drawn a new frame (or after ``timeout_ms``)."""
    loop = QEventLoop()
    window.frameSwapped.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    window.update()
    loop.exec()
    window.frameSwapped.disconnect(loop.quit)


def visual_items(root: QQuickItem) -> list[QQuickItem]:
    """``root`` and every item below it in the visual tree (view delegates included)."""
    items = [root]
    for child in root.childItems():
        items.extend(visual_items(child))
    return items


def find_item(window: QQuickWindow, name: str) -> QQuickItem:
    """The visible item with objectName ``name``; ``LookupError`` if there is none."""
    for item in visual_items(window.contentItem()):
        if item.objectName() == name and item.isVisible():
            return item
    raise LookupError(name)


def click(window: QQuickWindow, name: str) -> None:
    """Tap the middle of the named item, as a finger would (whatever lies on top gets it)."""
    wait_for_frame(window)
    item = find_item(window, name)
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


class Tour:
    """Drives a built kiosk through its screens and saves what a person would see."""

    def __init__(self, kiosk: Kiosk, clock: TourClock, out_dir: Path, cache: OfflineCache) -> None:
        self.kiosk = kiosk
        self.cache = cache
        self.clock = clock
        self.out_dir = out_dir
        self.shots: list[Shot] = []

    @property
    def window(self) -> QQuickWindow:
        """The kiosk window."""
        window = self.kiosk.window
        assert isinstance(window, QQuickWindow)
        return window

    def shoot(self, label: str = "", wait_ms: int = 700) -> Shot:
        """Save the window as ``NN-screen[-label]-lang.png``."""
        settle(wait_ms)
        session = self.kiosk.session
        screen = session.screen.lower() if not label else f"{session.screen.lower()}-{label}"
        name = f"{len(self.shots) + 1:02d}-{screen}-{session.language}.png"
        path = self.out_dir / name
        image = self.window.grabWindow()
        if image.isNull() or not image.save(str(path)):
            raise OSError(f"could not save {path}")
        shot = Shot(path, session.screen, session.language)
        self.shots.append(shot)
        log.info("saved %s", path)
        return shot

    def run(self) -> list[Shot]:
        """The whole tour."""
        session = self.kiosk.session
        first_notice = session.core.notices.visible(session.language)[0].id
        self.shoot(wait_ms=1200)  # attract
        session.start()
        self.shoot()  # home
        click(self.window, "tile_notices")
        self.shoot()  # notice list
        session.openNotice(first_notice)
        self.shoot()  # notice with its QR code
        session.back()
        settle()
        find_item(self.window, "noticeSearch").forceActiveFocus()
        self.shoot("keyboard", wait_ms=1000)
        self.window.contentItem().forceActiveFocus()
        QGuiApplication.inputMethod().hide()
        self.clock.offset += session.core.idle.timeout_s + 1
        session.tick()
        self.shoot("idle-warning")
        session.extend()
        for code in session.core.languages:
            session.setLanguage(code)
            self.shoot()
        session.setLanguage(session.core.default_language)
        session.home()
        click(self.window, "languageButton")
        self.shoot("language-choice")
        find_item(self.window, "languagePanel").setVisible(False)
        click(self.window, "accessibilityButton")
        self.shoot("accessibility-choice")
        find_item(self.window, "accessibilityPanel").setVisible(False)
        for mode in ("large_text", "high_contrast", "low_reach"):
            session.toggle(mode)
            self.shoot(mode.replace("_", "-"))
            session.toggle(mode)
        session.toggle("low_reach")
        session.toggle("large_text")
        click(self.window, "tile_notices")
        self.shoot("low-reach-large-text")
        session.toggle("low_reach")
        session.toggle("large_text")
        self.cache.stop()
        offline = unreachable_gateway(self.cache)
        offline.open_store()
        try:
            offline.run_once()
            self.shoot("offline")
        finally:
            offline.stop()
        session.finish()
        self.shoot("after-session", wait_ms=1000)
        session.fail("software_error")
        self.shoot()
        return self.shots


def unreachable_gateway(cache: OfflineCache) -> OfflineCache:
    """The same store, pointed at a loopback port nobody listens on: the terminal offline."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return OfflineCache(
        cache.data_dir,
        gateway_url=f"http://127.0.0.1:{port}",
        token="offline",
        terminal_id=cache.terminal_id,
        callbacks=cache.callbacks,
    )


def wait_for_first_sync(cache: OfflineCache, timeout_s: float = 120.0) -> None:
    """Block until the cache holds the city's notices; ``TimeoutError`` if it never does."""
    deadline = time.monotonic() + timeout_s
    while cache.notice_board() is None:
        if time.monotonic() > deadline:
            raise TimeoutError("the embedded gateway did not deliver the city's data in time")
        time.sleep(0.2)


def run_tour(config: MachikadoConfig, out_dir: Path) -> list[Shot]:
    """Run the tour into ``out_dir`` on the embedded gateway, as ``machikado demo`` does."""
    prepare_qt_environment()
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("[0-9][0-9]-*.png"):
        old.unlink()
    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory(prefix="machikado-tour-") as data_dir:
        if config.gateway.url == "embedded":
            cache = OfflineCache(Path(data_dir), terminal_id=config.terminal.id)
            cache.open_store()
        else:
            cache = open_cache(config)
        cache.start()
        try:
            wait_for_first_sync(cache)
            clock = TourClock()
            kiosk = build_kiosk(
                config, cache=cache, kiosk_mode=False, speech_engine="mock", clock=clock
            )
            try:
                return Tour(kiosk, clock, out_dir, cache).run()
            finally:
                kiosk.close()
                app.processEvents()
        finally:
            cache.stop()
