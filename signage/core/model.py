"""The loop's data: items, when they may play, playlists in priority layers, and the schedule."""

from __future__ import annotations

import enum
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from content.config.schema import ConfigError, FieldError, Problem, build, require
from signage.core.clock import JST, to_jst

DAY = timedelta(days=1)
MIN_DURATION_S = 1.0
MAX_DURATION_S = 86_400.0
_HHMM = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")


class ItemKind(enum.Enum):
    """What an item shows; ``idle`` is the player's own face (clock and city name)."""

    IMAGE = "image"
    TEXT = "text"
    QR = "qr"
    VIDEO = "video"
    IDLE = "idle"


class Layer(enum.IntEnum):
    """Priority layers, lowest first; a higher layer with something to play wins."""

    IDLE = 0
    DEFAULT = 1
    DAYPART = 2
    CAMPAIGN = 3
    INTERRUPT = 4
    EMERGENCY = 5


class PlaylistLayer(enum.Enum):
    """The layers a playlist can sit in (emergencies come from the emergency layer instead)."""

    DEFAULT = "default"
    DAYPART = "daypart"
    CAMPAIGN = "campaign"
    INTERRUPT = "interrupt"

    @property
    def layer(self) -> Layer:
        """The priority layer this playlist layer stands for."""
        return Layer[self.name]


class Weekday(enum.Enum):
    """A day of the week, as ``datetime.weekday()`` numbers them (Monday = 0)."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @property
    def number(self) -> int:
        """0 for Monday … 6 for Sunday."""
        return list(Weekday).index(self)


def _minutes(text: str, field_name: str) -> int:
    match = _HHMM.match(text)
    if match is None:  # nothing below can go on without the time
        raise FieldError(field_name, f"expected a time HH:MM, got {text!r}")
    hours, minutes = int(match.group(1)), int(match.group(2))
    require(hours < 24 or minutes == 0, field_name, f"expected a time up to 24:00, got {text!r}")
    return hours * 60 + minutes


@dataclass(frozen=True)
class Daypart:
    """A daily time window ``start``–``end`` (HH:MM, Japan time); ending at or before its start
    means it runs past midnight into the next day (22:00–02:00)."""

    start: str
    end: str
    name: str = ""
    start_offset: timedelta = field(init=False, repr=False, compare=False)
    end_offset: timedelta = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        start = _minutes(self.start, "start")
        end = _minutes(self.end, "end")
        require(start < 24 * 60, "start", "a daypart cannot start at 24:00")
        require(end != start, "end", "a daypart must not end where it starts")
        object.__setattr__(self, "start_offset", timedelta(minutes=start))
        object.__setattr__(self, "end_offset", timedelta(minutes=end))

    @property
    def crosses_midnight(self) -> bool:
        """True when the window runs past midnight into the next day."""
        return self.end_offset <= self.start_offset


def _instant(text: str, field_name: str, *, until: bool) -> datetime:
    """An ISO date (whole day, inclusive) or datetime (naive = Japan time) as an instant."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            start = datetime(day.year, day.month, day.day, tzinfo=JST)
            return start + DAY if until else start
        return to_jst(datetime.fromisoformat(text))
    except ValueError:
        raise FieldError(
            field_name, f"expected an ISO date or date and time, got {text!r}"
        ) from None


@dataclass(frozen=True)
class When:
    """When something may play: validity dates, days of the week and dayparts (all Japan time).

    ``valid_from`` and ``valid_until`` take an ISO date (a whole day, both ends inclusive) or
    an ISO date and time (``valid_until`` then excludes that instant). Empty ``days`` means
    every day; empty ``dayparts`` means all day. A daypart running past midnight belongs to
    the day it starts on: ``days=["fri"]`` with 22:00–02:00 covers Saturday 00:00–02:00 too.
    """

    valid_from: str | None = None
    valid_until: str | None = None
    days: tuple[Weekday, ...] = ()
    dayparts: tuple[Daypart, ...] = ()
    start: datetime | None = field(init=False, repr=False, compare=False)
    stop: datetime | None = field(init=False, repr=False, compare=False)
    day_numbers: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        start = (
            None
            if self.valid_from is None
            else _instant(self.valid_from, "valid_from", until=False)
        )
        stop = (
            None
            if self.valid_until is None
            else _instant(self.valid_until, "valid_until", until=True)
        )
        if start is not None and stop is not None:
            require(stop > start, "valid_until", "must come after valid_from")
        object.__setattr__(self, "days", tuple(self.days))
        object.__setattr__(self, "dayparts", tuple(self.dayparts))
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "stop", stop)
        numbers = {d.number for d in self.days} if self.days else set(range(7))
        object.__setattr__(self, "day_numbers", frozenset(numbers))

    def covers(self, moment: datetime) -> bool:
        """True when ``moment`` (any timezone) falls inside this window."""
        t = to_jst(moment)
        if self.start is not None and t < self.start:
            return False
        if self.stop is not None and t >= self.stop:
            return False
        midnight = t.replace(hour=0, minute=0, second=0, microsecond=0)
        weekday = t.weekday()
        if not self.dayparts:
            return weekday in self.day_numbers
        into_day = t - midnight
        for part in self.dayparts:
            if part.crosses_midnight:
                if into_day >= part.start_offset and weekday in self.day_numbers:
                    return True
                if into_day < part.end_offset and (weekday - 1) % 7 in self.day_numbers:
                    return True
            elif part.start_offset <= into_day < part.end_offset and weekday in self.day_numbers:
                return True
        return False

    def edges(self, midnight: datetime) -> set[datetime]:
        """Every instant in the day starting at ``midnight`` where :meth:`covers` may change."""
        found = {
            edge
            for edge in (self.start, self.stop)
            if edge is not None and midnight <= edge < midnight + DAY
        }
        for part in self.dayparts:
            found.add(midnight + part.start_offset)
            if part.end_offset < DAY:
                found.add(midnight + part.end_offset)
        return found


