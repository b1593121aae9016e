"""Bookings as the database holds them: provisional → confirmed, cancelled, lapsed, used.

Every function that writes takes the connection of one transaction (SQLite: ``BEGIN
IMMEDIATE``), so the booking row, its claims, its quota and its Idempotency-Key record commit
together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from content.booking.rules import BookingRules, Calendar, Division, FacilityRules, Unit
from gateway.booking import claims, penalties, quota
from gateway.booking.calendar import Phase, days_before, phase, provisional_expiry
from gateway.booking.errors import BookingError, slot_taken
from gateway.booking.fees import FeeChoices, quote, refund_percent, refund_yen
from gateway.booking.groups import holder_of
from gateway.booking.identity import User
from gateway.booking.settings import BookingSettings
from gateway.city_time import CITY_ZONE
from gateway.storage import booking_events, bookings, now_iso

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
OPEN_STATES = ("provisional", "confirmed")


def new_booking_id() -> str:
    """A booking number a resident can read out: ``BK-XXXX-XXXX``."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"BK-{raw[:4]}-{raw[4:]}"


@dataclass(frozen=True)
class Slot:
    """A unit of a facility on a day for some of its divisions, checked against the rules."""

    rules: FacilityRules
    unit: Unit
    calendar: Calendar
    day: dt.date
    divisions: tuple[Division, ...]

    @property
    def rooms(self) -> tuple[str, ...]:
        """The rooms the slot occupies."""
        return self.rules.atoms(self.unit)

    @property
    def minutes(self) -> int:
        """The slot's length in minutes."""
        return sum(d.end_minute - d.start_minute for d in self.divisions)

    def quota(self) -> list[tuple[str, int, int]]:
        """What the slot takes of its holder's caps."""
        return quota.scopes(self.calendar, self.day, len(self.divisions), self.minutes)


def resolve(
    rules: BookingRules, facility: str, unit_id: str, day: dt.date, division_ids: list[str]
) -> Slot:
    """The slot asked for, or 404/422 naming what the city has not got."""
    found = rules.facility(facility)
    if found is None:
        raise BookingError(404, "unknown_facility", f"{facility} takes no bookings")
    unit = found.unit(unit_id)
    if unit is None:
        raise BookingError(404, "unknown_unit", f"{facility} has no bookable {unit_id}")
    scheme = rules.scheme(unit)
    known = {d.id for d in scheme}
    unknown = [d for d in division_ids if d not in known]
    if unknown or not division_ids or len(set(division_ids)) != len(division_ids):
        raise BookingError(
            422,
            "unknown_division",
            f"{unit_id} is booked by {', '.join(sorted(known))}; got {', '.join(division_ids)}",
        )
    chosen = tuple(d for d in scheme if d.id in division_ids)
    return Slot(found, unit, rules.calendar_of(found, unit), day, chosen)


def refuse_closed(slot: Slot) -> None:
    """409 when the facility is shut that day, or the city keeps the unit for itself."""
    if not slot.rules.is_open(slot.day):
        closure = slot.rules.closure(slot.day)
        raise BookingError(
            409,
            "facility_closed",
            f"{slot.rules.facility} is closed on {slot.day.isoformat()}",
            {"reason": closure.reason if closure else None},
        )
    for division in slot.divisions:
        kept = slot.rules.blackout(slot.unit.id, slot.day.isoformat(), division.id)
        if kept is not None:
            raise slot_taken(slot.rules.facility, kept.unit, kept.date, division.id, by="city")


def _moment(stamp: int | None) -> str | None:
    if stamp is None:
        return None
    return dt.datetime.fromtimestamp(stamp, CITY_ZONE).isoformat()


# Made once: the statements every booking runs inside its write (see storage_ops.per_dialect).
_EVENT = booking_events.insert()
_INSERT = bookings.insert().returning(*bookings.c)
_LAPSE = (
    bookings.update()
    .where(bookings.c.state == "provisional", bookings.c.expires_s < sa.bindparam("now_s"))
    .values(state="expired", updated_at=sa.bindparam("stamp"))
    .returning(*bookings.c)
)


def event(conn: Connection, booking_id: str, state: str, detail: str = "") -> None:
    """Add a line to the booking's audit trail."""
    conn.execute(
        _EVENT, {"booking_id": booking_id, "at": now_iso(), "state": state, "detail": detail[:200]}
    )


