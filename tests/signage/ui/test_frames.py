"""The main zone shows an item fully drawn in every presented frame, in either orientation;
the frame judge catches a gap of any colour, the player's own navy included."""

from __future__ import annotations

import os

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem

from content.config.model import Orientation
from shared_qt.qr_images import QrImageProvider
from signage.app import Content, Player
from signage.core import schedule_from_data
from signage.frames import (
    FrameJudge,
    FrameWatch,
    child_named,
    item_rect,
    main_zone,
    one_slot_window,
    reference_frames,
)
from signage.tour import is_black, shown_kind, wait_until
from signage.ui.qt_player import item_data

from .conftest import loop_schedule, mixed_items, write_poster

NAVY = "#14324F"


def _image(colour: str, w: int = 320, h: int = 180) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def _watch(player: Player, content: Content) -> tuple[FrameWatch, dict[str, QImage]]:
    """References of every item of ``content`` and a watch on the player's frames."""
    window = player.window
    assert wait_until(
        lambda: (
            shown_kind(player) != "" and item_rect(window, "mainZone").width() == window.width()
        ),
        10,
    )
    zone = item_rect(window, "mainZone")
    items = {
        item.id: item_data(item, content.asset) for item in content.schedule.playlists[0].items
    }
    references = reference_frames(
        player.engine,
        items,
        (zone.width(), zone.height()),
        portrait=bool(window.property("portrait")),
    )
    clock = item_rect(window, "clock")
    mask = QRect(clock.right() - 2 * clock.width(), 0, 2 * clock.width() + 8, clock.bottom() + 8)
    judge = FrameJudge(references, zone, [mask])
    return FrameWatch(window, judge, lambda: window.property("shownReady")), references


def _durations(content: Content) -> dict[str, float]:
    return {item.id: item.duration_s for item in content.schedule.playlists[0].items}


def test_a_frame_matches_only_an_item_fully_drawn() -> None:
    poster = _image("#2E7D32")
    painter = QPainter(poster)
    painter.fillRect(40, 40, 120, 60, QColor("#FFE08A"))
    painter.end()
    text = _image("#0B4F8A")
    painter = QPainter(text)
    painter.fillRect(20, 20, 200, 30, QColor("white"))
    painter.end()
    clock = QRect(260, 0, 60, 24)
    judge = FrameJudge({"poster": poster, "text": text}, QRect(0, 0, 320, 180), [clock])
    assert judge.match(poster) == "poster"
    assert judge.match(text) == "text"
    # the clock changing over an item is not a gap
    ticking = text.copy()
    painter = QPainter(ticking)
    painter.fillRect(clock, QColor("black"))
    painter.end()
    assert judge.match(ticking) == "text"
    # the window's navy, a slot's bare background, a half-drawn picture: gaps, none of them black
    half = poster.copy()
    painter = QPainter(half)
    painter.fillRect(0, 90, 320, 90, QColor("#0E2236"))
    painter.end()
    for gap in (_image(NAVY), _image("#0E2236"), _image("#F4F1EA"), half):
        assert not is_black(gap)
        assert judge.match(gap) is None
    assert judge.match(_image("#000000")) is None


def test_no_gap_across_50_transitions(make_player, content) -> None:
    player = make_player(content, rate=10.0)
    watch, _references = _watch(player, content)
    assert wait_until(lambda: watch.changes() >= 50, 60, step_ms=10), watch.changes()
    watch.stop()
    report = watch.report(_durations(content), rate=10.0)
    assert report.transitions >= 50
    assert report.frames > report.transitions
    assert report.gap_frames == 0, report.summary()
    assert report.longest_gap_ms == 0
    assert player.qml_warnings == []


def test_portrait_plays_without_gaps(make_player, content) -> None:
    player = make_player(content, rate=10.0, orientation=Orientation.PORTRAIT)
    assert player.window.height() > player.window.width()
    assert player.window.property("portrait") is True
    watch, _references = _watch(player, content)
    assert wait_until(lambda: watch.changes() >= 8, 30, step_ms=10), watch.changes()
    watch.stop()
    assert watch.report(_durations(content), rate=10.0).gap_frames == 0
    assert player.qml_warnings == []


