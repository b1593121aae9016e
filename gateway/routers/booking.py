"""The facility booking routes under ``/api/v1/booking``.

Availability needs only the terminal's token (residents browse without a card); booking,
cancelling, groups and lottery entries need the card's proof over a booking nonce, and every
write an Idempotency-Key: the same key and body answer with the same booking, never a second.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import random
import time
from collections.abc import Callable
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, StringConstraints
from sqlalchemy.engine import Connection

from gateway.booking import availability, groups, lottery_rounds, service
from gateway.booking.errors import BookingError
from gateway.booking.fees import FeeChoices
from gateway.booking.identity import User, check_card, identify, new_nonce
from gateway.booking.settings import BookingSettings
from gateway.booking.storage_ops import is_retryable
from gateway.deps import Database, TerminalAuth, Write
from gateway.errors import AUTHENTICATED, WRITE, Responses, described
from gateway.fields import Count, RequestModel
from gateway.idempotency import Accepted, IdempotentWrite
from gateway.issuance.errors import IssuanceError
from gateway.issuance.service import IssuanceSettings
from gateway.routers.issuance import CardProof, NonceAnswer
from gateway.storage import idempotency, reading

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
GroupId = Annotated[str, StringConstraints(pattern=r"^G[0-9A-F]{12}$")]
Month = Annotated[str, StringConstraints(pattern=r"^20\d\d-(0[1-9]|1[0-2])$")]
BookingId = Annotated[str, Path(pattern=r"^BK-[A-Z2-9]{4}-[A-Z2-9]{4}$")]
GroupName = Annotated[str, StringConstraints(min_length=1, max_length=100, strip_whitespace=True)]
Divisions = Annotated[list[Ident], Field(min_length=1, max_length=16)]


class BookingRequest(RequestModel):
    """A slot, the fee choices the kiosk showed, the fee it showed, and the card's proof."""

    proof: CardProof
    facility: Ident
    unit: Ident
    date: dt.date
    divisions: Divisions
    group: GroupId | None = None
    admission_yen: Annotated[Count, Field(le=1_000_000)] = 0
    reduction: Ident = "none"
    equipment: Annotated[list[Ident], Field(default_factory=list, max_length=8)]
    expected_fee_yen: Annotated[Count, Field(le=10_000_000)]


class ConfirmRequest(RequestModel):
    """Paid at the terminal (the amount taken), or to be paid at the counter."""

    payment: Literal["paid", "counter"]
    amount_yen: Annotated[Count, Field(le=10_000_000)] = 0
    proof: CardProof | None = None


class ProofOnly(RequestModel):
    """The card's proof, and nothing else."""

    proof: CardProof


class GroupRequest(RequestModel):
    """A new group, its representative's card present."""

    proof: CardProof
    name: GroupName


class MemberRequest(RequestModel):
    """A new member: the representative's card and the member's, each over its own nonce."""

    representative: CardProof
    member: CardProof


class Wish(RequestModel):
    """One ranked wish of a lottery entry."""

    unit: Ident
    date: dt.date
    divisions: Divisions


class EntryRequest(RequestModel):
    """A lottery entry: the month of use, wishes in order of preference, the card's proof."""

    proof: CardProof
    facility: Ident
    month: Month
    wishes: Annotated[list[Wish], Field(min_length=1, max_length=8)]
    group: GroupId | None = None


async def booking_settings(request: Request) -> BookingSettings:
    """The gateway's booking rules and clock (the sample city's unless set)."""
    settings: BookingSettings | None = getattr(request.app.state, "booking", None)
    if settings is None:
        settings = request.app.state.booking = BookingSettings()
    return settings


async def card_trust(request: Request) -> IssuanceSettings:
    """The JPKI trust that checks cards; 503 when the gateway has none configured."""
    settings: IssuanceSettings | None = request.app.state.issuance
    if settings is None:
        raise IssuanceError(
            503, "identity_not_configured", "this gateway has no JPKI CA and CRL configured"
        )
    return settings


Settings = Annotated[BookingSettings, Depends(booking_settings)]
Trust = Annotated[IssuanceSettings, Depends(card_trust)]

PROOF: Responses = {
    **AUTHENTICATED,
    **described(403, "bad signature, untrusted/expired/revoked certificate, bad nonce"),
    **described(503, "card identity not configured"),
}
# Refusals carry, beside code and message, what the kiosk words them by: ``slot`` (facility,
# unit, date, division, by booking|city) for slot_taken, ``quota`` (scope, cap) for
# quota_reached, ``suspended_until`` for suspended, ``phase`` for outside_booking_window.
REFUSALS: Responses = {
    **WRITE,
    **PROOF,
    **described(
        409,
        "slot_taken (with the slot), quota_reached (with the cap), outside_booking_window"
        " (with the phase), facility_closed, fee_changed, nonce_used",
    ),
    **described(403, "suspended (with the last day), not a member, bad signature"),
    **described(404, "unknown facility, unit, booking or group"),
}

