"""The frames a player window presents, each matched against the items it may show.

A frame is good only when the main zone shows one item fully drawn: it must match that item's
reference picture (the item drawn alone by the player's own slot, waited on until ready) and the
player must report its front slot ready. Anything else — the window's navy showing through, a
slot's background before its picture, half a picture — is a gap, whatever its colour.

Frames are read after each ``frameSwapped`` from what the window presented (the screen's copy of
the window), never rendered anew on demand.
"""

from __future__ import annotations

import itertools
import statistics
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageChops
from PySide6.QtCore import Property, QObject, QPointF, QRect, Qt, Slot
from PySide6.QtGui import QImage, QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickImageProvider, QQuickItem, QQuickWindow

from shared_qt.engine import build_engine
from signage.app import QML_DIR
from signage.tour import wait_until

# Frames are compared at 1/REDUCE of their size (box-filtered), channel by channel.
REDUCE = 4
# A sampled pixel differs when a channel is off by more than this.
TOLERANCE = 40
# A frame matches a reference when at most this share of its sampled pixels differ.
MISMATCH_SHARE = 0.01

# The player's window colour and its very slot, alone: references, and a one-slot player.
SLOT_QML = b"""
import QtQuick
import QtQuick.Window
import Signage
Window {
    property alias content: slot.content
    property alias portrait: slot.portrait
    readonly property bool ready: slot.ready
    color: "#14324F"
    ItemSlot { id: slot; anchors.fill: parent; inFront: true }
}
"""


def presented(window: QWindow) -> QImage:
    """The picture ``window`` last presented (the screen's copy, not a new rendering)."""
    screen = window.screen()
    return screen.grabWindow(window.winId()).toImage()


def sample(image: QImage) -> Image.Image:
    """``image`` as the reduced RGB picture frames are compared by."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    picture = Image.frombuffer(
        "RGB",
        (rgb.width(), rgb.height()),
        bytes(rgb.constBits()),
        "raw",
        "RGB",
        rgb.bytesPerLine(),
    )
    return picture.reduce(REDUCE)


def child_named(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The item called ``name`` in ``window``'s scene, or None."""
    pending = [window.contentItem()]
    while pending:
        item = pending.pop()
        if item.objectName() == name:
            return item
        pending.extend(item.childItems())
    return None


def item_rect(window: QQuickWindow, name: str) -> QRect:
    """Where the item called ``name`` lies in ``window`` (LookupError if it has none)."""
    item = child_named(window, name)
    if item is None:
        raise LookupError(f"no item {name!r} in the window")
    corner = item.mapToScene(QPointF(0, 0))
    return QRect(round(corner.x()), round(corner.y()), round(item.width()), round(item.height()))


def main_zone(window: QQuickWindow, timeout_s: float = 10.0) -> QRect:
    """The player's main zone once laid out at the window's size (the resize reaches the scene
    with the first expose); RuntimeError if it never is."""
    if not wait_until(
        lambda: item_rect(window, "mainZone").width() == window.width() > 0, timeout_s, step_ms=5
    ):
        raise RuntimeError("the player's window was never laid out at its size")
    return item_rect(window, "mainZone")