ALWAYS = When()


@dataclass(frozen=True)
class Item:
    """One thing the loop shows for ``duration_s`` seconds, with optional LED board text.

    ``image`` and ``video`` name an ``asset`` in the content package; ``text`` shows ``text``;
    ``qr`` shows a QR code for ``url`` with ``text`` as its caption; ``idle`` is the player's
    own face. ``when`` narrows the playlist's own window for this item.
    """

    id: str
    kind: ItemKind
    duration_s: float
    title: str = ""
    asset: str | None = None
    text: str | None = None
    url: str | None = None
    led_text: str | None = None
    when: When = ALWAYS
    duration: timedelta = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        require(bool(self.id.strip()), "id", "must not be empty")
        require(
            math.isfinite(self.duration_s) and MIN_DURATION_S <= self.duration_s <= MAX_DURATION_S,
            "duration_s",
            f"expected seconds between {MIN_DURATION_S:g} and {MAX_DURATION_S:g}",
        )
        if self.kind in (ItemKind.IMAGE, ItemKind.VIDEO):
            require(bool(self.asset), "asset", f"a {self.kind.value} item needs an asset")
            asset = self.asset or ""
            require(
                not asset.startswith("/") and ".." not in asset.split("/"),
                "asset",
                "must be a path inside the content package",
            )
        if self.kind is ItemKind.TEXT:
            require(bool(self.text and self.text.strip()), "text", "a text slide needs text")
        if self.kind is ItemKind.QR:
            url = self.url or ""
            require(
                url.startswith(("https://", "http://")), "url", "a QR slide needs an http(s) URL"
            )
        if self.led_text is not None:
            require(bool(self.led_text.strip()), "led_text", "must not be blank when given")
        object.__setattr__(self, "duration", timedelta(seconds=self.duration_s))


IDLE_ITEM = Item(id="idle", kind=ItemKind.IDLE, duration_s=60.0, title="idle")


@dataclass(frozen=True)
class Playlist:
    """Items looping in order in one layer; an ``interrupt`` playlist takes ``share`` of each
    hour (0 < share ≤ 1), played at the top of the hour."""

    id: str
    layer: PlaylistLayer
    items: tuple[Item, ...]
    when: When = ALWAYS
    share: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))
        require(bool(self.id.strip()), "id", "must not be empty")
        require(bool(self.items), "items", "a playlist needs at least one item")
        ids = [item.id for item in self.items]
        for index, item_id in enumerate(ids):
            require(
                ids.index(item_id) == index,
                f"items[{index}].id",
                f"item id {item_id!r} appears twice in this playlist",
            )
        if self.layer is PlaylistLayer.INTERRUPT:
            share = self.share
            require(
                share is not None and math.isfinite(share) and 0 < share <= 1,
                "share",
                "an interrupt playlist needs a share of each hour between 0 and 1",
            )
        else:
            require(self.share is None, "share", "only interrupt playlists take a share")
        if self.layer is PlaylistLayer.DAYPART:
            require(
                bool(self.when.dayparts) or all(item.when.dayparts for item in self.items),
                "when.dayparts",
                "a daypart playlist needs dayparts",
            )


@dataclass(frozen=True)
class Schedule:
    """Every playlist of a screen plus the fallback item shown when nothing else may play."""

    playlists: tuple[Playlist, ...] = ()
    fallback: Item = IDLE_ITEM

    def __post_init__(self) -> None:
        object.__setattr__(self, "playlists", tuple(self.playlists))
        seen: dict[str, int] = {}
        items: dict[str, Item] = {}
        share = 0.0
        for index, playlist in enumerate(self.playlists):
            require(
                playlist.id not in seen,
                f"playlists[{index}].id",
                f"playlist id {playlist.id!r} is already used",
            )
            seen[playlist.id] = index
            share += playlist.share or 0.0
            for number, item in enumerate(playlist.items):
                known = items.setdefault(item.id, item)
                require(
                    known == item,
                    f"playlists[{index}].items[{number}].id",
                    f"item id {item.id!r} names a different item elsewhere",
                )
        require(share <= 1.0 + 1e-9, "playlists", "interrupt shares add up to more than 1")
        require(self.fallback.when == ALWAYS, "fallback.when", "the fallback item plays any time")


def schedule_from_data(data: Any, *, source: str) -> Schedule:
    """Validate parsed JSON into a :class:`Schedule`; raise ``ConfigError`` naming key paths."""
    return build(Schedule, data, source=source)


def schedule_from_json(text: str, *, source: str) -> Schedule:
    """Parse and validate schedule JSON; bad JSON is a ``ConfigError`` too."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        problem = Problem("", f"not valid JSON: {err.msg} at line {err.lineno}")
        raise ConfigError(source, [problem]) from err
    return schedule_from_data(data, source=source)