router = APIRouter(prefix="/api/v1/booking", tags=["booking"])

# A write that lost a race to a retry of itself (same key) answers with the retry's result.
_RACE_CODES = ("nonce_used", "slot_taken", "quota_reached")
_ATTEMPTS = 5


def _replayable(write: IdempotentWrite) -> bool:
    # A read: on SQLite it must not queue for the write lock behind every booking in flight.
    with reading(write.engine) as conn:
        found = conn.execute(
            sa.select(idempotency.c.key).where(
                idempotency.c.terminal_id == write.terminal.id, idempotency.c.key == write.key
            )
        ).first()
    return found is not None


def _write(
    write: IdempotentWrite,
    endpoint: str,
    body: BaseModel,
    change: Callable[[Connection], dict[str, Any]],
) -> JSONResponse:
    try:
        try:
            return _retried(lambda: write.apply(endpoint, body, change))
        except BookingError as err:
            if err.code in _RACE_CODES and _replayable(write):
                return _retried(lambda: write.apply(endpoint, body, change))
            raise
    except BookingError as err:
        return JSONResponse(err.body(), err.status)


def _retried(run: Callable[[], JSONResponse]) -> JSONResponse:
    for attempt in range(_ATTEMPTS):
        try:
            return run()
        except sa.exc.DBAPIError as err:
            if not is_retryable(err) or attempt == _ATTEMPTS - 1:
                raise
            time.sleep(random.uniform(0.01, 0.1) * (attempt + 1))
    raise AssertionError("unreachable")


def _etagged(request: Request, body: dict[str, Any], etag: str) -> Response:
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return JSONResponse(body, headers=headers)


@router.get(
    "/facilities",
    responses={**AUTHENTICATED, 304: {"description": "unchanged since the ETag sent"}},
)
def facilities(request: Request, _who: TerminalAuth, settings: Settings) -> Response:
    """The city's booking rules: units as a tree, divisions, calendars, fees, caps (ETag)."""
    body = dataclasses.asdict(settings.rules)
    etag = '"' + hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32] + '"'
    return _etagged(request, body, etag)


@router.get(
    "/facilities/{facility}/availability",
    responses={
        **AUTHENTICATED,
        304: {"description": "unchanged since the ETag sent"},
        **described(404, "the facility takes no bookings"),
    },
)
def week(
    request: Request,
    facility: Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")],
    start: Annotated[dt.date, Query(alias="from")],
    _who: TerminalAuth,
    engine: Database,
    settings: Settings,
    days: Annotated[int, Query(ge=1, le=availability.MAX_DAYS)] = 7,
) -> Response:
    """Each unit's state per day and division (free, taken, lottery, city, closed…), as of now."""
    body = availability.week(engine, settings, facility, start, days)
    return _etagged(request, body, body["etag"])


@router.post("/nonces", status_code=201, responses={**AUTHENTICATED, **PROOF})
def nonce(who: TerminalAuth, engine: Database, trust: Trust) -> NonceAnswer:
    """A single-use nonce for the card to sign before a booking write or reading its bookings."""
    return NonceAnswer(**new_nonce(engine, trust, who.id))


def _user(conn: Connection, trust: IssuanceSettings, who: str, proof: CardProof) -> User:
    return identify(conn, trust, who, proof.decode(), consume=True)


def _card_user(trust: IssuanceSettings, who: str, proof: CardProof) -> Callable[[Connection], User]:
    """The card checked now, outside the write; the nonce consumed in the write it is given."""
    decoded = proof.decode()
    checked = check_card(trust, who, decoded)
    return lambda conn: identify(conn, trust, who, decoded, consume=True, checked=checked)


@router.post("/bookings", status_code=201, response_model=Accepted, responses=REFUSALS)
def book(body: BookingRequest, write: Write, settings: Settings, trust: Trust) -> JSONResponse:
    """A first-come provisional booking: the rooms are held until paid or its deadline."""
    who = write.terminal.id
    slot = service.resolve(settings.rules, body.facility, body.unit, body.date, body.divisions)
    choices = FeeChoices(body.admission_yen, body.reduction, tuple(body.equipment))
    card_user = _card_user(trust, who, body.proof)

    def change(conn: Connection) -> dict[str, Any]:
        user = card_user(conn)
        return service.book(
            conn,
            settings,
            who,
            user,
            slot,
            group=body.group,
            choices=choices,
            expected_fee_yen=body.expected_fee_yen,
        )

    return _write(write, "booking", body, change)


