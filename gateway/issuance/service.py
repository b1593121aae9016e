"""Issuance as the journal sees it: nonces, identity, eligibility, documents, outcome, fee."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from content.municipality import Certificate, load_sample_municipality
from content.residents import Resident, ResidentRegistry, load_sample_residents
from gateway.city_time import CITY_ZONE
from gateway.issuance.artwork import font_path
from gateway.issuance.documents import Options, build_content, refusal
from gateway.issuance.errors import IssuanceError
from gateway.issuance.render import Issue, render_pdf
from gateway.issuance.trust import JpkiTrust, challenge_digest, fingerprint
from gateway.issuance.verification import check_verification_url, verification_link
from gateway.storage import (
    issuance_events,
    issuance_nonces,
    issuances,
    issued_documents,
    now_iso,
    resident_cards,
)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_COPIES = 10
SETTLEMENT_FOR = {"printed": ("collected", "refunded"), "failed": ("refunded",)}


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class IssuanceSettings:
    """What issuance needs: the JPKI trust, the registries, the catalogue and a few limits."""

    trust: JpkiTrust
    registry: ResidentRegistry = field(default_factory=load_sample_residents)
    catalogue: tuple[Certificate, ...] = field(
        default_factory=lambda: load_sample_municipality().certificates
    )
    nonce_ttl_s: float = 600.0  # the proof is used after choosing and paying
    # The city's public address where a printed code is checked; the code is appended.
    verification_url: str = ""
    clock: Callable[[], dt.datetime] = _utc_now

    def __post_init__(self) -> None:
        check_verification_url(self.verification_url)  # no certificate points nowhere
        font_path()  # fail at start-up, not at the first resident's request

    def certificate(self, certificate_id: str) -> Certificate:
        """The catalogue entry; 422 ``unknown_certificate`` when there is none."""
        for entry in self.catalogue:
            if entry.id == certificate_id:
                return entry
        raise IssuanceError(
            422, "unknown_certificate", f"this city does not issue {certificate_id!r}"
        )


@dataclass(frozen=True)
class Proof:
    """The card's answer to a nonce: its authentication certificate and signature."""

    certificate_der: bytes
    nonce: str
    signature: bytes

    @classmethod
    def decode(cls, certificate_b64: str, nonce: str, signature_b64: str) -> Proof:
        """From the request's base64 fields; 422 ``malformed_proof`` when they do not decode."""
        try:
            return cls(
                base64.b64decode(certificate_b64, validate=True),
                nonce,
                base64.b64decode(signature_b64, validate=True),
            )
        except (binascii.Error, ValueError) as err:
            raise IssuanceError(
                422, "malformed_proof", "certificate or signature is not base64"
            ) from err


@dataclass(frozen=True)
class Item:
    """One certificate type asked for: how many copies and with which options."""

    certificate: str
    copies: int
    options: Options


def _code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def normalise_code(code: str) -> str:
    """A verification code as typed (any case, with or without dashes) in its printed form."""
    raw = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def new_nonce(
    engine: Engine,
    settings: IssuanceSettings,
    terminal_id: str,
    *,
    digest: Callable[[str, str], bytes] | None = None,
) -> dict[str, Any]:
    """A fresh single-use nonce for ``terminal_id`` and the digest its card must sign.

    ``digest`` words the challenge (terminal id, nonce → SHA-256) for another purpose than
    issuance, such as booking; nonces of every purpose share one table and its expiry.
    """
    nonce = secrets.token_urlsafe(32)
    now = settings.clock()
    expires = now + dt.timedelta(seconds=settings.nonce_ttl_s)
    with engine.begin() as conn:
        conn.execute(
            issuance_nonces.delete().where(issuance_nonces.c.expires_at < now.timestamp() - 3600)
        )
        conn.execute(
            issuance_nonces.insert().values(
                nonce=nonce, terminal_id=terminal_id, expires_at=expires.timestamp()
            )
        )
    return {
        "nonce": nonce,
        "challenge_sha256": (digest or challenge_digest)(terminal_id, nonce).hex(),
        "expires_at": expires.replace(microsecond=0).isoformat(),
    }


