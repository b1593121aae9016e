"""Lottery rounds in the database: entries, the draw into provisional wins, the waiting list.

A round is one facility's calendar for one month of use. Its seed is fixed when the first entry
comes in and only its hash is shown until the draw; the draw stores the published record
(``gateway.booking.lottery``) and turns each win into a provisional booking to be confirmed by
the round's deadline. A win that lapses or is cancelled before first-come opens goes to the
next on that wish's waiting list; after that, the slot is simply free for first-come.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from content.booking.rules import Calendar
from gateway.booking import lottery, penalties
from gateway.booking.calendar import (
    Phase,
    confirm_deadline,
    draw_moment,
    first_come_opens,
    phase,
    provisional_expiry,
)
from gateway.booking.errors import BookingError
from gateway.booking.fees import FeeChoices, quote
from gateway.booking.groups import groups_of, holder_of
from gateway.booking.identity import User
from gateway.booking.settings import BookingSettings
from gateway.booking.storage_ops import insert_ignore, is_conflict
from gateway.storage import (
    booking_claims,
    bookings,
    lottery_entries,
    lottery_rounds,
    now_iso,
    reading,
)


def wish_key(unit: str, day: str, divisions: list[str]) -> str:
    """The name of a wish in the published record: unit, day and divisions."""
    return f"{unit}|{day}|{'+'.join(divisions)}"


def _slot_record(slot: Any) -> dict[str, Any]:
    divisions = [d.id for d in slot.divisions]
    return {
        "key": wish_key(slot.unit.id, slot.day.isoformat(), divisions),
        "unit": slot.unit.id,
        "day": slot.day.isoformat(),
        "divisions": divisions,
        "claims": sorted(
            f"{room}|{slot.day.isoformat()}|{d}" for room in slot.rooms for d in divisions
        ),
    }


def enter(
    conn: Connection,
    settings: BookingSettings,
    user: User,
    group: str | None,
    month: str,
    wishes: list[Any],
) -> dict[str, Any]:
    """Enter ``month``'s lottery with ranked wishes (slots of one facility and calendar)."""
    from gateway.booking.service import refuse_closed

    now = settings.now()
    facility = wishes[0].rules.facility
    calendars = {w.calendar.id for w in wishes}
    if len(calendars) != 1 or wishes[0].calendar.lottery is None:
        raise BookingError(
            422, "not_one_lottery", "the wishes must all be drawn in one lottery of the facility"
        )
    calendar: Calendar = wishes[0].calendar
    window = calendar.lottery
    for wish in wishes:
        if wish.day.isoformat()[:7] != month:
            raise BookingError(422, "wrong_month", f"{wish.day.isoformat()} is not in {month}")
        refuse_closed(wish)
    stage = phase(calendar, dt.date.fromisoformat(month + "-01"), now)
    if stage is not Phase.LOTTERY_ENTRY:
        raise BookingError(
            409,
            "outside_booking_window",
            f"lottery entries for {month} are not open now ({stage.value})",
            {"phase": stage.value},
        )
    penalties.refuse_if_suspended(conn, settings.rules.penalties, user.id, now)
    holder, resident = holder_of(conn, user, group)
    if window is not None and window.residents_only and not resident:
        raise BookingError(403, "residents_only", "only residents may enter this lottery")
    seed = secrets.token_hex(32)
    insert_ignore(
        conn,
        lottery_rounds,
        {
            "facility": facility,
            "calendar": calendar.id,
            "month": month,
            "seed": seed,
            "seed_sha256": lottery.seed_hash(seed),
            "state": "open",
            "opened_at": now_iso(),
        },
        ("facility", "calendar", "month"),
    )
    entry_id = "E" + secrets.token_hex(8).upper()
    records = [_slot_record(w) for w in wishes]
    try:
        conn.execute(
            lottery_entries.insert().values(
                id=entry_id,
                facility=facility,
                calendar=calendar.id,
                month=month,
                holder=holder,
                user_id=user.id,
                group_id=group,
                resident=resident,
                wishes=json.dumps(records),
                created_at=now_iso(),
            )
        )
    except sa.exc.IntegrityError as err:
        if not is_conflict(err):
            raise
        raise BookingError(
            409, "already_entered", f"this holder has already entered the {month} lottery"
        ) from err
    round_row = _round(conn, facility, calendar.id, month)
    drawn = draw_moment(calendar, dt.date.fromisoformat(month + "-01"))
    return {
        "entry": entry_id,
        "facility": facility,
        "calendar": calendar.id,
        "month": month,
        "wishes": [{k: r[k] for k in ("unit", "day", "divisions")} for r in records],
        "draw_at": drawn.isoformat() if drawn else None,
        "seed_sha256": round_row.seed_sha256,
    }