@router.post(
    "/bookings/{booking_id}/confirm", status_code=201, response_model=Accepted, responses=REFUSALS
)
def confirm(
    booking_id: BookingId, body: ConfirmRequest, write: Write, settings: Settings, request: Request
) -> JSONResponse:
    """Confirm a provisional booking: paid here (the amount taken), or at the counter."""
    who = write.terminal.id

    def change(conn: Connection) -> dict[str, Any]:
        user = None
        if body.proof is not None:
            trust: IssuanceSettings | None = request.app.state.issuance
            if trust is None:
                raise BookingError(503, "identity_not_configured", "no JPKI trust configured")
            user = _user(conn, trust, who, body.proof)
        return service.confirm(conn, settings, who, booking_id, user, body.payment, body.amount_yen)

    return _write(write, f"booking-confirm {booking_id}", body, change)


@router.post(
    "/bookings/{booking_id}/cancel", status_code=201, response_model=Accepted, responses=REFUSALS
)
def cancel(
    booking_id: BookingId, body: ProofOnly, write: Write, settings: Settings, trust: Trust
) -> JSONResponse:
    """The holder cancels; the answer says what is refunded (by days before use)."""
    card_user = _card_user(trust, write.terminal.id, body.proof)

    def change(conn: Connection) -> dict[str, Any]:
        return service.cancel(conn, settings, booking_id, card_user(conn))

    return _write(write, f"booking-cancel {booking_id}", body, change)


@router.post("/mine", responses=PROOF)
def mine(
    body: ProofOnly, who: TerminalAuth, engine: Database, settings: Settings, trust: Trust
) -> JSONResponse:
    """The card holder's bookings, lottery entries and results, points and any suspension."""
    with engine.begin() as conn:
        user = identify(conn, trust, who.id, body.proof.decode(), consume=False)
        return JSONResponse(lottery_rounds.mine(conn, settings, user))


@router.post("/groups", status_code=201, response_model=Accepted, responses=REFUSALS)
def new_group(body: GroupRequest, write: Write, trust: Trust) -> JSONResponse:
    """A group with the card holder as its representative."""
    who = write.terminal.id

    def change(conn: Connection) -> dict[str, Any]:
        return groups.create_group(conn, _user(conn, trust, who, body.proof), body.name)

    return _write(write, "booking-group", body, change)


@router.post(
    "/groups/{group_id}/members", status_code=201, response_model=Accepted, responses=REFUSALS
)
def add_member(
    group_id: Annotated[str, Path(pattern=r"^G[0-9A-F]{12}$")],
    body: MemberRequest,
    write: Write,
    trust: Trust,
) -> JSONResponse:
    """The representative adds a member; both cards sign."""
    who = write.terminal.id

    def change(conn: Connection) -> dict[str, Any]:
        representative = _user(conn, trust, who, body.representative)
        member = _user(conn, trust, who, body.member)
        return groups.add_member(conn, group_id, representative, member)

    return _write(write, f"booking-member {group_id}", body, change)


@router.post("/lottery/entries", status_code=201, response_model=Accepted, responses=REFUSALS)
def enter(body: EntryRequest, write: Write, settings: Settings, trust: Trust) -> JSONResponse:
    """Enter the month's lottery with ranked wishes (one entry per holder and round)."""
    who = write.terminal.id
    wishes = [
        service.resolve(settings.rules, body.facility, w.unit, w.date, w.divisions)
        for w in body.wishes
    ]
    card_user = _card_user(trust, who, body.proof)

    def change(conn: Connection) -> dict[str, Any]:
        user = card_user(conn)
        return lottery_rounds.enter(conn, settings, user, body.group, body.month, wishes)

    return _write(write, "lottery-entry", body, change)


@router.get(
    "/lottery/{facility}/{calendar}/{month}",
    responses={**AUTHENTICATED, **described(404, "no such round")},
)
def published(
    facility: Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")],
    calendar: Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")],
    month: Annotated[str, Path(pattern=r"^20\d\d-(0[1-9]|1[0-2])$")],
    _who: TerminalAuth,
    engine: Database,
) -> JSONResponse:
    """A round as published: before the draw its seed's hash; after, all anyone needs to re-run."""
    return JSONResponse(lottery_rounds.published(engine, facility, calendar, month))
