"""Gaps between items over 1,000 transitions, their timing, and memory growth over 10,000 items.

The player runs offscreen on an accelerated clock (20×) with the sample city's text and QR
slides, two busy full-HD posters (slow to decode) and an emulated LED board. Every frame the
window presents is read back after its ``frameSwapped`` (the screen's copy of the window, not a
new rendering) and judged by ``signage.frames.FrameJudge``: it is good only when the main zone
matches one item's reference picture — that item drawn alone by the player's own slot, once
ready — and the player reports its front slot ready. Any other frame is a gap, whatever its
colour: the window's navy, a slot's background before its picture arrives, half a picture.

``value`` is the player's gap frames (goal 0). ``baseline`` is the same count, by the same
judge, for a naive one-slot player measured in this run: the player's own slot on the same
window colour, its content switched straight to the next item as many players do, over the
same items at the same pace. It shows navy and cream frames while pictures decode; were the
player to bring a slot forward before its picture is ready, or switch in a way that leaves
the zone empty for a frame, its count would rise the same way. ``longest_gap_ms`` is the
longest time from a gap frame to the next good one. ``timing_error_ms`` compares the real time
between two transitions on screen with the item's scheduled duration ÷ the clock rate.
``rss_growth_mb`` is resident memory after 10,000 items minus after the first 1,000.
The player, the naive player and the memory run each run in a process of their own (a fresh
Qt), one after the other.
Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtQuick import QQuickWindow  # noqa: E402

from content.config import MachikadoConfig  # noqa: E402
from content.notices import load_sample_board  # noqa: E402
from shared_qt.qr_images import QrImageProvider  # noqa: E402
from signage.app import (  # noqa: E402
    Content,
    Player,
    ProofLog,
    build_player,
    open_led,
    sample_schedule,
)
from signage.core import schedule_from_data  # noqa: E402
from signage.frames import (  # noqa: E402
    Frame,
    FrameJudge,
    FrameWatch,
    item_rect,
    main_zone,
    one_slot_window,
    reference_frames,
)
from signage.tour import FastClock, wait_until  # noqa: E402
from signage.ui.qt_player import item_data  # noqa: E402

TRANSITIONS = 1000
BASELINE_TRANSITIONS = 50
ITEMS = 10_000
WARM_ITEMS = 1000
SIZE = (480, 270)
RSS_GOAL_MB = 10
# Items last 50 ms at 20×: this long without a change on screen means playback stopped.
STALL_S = 30
KEEP_GAPS = 20
# Two frames at 60 Hz: a transition may land one frame early or late on each side.
TIMING_GOAL_MS = 33.3
RATE = 20.0
ITEM_S = 1.0


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


def naive_baseline(items: list[dict], size: tuple[int, int], step_ms: int) -> dict:
    """Gap frames of one slot whose content is switched straight to the next item."""
    engine, window = one_slot_window({"qr": QrImageProvider}, size)
    references = reference_frames(engine, {item["id"]: item for item in items}, size)
    turn = {"n": 0}

    def flip() -> None:
        turn["n"] += 1
        window.setProperty("content", items[turn["n"] % len(items)])

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(flip)
    window.setProperty("content", items[0])
    wait_until(lambda: bool(window.property("ready")), 10)
    zone = QRect(0, 0, *size)
    watch = FrameWatch(window, FrameJudge(references, zone), lambda: window.property("ready"))
    timer.start(step_ms)
    if not wait_until(lambda: turn["n"] >= BASELINE_TRANSITIONS, 120, step_ms=5):
        raise RuntimeError("the naive player did not keep switching")
    timer.stop()
    watch.stop()
    durations = {item["id"]: step_ms / 1000 for item in items}
    report = watch.report(durations).summary()
    window.close()
    engine.deleteLater()
    return report


def keeper(folder: Path | None, references: dict[str, QImage]):  # noqa: ANN201
    """Save ``references`` and then the first gap frames into ``folder`` (None: keep nothing)."""
    if folder is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    for key, image in references.items():
        image.save(str(folder / f"reference-{key}.png"))
    kept = {"n": 0}

    def keep(image: QImage, frame: Frame) -> None:
        if not frame.good and kept["n"] < KEEP_GAPS:
            kept["n"] += 1
            image.save(str(folder / f"gap-{kept['n']:02d}-{frame.item or 'none'}.png"))

    return keep


def player_at(root: Path, rate: float) -> tuple[Player, Content]:
    """The player on the benchmark's content at ``rate``."""
    content = Content(schedule_from_data(schedule(ITEM_S), source="bench"), root / "pkg")
    built = build_player(
        MachikadoConfig(),
        content,
        images={"qr": QrImageProvider},
        clock=FastClock(rate),
        rate=rate,
        led=open_led("emulated://led?rows=16&cols=96"),
        sink=ProofLog(root / f"plays-{rate}.jsonl"),
        fullscreen=False,
        size=SIZE,
    )
    return built, content


