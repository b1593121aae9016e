"""Caps per holder as counter rows: taken in the booking's transaction, held by a CHECK.

Each (holder, scope) row carries its cap; adding to ``used`` beyond it fails the CHECK inside
the same statement, so concurrent bookings cannot pass a cap between a read and a write.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from content.booking.rules import Calendar
from gateway.booking.errors import BookingError
from gateway.booking.storage_ops import is_check_failure, per_dialect, upsert
from gateway.storage import booking_quota


def scopes(
    calendar: Calendar, day: dt.date, slots: int, minutes: int
) -> list[tuple[str, int, int]]:
    """(scope, cap, amount) a booking of ``slots`` divisions and ``minutes`` on ``day`` takes."""
    caps = calendar.caps
    return [
        (f"{calendar.id}:month:{day.isoformat()[:7]}", caps.slots_per_month, slots),
        (f"{calendar.id}:day:{day.isoformat()}", caps.slots_per_day, slots),
        (f"{calendar.id}:minutes:{day.isoformat()}", caps.hours_per_day * 60, minutes),
    ]


@per_dialect
def _take(conn: Connection) -> Any:
    insert = upsert(conn, booking_quota)
    return insert.on_conflict_do_update(
        index_elements=("holder", "scope"),
        set_={"used": booking_quota.c.used + insert.excluded.used, "cap": insert.excluded.cap},
    )


def take(conn: Connection, holder: str, wanted: list[tuple[str, int, int]]) -> None:
    """Add to each of the holder's counters; ``quota_reached`` naming the first cap passed.

    One statement per counter: a first booking creates it holding its amount, a later one adds
    to it, and the CHECK refuses either past the cap.
    """
    for scope, cap, amount in wanted:
        values = {"holder": holder, "scope": scope, "used": amount, "cap": cap}
        try:
            conn.execute(_take(conn), values)
        except sa.exc.IntegrityError as err:
            if not is_check_failure(err):
                raise
            kind = scope.split(":")[1]
            raise BookingError(
                409,
                "quota_reached",
                f"this booking would pass the cap of {cap} ({kind})",
                {"quota": {"scope": kind, "cap": cap if kind != "minutes" else cap // 60}},
            ) from err


def give_back(conn: Connection, holder: str, wanted: list[tuple[str, int, int]]) -> None:
    """Return what a cancelled or lapsed booking took."""
    for scope, _cap, amount in wanted:
        conn.execute(
            booking_quota.update()
            .where(booking_quota.c.holder == holder, booking_quota.c.scope == scope)
            .values(used=booking_quota.c.used - amount)
        )
