"""What the terms screen states: the fees, the opening hours and the days closed, as values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

MonthDay = tuple[int, int]


@dataclass(frozen=True)
class OpeningHours:
    """The daily window ('6:30', '23:00'; both '' round the clock) and runs of closed days."""

    opens: str
    closes: str
    closed: tuple[tuple[MonthDay, MonthDay], ...]

    @classmethod
    def from_config(cls, hours: str, closed_days: tuple[str, ...]) -> OpeningHours:
        """From ``[certificates]`` text: '06:30-23:00' and month-days ('12-29', …)."""
        start, end = hours.split("-")
        if (start, end) == ("00:00", "24:00"):
            start = end = ""
        days = sorted({(int(d[:2]), int(d[3:])) for d in closed_days})
        return cls(_clock(start), _clock(end), closed_runs(days))


def _clock(hhmm: str) -> str:
    return f"{int(hhmm[:2])}:{hhmm[3:]}" if hhmm else ""


def _next_day(day: MonthDay) -> MonthDay:
    following = dt.date(2024, *day) + dt.timedelta(days=1)  # a leap year: 02-29 is a day
    return following.month, following.day


def closed_runs(days: list[MonthDay]) -> tuple[tuple[MonthDay, MonthDay], ...]:
    """Sorted month-days as runs of consecutive days; a run may wrap over the new year."""
    runs: list[list[MonthDay]] = []
    for day in days:
        if runs and _next_day(runs[-1][1]) == day:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    if len(runs) > 1 and runs[-1][1] == (12, 31) and runs[0][0] == (1, 1):
        first = runs.pop(0)
        runs[-1][1] = first[1]  # 12-29 … 01-03 is one run over the new year
    return tuple((start, end) for start, end in runs)


def month_day(day: MonthDay, language: str) -> str:
    """A month-day as a reader of ``language`` writes it (12月29日, 29 December, 29/12)."""
    month, number = day
    if language in ("ja", "ja-easy", "zh-Hans"):
        return f"{month}月{number}日"
    if language == "ko":
        return f"{month}월 {number}일"
    if language == "en":
        return f"{number} {_EN_MONTHS[month - 1]}"
    return f"{number:02d}/{month:02d}"


def fee_range(fees: list[int]) -> tuple[int, int] | None:
    """The lowest and highest fee per copy (None when the city's list has not arrived)."""
    return (min(fees), max(fees)) if fees else None
