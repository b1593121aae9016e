"""Screenshots of the player (landscape, portrait, emergency) and the tools to check frames."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider, QQuickWindow

from content.config import MachikadoConfig
from content.config.model import Orientation
from signage.app import Content, Player, build_player, open_led
from signage.core import JST, EmergencyMessage, Severity

log = logging.getLogger(__name__)

# A frame is black when at least this share of its sampled pixels is (near) #000000.
BLACK_SHARE = 0.9
# A pixel is (near) black when none of its channels exceeds this.
BLACK_LEVEL = 16
SAMPLE = (64, 36)
DEMO_LED = "emulated://led?rows=32&cols=192"


class FastClock:
    """Both clocks running ``rate`` times faster than real time, from ``start`` (Japan time)."""

    def __init__(self, rate: float, start: datetime | None = None) -> None:
        self.rate = rate
        self._t0 = time.monotonic()
        self._start = start or datetime.now(JST)

    def _elapsed(self) -> float:
        return (time.monotonic() - self._t0) * self.rate

    def now(self) -> datetime:
        """The accelerated wall clock."""
        return self._start + timedelta(seconds=self._elapsed())

    def monotonic(self) -> float:
        """The accelerated monotonic clock."""
        return self._elapsed()


def black_share(image: QImage) -> float:
    """The share of sampled pixels of ``image`` that are (near) black."""
    small = image.scaled(
        SAMPLE[0],
        SAMPLE[1],
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    ).convertToFormat(QImage.Format.Format_RGB32)
    dark = 0
    for y in range(small.height()):
        for x in range(small.width()):
            rgb = small.pixel(x, y)
            if max((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF) <= BLACK_LEVEL:
                dark += 1
    return dark / (small.width() * small.height())


def is_black(image: QImage) -> bool:
    """True for a screenshot that is all or mostly black: a dark screen, not a playing one.

    Not a test for gaps between items: those show the window's own colours
    (``signage.frames`` matches frames against the items instead).
    """
    return image.isNull() or black_share(image) >= BLACK_SHARE


def settle(ms: int) -> None:
    """Let Qt run for ``ms``."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_s: float, step_ms: int = 20) -> bool:
    """Run Qt until ``condition()`` holds (True) or ``timeout_s`` passes (False)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        settle(step_ms)
    return True


def shown_kind(player: Player) -> str:
    """The kind of the item in the front slot, once it is ready (else "")."""
    window = player.window
    if not window.property("shownReady"):
        return ""
    current = player.player.current
    return str(current.get("kind", "")) if window.property("shownId") == current.get("id") else ""


def find_visible(player: Player, name: str) -> bool:
    """True when the item with objectName ``name`` is visible in the player's window."""
    window = player.window
    assert isinstance(window, QQuickWindow)
    pending = [window.contentItem()]
    while pending:
        item = pending.pop()
        if item.objectName() == name:
            return item.isVisible()
        pending.extend(item.childItems())
    return False


class SignageTour:
    """Builds the player in each orientation and saves what a passer-by would see."""

    def __init__(
        self,
        config: MachikadoConfig,
        content: Content,
        out_dir: Path,
        *,
        images: Mapping[str, Callable[[], QQuickImageProvider]],
        city: str,
        rate: float = 16.0,
    ) -> None:
        self.rate = rate
        self.config = config
        self.images = images
        self.content = content
        self.out_dir = out_dir
        self.city = city
        self.shots: list[Path] = []

    def shoot(self, player: Player, name: str) -> Path:
        """Save the window as ``NN-name.png``."""
        settle(50)
        window = player.window
        assert isinstance(window, QQuickWindow)
        path = self.out_dir / f"{len(self.shots) + 1:02d}-{name}.png"
        image = window.grabWindow()
        if image.isNull() or not image.save(str(path)):
            raise OSError(f"could not save {path}")
        self.shots.append(path)
        log.info("saved %s", path)
        return path

    def _build(self, orientation: Orientation) -> Player:
        signage = dataclasses.replace(self.config.signage, orientation=orientation)
        config = dataclasses.replace(self.config, signage=signage)
        led = open_led(config.devices.led_sign or DEMO_LED)
        return build_player(
            config,
            self.content,
            images=self.images,
            clock=FastClock(self.rate),
            rate=self.rate,
            led=led,
            city=self.city,
            fullscreen=False,
        )

    def _wait_for(self, player: Player, kind: str) -> None:
        if not wait_until(lambda: shown_kind(player) == kind, 60):
            raise RuntimeError(f"no {kind} item came up in the loop")

    def run(self) -> list[Path]:
        """Landscape text and QR slides, the emergency takeover and its end, then portrait."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        player = self._build(Orientation.LANDSCAPE)
        try:
            self._wait_for(player, "text")
            self.shoot(player, "landscape-text")
            self._wait_for(player, "qr")
            self.shoot(player, "landscape-qr")
            message = EmergencyMessage(
                id="tour-quake",
                severity=Severity.CRITICAL,
                texts={
                    "ja": "緊急地震速報　強い揺れに警戒してください。",
                    "en": "Earthquake early warning: brace for strong shaking.",
                },
                led_text="緊急地震速報",
            )
            player.emergencies.raise_message(message, player.player.sequencer.clock.now())
            wait_until(lambda: bool(player.player.emergency), 1.0)
            self.shoot(player, "landscape-emergency")
            player.player.worker.wait_idle(10)
            if player.led is not None:
                self._save_led(player, "led-emergency")
            player.emergencies.clear()
            wait_until(lambda: not player.player.emergency, 1.0)
            self.shoot(player, "landscape-restored")
        finally:
            player.close()
        player = self._build(Orientation.PORTRAIT)
        try:
            self._wait_for(player, "text")
            self.shoot(player, "portrait-text")
            self._wait_for(player, "qr")
            self.shoot(player, "portrait-qr")
            player.player.worker.wait_idle(10)
            if player.led is not None:
                self._save_led(player, "led-loop")
        finally:
            player.close()
        return self.shots

    def _save_led(self, player: Player, name: str) -> None:
        board = getattr(getattr(player.led, "link", None), "board", None)
        if board is None:
            return
        path = self.out_dir / f"{len(self.shots) + 1:02d}-{name}.png"
        board.save_png(path)
        self.shots.append(path)
