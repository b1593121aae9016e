"""When a slot may be booked: the monthly cycle of lottery entries, draw, confirmation, first-come.

Every moment is Japan time (the city's), whatever the server's zone; a division is the half-open
range [start, end) of its day.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from content.booking.rules import Calendar, Division
from gateway.city_time import CITY_ZONE


class Phase(Enum):
    """Where a day of use stands in its calendar at a moment."""

    NOT_OPEN = "not_open"
    LOTTERY_ENTRY = "lottery_entry"
    LOTTERY = "lottery"  # entries closed: drawn, being confirmed, or waiting for the draw
    FIRST_COME = "first_come"
    CLOSED = "closed"


def _at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    midnight = dt.datetime.combine(day, dt.time(), CITY_ZONE)
    return midnight + dt.timedelta(hours=hours, minutes=minutes)


def division_range(day: dt.date, division: Division) -> tuple[int, int]:
    """The division's [start, end) on ``day`` in epoch seconds."""
    start = _at(day, division.start)
    end = _at(day, division.end)
    return int(start.timestamp()), int(end.timestamp())


def cycle_month(calendar: Calendar, use_month: dt.date) -> dt.date:
    """The first day of the month whose days run the cycle for ``use_month``'s first day."""
    index = use_month.year * 12 + use_month.month - 1 - calendar.months_ahead
    return dt.date(index // 12, index % 12 + 1, 1)


def _day_of(month: dt.date, day: int) -> dt.date:
    return month.replace(day=day)


def entry_window(calendar: Calendar, use_month: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
    """[opens, closes) of lottery entries for the month of use; None without a lottery."""
    if calendar.lottery is None:
        return None
    month = cycle_month(calendar, use_month)
    opens = _at(_day_of(month, calendar.lottery.entry_from_day), "00:00")
    closes = _at(_day_of(month, calendar.lottery.entry_to_day), "00:00") + dt.timedelta(days=1)
    return opens, closes


def draw_moment(calendar: Calendar, use_month: dt.date) -> dt.datetime | None:
    """The start of the draw day; None without a lottery."""
    if calendar.lottery is None:
        return None
    return _at(_day_of(cycle_month(calendar, use_month), calendar.lottery.draw_day), "00:00")


def confirm_deadline(calendar: Calendar, use_month: dt.date) -> dt.datetime | None:
    """The end of the day by which winners confirm; None without a lottery."""
    if calendar.lottery is None:
        return None
    day = _day_of(cycle_month(calendar, use_month), calendar.lottery.confirm_to_day)
    return _at(day, "00:00") + dt.timedelta(days=1)


def first_come_opens(calendar: Calendar, use_month: dt.date) -> dt.datetime:
    """When first-come booking opens for the month of use."""
    return _at(_day_of(cycle_month(calendar, use_month), calendar.first_come_from_day), "00:00")


def closes(calendar: Calendar, day: dt.date) -> dt.datetime:
    """When booking a day closes: ``closes_days_before`` at ``closes_at`` (then: the counter)."""
    return _at(day - dt.timedelta(days=calendar.closes_days_before), calendar.closes_at)


def phase(calendar: Calendar, day: dt.date, now: dt.datetime) -> Phase:
    """Where booking ``day`` stands at ``now``."""
    if now >= closes(calendar, day):
        return Phase.CLOSED
    month = day.replace(day=1)
    if now >= first_come_opens(calendar, month):
        return Phase.FIRST_COME
    window = entry_window(calendar, month)
    if window is None or now < window[0]:
        return Phase.NOT_OPEN
    return Phase.LOTTERY_ENTRY if now < window[1] else Phase.LOTTERY


def provisional_expiry(calendar: Calendar, day: dt.date, now: dt.datetime) -> dt.datetime:
    """When an unpaid first-come booking lapses: ``payment_days`` on, at the latest at closing."""
    return min(now + dt.timedelta(days=calendar.payment_days), closes(calendar, day))


def days_before(day: dt.date, now: dt.datetime) -> int:
    """Whole days from ``now``'s date (Japan time) to the day of use."""
    return (day - now.astimezone(CITY_ZONE).date()).days
