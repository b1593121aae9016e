"""Players built offscreen on an accelerated clock, with an emulated LED board."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from content.config import MachikadoConfig
from content.config.model import Orientation
from shared_qt.qr_images import QrImageProvider
from signage.app import Content, Player, ProofLog, build_player, open_led
from signage.core import schedule_from_data
from signage.tour import FastClock

LED_URL = "emulated://led?rows=16&cols=96"
IMAGES = {"qr": QrImageProvider}


def loop_schedule(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Schedule data with one default playlist of ``items``."""
    return {"playlists": [{"id": "loop", "layer": "default", "items": items}]}


def mixed_items(duration_s: float = 1.0) -> list[dict[str, Any]]:
    """Text, QR and image items in turn, each with its own LED text."""
    return [
        {"id": "t1", "kind": "text", "duration_s": duration_s, "title": "お知らせ",
         "text": "駅前広場は工事中です", "led_text": "工事中"},
        {"id": "q1", "kind": "qr", "duration_s": duration_s, "title": "ごみの日",
         "text": "Garbage days", "url": "https://city.example/gomi", "led_text": "ごみの日"},
        {"id": "i1", "kind": "image", "duration_s": duration_s, "asset": "poster.png",
         "led_text": "POSTER"},
        {"id": "t2", "kind": "text", "duration_s": duration_s, "text": "Welcome",
         "led_text": "WELCOME"},
    ]  # fmt: skip


def write_poster(folder: Path) -> None:
    """A poster image asset in a package-shaped folder."""
    (folder / "assets").mkdir(parents=True, exist_ok=True)
    image = QImage(800, 450, QImage.Format.Format_RGB32)
    image.fill(QColor("#2E7D32"))
    assert image.save(str(folder / "assets" / "poster.png"))


@pytest.fixture
def content(tmp_path: Path) -> Content:
    write_poster(tmp_path / "pkg")
    return Content(
        schedule_from_data(loop_schedule(mixed_items()), source="test"), tmp_path / "pkg"
    )


@pytest.fixture
def make_player(qapp, tmp_path: Path) -> Iterator:
    built: list[Player] = []

    def make(
        content: Content,
        *,
        rate: float = 10.0,
        orientation: Orientation = Orientation.LANDSCAPE,
        size: tuple[int, int] | None = None,
        start: datetime | None = None,
        led: bool = True,
        **signage: Any,
    ) -> Player:
        config = MachikadoConfig()
        # never switch off a real display from the tests
        signage.setdefault("power_command", "true {state}")
        config = dataclasses.replace(
            config,
            signage=dataclasses.replace(config.signage, orientation=orientation, **signage),
        )
        if size is None:
            size = (480, 270) if orientation is Orientation.LANDSCAPE else (270, 480)
        player = build_player(
            config,
            content,
            images=IMAGES,
            clock=FastClock(rate, start),
            rate=rate,
            led=open_led(LED_URL) if led else None,
            sink=ProofLog(tmp_path / "plays.jsonl"),
            city="はなみずき市",
            fullscreen=False,
            size=size,
        )
        built.append(player)
        return player

    yield make
    for player in built:
        player.close()
    qapp.processEvents()