def test_landscape_is_wider_than_tall(make_player, content) -> None:
    player = make_player(content, size=None)
    assert player.window.width() > player.window.height()
    assert player.window.property("portrait") is False


def test_a_navy_gap_in_the_player_is_caught(make_player, content) -> None:
    """A player that lets its navy show between items — front slot still 'ready' — is caught."""
    player = make_player(content, rate=10.0)
    watch, _references = _watch(player, content)
    assert wait_until(lambda: watch.changes() >= 3, 20, step_ms=10)
    zone = child_named(player.window, "mainZone")
    assert zone is not None
    component = QQmlComponent(player.engine)
    component.setData(
        f'import QtQuick\nRectangle {{ anchors.fill: parent; z: 3; color: "{NAVY}" }}'.encode(),
        "",
    )
    cover = component.create()
    assert isinstance(cover, QQuickItem)
    before = len(watch.frames)
    cover.setParentItem(zone)  # the zone shows the window's navy, as a gap would
    assert wait_until(lambda: len(watch.frames) > before, 5, step_ms=5)
    QTimer.singleShot(150, cover.deleteLater)
    assert wait_until(lambda: watch.changes() >= 6, 20, step_ms=10)
    watch.stop()
    report = watch.report(_durations(content), rate=10.0)
    gaps = [f for f in watch.frames if not f.good]
    assert report.gap_frames >= 1
    assert all(f.ready for f in gaps)  # the player said ready: only the pictures tell
    assert report.longest_gap_ms >= 100


def test_a_one_slot_player_shows_its_gaps(qapp, tmp_path) -> None:
    """Switching a lone slot straight to the next item shows its bare background while the
    picture decodes: the judge counts those frames, and the longest gap is not zero."""
    write_poster(tmp_path / "pkg")
    poster = tmp_path / "pkg" / "assets" / "poster.png"
    # a photograph-sized poster of noise takes tens of milliseconds to decode, longer than a
    # frame, so the bare slot is presented while it loads (a flat colour decodes within one)
    noise = QImage(os.urandom(2400 * 1350 * 3), 2400, 1350, 2400 * 3, QImage.Format.Format_RGB888)
    assert noise.save(str(poster), "PNG", 100)
    content = Content(
        schedule_from_data(loop_schedule(mixed_items()), source="test"), tmp_path / "pkg"
    )
    items = [item_data(item, content.asset) for item in content.schedule.playlists[0].items]
    engine, window = one_slot_window({"qr": QrImageProvider}, (320, 180))
    try:
        references = reference_frames(engine, {i["id"]: i for i in items}, (320, 180))
        watch = FrameWatch(
            window, FrameJudge(references, QRect(0, 0, 320, 180)), lambda: window.property("ready")
        )
        # a new address each turn: nothing is in the pixmap cache to hide the decoding
        for turn in range(4):
            fresh = poster.with_name(f"poster{turn}.png")
            fresh.symlink_to(poster)
            window.setProperty("content", dict(items[2], source=fresh.as_uri()))
            assert wait_until(lambda: bool(window.property("ready")), 10)
            window.setProperty("content", items[0])
            assert wait_until(lambda: bool(watch.frames) and watch.frames[-1].item == "t1", 10)
        watch.stop()
        report = watch.report({i["id"]: 1.0 for i in items})
        assert report.gap_frames >= 1
        assert report.longest_gap_ms > 0
    finally:
        window.close()
        engine.deleteLater()
        qapp.processEvents()


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
    zone = main_zone(window)
    t1 = item_data(content.schedule.playlists[0].items[0], content.asset)
    references = reference_frames(player.engine, {"t1": t1}, (zone.width(), zone.height()))
    clock = item_rect(window, "clock")
    mask = QRect(clock.right() - 2 * clock.width(), 0, 2 * clock.width() + 8, clock.bottom() + 8)
    assert wait_until(lambda: player.player.current.get("id") == "v1", 10)
    watch = FrameWatch(
        window, FrameJudge(references, zone, [mask]), lambda: window.property("shownReady")
    )
    window.update()
    assert wait_until(lambda: player.player.current.get("id") != "v1", 10)
    watch.stop()
    assert watch.frames
    assert all(frame.item == "t1" and frame.good for frame in watch.frames)
    assert any(item == "v1" for item, _problem in player.player.problems)
