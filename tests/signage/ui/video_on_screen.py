"""Plays a real video item in a player window and prints the colours seen at its centre (JSON).

Run under an X server (``QT_QPA_PLATFORM=xcb``) by the video test: there Qt Quick renders with
OpenGL, so a window grab shows the video's frames as a passer-by would see them.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication


def main(folder: Path, colours: list[tuple[int, int, int]]) -> None:
    """Play the clip of ``colours`` for a few seconds and print what the screen showed."""
    app = QGuiApplication([])
    from content.config import MachikadoConfig
    from shared_qt.qr_images import QrImageProvider
    from signage.app import Content, ProofLog, build_player
    from signage.core import schedule_from_data
    from signage.tour import FastClock, shown_kind, wait_until
    from tests.signage.ui.avi import mjpeg_avi

    (folder / "assets").mkdir(parents=True, exist_ok=True)
    clip = [colour for colour in colours for _ in range(10)]  # a second each at 10 fps
    (folder / "assets" / "clip.avi").write_bytes(mjpeg_avi(clip, fps=10))
    items = [
        {"id": "v1", "kind": "video", "duration_s": 8.0, "asset": "clip.avi"},
        {"id": "t1", "kind": "text", "duration_s": 1.0, "text": "駅前"},
    ]
    schedule = {"playlists": [{"id": "loop", "layer": "default", "items": items}]}
    content = Content(schedule_from_data(schedule, source="test"), folder)
    config = MachikadoConfig()
    config = dataclasses.replace(
        config, signage=dataclasses.replace(config.signage, power_command="true {state}")
    )
    player = build_player(
        config,
        content,
        images={"qr": QrImageProvider},
        clock=FastClock(1.0),
        sink=ProofLog(folder / "plays.jsonl"),
        fullscreen=False,
        size=(480, 270),
    )
    seen: list[tuple[int, int, int]] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(seen) < 40:  # four seconds of video
        wait_until(lambda: False, 0.1)
        if shown_kind(player) == "video":
            image = player.window.grabWindow()
            colour = image.pixelColor(image.width() // 2, image.height() // 2)
            seen.append((colour.red(), colour.green(), colour.blue()))
    api = player.window.rendererInterface().graphicsApi().name
    player.close()
    app.processEvents()
    print(json.dumps({"graphics_api": api, "seen": seen}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), [tuple(c) for c in json.loads(sys.argv[2])])
