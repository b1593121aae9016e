"""Facility booking's port over the gateway's HTTP API (offline_cache's client).

Every write carries the Idempotency-Key the flow chose. The client already sends a write again
with the same key after a network fault; when every try is lost the flow is told the answer was
lost (:class:`AnswerLostError`) and may send it once more with that key, getting the booking the
gateway made, never a second one.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from kiosk.blocks.identity.ports import PROOF_EXPIRED, CardProof, Nonce
from kiosk.services.booking.core.ports import (
    AnswerLostError,
    Booking,
    BookingError,
    BookingRefusedError,
    Entry,
    Holder,
    ProofExpiredError,
    Slot,
    Wish,
)
from offline_cache import errors as cache
from offline_cache.client import GatewayClient

log = logging.getLogger(__name__)

ClientSource = Callable[[], GatewayClient | None]

# The card's certificate was not accepted: one wording for every reason the gateway names.
CARD_REFUSED = frozenset(
    {
        "bad_signature",
        "ca_not_valid",
        "certificate_expired",
        "certificate_not_for_authentication",
        "certificate_not_yet_valid",
        "certificate_revoked",
        "malformed_certificate",
        "malformed_proof",
        "revocation_unavailable",
        "untrusted_certificate",
    }
)
# The refusals booking words itself, each as 'booking.<code>'.
BOOKING_CODES = frozenset(
    {
        "already_entered",
        "amount_mismatch",
        "booking_expired",
        "facility_closed",
        "fee_changed",
        "identity_not_configured",
        "not_a_member",
        "not_cancellable",
        "not_one_lottery",
        "not_provisional",
        "outside_booking_window",
        "quota_reached",
        "residents_only",
        "slot_taken",
        "suspended",
        "unknown_booking",
        "unknown_facility",
        "unknown_unit",
        "unknown_division",
        "wrong_month",
    }
)


def refusal_key(code: str) -> str:
    """The message key for a gateway booking error code; 'gateway.rejected' for others."""
    if code in CARD_REFUSED:
        return "booking.card_not_accepted"
    if code in BOOKING_CODES:
        return f"booking.{code}"
    return "gateway.rejected"


@contextmanager
def _translated(*, write: bool) -> Iterator[None]:
    """Turn the client's errors into booking's, chained to the original."""
    try:
        yield
    except cache.GatewayError as err:
        if err.code in PROOF_EXPIRED:
            raise ProofExpiredError() from err
        if isinstance(err, cache.GatewayAuthError):
            raise BookingError(err.key) from err
        key = refusal_key(err.code)
        if key == "gateway.rejected" and isinstance(err, cache.GatewayServerError):
            if write:
                raise AnswerLostError() from err
            key = err.key
        log.info("booking refused: %s %s", err.status, err.code)
        raise BookingRefusedError(key, err.detail) from err
    except cache.GatewayUnreachableError as err:
        if write and not isinstance(err, cache.GatewayTlsError):
            raise AnswerLostError() from err
        raise BookingError(err.key) from err
    except cache.CacheError as err:
        log.warning("gateway not usable: %s", err.key)
        raise BookingError(err.key) from err
    except (KeyError, TypeError, ValueError) as err:
        raise BookingError(cache.GatewayProtocolError.key) from err


def _date(text: Any) -> dt.date:
    return dt.date.fromisoformat(str(text))


def _moment(text: Any) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(str(text))


def booking_of(data: dict[str, Any]) -> Booking:
    """A booking from the gateway's JSON."""
    refund = data.get("refund_yen")
    percent = data.get("refund_percent")
    return Booking(
        id=str(data["id"]),
        facility=str(data["facility"]),
        unit=str(data["unit"]),
        date=_date(data["date"]),
        divisions=tuple(str(d) for d in data["divisions"]),
        state=str(data["state"]),
        payment=None if data.get("payment") is None else str(data["payment"]),
        fee_yen=int(data["fee_yen"]),
        refund_yen=None if refund is None else int(refund),
        refund_percent=None if percent is None else int(percent),
        expires_at=_moment(data.get("expires_at")),
    )