def link_card(
    engine: Engine, settings: IssuanceSettings, resident_id: str, certificate_der: bytes
) -> None:
    """Record that a card's authentication certificate belongs to a resident (at card issue)."""
    from cryptography import x509

    if settings.registry.get(resident_id) is None:
        raise IssuanceError(404, "unknown_resident", f"no resident {resident_id}")
    cert = x509.load_der_x509_certificate(certificate_der)
    ca = settings.trust.issuer_of(cert)
    key = {"issuer": fingerprint(ca), "serial": format(cert.serial_number, "x")}
    with engine.begin() as conn:
        conn.execute(resident_cards.delete().filter_by(**key))
        conn.execute(
            resident_cards.insert().values(**key, resident_id=resident_id, linked_at=now_iso())
        )


def identify(
    conn: Connection,
    settings: IssuanceSettings,
    terminal_id: str,
    proof: Proof,
    *,
    consume: bool,
) -> Resident:
    """Check the nonce and the card's proof; the resident the card belongs to."""
    row = conn.execute(
        sa.select(issuance_nonces.c.expires_at, issuance_nonces.c.used_at).where(
            issuance_nonces.c.nonce == proof.nonce, issuance_nonces.c.terminal_id == terminal_id
        )
    ).first()
    now = settings.clock()
    if row is None:
        raise IssuanceError(403, "unknown_nonce", "this nonce was not issued to this terminal")
    if row.used_at is not None:
        raise IssuanceError(409, "nonce_used", "this nonce was already used; ask for a new one")
    if row.expires_at < now.timestamp():
        raise IssuanceError(403, "nonce_expired", "this nonce has expired; ask for a new one")
    identity = settings.trust.verify(
        proof.certificate_der, proof.signature, challenge_digest(terminal_id, proof.nonce), now
    )
    if consume:
        done = conn.execute(
            issuance_nonces.update()
            .where(issuance_nonces.c.nonce == proof.nonce, issuance_nonces.c.used_at.is_(None))
            .values(used_at=now_iso())
        )
        if done.rowcount != 1:
            raise IssuanceError(409, "nonce_used", "this nonce was already used; ask for a new one")
    link = conn.execute(
        sa.select(resident_cards.c.resident_id).where(
            resident_cards.c.issuer == identity.issuer, resident_cards.c.serial == identity.serial
        )
    ).first()
    resident = None if link is None else settings.registry.get(link.resident_id)
    if resident is None:
        raise IssuanceError(
            404, "unknown_card", "this card is not linked to a resident of this city"
        )
    return resident


def _today(settings: IssuanceSettings) -> dt.date:
    return settings.clock().astimezone(CITY_ZONE).date()


def eligibility(
    engine: Engine, settings: IssuanceSettings, terminal_id: str, proof: Proof
) -> list[dict[str, Any]]:
    """Every certificate in the catalogue: whether this card's resident may get it, and fee."""
    with engine.connect() as conn:
        resident = identify(conn, settings, terminal_id, proof, consume=False)
    today = _today(settings)
    answer = []
    for entry in settings.catalogue:
        refused = refusal(entry.id, resident, today)
        answer.append(
            {
                "certificate": entry.id,
                "name": entry.name,
                "fee_yen": entry.fee_yen,
                "available": refused is None,
                "reason": None if refused is None else refused.code,
            }
        )
    return answer


