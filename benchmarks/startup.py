"""Kiosk start to its first frame showing the attract slide, against a bare Qt Quick window.

Each run is a fresh process started the same way (this interpreter, offscreen, same Qt
settings); the clock starts before the process is spawned. The kiosk starts as
`machikado kiosk` does after it has run once: with a copy of an offline cache that already
holds the city's data (synced from the embedded gateway once, before the runs, not timed), and
the embedded gateway starting beside it. ``baseline`` is a bare Qt Quick window with one line
of text, started the same way in the same run, alternating with the kiosk.

The clock stops at the first presented frame (read back after its ``frameSwapped``) that
passes a pixel check: for the kiosk, the first attract slide's accent colour fills the slide
area and its white headline is drawn on it; for the bare window, its own colour and white
text. A first frame that is blank, shows only the background or shows a later screen does not
stop the clock (``first_frame_drawn`` says whether the very first frame passed), so a kiosk
that hurried an empty frame out, loaded its slides late or never drew them would show.
``ratio`` = value ÷ baseline (goal ≤ 1.5); peak memory is compared the same way (≤ 2).
Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.5
MEMORY_GOAL = 2.0
MAX_FRAMES = 600
BARE_COLOUR = "#0B4F8A"
BARE_QML = b"""
import QtQuick
import QtQuick.Window
Window {
    width: 1920; height: 1080; visible: true; color: "#0B4F8A"
    Text { anchors.centerIn: parent; text: "Machikado"; color: "white"; font.pixelSize: 64 }
}
"""


WHITE_SHARE = 0.002  # at least this share of the slide area is the headline's white
ACCENT_SHARE = 0.5  # and at least this share is the slide's accent


def share_of(image: object, rect: tuple[int, int, int, int], colour: str, tolerance: int) -> float:
    """The share of sampled pixels of ``image`` inside ``rect`` close to ``colour``."""
    from PySide6.QtGui import QColor

    want = QColor(colour)
    x0, y0, width, height = rect
    hits = total = 0
    for y in range(y0, y0 + height, 8):
        for x in range(x0, x0 + width, 8):
            pixel = QColor(image.pixel(x, y))  # type: ignore[attr-defined]
            total += 1
            if (
                abs(pixel.red() - want.red()) <= tolerance
                and abs(pixel.green() - want.green()) <= tolerance
                and abs(pixel.blue() - want.blue()) <= tolerance
            ):
                hits += 1
    return hits / max(total, 1)


def child(kind: str, t0: float, data_dir: str) -> None:
    """Start one window and report the time to its first frame that shows what it should."""
    sys.path.insert(0, str(ROOT))
    from kiosk.app import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    app = QGuiApplication([])
    keep: list[object] = []
    if kind == "kiosk":
        from content.config import CacheConfig, MachikadoConfig
        from kiosk.app import build_kiosk, open_cache

        # The same path as `machikado kiosk`: open the offline cache, build, start syncing.
        config = MachikadoConfig(cache=CacheConfig(data_dir=data_dir))
        cache = open_cache(config)
        kiosk = build_kiosk(config, cache=cache, kiosk_mode=False, speech_engine="mock")
        cache.start()
        keep.append(kiosk)
        window = kiosk.window
        board = cache.notice_board()
        if board is None or not board.slides:
            raise SystemExit("the seeded cache holds no attract slides")
        accent = board.slides[0].accent
    else:
        engine = QQmlApplicationEngine()
        engine.loadData(BARE_QML)
        keep.append(engine)
        window = engine.rootObjects()[0]
        accent = BARE_COLOUR
    frames = {"n": 0, "first_drawn": None}

    def drawn(image: object) -> bool:
        # The slide area: the top three fifths of the window (the prompts sit below it).
        area = (0, 0, window.width(), window.height() * 3 // 5)
        return (
            share_of(image, area, accent, 6) >= ACCENT_SHARE
            and share_of(image, area, "#FFFFFF", 40) >= WHITE_SHARE
        )

    def swapped() -> None:
        seconds = time.time() - t0
        frames["n"] += 1
        image = window.screen().grabWindow(window.winId()).toImage()
        ok = drawn(image)
        if frames["first_drawn"] is None:
            frames["first_drawn"] = ok
        if not ok and frames["n"] < MAX_FRAMES:
            return
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report = {
            "seconds": seconds,
            "peak_mb": peak_mb,
            "frames": frames["n"],
            "drawn": ok,
            "first_frame_drawn": frames["first_drawn"],
        }
        print(json.dumps(report), flush=True)
        window.frameSwapped.disconnect(swapped)
        app.quit()

    window.frameSwapped.connect(swapped)
    app.exec()
    if kind == "kiosk":
        cache.stop()


def seed_cache(data_dir: Path) -> None:
    """Run the kiosk's offline cache once so the data directory holds the city's data."""
    sys.path.insert(0, str(ROOT))
    from content.config import CacheConfig, MachikadoConfig
    from kiosk.app import open_cache

    cache = open_cache(MachikadoConfig(cache=CacheConfig(data_dir=str(data_dir))))
    cache.start()
    try:
        deadline = time.monotonic() + 120
        while (board := cache.notice_board()) is None or not board.slides:
            if time.monotonic() > deadline:
                raise SystemExit("the embedded gateway's data never reached the cache")
            time.sleep(0.2)
    finally:
        cache.stop()


def measure(kind: str, seeded: Path) -> dict[str, float]:
    """One start of ``kind`` in a new process (the kiosk on a copy of the seeded cache)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data_dir = Path(tempfile.mkdtemp(prefix="machikado-bench-"))
    try:
        if kind == "kiosk":
            shutil.copytree(seeded, data_dir, dirs_exist_ok=True)
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--t0", repr(t0), "--data", str(data_dir)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    if not result["drawn"]:
        raise SystemExit(f"the {kind} never drew its first screen in {MAX_FRAMES} frames")
    return result