class FrameJudge:
    """Tells which reference a frame's main zone shows fully, or None for a gap."""

    def __init__(
        self,
        references: Mapping[str, QImage],
        zone: QRect,
        masks: Iterable[QRect] = (),
    ) -> None:
        self.zone = zone
        # Parts of the zone drawn over every item (the clock), in reduced coordinates.
        self._masks = [
            (
                (m.x() - zone.x()) // REDUCE,
                (m.y() - zone.y()) // REDUCE,
                -(-(m.right() + 1 - zone.x()) // REDUCE),
                -(-(m.bottom() + 1 - zone.y()) // REDUCE),
            )
            for m in masks
        ]
        self.references = {key: self._masked(sample(image)) for key, image in references.items()}
        self._last: str | None = None

    def _masked(self, picture: Image.Image) -> Image.Image:
        for box in self._masks:
            picture.paste((0, 0, 0), box)
        return picture

    def distance(self, frame: Image.Image, reference: Image.Image) -> float:
        """The share of sampled pixels where ``frame`` and ``reference`` differ."""
        if frame.size != reference.size:
            return 1.0
        red, green, blue = ImageChops.difference(frame, reference).split()
        largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
        histogram = largest.point(lambda v: 255 if v > TOLERANCE else 0).histogram()
        return histogram[255] / (frame.size[0] * frame.size[1])

    def match(self, window_frame: QImage) -> str | None:
        """The item whose reference the frame's main zone shows, or None."""
        frame = self._masked(sample(window_frame.copy(self.zone)))
        order = list(self.references)
        if self._last in self.references:
            order.remove(self._last)
            order.insert(0, self._last)
        for key in order:
            if self.distance(frame, self.references[key]) <= MISMATCH_SHARE:
                self._last = key
                return key
        return None


@dataclass
class Frame:
    """One presented frame: when (real seconds), what it matched and whether it was ready."""

    at: float
    item: str | None
    ready: bool

    @property
    def good(self) -> bool:
        """The frame shows an item fully drawn and the player said it was ready."""
        return self.item is not None and self.ready


@dataclass
class GapReport:
    """What a run of frames showed: gaps, the longest one and the timing of transitions."""

    frames: int
    gap_frames: int
    unmatched_frames: int
    unready_frames: int
    longest_gap_ms: float
    transitions: int
    timing_error_ms: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The report as JSON-ready figures."""
        errors = sorted(self.timing_error_ms)
        p95 = errors[min(len(errors) - 1, int(len(errors) * 0.95))] if errors else 0.0
        return {
            "frames": self.frames,
            "gap_frames": self.gap_frames,
            "unmatched_frames": self.unmatched_frames,
            "unready_frames": self.unready_frames,
            "longest_gap_ms": round(self.longest_gap_ms, 1),
            "transitions": self.transitions,
            "timing_error_ms_median": round(statistics.median(errors), 1) if errors else 0.0,
            "timing_error_ms_p95": round(p95, 1),
            "timing_error_ms_max": round(errors[-1], 1) if errors else 0.0,
        }


class FrameWatch(QObject):
    """Judges every frame ``window`` presents, from the first ``frameSwapped`` on."""

    def __init__(
        self,
        window: QQuickWindow,
        judge: FrameJudge,
        ready: Callable[[], bool],
        *,
        keep: Callable[[QImage, Frame], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.judge = judge
        self.ready = ready
        self.frames: list[Frame] = []
        self._keep = keep
        window.frameSwapped.connect(self._swapped, Qt.ConnectionType.DirectConnection)

    def _swapped(self) -> None:
        at = time.monotonic()
        image = presented(self.window)
        frame = Frame(at, self.judge.match(image), bool(self.ready()))
        self.frames.append(frame)
        if self._keep is not None:
            self._keep(image, frame)

    def stop(self) -> None:
        """Judge no more frames."""
        self.window.frameSwapped.disconnect(self._swapped)

    def changes(self) -> int:
        """How many times the matched item has changed so far."""
        shown = [f.item for f in self.frames if f.good]
        return sum(1 for a, b in itertools.pairwise(shown) if a != b)

    def report(self, durations: Mapping[str, float], rate: float = 1.0) -> GapReport:
        """Gaps and timing so far; ``durations`` are each item's clock seconds at ``rate``."""
        frames = self.frames
        longest, gap_since = 0.0, None
        for frame in frames:
            if not frame.good and gap_since is None:
                gap_since = frame.at
            elif frame.good and gap_since is not None:
                longest = max(longest, frame.at - gap_since)
                gap_since = None
        if gap_since is not None and frames:
            longest = max(longest, frames[-1].at - gap_since)
        # A transition is the first good frame of another item; the time between two is what
        # the earlier item was on screen, to compare with its scheduled duration.
        starts: list[tuple[float, str]] = []
        for frame in frames:
            if (
                frame.good
                and frame.item is not None
                and (not starts or starts[-1][1] != frame.item)
            ):
                starts.append((frame.at, frame.item))
        errors = [
            abs((later - at) - durations[item] / rate) * 1000
            for (at, item), (later, _next) in itertools.pairwise(starts)
            if item in durations
        ]
        # The first item came up before watching began: its time on screen is not whole.
        errors = errors[1:]
        return GapReport(
            frames=len(frames),
            gap_frames=sum(1 for f in frames if not f.good),
            unmatched_frames=sum(1 for f in frames if f.item is None),
            unready_frames=sum(1 for f in frames if not f.ready),
            longest_gap_ms=longest * 1000,
            transitions=max(0, len(starts) - 1),
            timing_error_ms=errors,
        )


def reference_frames(
    engine: QQmlApplicationEngine,
    items: Mapping[str, dict[str, Any]],
    size: tuple[int, int],
    *,
    portrait: bool | None = None,
    timeout_s: float = 20.0,
) -> dict[str, QImage]:
    """Each item drawn alone by the player's slot at ``size``, once ready; by item id.

    ``engine`` is the player's (its ``Signage`` module and ``App`` singleton); ``items`` is the
    content the player would hand its slots (``item_data``); ``portrait`` is the player's
    layout (by default, taller than wide).
    """
    if min(size) <= 0:
        raise ValueError(f"a reference needs a size, not {size}")
    engine.loadData(SLOT_QML)
    window = engine.rootObjects()[-1]
    assert isinstance(window, QQuickWindow)
    window.setProperty("portrait", size[1] > size[0] if portrait is None else portrait)
    window.resize(*size)
    window.show()
    swaps = {"n": 0}

    def swapped() -> None:
        swaps["n"] += 1

    window.frameSwapped.connect(swapped, Qt.ConnectionType.DirectConnection)
    out: dict[str, QImage] = {}
    try:
        for key, content in items.items():
            window.setProperty("content", content)
            if not wait_until(
                lambda: bool(window.property("ready")) and window.contentItem().width() == size[0],
                timeout_s,
                step_ms=5,
            ):
                raise RuntimeError(f"item {key} never became ready for its reference")
            # Two more presented frames: the ready picture is on screen and nothing is pending.
            for _ in range(2):
                seen = swaps["n"]
                window.update()
                wait_until(lambda seen=seen: swaps["n"] > seen, 2, step_ms=5)  # type: ignore[misc]
            image = presented(window)
            if (image.width(), image.height()) != size:
                raise RuntimeError(f"the reference of {key} came out {image.size()}, not {size}")
            out[key] = image
    finally:
        window.frameSwapped.disconnect(swapped)
        window.close()
        window.deleteLater()
    return out


class SlotHost(QObject):
    """What a slot asks of ``App.player`` when no player drives it: a name, a problem sink."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: list[tuple[str, str]] = []

    @Property(str, constant=True)
    def city(self) -> str:
        """The idle face's name (empty: a one-slot window shows items, not the idle face)."""
        return ""

    @Slot(str, str)
    def reportProblem(self, item_id: str, problem: str) -> None:  # noqa: N802 (a QML slot)
        """A slot could not show ``item_id``."""
        self.problems.append((item_id, problem))


def one_slot_window(
    images: Mapping[str, Callable[[], QQuickImageProvider]],
    size: tuple[int, int],
) -> tuple[QQmlApplicationEngine, QQuickWindow]:
    """The player's slot alone in a window of the player's colour, shown; its ``content`` is
    set from outside (a naive player switches it straight to the next item)."""
    engine, _warnings = build_engine([QML_DIR], images)
    host = SlotHost(engine)
    engine.singletonInstance("Signage", "App").setProperty("player", host)
    engine.loadData(SLOT_QML)
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    window.resize(*size)
    window.show()
    return engine, window