def _round(conn: Connection, facility: str, calendar: str, month: str) -> Any:
    row = conn.execute(
        sa.select(lottery_rounds).where(
            lottery_rounds.c.facility == facility,
            lottery_rounds.c.calendar == calendar,
            lottery_rounds.c.month == month,
        )
    ).first()
    if row is None:
        raise BookingError(404, "unknown_round", f"no lottery of {facility} {calendar} {month}")
    return row


def _deadline(calendar: Calendar, day: dt.date, now: dt.datetime) -> dt.datetime:
    month = day.replace(day=1)
    deadline = confirm_deadline(calendar, month) if calendar.lottery else None
    window = calendar.lottery
    if deadline is not None and deadline > now and window and window.confirm_required:
        return deadline
    # No confirm step, or a win passed on from the waiting list after it: as first-come.
    return provisional_expiry(calendar, day, now)


def _book_win(
    conn: Connection, settings: BookingSettings, entry: Any, wish: dict[str, Any], now: dt.datetime
) -> str | None:
    """The win as a provisional booking, or None when its holder's caps no longer allow it."""
    from gateway.booking.service import insert_booking, resolve

    slot = resolve(
        settings.rules,
        entry.facility,
        wish["unit"],
        dt.date.fromisoformat(wish["day"]),
        wish["divisions"],
    )
    fee = quote(
        settings.rules,
        slot.unit,
        tuple(wish["divisions"]),
        resident=entry.resident,
        choices=FeeChoices(),
    )
    savepoint = conn.begin_nested()
    try:
        row = insert_booking(
            conn,
            slot,
            holder=entry.holder,
            user=User(entry.user_id, entry.resident),
            group=entry.group_id,
            terminal_id="lottery",
            fee=fee,
            origin="lottery",
            expires=_deadline(slot.calendar, slot.day, now),
            lottery_entry=entry.id,
        )
    except BookingError:
        savepoint.rollback()
        return None
    savepoint.commit()
    return str(row.id)


def draw_round(
    engine: Engine,
    settings: BookingSettings,
    facility: str,
    calendar_id: str,
    month: str,
    *,
    early: bool = False,
) -> dict[str, Any]:
    """Draw a round (from its draw day on, unless ``early``), book the wins, publish the record."""
    calendar = next((c for c in settings.rules.calendars if c.id == calendar_id), None)
    if calendar is None or calendar.lottery is None:
        raise BookingError(404, "unknown_round", f"{calendar_id} has no lottery")
    now = settings.now()
    moment = draw_moment(calendar, dt.date.fromisoformat(month + "-01"))
    if not early and moment is not None and now < moment:
        raise BookingError(409, "too_early", f"the draw is on {moment.date().isoformat()}")
    with engine.begin() as conn:
        row = _round(conn, facility, calendar_id, month)
        if row.state != "open":
            raise BookingError(409, "already_drawn", f"drawn at {row.drawn_at}")
        entries = conn.execute(
            sa.select(lottery_entries).where(
                lottery_entries.c.facility == facility,
                lottery_entries.c.calendar == calendar_id,
                lottery_entries.c.month == month,
            )
        ).all()
        held = [
            f"{r.resource.split('/', 1)[1]}|{r.use_date}|{r.division}"
            for r in conn.execute(
                sa.select(
                    booking_claims.c.resource, booking_claims.c.use_date, booking_claims.c.division
                ).where(
                    booking_claims.c.live,
                    booking_claims.c.resource.startswith(f"{facility}/", autoescape=True),
                    booking_claims.c.use_date.startswith(month, autoescape=True),
                )
            )
        ]
        policy = {
            "max_wins": calendar.lottery.max_wins,
            "one_win_per_day": calendar.lottery.one_win_per_day,
        }
        published = lottery.record(
            facility=facility,
            calendar=calendar_id,
            month=month,
            seed=row.seed,
            entries=[
                {
                    "entry": e.id,
                    "wishes": [
                        {"key": w["key"], "day": w["day"], "claims": w["claims"]}
                        for w in json.loads(e.wishes)
                    ],
                }
                for e in entries
            ],
            held=held,
            policy=policy,
        )
        by_id = {e.id: e for e in entries}
        booked: dict[str, list[str | None]] = {}
        for entry_id, indexes in published["result"]["winners"].items():
            entry = by_id[entry_id]
            wishes = json.loads(entry.wishes)
            booked[entry_id] = [_book_win(conn, settings, entry, wishes[i], now) for i in indexes]
        conn.execute(
            lottery_rounds.update()
            .where(
                lottery_rounds.c.facility == facility,
                lottery_rounds.c.calendar == calendar_id,
                lottery_rounds.c.month == month,
            )
            .values(state="drawn", drawn_at=now_iso(), published=json.dumps(published))
        )
    return {**published, "bookings": booked}