def describe(row: Any) -> dict[str, Any]:
    """A booking as the kiosk shows it (no personal data)."""
    return {
        "id": row.id,
        "facility": row.facility,
        "unit": row.unit,
        "date": row.use_date,
        "divisions": json.loads(row.divisions),
        "state": row.state,
        "origin": row.origin,
        "group": row.group_id,
        "payment": row.payment,
        "fee_yen": row.fee_yen,
        "fee": json.loads(row.fee),
        "refund_yen": row.refund_yen,
        "cancelled_by": row.cancelled_by,
        "expires_at": _moment(row.expires_s),
        "created_at": row.created_at,
    }


def _slot_of(rules: BookingRules, row: Any) -> Slot:
    return resolve(
        rules,
        row.facility,
        row.unit,
        dt.date.fromisoformat(row.use_date),
        json.loads(row.divisions),
    )


def sweep(conn: Connection, settings: BookingSettings) -> list[str]:
    """Lapse every provisional booking past its deadline: rooms and quota go back."""
    now = int(settings.now().timestamp())
    lapsed = conn.execute(_LAPSE, {"now_s": now, "stamp": now_iso()}).all()
    for row in lapsed:
        claims.release(conn, row.id)
        quota.give_back(conn, row.holder, _slot_of(settings.rules, row).quota())
        event(conn, row.id, "expired", "unpaid past its deadline")
        _offer_to_waiting_list(conn, settings, row)
    return [row.id for row in lapsed]


def _offer_to_waiting_list(conn: Connection, settings: BookingSettings, row: Any) -> None:
    from gateway.booking.lottery_rounds import promote  # the rounds build on this module

    promoted = promote(conn, settings, row)
    if promoted is not None:
        event(conn, row.id, "passed_on", f"to {promoted} from the waiting list")


def insert_booking(
    conn: Connection,
    slot: Slot,
    *,
    holder: str,
    user: User,
    group: str | None,
    terminal_id: str,
    fee: dict[str, int],
    origin: str,
    expires: dt.datetime,
    lottery_entry: str | None = None,
) -> Any:
    """Insert a provisional booking, claim its rooms and take its quota (or raise)."""
    booking_id = new_booking_id()
    now = now_iso()
    row = conn.execute(
        _INSERT,
        {
            "id": booking_id,
            "holder": holder,
            "user_id": user.id,
            "group_id": group,
            "terminal_id": terminal_id,
            "facility": slot.rules.facility,
            "unit": slot.unit.id,
            "use_date": slot.day.isoformat(),
            "divisions": json.dumps([d.id for d in slot.divisions]),
            "calendar": slot.calendar.id,
            "state": "provisional",
            "origin": origin,
            "lottery_entry": lottery_entry,
            "fee_yen": fee["total_yen"],
            "fee": json.dumps(fee, sort_keys=True),
            "expires_s": int(expires.timestamp()),
            "slots": len(slot.divisions),
            "minutes": slot.minutes,
            "created_at": now,
            "updated_at": now,
        },
    ).one()
    claims.claim(conn, booking_id, slot.rules.facility, slot.rooms, slot.day, slot.divisions)
    quota.take(conn, holder, slot.quota())
    event(conn, booking_id, "provisional", origin)
    return row


def book(
    conn: Connection,
    settings: BookingSettings,
    terminal_id: str,
    user: User,
    slot: Slot,
    *,
    group: str | None,
    choices: FeeChoices,
    expected_fee_yen: int,
) -> dict[str, Any]:
    """A first-come provisional booking, held until paid or its deadline passes."""
    now = settings.now()
    refuse_closed(slot)
    stage = phase(slot.calendar, slot.day, now)
    if stage is not Phase.FIRST_COME:
        raise BookingError(
            409,
            "outside_booking_window",
            f"{slot.day.isoformat()} cannot be booked first-come now ({stage.value})",
            {"phase": stage.value},
        )
    penalties.refuse_if_suspended(conn, settings.rules.penalties, user.id, now)
    holder, resident = holder_of(conn, user, group)
    fee = quote(
        settings.rules,
        slot.unit,
        tuple(d.id for d in slot.divisions),
        resident=resident,
        choices=choices,
    )
    if fee["total_yen"] != expected_fee_yen:
        raise BookingError(
            409,
            "fee_changed",
            f"the fee is {fee['total_yen']} yen, not {expected_fee_yen}",
            {"fee": fee},
        )
    sweep(conn, settings)
    row = insert_booking(
        conn,
        slot,
        holder=holder,
        user=user,
        group=group,
        terminal_id=terminal_id,
        fee=fee,
        origin="first_come",
        expires=provisional_expiry(slot.calendar, slot.day, now),
    )
    return describe(row)


def _own(conn: Connection, booking_id: str) -> Any:
    row = conn.execute(sa.select(bookings).where(bookings.c.id == booking_id)).first()
    if row is None:
        raise BookingError(404, "unknown_booking", f"no booking {booking_id}")
    return row


