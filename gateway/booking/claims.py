"""A booking's hold on its rooms: one claim row per room, date and division, kept by the database.

The partial unique index on live claims (and on PostgreSQL the exclusion constraint over their
time ranges, on SQLite a trigger) refuses a second live claim; the refusal is turned into
``slot_taken`` naming the room, day and division that was held.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from content.booking.rules import Division
from gateway.booking.calendar import division_range
from gateway.booking.errors import slot_taken
from gateway.booking.storage_ops import is_conflict
from gateway.storage import booking_claims

_CLAIM = booking_claims.insert()  # made once, its values bound at execution


def resource(facility: str, room: str) -> str:
    """The claim key of one room of a facility."""
    return f"{facility}/{room}"


def claim(
    conn: Connection,
    booking_id: str,
    facility: str,
    rooms: tuple[str, ...],
    day: dt.date,
    divisions: tuple[Division, ...],
) -> None:
    """Hold every room for every division on ``day``; ``slot_taken`` for the first one held."""
    for room in rooms:
        for division in divisions:
            starts, ends = division_range(day, division)
            values = {
                "booking_id": booking_id,
                "resource": resource(facility, room),
                "use_date": day.isoformat(),
                "division": division.id,
                "starts_s": starts,
                "ends_s": ends,
                "live": True,
            }
            try:
                conn.execute(_CLAIM, values)
            except sa.exc.IntegrityError as err:
                if not is_conflict(err):
                    raise
                raise slot_taken(
                    facility, room, day.isoformat(), division.id, by="booking"
                ) from err


def release(conn: Connection, booking_id: str) -> None:
    """Give the booking's rooms back."""
    conn.execute(
        booking_claims.update()
        .where(booking_claims.c.booking_id == booking_id, booking_claims.c.live)
        .values(live=False)
    )
