"""Black frames over 1,000 item transitions and memory growth over 10,000 items.

The player runs offscreen on an accelerated clock with the sample city's text and QR slides, a
poster image and an emulated LED board. Every frame around the transitions is grabbed and
judged by ``signage.tour.is_black`` (90 % or more of the sampled pixels at #000000..#101010).
``baseline`` is the same count for a naive one-slot player measured in this run over 50
transitions of the posters (an Image whose source is simply switched, as many signage players
do), to show what the check catches.
``rss_growth_mb`` is resident memory after 10,000 items minus after the first 1,000.
Prints one JSON object as its last line.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtQml import QQmlApplicationEngine  # noqa: E402
from PySide6.QtQuick import QQuickWindow  # noqa: E402

from content.config import MachikadoConfig  # noqa: E402
from content.notices import load_sample_board  # noqa: E402
from shared_qt.qr_images import QrImageProvider  # noqa: E402
from signage.app import Content, ProofLog, build_player, open_led, sample_schedule  # noqa: E402
from signage.core import schedule_from_data  # noqa: E402
from signage.tour import FastClock, is_black, wait_until  # noqa: E402

TRANSITIONS = 1000
BASELINE_TRANSITIONS = 50
ITEMS = 10_000
WARM_ITEMS = 1000
SIZE = (480, 270)
NAIVE_QML = b"""
import QtQuick
import QtQuick.Window
Window {
    id: root
    color: "black"
    property url picture
    Image { anchors.fill: parent; asynchronous: true; cache: false; source: root.picture }
}
"""


def rss_mb() -> float:
    """Resident memory of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def write_posters(folder: Path) -> list[Path]:
    """Two busy full-HD posters (slow enough to decode that a naive player shows the gap)."""
    (folder / "assets").mkdir(parents=True)
    paths = []
    for index, colour in enumerate(("#2E7D32", "#6A1B9A")):
        image = QImage(1920, 1080, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        painter = QPainter(image)
        for y in range(0, 1080, 6):
            for x in range(0, 1920, 48):
                painter.fillRect(x, y, 24, 3, QColor((x * 7 + y * 13 + index * 50) % 0xFFFFFF))
        painter.end()
        path = folder / "assets" / f"poster{index}.png"
        image.save(str(path))
        paths.append(path)
    return paths


def schedule(duration_s: float) -> dict:
    """The sample loop with both posters between the slides."""
    data = sample_schedule(load_sample_board())
    items = data["playlists"][0]["items"]  # type: ignore[index]
    for item in items:
        item["duration_s"] = duration_s
    for index in (0, 1):
        items.insert(
            index * 3,
            {
                "id": f"poster{index}",
                "kind": "image",
                "duration_s": duration_s,
                "asset": f"poster{index}.png",
                "led_text": f"POSTER {index}",
            },
        )
    return data


def count_black(window: QQuickWindow, changed: object, transitions: int) -> tuple[int, int, int]:
    """Grab frames until ``transitions`` changes; (changes, frames, black frames)."""
    state = {"changes": 0, "frames": 0, "black": 0, "last": changed()}  # type: ignore[operator]

    def step() -> bool:
        if is_black(window.grabWindow()):
            state["black"] += 1
        state["frames"] += 1
        now = changed()  # type: ignore[operator]
        if now != state["last"]:
            state["last"] = now
            state["changes"] += 1
        return state["changes"] >= transitions

    if not wait_until(step, 600, step_ms=1):
        raise RuntimeError(f"only {state['changes']} transitions")
    return state["changes"], state["frames"], state["black"]


def naive_baseline(posters: list[Path]) -> tuple[int, int]:
    """Black frames of a one-slot player switching between the posters."""
    engine = QQmlApplicationEngine()
    engine.loadData(NAIVE_QML)
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    window.resize(*SIZE)
    window.show()
    sources = [QUrl.fromLocalFile(str(p)).toString() for p in posters]
    count = {"n": 0}

    def flip() -> int:
        count["n"] += 1
        if count["n"] % 40 == 0:
            window.setProperty("picture", sources[(count["n"] // 8) % 2])
        return count["n"] // 40

    _changes, frames, black = count_black(window, flip, BASELINE_TRANSITIONS)
    window.close()
    engine.deleteLater()
    return frames, black


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        posters = write_posters(root / "pkg")
        _base_frames, base_black = naive_baseline(posters)
        images = {"qr": QrImageProvider}
        config = MachikadoConfig()

        def player_at(rate: float):  # noqa: ANN202
            content = Content(schedule_from_data(schedule(1.0), source="bench"), root / "pkg")
            return build_player(
                config,
                content,
                images=images,
                clock=FastClock(rate),
                rate=rate,
                led=open_led("emulated://led?rows=16&cols=96"),
                sink=ProofLog(root / f"plays-{rate}.jsonl"),
                fullscreen=False,
                size=SIZE,
            )

        player = player_at(20.0)
        window = player.window
        assert isinstance(window, QQuickWindow)
        wait_until(lambda: bool(window.property("shownReady")), 10)
        t0 = time.monotonic()
        changes, frames, black = count_black(
            window, lambda: window.property("shownId"), TRANSITIONS
        )
        transition_s = time.monotonic() - t0
        player.close()
        app.processEvents()

        player = player_at(400.0)
        view = player.player
        wait_until(lambda: view.serial >= WARM_ITEMS, 600, step_ms=10)
        warm = rss_mb()
        wait_until(lambda: view.serial >= WARM_ITEMS + ITEMS, 1200, step_ms=10)
        growth = rss_mb() - warm
        items = view.serial - WARM_ITEMS
        player.close()
        app.processEvents()
    print(
        json.dumps(
            {
                "name": "signage",
                "value": black,
                "unit": "black frames",
                "baseline": base_black,
                "baseline_transitions": BASELINE_TRANSITIONS,
                "ratio": round(black / base_black, 3) if base_black else 0.0,
                "goal": 0,
                "transitions": changes,
                "frames": frames,
                "transition_seconds": round(transition_s, 1),
                "rss_growth_mb": round(growth, 1),
                "rss_warm_mb": round(warm, 1),
                "rss_items": items,
                "rss_goal_mb": 10,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
