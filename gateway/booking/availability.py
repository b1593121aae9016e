"""What a week of a facility looks like: per unit, day and division, free or why not.

Public (no card), and cacheable by the kiosk: the answer carries an ETag over everything but its
"as of" time, so an unchanged week costs a 304.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.booking.calendar import Phase, phase
from gateway.booking.errors import BookingError
from gateway.booking.settings import BookingSettings
from gateway.storage import booking_claims, bookings, reading

MAX_DAYS = 14
# A cell's state: the kiosk shows each by a mark and words, never by colour alone.
STATE_OF_PHASE = {
    Phase.NOT_OPEN: "not_open",
    Phase.LOTTERY_ENTRY: "lottery",
    Phase.LOTTERY: "lottery",
    Phase.FIRST_COME: "free",
    Phase.CLOSED: "counter_only",
}


def _held(engine: Engine, facility: str, first: dt.date, last: dt.date, now: int) -> set[Any]:
    query = (
        sa.select(booking_claims.c.resource, booking_claims.c.use_date, booking_claims.c.division)
        .select_from(booking_claims.join(bookings, bookings.c.id == booking_claims.c.booking_id))
        .where(
            booking_claims.c.live,
            booking_claims.c.resource.startswith(f"{facility}/", autoescape=True),
            booking_claims.c.use_date.between(first.isoformat(), last.isoformat()),
            sa.or_(bookings.c.state != "provisional", bookings.c.expires_s >= now),
        )
    )
    with reading(engine) as conn:
        return {tuple(row) for row in conn.execute(query)}


def week(
    engine: Engine, settings: BookingSettings, facility: str, first: dt.date, days: int = 7
) -> dict[str, Any]:
    """The facility's units over ``days`` days from ``first``: each division's state."""
    rules = settings.rules.facility(facility)
    if rules is None:
        raise BookingError(404, "unknown_facility", f"{facility} takes no bookings")
    if not 1 <= days <= MAX_DAYS:
        raise BookingError(422, "bad_range", f"expected 1 to {MAX_DAYS} days")
    now = settings.now()
    dates = [first + dt.timedelta(days=i) for i in range(days)]
    held = _held(engine, facility, dates[0], dates[-1], int(now.timestamp()))
    units = []
    for unit in rules.units:
        calendar = settings.rules.calendar_of(rules, unit)
        scheme = settings.rules.scheme(unit)
        rows = []
        for day in dates:
            text = day.isoformat()
            cells: dict[str, str] = {}
            stage = STATE_OF_PHASE[phase(calendar, day, now)]
            for division in scheme:
                if not rules.is_open(day):
                    cells[division.id] = "closed"
                elif rules.blackout(unit.id, text, division.id):
                    cells[division.id] = "city"
                elif any(
                    (f"{facility}/{room}", text, division.id) in held for room in rules.atoms(unit)
                ):
                    cells[division.id] = "taken"
                else:
                    cells[division.id] = stage
            rows.append({"date": text, "cells": cells})
        units.append(
            {
                "unit": unit.id,
                "calendar": calendar.id,
                "divisions": [d.id for d in scheme],
                "days": rows,
            }
        )
    body: dict[str, Any] = {"facility": facility, "from": dates[0].isoformat(), "units": units}
    body["etag"] = (
        '"' + hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32] + '"'
    )
    body["as_of"] = now.replace(microsecond=0).isoformat()
    return body