def confirm(
    conn: Connection,
    settings: BookingSettings,
    terminal_id: str,
    booking_id: str,
    user: User | None,
    payment: str,
    amount_yen: int,
) -> dict[str, Any]:
    """Make a provisional booking firm: paid here, or to be paid at the counter."""
    sweep(conn, settings)
    row = _own(conn, booking_id)
    if user is None and row.terminal_id != terminal_id:
        raise BookingError(404, "unknown_booking", f"no booking {booking_id} from this terminal")
    if user is not None and user.id != row.user_id:
        raise BookingError(404, "unknown_booking", f"no booking {booking_id} of this card")
    if row.state == "expired":
        raise BookingError(409, "booking_expired", "the booking lapsed unpaid; book again")
    if row.state != "provisional":
        raise BookingError(409, "not_provisional", f"the booking is {row.state}")
    if payment == "paid" and amount_yen != row.fee_yen:
        raise BookingError(
            409, "amount_mismatch", f"the fee is {row.fee_yen} yen, not {amount_yen}"
        )
    conn.execute(
        bookings.update()
        .where(bookings.c.id == booking_id)
        .values(state="confirmed", payment=payment, expires_s=None, updated_at=now_iso())
    )
    event(conn, booking_id, "confirmed", payment)
    return describe(_own(conn, booking_id))


def _close(
    conn: Connection, settings: BookingSettings, row: Any, *, by: str, detail: str
) -> dict[str, Any]:
    now = settings.now()
    before = days_before(dt.date.fromisoformat(row.use_date), now)
    percent = refund_percent(settings.rules, before, by_city=by == "city")
    refund = refund_yen(row.fee_yen, percent) if row.payment == "paid" else 0
    conn.execute(
        bookings.update()
        .where(bookings.c.id == row.id)
        .values(
            state="cancelled",
            cancelled_by=by,
            refund_yen=refund,
            expires_s=None,
            updated_at=now_iso(),
        )
    )
    claims.release(conn, row.id)
    quota.give_back(conn, row.holder, _slot_of(settings.rules, row).quota())
    rules = settings.rules.penalties
    if by == "user" and row.state == "confirmed" and before < rules.late_cancel_days:
        penalties.add(conn, row.user_id, row.id, rules.late_cancel_points, "late_cancel", now)
    event(conn, row.id, "cancelled", f"{by}: {detail}")
    _offer_to_waiting_list(conn, settings, row)
    answer = describe(_own(conn, row.id))
    answer["refund_percent"] = percent if row.payment == "paid" else 0
    return answer


def cancel(
    conn: Connection, settings: BookingSettings, booking_id: str, user: User
) -> dict[str, Any]:
    """The holder cancels: refund by days before use; a late cancellation earns points."""
    sweep(conn, settings)
    row = _own(conn, booking_id)
    if row.user_id != user.id:
        raise BookingError(404, "unknown_booking", f"no booking {booking_id} of this card")
    if row.state not in OPEN_STATES:
        raise BookingError(409, "not_cancellable", f"the booking is {row.state}")
    if days_before(dt.date.fromisoformat(row.use_date), settings.now()) < 0:
        raise BookingError(409, "not_cancellable", "the day of use has passed")
    return _close(conn, settings, row, by="user", detail="at a terminal")


def city_cancel(
    conn: Connection, settings: BookingSettings, booking_id: str, reason: str
) -> dict[str, Any]:
    """The city cancels (its event, works, a warning): a full refund and no points."""
    row = _own(conn, booking_id)
    if row.state not in OPEN_STATES:
        raise BookingError(409, "not_cancellable", f"the booking is {row.state}")
    return _close(conn, settings, row, by="city", detail=reason)


def record_use(
    conn: Connection, settings: BookingSettings, booking_id: str, *, showed: bool
) -> dict[str, Any]:
    """After the day: the booking was used, or nobody came (points against the booker)."""
    row = _own(conn, booking_id)
    if row.state != "confirmed":
        raise BookingError(409, "not_confirmed", f"the booking is {row.state}")
    now = settings.now()
    if days_before(dt.date.fromisoformat(row.use_date), now) > 0:
        raise BookingError(409, "not_yet_used", "the day of use has not come")
    state = "used" if showed else "no_show"
    conn.execute(
        bookings.update().where(bookings.c.id == row.id).values(state=state, updated_at=now_iso())
    )
    if not showed:
        points = settings.rules.penalties.no_show_points
        penalties.add(conn, row.user_id, row.id, points, "no_show", now)
    event(conn, row.id, state)
    return describe(_own(conn, row.id))