def request_issuance(
    conn: Connection,
    settings: IssuanceSettings,
    terminal_id: str,
    proof: Proof,
    items: list[Item],
    expected_fee_yen: int,
) -> dict[str, Any]:
    """Identify, check every item, render the PDFs and journal the issuance as requested."""
    resident = identify(conn, settings, terminal_id, proof, consume=True)
    today = _today(settings)
    if sum(item.copies for item in items) > MAX_COPIES:
        raise IssuanceError(422, "too_many_copies", f"at most {MAX_COPIES} copies in one request")
    fee = 0
    for item in items:
        entry = settings.certificate(item.certificate)
        if item.certificate != "juminhyo" and not item.options.is_default():
            raise IssuanceError(422, "option_not_offered", f"{item.certificate} takes no options")
        refused = refusal(item.certificate, resident, today)
        if refused is not None:
            raise refused
        fee += entry.fee_yen * item.copies
    if fee != expected_fee_yen:
        raise IssuanceError(
            409, "fee_changed", f"the fee is {fee} yen, not {expected_fee_yen}; show it again"
        )
    stamp = now_iso()
    issuance_id = f"{today:%Y%m%d}-{secrets.token_hex(4).upper()}"
    total = sum(item.copies for item in items)
    documents = []
    position = 0
    for item in items:
        content = build_content(item.certificate, resident, settings.registry, item.options)
        for _ in range(item.copies):
            position += 1
            code = _code()
            pdf = render_pdf(
                content,
                Issue(
                    city_hall=settings.registry.city_hall,
                    mayor=settings.registry.mayor,
                    issued_on=today,
                    issuance_id=issuance_id,
                    verification_code=code,
                    verification_url=verification_link(settings.verification_url, code),
                    copy=position,
                    copies=total,
                ),
            )
            digest = hashlib.sha256(pdf).hexdigest()
            conn.execute(
                issued_documents.insert().values(
                    code=code,
                    issuance_id=issuance_id,
                    position=position,
                    certificate=item.certificate,
                    sha256=digest,
                    pages=1,
                    pdf=pdf,
                    issued_at=stamp,
                )
            )
            documents.append(
                {
                    "position": position,
                    "certificate": item.certificate,
                    "verification_code": code,
                    "sha256": digest,
                    "pages": 1,
                    "url": f"/api/v1/issuance/{issuance_id}/documents/{position}",
                }
            )
    conn.execute(
        issuances.insert().values(
            id=issuance_id,
            terminal_id=terminal_id,
            resident_id=resident.id,
            state="requested",
            fee_yen=fee,
            items=json.dumps(
                [
                    {
                        "certificate": i.certificate,
                        "copies": i.copies,
                        "options": vars(i.options),
                    }
                    for i in items
                ]
            ),
            created_at=stamp,
            updated_at=stamp,
        )
    )
    _event(conn, issuance_id, "requested", f"fee {fee}")
    return {
        "issuance_id": issuance_id,
        "state": "requested",
        "fee_yen": fee,
        "documents": documents,
    }


def _event(conn: Connection, issuance_id: str, state: str, detail: str = "") -> None:
    seq = conn.execute(
        sa.select(sa.func.count()).where(issuance_events.c.issuance_id == issuance_id)
    ).scalar_one()
    conn.execute(
        issuance_events.insert().values(
            issuance_id=issuance_id, seq=seq + 1, at=now_iso(), state=state, detail=detail[:200]
        )
    )


def _own(conn: Connection, terminal_id: str, issuance_id: str) -> Any:
    row = conn.execute(
        sa.select(issuances).where(
            issuances.c.id == issuance_id, issuances.c.terminal_id == terminal_id
        )
    ).first()
    if row is None:
        raise IssuanceError(404, "unknown_issuance", f"this terminal has no issuance {issuance_id}")
    return row


def record_outcome(
    conn: Connection, terminal_id: str, issuance_id: str, outcome: str, detail: str
) -> dict[str, Any]:
    """Journal ``printed`` or ``failed`` for a requested issuance."""
    row = _own(conn, terminal_id, issuance_id)
    if row.state != "requested":
        raise IssuanceError(
            409, "invalid_transition", f"the issuance is already {row.state}, not requested"
        )
    conn.execute(
        issuances.update()
        .where(issuances.c.id == issuance_id)
        .values(state=outcome, updated_at=now_iso())
    )
    _event(conn, issuance_id, outcome, detail)
    return journal(conn, terminal_id, issuance_id)


def settle(
    conn: Connection,
    terminal_id: str,
    issuance_id: str,
    result: str,
    amount_yen: int,
    detail: str,
) -> dict[str, Any]:
    """Journal what happened to the fee; PDFs are dropped, the verification codes stay."""
    row = _own(conn, terminal_id, issuance_id)
    if row.state == "requested":
        raise IssuanceError(
            409, "not_printed_yet", "report printed or failed before settling the fee"
        )
    if row.state == "settled":
        raise IssuanceError(409, "invalid_transition", "the fee is already settled")
    if result not in SETTLEMENT_FOR[row.state]:
        raise IssuanceError(
            409, "charge_without_certificates", "nothing was printed, so no fee may be collected"
        )
    expected = row.fee_yen if result == "collected" else 0
    if amount_yen != expected:
        raise IssuanceError(
            422, "wrong_amount", f"{result} must be {expected} yen for this issuance"
        )
    conn.execute(
        issuances.update()
        .where(issuances.c.id == issuance_id)
        .values(state="settled", settlement=result, updated_at=now_iso())
    )
    conn.execute(
        issued_documents.update()
        .where(issued_documents.c.issuance_id == issuance_id)
        .values(pdf=None)
    )
    _event(conn, issuance_id, "settled", f"{result} {amount_yen}{' ' + detail if detail else ''}")
    return journal(conn, terminal_id, issuance_id)


