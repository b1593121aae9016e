"""A real video item decodes and plays in the player (QtMultimedia's FFmpeg backend, offscreen).

Offscreen, Qt Quick has no OpenGL and renders with its software adaptation, which does not draw
a ``VideoOutput``'s frames into a window grab. So the proof is taken where the frames arrive:
the video sink of the player's own ``VideoOutput``, whose current frame must be the clip's,
changing as it plays, with advancing presentation times. A second test plays the clip in a
child process under a private Xvfb, where Qt Quick renders with OpenGL (Mesa), and checks the
window grab itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtMultimedia import QVideoSink
from PySide6.QtQuick import QQuickItem

from signage.app import Content, Player
from signage.core import schedule_from_data
from signage.tour import is_black, shown_kind, wait_until

from .avi import mjpeg_avi
from .conftest import loop_schedule, mixed_items

ROOT = Path(__file__).resolve().parents[3]
RED, GREEN, BLUE = (220, 30, 30), (30, 200, 40), (30, 60, 220)


def which(colour: tuple[int, int, int]) -> str | None:
    """The name of the clip's frame colour ``colour`` is close to, if any."""
    for name, wanted in (("red", RED), ("green", GREEN), ("blue", BLUE)):
        if all(abs(a - b) <= 40 for a, b in zip(colour, wanted, strict=True)):
            return name
    return None


def front_video(player: Player) -> QVideoSink | None:
    """The video sink of the video slot in front."""
    pending: list[Any] = [player.window.contentItem()]
    while pending:
        item = pending.pop()
        sink = item.property("videoSink")
        if isinstance(sink, QVideoSink) and item.isVisible():
            slot = item.parentItem()
            if slot is not None and slot.property("inFront") and slot.property("hasFrame"):
                return sink
        pending.extend(item.childItems() if isinstance(item, QQuickItem) else [])
    return None


def test_a_real_video_plays_and_its_frames_are_decoded(make_player, tmp_path) -> None:
    folder = tmp_path / "videopkg"
    (folder / "assets").mkdir(parents=True)
    # one second each of red, green and blue: the frame must change as the clip plays
    clip = mjpeg_avi([RED] * 10 + [GREEN] * 10 + [BLUE] * 10, fps=10)
    (folder / "assets" / "clip.avi").write_bytes(clip)
    items = [
        *mixed_items(1.0)[:1],
        {"id": "v1", "kind": "video", "duration_s": 8.0, "asset": "clip.avi"},
    ]
    content = Content(schedule_from_data(loop_schedule(items), source="test"), folder)
    player = make_player(content, rate=1.0, size=(480, 270))
    assert wait_until(lambda: shown_kind(player) == "video", 20)
    seen: list[str] = []
    times: list[int] = []
    sizes: set[int] = set()
    black = 0

    def watch() -> bool:
        nonlocal black
        black += is_black(player.window.grabWindow())
        sink = front_video(player)
        if sink is None:  # between showings: the loop comes back to the video
            return False
        sizes.add(sink.videoSize().width())
        frame = sink.videoFrame()
        times.append(frame.startTime())
        image = frame.toImage()
        if not image.isNull():
            colour = image.pixelColor(image.width() // 2, image.height() // 2)
            name = which((colour.red(), colour.green(), colour.blue()))
            if name is not None and (not seen or seen[-1] != name):
                seen.append(name)
        return len(seen) >= 2

    # the loop is aligned to the clock, so a showing may begin late in its slot: allow a few
    wait_until(watch, 40, step_ms=50)
    assert len(seen) >= 2, f"the clip's frames did not advance: {seen}"
    assert max(times) > min(times)  # the frames' presentation times advanced
    assert 160 in sizes
    assert black == 0
    assert all(item != "v1" for item, _problem in player.player.problems)


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb server (from the bootstrap's APT list); yields its DISPLAY."""
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: run tools/bootstrap.sh"
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(30)


def test_video_frames_reach_the_screen_under_x(x_display, tmp_path) -> None:
    """Under X, Qt Quick renders with OpenGL and the window grab shows the clip's frames."""
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.signage.ui.video_on_screen", str(tmp_path),
         json.dumps([RED, GREEN, BLUE])],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["graphics_api"] == "OpenGL"
    names = [which(tuple(colour)) for colour in result["seen"]]
    shown = {name for name in names if name is not None}
    assert len(shown) >= 2, f"the screen did not show the clip playing: {result['seen'][:20]}"