def main() -> None:
    """Alternate kiosk and bare runs; report medians."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=["kiosk", "bare"])
    parser.add_argument("--t0", type=float)
    parser.add_argument("--data", default="")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.t0, args.data)
        return
    with tempfile.TemporaryDirectory(prefix="machikado-bench-seed-") as folder:
        seeded = Path(folder)
        seed_cache(seeded)
        measure("bare", seeded)  # warm the file cache so the first timed run is not penalised
        runs: dict[str, list[dict[str, float]]] = {"kiosk": [], "bare": []}
        for _ in range(args.runs):
            for kind in runs:
                runs[kind].append(measure(kind, seeded))
    value = statistics.median(r["seconds"] for r in runs["kiosk"])
    baseline = statistics.median(r["seconds"] for r in runs["bare"])
    peak = max(r["peak_mb"] for r in runs["kiosk"])
    baseline_peak = max(r["peak_mb"] for r in runs["bare"])
    first_drawn = all(r["first_frame_drawn"] for r in runs["kiosk"])
    print(
        json.dumps(
            {
                "name": "startup",
                "figure": "kiosk start to attract slide",
                "value": round(value, 3),
                "unit": "s",
                "baseline": round(baseline, 3),
                "ratio": round(value / baseline, 3),
                "goal": GOAL,
                "meets_goal": value / baseline <= GOAL,
                "first_frame_drawn": first_drawn,
                "frames_to_drawn": max(r["frames"] for r in runs["kiosk"]),
                "peak_mb": round(peak, 1),
                "baseline_peak_mb": round(baseline_peak, 1),
                "memory_ratio": round(peak / baseline_peak, 3),
                "memory_goal": MEMORY_GOAL,
                "runs": args.runs,
                "more": [
                    {
                        "figure": "kiosk peak memory",
                        "value": round(peak, 1),
                        "unit": "MB",
                        "baseline": round(baseline_peak, 1),
                        "ratio": round(peak / baseline_peak, 3),
                        "goal": MEMORY_GOAL,
                        "meets_goal": peak / baseline_peak <= MEMORY_GOAL,
                    }
                ],
            }
        )
    )


if __name__ == "__main__":
    main()