def journal(conn: Connection, terminal_id: str, issuance_id: str) -> dict[str, Any]:
    """An issuance's state, fee and every journal entry."""
    row = _own(conn, terminal_id, issuance_id)
    events = conn.execute(
        sa.select(issuance_events.c.at, issuance_events.c.state, issuance_events.c.detail)
        .where(issuance_events.c.issuance_id == issuance_id)
        .order_by(issuance_events.c.seq)
    ).all()
    documents = conn.execute(
        sa.select(issued_documents.c.position, issued_documents.c.certificate)
        .where(issued_documents.c.issuance_id == issuance_id)
        .order_by(issued_documents.c.position)
    ).all()
    return {
        "issuance_id": row.id,
        "state": row.state,
        "settlement": row.settlement,
        "fee_yen": row.fee_yen,
        "created_at": row.created_at,
        "documents": [{"position": d.position, "certificate": d.certificate} for d in documents],
        "journal": [{"at": e.at, "state": e.state, "detail": e.detail} for e in events],
    }


def unsettled(engine: Engine, terminal_id: str) -> list[dict[str, Any]]:
    """This terminal's issuances whose fee is not settled yet, with what must happen next."""
    with engine.connect() as conn:
        ids = conn.execute(
            sa.select(issuances.c.id)
            .where(issuances.c.terminal_id == terminal_id, issuances.c.state != "settled")
            .order_by(issuances.c.created_at, issuances.c.id)
        ).scalars()
        found = [journal(conn, terminal_id, i) for i in ids]
    steps = {
        "requested": "report_outcome",
        "printed": "collect_fee",
        "failed": "refund_fee",
    }
    return [{**item, "next": steps[item["state"]]} for item in found]


def document_pdf(engine: Engine, terminal_id: str, issuance_id: str, position: int) -> bytes:
    """A document's PDF while its issuance is being printed; 410 once settled or failed."""
    with engine.connect() as conn:
        row = _own(conn, terminal_id, issuance_id)
        doc = conn.execute(
            sa.select(issued_documents.c.pdf).where(
                issued_documents.c.issuance_id == issuance_id,
                issued_documents.c.position == position,
            )
        ).first()
    if doc is None:
        raise IssuanceError(404, "unknown_document", f"no document {position} in this issuance")
    if row.state in ("failed", "settled") or doc.pdf is None:
        raise IssuanceError(410, "document_gone", f"the issuance is {row.state}; nothing to print")
    return bytes(doc.pdf)


def verify_code(engine: Engine, settings: IssuanceSettings, code: str) -> dict[str, Any]:
    """What the city can say about a printed code: type, date, state and the PDF's digest."""
    printed = normalise_code(code)
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(
                issued_documents.c.certificate,
                issued_documents.c.sha256,
                issued_documents.c.pages,
                issued_documents.c.issued_at,
                issuances.c.state,
                issuances.c.settlement,
            )
            .join(issuances, issuances.c.id == issued_documents.c.issuance_id)
            .where(issued_documents.c.code == printed)
        ).first()
    if row is None:
        raise IssuanceError(404, "unknown_code", "no certificate was issued with this code")
    if row.state == "failed" or (row.state == "settled" and row.settlement == "refunded"):
        status = "void"
    elif row.state == "requested":
        status = "pending"
    else:
        status = "valid"
    entry = settings.certificate(row.certificate)
    return {
        "code": printed,
        "status": status,
        "certificate": row.certificate,
        "certificate_name": entry.name["ja"],
        "issuer": settings.registry.city_hall,
        "issued_at": row.issued_at,
        "pages": row.pages,
        "sha256": row.sha256,
    }
