"""Proof of play: a record for every showing, handed to a sink, and summed into reports."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from content.config.schema import ConfigError, FieldError, Problem, build, require
from signage.core.clock import to_jst


@dataclass(frozen=True)
class PlayRecord:
    """``item_id`` (of ``kind``, in ``layer``) was on ``screen`` from ``started_at`` to
    ``ended_at`` (aware datetimes, Japan time).

    ``continued`` marks the rest of a showing resumed after an emergency (not a new showing);
    ``clock_jumped`` marks a record during which the wall clock jumped, so its times follow the
    clock as it was at the start and its length is measured on the monotonic clock.
    """

    screen: str
    item_id: str
    kind: str
    layer: str
    started_at: datetime
    ended_at: datetime
    continued: bool = False
    clock_jumped: bool = False

    def __post_init__(self) -> None:
        require(self.started_at.tzinfo is not None, "started_at", "must carry a timezone")
        require(self.ended_at >= self.started_at, "ended_at", "must not come before started_at")

    @property
    def seconds(self) -> float:
        """How long the item was shown."""
        return (self.ended_at - self.started_at).total_seconds()

    def to_data(self) -> dict[str, Any]:
        """The record as plain JSON-ready data (for the outbox)."""
        return {
            "screen": self.screen,
            "item_id": self.item_id,
            "kind": self.kind,
            "layer": self.layer,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat(),
            "continued": self.continued,
            "clock_jumped": self.clock_jumped,
        }


@dataclass(frozen=True)
class _RecordData:
    """The JSON shape of a :class:`PlayRecord`."""

    screen: str
    item_id: str
    kind: str
    layer: str
    started_at: str
    ended_at: str
    continued: bool = False
    clock_jumped: bool = False

    def __post_init__(self) -> None:
        for name in ("started_at", "ended_at"):
            try:
                moment = datetime.fromisoformat(getattr(self, name))
            except ValueError:
                raise FieldError(name, "expected an ISO date and time") from None
            require(moment.tzinfo is not None, name, "must carry a timezone offset")


def record_from_data(data: Mapping[str, Any], *, source: str) -> PlayRecord:
    """Validate plain data (as stored by the outbox) back into a :class:`PlayRecord`."""
    shape = build(_RecordData, data, source=source)
    started = datetime.fromisoformat(shape.started_at)
    ended = datetime.fromisoformat(shape.ended_at)
    if ended < started:
        raise ConfigError(source, [Problem("ended_at", "must not come before started_at")])
    return PlayRecord(
        shape.screen,
        shape.item_id,
        shape.kind,
        shape.layer,
        to_jst(started),
        to_jst(ended),
        shape.continued,
        shape.clock_jumped,
    )


class PlaySink(Protocol):
    """Where proof-of-play records go (the terminal stores them and sends them via the outbox)."""

    def record(self, entry: PlayRecord) -> None:
        """Keep one record; called once per showing, in the order showings end."""
        ...


class Period(enum.Enum):
    """How a report groups showings: by Japan-time calendar day or month."""

    DAY = "day"
    MONTH = "month"

    def key(self, moment: datetime) -> str:
        """The period containing ``moment``: ``2026-11-22`` or ``2026-11``."""
        t = to_jst(moment)
        return t.strftime("%Y-%m-%d" if self is Period.DAY else "%Y-%m")


@dataclass(frozen=True)
class ReportRow:
    """情報発信数 of one item on one screen in one period: showings and seconds shown."""

    period: str
    screen: str
    item_id: str
    showings: int
    seconds: float


@dataclass(frozen=True)
class PeriodTotal:
    """情報発信数 of all items on all screens in one period."""

    period: str
    showings: int
    seconds: float


@dataclass(frozen=True)
class PlayReport:
    """A 情報発信数 report: rows per (period, screen, item) and totals per period, sorted."""

    period: Period
    rows: tuple[ReportRow, ...]
    totals: tuple[PeriodTotal, ...]


def summarize(records: Iterable[PlayRecord], period: Period) -> PlayReport:
    """Sum records into a 情報発信数 report.

    A showing counts once, in the period where it started (Japan time); the continuation of a
    showing resumed after an emergency adds its seconds but not another showing. Emergency
    messages count like any other item (their ``item_id`` is the message id).
    """
    rows: dict[tuple[str, str, str], tuple[int, timedelta]] = {}
    for entry in records:
        key = (period.key(entry.started_at), entry.screen, entry.item_id)
        showings, length = rows.get(key, (0, timedelta()))
        rows[key] = (
            showings + (0 if entry.continued else 1),
            length + (entry.ended_at - entry.started_at),
        )
    report_rows = tuple(
        ReportRow(p, screen, item, showings, length.total_seconds())
        for (p, screen, item), (showings, length) in sorted(rows.items())
    )
    totals: dict[str, tuple[int, timedelta]] = {}
    for (p, _screen, _item), (showings, length) in rows.items():
        count, total = totals.get(p, (0, timedelta()))
        totals[p] = (count + showings, total + length)
    return PlayReport(
        period,
        report_rows,
        tuple(
            PeriodTotal(p, count, total.total_seconds())
            for p, (count, total) in sorted(totals.items())
        ),
    )
