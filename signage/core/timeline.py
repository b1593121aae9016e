"""What plays when: the schedule laid out as a deterministic timeline in Japan time."""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from signage.core.clock import to_jst
from signage.core.model import DAY, Item, Layer, PlaylistLayer, Schedule, When

HOUR = timedelta(hours=1)
_LOWER = (PlaylistLayer.CAMPAIGN, PlaylistLayer.DAYPART, PlaylistLayer.DEFAULT)
_CACHED_DAYS = 8


@dataclass(frozen=True)
class Segment:
    """A stretch of time in one day with one layer and one fixed list of items looping in order.

    The loop starts at ``items[first]`` at ``start``, plays whole items back to back and is cut
    at ``end`` (the last item may be shortened so the next segment starts on time).
    """

    start: datetime
    end: datetime
    layer: Layer
    items: tuple[Item, ...]
    first: int
    cycle: timedelta = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        total = sum((item.duration for item in self.items), timedelta())
        object.__setattr__(self, "cycle", total)

    def item(self, position: int) -> Item:
        """The item played ``position`` items after the segment's start."""
        return self.items[(self.first + position) % len(self.items)]

    def slot_at(self, moment: datetime) -> Slot:
        """The planned slot covering ``moment``, which must lie inside the segment."""
        t = to_jst(moment)
        if not self.start <= t < self.end:
            raise ValueError("moment lies outside the segment")
        cycles, rest = divmod(t - self.start, self.cycle)
        begin = self.start + cycles * self.cycle
        position = cycles * len(self.items)
        while rest >= self.item(position).duration:
            rest -= self.item(position).duration
            begin += self.item(position).duration
            position += 1
        item = self.item(position)
        return Slot(item, self.layer, begin, min(begin + item.duration, self.end), self, position)


@dataclass(frozen=True)
class Slot:
    """One planned showing: ``item`` from ``start`` to ``end`` in ``segment`` at ``position``."""

    item: Item
    layer: Layer
    start: datetime
    end: datetime
    segment: Segment = field(repr=False)
    position: int

    @property
    def truncated(self) -> bool:
        """True when the segment's end cuts this showing short."""
        return self.end - self.start < self.item.duration


@dataclass(frozen=True)
class _Entry:
    """One item of one playlist with the two windows that must both cover it."""

    layer: PlaylistLayer
    playlist_when: When
    item: Item
    share: float

    def covers(self, moment: datetime) -> bool:
        return self.playlist_when.covers(moment) and self.item.when.covers(moment)


class Timeline:
    """The schedule as a pure function of time: the same answer for the same moment, always.

    Rules, in Japan time (no daylight saving, so every day has 24 hours):

    * Each hour begins with the interrupt block: every interrupt playlist with an item valid at
      the top of the hour adds its ``share`` × 60 minutes; its valid items loop from the first.
    * Otherwise the highest of campaign > daypart > default with a valid item plays all its
      valid items (playlist order, then item order); with none, the fallback item plays.
    * A segment lasts while that choice stays the same and never crosses midnight. A segment
      starts with the item that an unbroken loop anchored at midnight would be showing, so a
      loop longer than a campaign's break is not restarted from its first item every time.
    """

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self._entries = tuple(
            _Entry(playlist.layer, playlist.when, item, playlist.share or 0.0)
            for playlist in schedule.playlists
            for item in playlist.items
        )
        self._whens = {playlist.when for playlist in schedule.playlists} | {
            entry.item.when for entry in self._entries
        }
        self._days: OrderedDict[datetime, tuple[Segment, ...]] = OrderedDict()

    def segment_at(self, moment: datetime) -> Segment:
        """The segment containing ``moment``."""
        t = to_jst(moment)
        segments = self._day(t.replace(hour=0, minute=0, second=0, microsecond=0))
        index = bisect.bisect_right([s.start for s in segments], t) - 1
        return segments[index]

    def slot_at(self, moment: datetime) -> Slot:
        """Preview: what plays at ``moment`` (any past or future time)."""
        return self.segment_at(moment).slot_at(moment)

    def slots(self, start: datetime, end: datetime) -> Iterator[Slot]:
        """Preview: the planned slots from the one covering ``start`` up to ``end``."""
        t = to_jst(start)
        stop = to_jst(end)
        while t < stop:
            slot = self.slot_at(t)
            yield slot
            t = slot.end

    def _day(self, midnight: datetime) -> tuple[Segment, ...]:
        cached = self._days.get(midnight)
        if cached is not None:
            self._days.move_to_end(midnight)
            return cached
        segments = self._plan(midnight)
        self._days[midnight] = segments
        while len(self._days) > _CACHED_DAYS:
            self._days.popitem(last=False)
        return segments

    def _plan(self, midnight: datetime) -> tuple[Segment, ...]:
        points = {midnight + hour * HOUR for hour in range(24)}
        for when in self._whens:
            points |= when.edges(midnight)
        block_ends = {}
        for hour in range(24):
            top = midnight + hour * HOUR
            share = self._share_at(top)
            block_ends[top] = top + min(HOUR, timedelta(seconds=round(share * 3600, 6)))
            points.add(block_ends[top])
        ordered = sorted(p for p in points if midnight <= p < midnight + DAY)
        runs: list[tuple[datetime, tuple[Layer, tuple[Item, ...], datetime | None]]] = []
        for point in ordered:
            top = point.replace(minute=0, second=0, microsecond=0)
            signature = self._signature(point, top, block_ends[top])
            if not runs or runs[-1][1] != signature:
                runs.append((point, signature))
        segments = []
        for index, (start, (layer, items, _hour)) in enumerate(runs):
            end = runs[index + 1][0] if index + 1 < len(runs) else midnight + DAY
            first = 0 if layer is Layer.INTERRUPT else _anchored(items, start - midnight)
            segments.append(Segment(start, end, layer, items, first))
        return tuple(segments)

    def _share_at(self, top: datetime) -> float:
        """The share of the hour starting at ``top`` that interrupt playlists take."""
        return sum(
            playlist.share or 0.0
            for playlist in self.schedule.playlists
            if playlist.layer is PlaylistLayer.INTERRUPT
            and playlist.when.covers(top)
            and any(item.when.covers(top) for item in playlist.items)
        )

    def _signature(
        self, point: datetime, top: datetime, block_end: datetime
    ) -> tuple[Layer, tuple[Item, ...], datetime | None]:
        if point < block_end:
            items = self._valid(PlaylistLayer.INTERRUPT, point)
            if items:
                return (Layer.INTERRUPT, items, top)
        for layer in _LOWER:
            items = self._valid(layer, point)
            if items:
                return (layer.layer, items, None)
        return (Layer.IDLE, (self.schedule.fallback,), None)

    def _valid(self, layer: PlaylistLayer, moment: datetime) -> tuple[Item, ...]:
        return tuple(e.item for e in self._entries if e.layer is layer and e.covers(moment))


def _anchored(items: tuple[Item, ...], since_midnight: timedelta) -> int:
    """Index of the item an unbroken loop started at midnight would be showing."""
    cycle = sum((item.duration for item in items), timedelta())
    rest = since_midnight % cycle
    for index, item in enumerate(items):
        if rest < item.duration:
            return index
        rest -= item.duration
    return 0
