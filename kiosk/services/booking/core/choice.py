"""What the resident picked on the grid: one unit on one day, one or more of its divisions.

A booking is one unit, one day and its divisions, so a tap on another unit or day starts a new
choice; a tap on a picked cell drops it. Free cells make a booking, lottery cells a wish.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.services.booking.core.ports import Slot
from kiosk.services.booking.core.week import Cell, Week


@dataclass(frozen=True)
class Choice:
    """The cells picked, all of one unit, one day and one kind (booking or lottery wish)."""

    facility: str
    unit: str
    date: dt.date
    divisions: tuple[str, ...]
    lottery: bool = False

    @property
    def slot(self) -> Slot:
        """The slot to book or wish for."""
        return Slot(self.facility, self.unit, self.date, self.divisions)


def tap(choice: Choice | None, week: Week, cell: Cell) -> tuple[Choice | None, str]:
    """The choice after a tap on ``cell``, and a message key when the tap changed nothing.

    The key is empty when the tap picked or dropped the cell.
    """
    if not (cell.bookable or cell.wishable):
        return choice, f"booking.cell.{cell.state}"
    unit = week.unit(cell.unit)
    if unit is None:
        return choice, "booking.cell.not_open"
    order = [d.id for d in unit.divisions]
    same = (
        choice is not None
        and choice.unit == cell.unit
        and choice.date == cell.date
        and choice.lottery == cell.wishable
    )
    if not same or choice is None:
        return Choice(week.facility, cell.unit, cell.date, (cell.division,), cell.wishable), ""
    if cell.division in choice.divisions:
        left = tuple(d for d in choice.divisions if d != cell.division)
        return (
            Choice(choice.facility, choice.unit, choice.date, left, choice.lottery)
            if left
            else None
        ), ""
    picked = set(choice.divisions) | {cell.division}
    divisions = tuple(d for d in order if d in picked)
    return Choice(choice.facility, choice.unit, choice.date, divisions, choice.lottery), ""


def still_open(choice: Choice, week: Week) -> list[str]:
    """The picked divisions no longer free (or open for wishes) in a newer ``week``."""
    unit = week.unit(choice.unit)
    if unit is None or choice.date not in week.days:
        return list(choice.divisions)
    gone = []
    for division in choice.divisions:
        cell = unit.cells.get((choice.date, division))
        if cell is None or not (cell.wishable if choice.lottery else cell.bookable):
            gone.append(division)
    return gone