def published(engine: Engine, facility: str, calendar: str, month: str) -> dict[str, Any]:
    """A round as anyone may see it: before the draw only the seed's hash and the entry count."""
    with reading(engine) as conn:
        row = _round(conn, facility, calendar, month)
        if row.state == "open":
            count = conn.execute(
                sa.select(sa.func.count()).where(
                    lottery_entries.c.facility == facility,
                    lottery_entries.c.calendar == calendar,
                    lottery_entries.c.month == month,
                )
            ).scalar_one()
            return {
                "facility": facility,
                "calendar": calendar,
                "month": month,
                "state": "open",
                "algorithm": lottery.ALGORITHM,
                "seed_sha256": row.seed_sha256,
                "entries": count,
            }
        document: dict[str, Any] = json.loads(row.published)
        return {**document, "state": row.state, "drawn_at": row.drawn_at}


def promote(conn: Connection, settings: BookingSettings, released: Any) -> str | None:
    """Offer a released lottery win to the next on its waiting list, before first-come opens."""
    if released.origin != "lottery":
        return None
    now = settings.now()
    day = dt.date.fromisoformat(released.use_date)
    calendar = next(c for c in settings.rules.calendars if c.id == released.calendar)
    if now >= first_come_opens(calendar, day.replace(day=1)):
        return None
    row = conn.execute(
        sa.select(lottery_rounds.c.published).where(
            lottery_rounds.c.facility == released.facility,
            lottery_rounds.c.calendar == released.calendar,
            lottery_rounds.c.month == released.use_date[:7],
        )
    ).first()
    if row is None or row.published is None:
        return None
    key = wish_key(released.unit, released.use_date, json.loads(released.divisions))
    waiting = json.loads(row.published)["result"]["waitlists"].get(key, [])
    for entry_id in waiting:
        offered = conn.execute(
            sa.select(bookings.c.id).where(
                bookings.c.lottery_entry == entry_id,
                bookings.c.unit == released.unit,
                bookings.c.use_date == released.use_date,
                bookings.c.divisions == released.divisions,
            )
        ).first()
        if offered is not None:
            continue
        entry = conn.execute(
            sa.select(lottery_entries).where(lottery_entries.c.id == entry_id)
        ).first()
        if entry is None:
            continue
        wish = next(w for w in json.loads(entry.wishes) if w["key"] == key)
        booking_id = _book_win(conn, settings, entry, wish, now)
        if booking_id is not None:
            return booking_id
    return None


def mine(conn: Connection, settings: BookingSettings, user: User) -> dict[str, Any]:
    """A card holder's bookings, entries with their outcome, penalty points and suspension."""
    from gateway.booking.service import describe

    now = settings.now()
    groups = groups_of(conn, user)
    holders = [user.id, *(f"group:{g}" for g in groups)]
    rows = conn.execute(
        sa.select(bookings)
        .where(sa.or_(bookings.c.user_id == user.id, bookings.c.holder.in_(holders)))
        .order_by(bookings.c.use_date, bookings.c.created_at)
    ).all()
    entries = conn.execute(
        sa.select(lottery_entries).where(
            sa.or_(lottery_entries.c.user_id == user.id, lottery_entries.c.holder.in_(holders))
        )
    ).all()
    results = []
    for entry in entries:
        round_row = _round(conn, entry.facility, entry.calendar, entry.month)
        wishes = json.loads(entry.wishes)
        outcome: list[dict[str, Any]] = []
        if round_row.published is not None:
            result = json.loads(round_row.published)["result"]
            won = result["winners"].get(entry.id, [])
            for index, wish in enumerate(wishes):
                waiting = result["waitlists"].get(wish["key"], [])
                outcome.append(
                    {
                        "unit": wish["unit"],
                        "day": wish["day"],
                        "divisions": wish["divisions"],
                        "won": index in won,
                        "waitlist_position": None
                        if index in won or entry.id not in waiting
                        else waiting.index(entry.id) + 1,
                    }
                )
        results.append(
            {
                "entry": entry.id,
                "facility": entry.facility,
                "month": entry.month,
                "state": round_row.state,
                "wishes": outcome
                or [{k: w[k] for k in ("unit", "day", "divisions")} for w in wishes],
            }
        )
    suspended = penalties.suspended_until(conn, settings.rules.penalties, user.id, now)
    return {
        "resident": user.resident,
        "groups": groups,
        "bookings": [describe(r) for r in rows],
        "lottery": results,
        "penalty_points": penalties.points(conn, settings.rules.penalties, user.id, now),
        "suspended_until": suspended.isoformat() if suspended else None,
    }