def player_gaps(root: Path, transitions: int, keep: Path | None) -> dict[str, Any]:
    """The player's frames over ``transitions`` item changes, judged."""
    player, content = player_at(root, RATE)
    window = player.window
    assert isinstance(window, QQuickWindow)
    if not wait_until(lambda: bool(window.property("shownReady")), 10):
        raise RuntimeError("the player never showed its first item")
    zone = main_zone(window)
    # The clock is drawn over every item; its width follows its digits, so mask twice it.
    clock = item_rect(window, "clock")
    clock = QRect(
        clock.right() - 2 * clock.width(),
        clock.top() - 4,
        2 * clock.width() + 8,
        clock.height() + 8,
    )
    items = [item_data(item, content.asset) for item in content.schedule.playlists[0].items]
    references = reference_frames(
        player.engine,
        {item["id"]: item for item in items},
        (zone.width(), zone.height()),
        portrait=bool(window.property("portrait")),
    )
    durations = {item.id: item.duration_s for item in content.schedule.playlists[0].items}
    watch = FrameWatch(
        window,
        FrameJudge(references, zone, [clock]),
        lambda: window.property("shownReady"),
        keep=keeper(keep, references),
    )
    t0 = time.monotonic()
    progress = {"changes": 0, "at": t0}

    def done() -> bool:
        changes = watch.changes()
        if changes != progress["changes"]:
            progress.update(changes=changes, at=time.monotonic())
        elif time.monotonic() - progress["at"] > STALL_S:
            raise RuntimeError(
                f"no item change on screen for {STALL_S} s after {changes} transitions: "
                f"{watch.report(durations, RATE).summary()}"
            )
        return changes >= transitions

    wait_until(done, 1800, step_ms=20)
    seconds = time.monotonic() - t0
    watch.stop()
    played = watch.report(durations, RATE).summary()
    player.close()
    return {**played, "seconds": round(seconds, 1), "zone": [zone.width(), zone.height()]}


def naive_gaps(root: Path, size: tuple[int, int]) -> dict[str, Any]:
    """The one-slot player's frames over the same items, judged the same way."""
    _player_content = Content(schedule_from_data(schedule(ITEM_S), source="bench"), root / "pkg")
    items = [
        item_data(item, _player_content.asset)
        for item in _player_content.schedule.playlists[0].items
    ]
    return naive_baseline(items, size, round(ITEM_S / RATE * 1000))


def memory_growth(root: Path, items: int) -> dict[str, Any]:
    """Resident memory growth over ``items`` items after the first ``WARM_ITEMS``."""
    player, _content = player_at(root, 400.0)
    view = player.player
    wait_until(lambda: view.serial >= WARM_ITEMS, 600, step_ms=10)
    warm = rss_mb()
    wait_until(lambda: view.serial >= WARM_ITEMS + items, 1200, step_ms=10)
    growth = rss_mb() - warm
    shown = view.serial - WARM_ITEMS
    player.close()
    return {"growth": round(growth, 1), "warm": round(warm, 1), "items": shown}


def phase(name: str, root: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Run one part of the benchmark in a process of its own (a fresh Qt) and read its JSON."""
    command = [sys.executable, "-X", "faulthandler", __file__, "--phase", name, "--root", str(root)]
    command += ["--transitions", str(args.transitions), "--items", str(args.items)]
    command += ["--zone", args.zone] if args.zone else []
    command += ["--keep", str(args.keep)] if args.keep else []
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"the {name} part failed ({done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--transitions", type=int, default=TRANSITIONS)
    parser.add_argument("--items", type=int, default=ITEMS, help="items for the memory figure")
    parser.add_argument("--keep", type=Path, help="save the references and the gap frames here")
    parser.add_argument("--phase", choices=["player", "naive", "memory"], help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--zone", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        app = QGuiApplication.instance() or QGuiApplication(sys.argv)
        if args.phase == "player":
            result = player_gaps(args.root, args.transitions, args.keep)
        elif args.phase == "naive":
            width, height = (int(v) for v in args.zone.split("x"))
            result = naive_gaps(args.root, (width, height))
        else:
            result = memory_growth(args.root, args.items)
        app.processEvents()
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_posters(root / "pkg")
        played = phase("player", root, args)
        args.zone = "x".join(str(v) for v in played["zone"])
        naive = phase("naive", root, args)
        memory = phase("memory", root, args)
    growth, warm, rss_items = memory["growth"], memory["warm"], memory["items"]
    transition_s = played["seconds"]
    gaps, base_gaps = played["gap_frames"], naive["gap_frames"]
    more = [
        {
            "figure": "signage longest gap",
            "value": played["longest_gap_ms"],
            "unit": "ms",
            "baseline": naive["longest_gap_ms"],
            "goal": 0,
            "meets_goal": played["longest_gap_ms"] <= 0,
        },
        {
            "figure": "signage transition timing error p95",
            "value": played["timing_error_ms_p95"],
            "unit": "ms",
            "baseline": naive["timing_error_ms_p95"],
            "goal": TIMING_GOAL_MS,
            "meets_goal": played["timing_error_ms_p95"] <= TIMING_GOAL_MS,
        },
        {
            "figure": "signage memory growth",
            "value": round(growth, 1),
            "unit": "MB",
            "goal": RSS_GOAL_MB,
            "meets_goal": growth <= RSS_GOAL_MB,
        },
    ]
    print(
        json.dumps(
            {
                "name": "signage",
                "figure": "signage gap frames",
                "value": gaps,
                "unit": "gap frames",
                "baseline": base_gaps,
                "baseline_transitions": BASELINE_TRANSITIONS,
                "ratio": round(gaps / base_gaps, 3) if base_gaps else None,
                "goal": 0,
                "meets_goal": gaps == 0 and base_gaps > 0,
                "rate": RATE,
                "transition_seconds": round(transition_s, 1),
                "player": played,
                "naive": naive,
                "rss_growth_mb": round(growth, 1),
                "rss_warm_mb": round(warm, 1),
                "rss_items": rss_items,
                "rss_goal_mb": RSS_GOAL_MB,
                "more": more,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
