"""Penalty points for late cancellations and no-shows, and the suspension they lead to."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from content.booking.rules import Penalties
from gateway.booking.errors import BookingError
from gateway.booking.storage_ops import insert_ignore
from gateway.city_time import CITY_ZONE
from gateway.storage import booking_penalties

# Made once: every booking asks it inside its write (see storage_ops.per_dialect).
_RECENT = (
    sa.select(booking_penalties.c.at_s, booking_penalties.c.points)
    .where(
        booking_penalties.c.user_id == sa.bindparam("user_"),
        booking_penalties.c.at_s >= sa.bindparam("since_s"),
    )
    .order_by(booking_penalties.c.at_s)
)


def add(
    conn: Connection, user_id: str, booking_id: str, points: int, reason: str, now: dt.datetime
) -> None:
    """Record points against ``user_id`` for one booking (once per booking)."""
    if points <= 0:
        return
    insert_ignore(
        conn,
        booking_penalties,
        {
            "user_id": user_id,
            "at_s": int(now.timestamp()),
            "points": points,
            "reason": reason,
            "booking_id": booking_id,
        },
        ("booking_id",),
    )


def suspended_until(
    conn: Connection, rules: Penalties, user_id: str, now: dt.datetime
) -> dt.date | None:
    """The last day of a suspension in force, or None.

    Points within ``window_days`` of each other add up; reaching ``suspend_at`` suspends
    booking and lottery entry for ``suspension_days`` from the point that reached it.
    """
    window = rules.window_days * 86400
    since = int(now.timestamp()) - window - rules.suspension_days * 86400
    rows = conn.execute(_RECENT, {"user_": user_id, "since_s": since}).all()
    until: dt.datetime | None = None
    for row in rows:
        total = sum(r.points for r in rows if row.at_s - window < r.at_s <= row.at_s)
        if total >= rules.suspend_at:
            ends = dt.datetime.fromtimestamp(row.at_s, CITY_ZONE) + dt.timedelta(
                days=rules.suspension_days
            )
            if ends > now and (until is None or ends > until):
                until = ends
    return None if until is None else until.date()


def refuse_if_suspended(conn: Connection, rules: Penalties, user_id: str, now: dt.datetime) -> None:
    """403 ``suspended`` (with the last day) when the user may not book or enter lotteries."""
    until = suspended_until(conn, rules, user_id, now)
    if until is not None:
        raise BookingError(
            403,
            "suspended",
            f"booking rights are suspended until {until.isoformat()}",
            {"suspended_until": until.isoformat()},
        )


def points(conn: Connection, rules: Penalties, user_id: str, now: dt.datetime) -> int:
    """The user's points of the last ``window_days``."""
    since = int(now.timestamp()) - rules.window_days * 86400
    total = conn.execute(
        sa.select(sa.func.coalesce(sa.func.sum(booking_penalties.c.points), 0)).where(
            booking_penalties.c.user_id == user_id, booking_penalties.c.at_s >= since
        )
    ).scalar_one()
    return int(total)