def entry_of(data: dict[str, Any]) -> Entry:
    """A lottery entry (with its outcome once drawn) from the gateway's JSON."""
    wishes = tuple(
        Wish(
            unit=str(w["unit"]),
            date=_date(w["day"]),
            divisions=tuple(str(d) for d in w["divisions"]),
            won=None if w.get("won") is None else bool(w["won"]),
            waitlist_position=None
            if w.get("waitlist_position") is None
            else int(w["waitlist_position"]),
        )
        for w in data["wishes"]
    )
    return Entry(
        id=str(data["entry"]),
        facility=str(data["facility"]),
        month=str(data["month"]),
        state=str(data.get("state", "open")),
        wishes=wishes,
        draw_at=_moment(data.get("draw_at")),
    )


class BookingAdapter:
    """:class:`~kiosk.services.booking.core.ports.BookingPort` over a :class:`GatewayClient`.

    ``client`` is the client itself or a function that returns it once connected (None until
    then). Every call blocks: run it on a worker.
    """

    def __init__(self, client: GatewayClient | ClientSource) -> None:
        if isinstance(client, GatewayClient):
            fixed = client
            self._source: ClientSource = lambda: fixed
        else:
            self._source = client

    def _client(self) -> GatewayClient:
        client = self._source()
        if client is None:
            raise BookingError(cache.GatewayUnreachableError.key)
        return client

    @staticmethod
    def _proof(proof: CardProof) -> dict[str, str]:
        return {
            "auth_certificate": base64.b64encode(proof.certificate).decode("ascii"),
            "nonce": proof.nonce,
            "signature": base64.b64encode(proof.signature).decode("ascii"),
        }

    def nonce(self) -> Nonce:
        """A fresh single-use nonce and the digest the card signs for it."""
        client = self._client()
        with _translated(write=False):
            payload = client.post("booking/nonces", {}, uuid.uuid4().hex).payload
            return Nonce(str(payload["nonce"]), bytes.fromhex(payload["challenge_sha256"]))

    def holder(self, proof: CardProof) -> Holder:
        """The card holder's bookings, entries, points and any suspension."""
        client = self._client()
        with _translated(write=False):
            data = client.post("booking/mine", {"proof": self._proof(proof)}, uuid.uuid4().hex)
            payload = data.payload
            until = payload.get("suspended_until")
            return Holder(
                resident=bool(payload["resident"]),
                bookings=tuple(booking_of(b) for b in payload["bookings"]),
                entries=tuple(entry_of(e) for e in payload["lottery"]),
                penalty_points=int(payload.get("penalty_points", 0)),
                suspended_until=None if until is None else _date(str(until)[:10]),
                groups=tuple(str(g) for g in payload.get("groups", ())),
            )

    def book(self, proof: CardProof, slot: Slot, fee_yen: int, key: str) -> Booking:
        """A provisional booking at the fee the resident saw; the same ``key`` books once."""
        body = {
            "proof": self._proof(proof),
            "facility": slot.facility,
            "unit": slot.unit,
            "date": slot.date.isoformat(),
            "divisions": list(slot.divisions),
            "expected_fee_yen": fee_yen,
        }
        client = self._client()
        with _translated(write=True):
            return booking_of(client.post("booking/bookings", body, key).payload["result"])

    def confirm(self, booking_id: str, payment: str, amount_yen: int, key: str) -> Booking:
        """Paid here (``amount_yen`` taken) or to be paid at the ``counter``."""
        body = {"payment": payment, "amount_yen": amount_yen}
        client = self._client()
        with _translated(write=True):
            reply = client.post(f"booking/bookings/{booking_id}/confirm", body, key)
            return booking_of(reply.payload["result"])

    def cancel(self, proof: CardProof, booking_id: str, key: str) -> Booking:
        """Cancel it; the answer states the refund."""
        client = self._client()
        with _translated(write=True):
            reply = client.post(
                f"booking/bookings/{booking_id}/cancel", {"proof": self._proof(proof)}, key
            )
            return booking_of(reply.payload["result"])

    def enter(self, proof: CardProof, month: str, wishes: tuple[Slot, ...], key: str) -> Entry:
        """Enter ``month``'s lottery with ranked wishes of one facility."""
        if not wishes:
            raise ValueError("a lottery entry needs one wish or more")
        body = {
            "proof": self._proof(proof),
            "facility": wishes[0].facility,
            "month": month,
            "wishes": [
                {"unit": w.unit, "date": w.date.isoformat(), "divisions": list(w.divisions)}
                for w in wishes
            ],
        }
        client = self._client()
        with _translated(write=True):
            return entry_of(client.post("booking/lottery/entries", body, key).payload["result"])
