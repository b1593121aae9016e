"""The main zone never shows a black frame between items, in either orientation."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from content.config.model import Orientation
from signage.app import Content
from signage.core import schedule_from_data
from signage.tour import is_black, shown_kind, wait_until

from .conftest import loop_schedule, mixed_items, write_poster


def _image(colour: str, w: int = 320, h: int = 180) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def test_black_frame_criterion() -> None:
    assert is_black(_image("#000000"))
    assert is_black(_image("#080808"))
    assert is_black(QImage())
    # mostly black with a little text or a clock still counts as a black frame
    frame = _image("#000000")
    painter = QPainter(frame)
    painter.fillRect(250, 0, 70, 20, QColor("white"))
    painter.end()
    assert is_black(frame)
    assert not is_black(_image("#0B4F8A"))
    assert not is_black(_image("#14324F"))
    # a dark photo with a third of real picture is not a gap
    frame = _image("#000000")
    painter = QPainter(frame)
    painter.fillRect(0, 0, 320, 60, QColor("#808080"))
    painter.end()
    assert not is_black(frame)


def _run_transitions(player, count: int) -> tuple[int, int, int]:
    """Grab frames until ``count`` front-slot changes; (changes, frames, black or unready)."""
    window = player.window
    seen = [window.property("shownId")]
    frames = bad = 0

    def step() -> bool:
        nonlocal frames, bad
        image = window.grabWindow()
        frames += 1
        if is_black(image) or not window.property("shownReady"):
            bad += 1
        shown = window.property("shownId")
        if shown != seen[-1]:
            seen.append(shown)
        return len(seen) > count

    assert wait_until(step, 60, step_ms=5), f"only {len(seen) - 1} transitions"
    return len(seen) - 1, frames, bad


def test_no_black_frame_across_50_transitions(make_player, content) -> None:
    player = make_player(content, rate=10.0)
    assert wait_until(lambda: shown_kind(player) != "", 5)
    changes, frames, bad = _run_transitions(player, 50)
    assert changes >= 50
    assert frames > changes
    assert bad == 0
    assert player.qml_warnings == []


def test_portrait_plays_without_black_frames(make_player, content) -> None:
    player = make_player(content, rate=10.0, orientation=Orientation.PORTRAIT)
    assert player.window.height() > player.window.width()
    assert player.window.property("portrait") is True
    assert wait_until(lambda: shown_kind(player) != "", 5)
    _changes, _frames, bad = _run_transitions(player, 8)
    assert bad == 0
    assert player.qml_warnings == []


def test_landscape_is_wider_than_tall(make_player, content) -> None:
    player = make_player(content, size=None)
    assert player.window.width() > player.window.height()
    assert player.window.property("portrait") is False


def test_undecodable_video_keeps_the_previous_picture(make_player, tmp_path) -> None:
    folder = tmp_path / "videopkg"
    write_poster(folder)
    (folder / "assets" / "clip.mp4").write_bytes(b"this is not a video" * 100)
    items = [
        *mixed_items(2.0)[:1],
        {"id": "v1", "kind": "video", "duration_s": 2.0, "asset": "clip.mp4"},
    ]
    content = Content(schedule_from_data(loop_schedule(items), source="test"), folder)
    player = make_player(content, rate=4.0)
    window = player.window
    # the loop may start on the video with nothing before it: wait for the text slide first
    assert wait_until(lambda: shown_kind(player) == "text", 10)
    assert wait_until(lambda: player.player.current.get("id") == "v1", 10)
    bad = 0

    def watch() -> bool:
        nonlocal bad
        if is_black(window.grabWindow()) or not window.property("shownReady"):
            bad += 1
        return player.player.current.get("id") != "v1"

    assert wait_until(watch, 10)
    assert bad == 0
    assert window.property("shownId") != "v1" or window.property("shownReady")
    assert any(item == "v1" for item, _problem in player.player.problems)
