"""Kiosk cold start to the first rendered attract frame, against a bare Qt Quick window.

Each run is a fresh process started the same way (this interpreter, offscreen, same Qt
settings); the clock starts before the process is spawned and stops at the window's first
frameSwapped. The kiosk starts as `machikado kiosk` does, with an empty offline cache and the
embedded gateway starting beside it. Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_QML = b"""
import QtQuick
import QtQuick.Window
Window {
    width: 1920; height: 1080; visible: true; color: "#0B4F8A"
    Text { anchors.centerIn: parent; text: "Machikado"; color: "white"; font.pixelSize: 64 }
}
"""


def child(kind: str, t0: float) -> None:
    """Start one window and report time to its first frame and peak memory."""
    sys.path.insert(0, str(ROOT))
    from kiosk.app import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    app = QGuiApplication([])
    keep: list[object] = []
    if kind == "kiosk":
        import tempfile

        from content.config import CacheConfig, MachikadoConfig
        from kiosk.app import build_kiosk, open_cache

        # The same path as `machikado kiosk`: open the offline cache, build, start syncing.
        data_dir = tempfile.mkdtemp(prefix="machikado-bench-")
        atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
        config = MachikadoConfig(cache=CacheConfig(data_dir=data_dir))
        cache = open_cache(config)
        kiosk = build_kiosk(config, cache=cache, kiosk_mode=False, speech_engine="mock")
        cache.start()
        keep.append(kiosk)
        window = kiosk.window
    else:
        engine = QQmlApplicationEngine()
        engine.loadData(BARE_QML)
        keep.append(engine)
        window = engine.rootObjects()[0]

    def first_frame() -> None:
        seconds = time.time() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}), flush=True)
        app.quit()

    window.frameSwapped.connect(first_frame)
    app.exec()


def measure(kind: str) -> dict[str, float]:
    """One cold start of ``kind`` in a new process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--t0", repr(t0)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    """Alternate kiosk and bare runs; report medians."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=["kiosk", "bare"])
    parser.add_argument("--t0", type=float)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.t0)
        return
    measure("bare")  # warm the file cache so the first timed run is not penalised
    runs: dict[str, list[dict[str, float]]] = {"kiosk": [], "bare": []}
    for _ in range(args.runs):
        for kind in runs:
            runs[kind].append(measure(kind))
    value = statistics.median(r["seconds"] for r in runs["kiosk"])
    baseline = statistics.median(r["seconds"] for r in runs["bare"])
    peak = max(r["peak_mb"] for r in runs["kiosk"])
    baseline_peak = max(r["peak_mb"] for r in runs["bare"])
    print(
        json.dumps(
            {
                "name": "startup",
                "value": round(value, 3),
                "unit": "s",
                "baseline": round(baseline, 3),
                "ratio": round(value / baseline, 3),
                "goal": 1.5,
                "peak_mb": round(peak, 1),
                "baseline_peak_mb": round(baseline_peak, 1),
                "memory_ratio": round(peak / baseline_peak, 3),
                "memory_goal": 2.0,
                "runs": args.runs,
            }
        )
    )


if __name__ == "__main__":
    main()
