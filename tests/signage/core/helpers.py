"""Shared pieces for the signage core tests: a settable clock, a list sink, strategies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from signage.core import (
    JST,
    Daypart,
    Item,
    ItemKind,
    Playlist,
    PlaylistLayer,
    PlayRecord,
    Schedule,
    Weekday,
    When,
)

BASE_DAY = date(2026, 11, 27)  # a Friday, with a month end close by


def jst(*args: int) -> datetime:
    return datetime(*args, tzinfo=JST)


@dataclass
class FakeClock:
    """A wall clock and a monotonic clock that tests move by hand; the wall clock can jump."""

    start: datetime
    mono: float = 1000.0
    offset: timedelta = field(default_factory=timedelta)

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.mono - 1000.0) + self.offset

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.mono += seconds

    def jump(self, delta: timedelta) -> None:
        self.offset += delta


@dataclass
class ListSink:
    """Keeps every proof-of-play record in a list."""

    records: list[PlayRecord] = field(default_factory=list)

    def record(self, entry: PlayRecord) -> None:
        self.records.append(entry)


def text_item(item_id: str, seconds: float = 10.0, **kwargs: object) -> Item:
    return Item(id=item_id, kind=ItemKind.TEXT, duration_s=seconds, text=item_id, **kwargs)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@st.composite
def dayparts(draw: st.DrawFn) -> Daypart:
    start = draw(st.integers(0, 95)) * 15
    end = draw(st.integers(1, 96)) * 15
    if end == start:
        end = (start + 60) % (24 * 60) or 24 * 60
    return Daypart(start=hhmm(start), end=hhmm(end))


@st.composite
def whens(draw: st.DrawFn) -> When:
    valid_from = valid_until = None
    if draw(st.booleans()):
        day = BASE_DAY + timedelta(days=draw(st.integers(-3, 5)))
        if draw(st.booleans()):
            valid_from = day.isoformat()
        else:
            valid_from = f"{day.isoformat()}T{hhmm(draw(st.integers(0, 95)) * 15)}"
    if draw(st.booleans()):
        day = BASE_DAY + timedelta(days=draw(st.integers(-1, 7)))
        valid_until = day.isoformat()
        if valid_from is not None and valid_until[:10] < valid_from[:10]:
            valid_until = None
    days = tuple(draw(st.sets(st.sampled_from(list(Weekday)), max_size=4)))
    parts = tuple(draw(st.lists(dayparts(), max_size=2)))
    return When(valid_from=valid_from, valid_until=valid_until, days=days, dayparts=parts)


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    playlists = []
    count = draw(st.integers(0, 5))
    share_left = 1.0
    next_id = 0
    for index in range(count):
        layer = draw(st.sampled_from(list(PlaylistLayer)))
        when = draw(whens()) if draw(st.booleans()) else When()
        if layer is PlaylistLayer.DAYPART and not when.dayparts:
            when = When(
                valid_from=when.valid_from,
                valid_until=when.valid_until,
                days=when.days,
                dayparts=(draw(dayparts()),),
            )
        items = []
        for _ in range(draw(st.integers(1, 4))):
            next_id += 1
            item_when = draw(whens()) if draw(st.integers(0, 3)) == 0 else When()
            seconds = draw(st.integers(2, 240)) / 2
            items.append(text_item(f"i{next_id}", seconds, when=item_when))
        share = None
        if layer is PlaylistLayer.INTERRUPT:
            if share_left < 0.05:
                continue
            share = draw(st.integers(1, 20)) / 100
            share_left -= share
        playlists.append(Playlist(f"p{index}", layer, tuple(items), when=when, share=share))
    return Schedule(tuple(playlists))


def moments(days: int = 4) -> st.SearchStrategy[datetime]:
    start = jst(BASE_DAY.year, BASE_DAY.month, BASE_DAY.day) - timedelta(days=1)
    return st.integers(0, days * 86_400 * 10 - 1).map(
        lambda tenths: start + timedelta(seconds=tenths / 10)
    )
