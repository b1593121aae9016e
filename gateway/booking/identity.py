"""Who books: a card's JPKI user-authentication certificate, checked as issuance checks it.

The gateway sends a single-use nonce; the card signs a digest of it bound to booking (so no
signature made for another use fits). A card linked to one of the city's residents gives a
subject derived from that resident (stable across card renewals) and the resident rate; any
other valid card is a non-resident, by its certificate. The 個人番号 is never used.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gateway.booking.errors import BookingError
from gateway.booking.storage_ops import per_dialect, upsert
from gateway.issuance import service as issuance
from gateway.issuance.errors import IssuanceError
from gateway.issuance.service import IssuanceSettings, Proof
from gateway.issuance.trust import CardIdentity
from gateway.storage import booking_users, issuance_nonces, now_iso, resident_cards

CHALLENGE_LABEL = b"machikado-booking/1"


def challenge_digest(terminal_id: str, nonce: str) -> bytes:
    """The SHA-256 digest a card signs to book: label, terminal and nonce."""
    return hashlib.sha256(
        b"|".join((CHALLENGE_LABEL, terminal_id.encode(), nonce.encode()))
    ).digest()


# Made once: the statements every card check runs in its write (see storage_ops.per_dialect).
_THIS_NONCE = sa.and_(
    issuance_nonces.c.nonce == sa.bindparam("nonce_"),
    issuance_nonces.c.terminal_id == sa.bindparam("terminal_"),
)
_TAKE_NONCE = (
    issuance_nonces.update()
    .where(
        _THIS_NONCE,
        issuance_nonces.c.used_at.is_(None),
        issuance_nonces.c.expires_at >= sa.bindparam("now_s"),
    )
    .values(used_at=sa.bindparam("stamp"))
)
_NONCE = sa.select(issuance_nonces.c.expires_at, issuance_nonces.c.used_at).where(_THIS_NONCE)
_LINK = sa.select(resident_cards.c.resident_id).where(
    resident_cards.c.issuer == sa.bindparam("issuer_"),
    resident_cards.c.serial == sa.bindparam("serial_"),
)


@dataclass(frozen=True)
class User:
    """A registrant: a pseudonymous subject and whether the city counts them as a resident."""

    id: str
    resident: bool


def new_nonce(engine: Engine, settings: IssuanceSettings, terminal_id: str) -> dict[str, Any]:
    """A fresh single-use nonce for ``terminal_id`` and the digest its card must sign to book."""
    return issuance.new_nonce(engine, settings, terminal_id, digest=challenge_digest)


def check_card(
    settings: IssuanceSettings, terminal_id: str, proof: Proof
) -> CardIdentity | IssuanceError:
    """The card behind ``proof`` if its certificate and signature hold, else why not.

    Pure computation, no database: a write checks the card before its transaction opens, so
    the signature and chain checks never hold SQLite's write lock, nor run again on a retry.
    """
    try:
        return settings.trust.verify(
            proof.certificate_der,
            proof.signature,
            challenge_digest(terminal_id, proof.nonce),
            settings.clock(),
        )
    except IssuanceError as err:
        return err


def _subject(kind: str, value: str) -> str:
    return hashlib.sha256(f"machikado-booking|{kind}|{value}".encode()).hexdigest()[:40]


def identify(
    conn: Connection,
    settings: IssuanceSettings,
    terminal_id: str,
    proof: Proof,
    *,
    consume: bool,
    checked: CardIdentity | IssuanceError | None = None,
) -> User:
    """Check the nonce and the card's signature; the registrant (created on first use).

    ``checked`` is what :func:`check_card` found for this proof beforehand; the nonce is
    still checked first, so the refusals come in the same order either way. To consume, the
    nonce is taken by one UPDATE (a refusal after it rolls the write back, nonce and all), and
    only a nonce it could not take is looked up to say why.
    """
    now = settings.clock()
    nonce = {"nonce_": proof.nonce, "terminal_": terminal_id}
    taken = consume and (
        conn.execute(_TAKE_NONCE, {**nonce, "now_s": now.timestamp(), "stamp": now_iso()}).rowcount
        == 1
    )
    if not taken:
        _refuse_nonce(conn, nonce, now.timestamp(), consume)
    if checked is None:
        checked = check_card(settings, terminal_id, proof)
    if isinstance(checked, IssuanceError):
        raise checked
    card = checked
    link = conn.execute(_LINK, {"issuer_": card.issuer, "serial_": card.serial}).first()
    if link is not None and settings.registry.get(link.resident_id) is not None:
        user = User(_subject("resident", link.resident_id), resident=True)
    else:
        user = User(_subject("card", f"{card.issuer}|{card.serial}"), resident=False)
    register(conn, user)
    return user


def _refuse_nonce(conn: Connection, nonce: dict[str, str], now_s: float, consume: bool) -> None:
    """Why a nonce cannot be used (unknown, used, expired); returns for one that can be read."""
    row = conn.execute(_NONCE, nonce).first()
    if row is None:
        raise BookingError(403, "unknown_nonce", "this nonce was not issued to this terminal")
    if row.used_at is not None:
        raise BookingError(409, "nonce_used", "this nonce was already used; ask for a new one")
    if row.expires_at < now_s:
        raise BookingError(403, "nonce_expired", "this nonce has expired; ask for a new one")
    if consume:  # not seen within one transaction; refused rather than taken twice
        raise BookingError(409, "nonce_used", "this nonce was already used; ask for a new one")


def register(conn: Connection, user: User) -> None:
    """Record the registrant on first sight; keep their resident status current."""
    conn.execute(
        _register(conn), {"id": user.id, "resident": user.resident, "created_at": now_iso()}
    )


@per_dialect
def _register(conn: Connection) -> Any:
    insert = upsert(conn, booking_users)
    return insert.on_conflict_do_update(
        index_elements=("id",),
        set_={"resident": insert.excluded.resident},
        where=booking_users.c.resident != insert.excluded.resident,
    )
