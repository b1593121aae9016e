"""The certificate flow's issuance port over the gateway's HTTP API (offline_cache's client)."""

from __future__ import annotations

import base64
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from kiosk.blocks.identity.ports import PROOF_EXPIRED, CardProof, Nonce
from kiosk.services.certificates.core.ports import (
    Entitlement,
    GatewayError,
    Issued,
    Options,
    Order,
    ProofExpiredError,
)
from offline_cache import errors as cache
from offline_cache.client import GatewayClient

log = logging.getLogger(__name__)

ClientSource = Callable[[], GatewayClient | None]

# Codes whose key is named for the resident's situation rather than the gateway's wording.
RENAMED = {"unknown_card": "card_not_linked"}
# Every other code issuance answers with; each becomes the message key 'issuance.<code>'.
ISSUANCE_CODES = frozenset(
    {
        "bad_signature",
        "ca_not_valid",
        "certificate_expired",
        "certificate_not_for_authentication",
        "certificate_not_yet_valid",
        "certificate_revoked",
        "document_gone",
        "fee_changed",
        "issuance_not_configured",
        "issuance_restricted",
        "koseki_not_in_city",
        "malformed_certificate",
        "malformed_proof",
        "no_koseki",
        "no_seal_registration",
        "no_tax_record",
        "option_not_offered",
        "resident_moved_out",
        "resident_under_15",
        "revocation_unavailable",
        "too_many_copies",
        "unknown_certificate",
        "unknown_document",
        "unknown_issuance",
        "unknown_resident",
        "untrusted_certificate",
    }
)


def issuance_key(code: str) -> str:
    """The message key for a gateway issuance error code; 'gateway.rejected' for others."""
    code = RENAMED.get(code, code)
    if code in ISSUANCE_CODES or code in RENAMED.values():
        return f"issuance.{code}"
    return "gateway.rejected"


@contextmanager
def _translated() -> Iterator[None]:
    """Turn the client's errors into the flow's, chained to the original."""
    try:
        yield
    except cache.GatewayError as err:
        if err.code in PROOF_EXPIRED:
            raise ProofExpiredError() from err
        if isinstance(err, cache.GatewayAuthError):
            raise GatewayError(err.key) from err
        key = issuance_key(err.code)
        if key == "gateway.rejected" and isinstance(err, cache.GatewayServerError):
            key = err.key
        log.warning("gateway refused: %s %s", err.status, err.code)
        raise GatewayError(key) from err
    except cache.CacheError as err:
        log.warning("gateway not usable: %s", err.key)
        raise GatewayError(err.key) from err
    except (KeyError, TypeError, ValueError) as err:
        raise GatewayError(cache.GatewayProtocolError.key) from err


class IssuanceAdapter:
    """:class:`~kiosk.services.certificates.core.ports.IssuancePort` over a :class:`GatewayClient`.

    ``client`` is the client itself or a function that returns it once connected (the offline
    cache connects on its worker), None until then. Every call blocks: run it on a worker.
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
            raise GatewayError(cache.GatewayUnreachableError.key)
        return client

    def _proof(self, proof: CardProof) -> dict[str, str]:
        return {
            "auth_certificate": base64.b64encode(proof.certificate).decode("ascii"),
            "nonce": proof.nonce,
            "signature": base64.b64encode(proof.signature).decode("ascii"),
        }

    def nonce(self) -> Nonce:
        """A fresh single-use nonce and the digest the card signs for it."""
        client = self._client()
        with _translated():
            # A nonce is harmless to ask for twice: a fresh key each time is right.
            payload = client.post("issuance/nonces", {}, _fresh_key()).payload
            nonce = Nonce(str(payload["nonce"]), bytes.fromhex(payload["challenge_sha256"]))
        return nonce

    def eligibility(self, proof: CardProof) -> list[Entitlement]:
        """What the card's resident may get here; a reason key for each refused certificate."""
        client = self._client()
        with _translated():
            body = self._proof(proof)
            payload = client.post("issuance/eligibility", body, _fresh_key()).payload
            return [
                Entitlement(
                    certificate=str(entry["certificate"]),
                    names=dict(entry["name"]),
                    fee_yen=int(entry["fee_yen"]),
                    available=bool(entry["available"]),
                    reason=issuance_key(entry["reason"]) if entry.get("reason") else "",
                )
                for entry in payload["certificates"]
            ]

    def issue(self, proof: CardProof, order: Order, key: str) -> Issued:
        """Ask for ``order`` with the card's proof; the same ``key`` never issues twice."""
        item: dict[str, Any] = {"certificate": order.certificate, "copies": order.copies}
        if order.options != Options():
            item["options"] = {
                "household": order.options.household,
                "head_relationship": order.options.head_relationship,
                "honseki": order.options.honseki,
            }
        client = self._client()
        with _translated():
            body = {
                "proof": self._proof(proof),
                "items": [item],
                "expected_fee_yen": order.fee_yen,
            }
            result = client.post("issuance", body, key).payload["result"]
            return Issued(
                issuance_id=str(result["issuance_id"]),
                documents=len(result["documents"]),
                fee_yen=int(result["fee_yen"]),
            )

    def document(self, issuance_id: str, position: int) -> bytes:
        """Document ``position`` (from 1) of the issuance, as PDF bytes."""
        client = self._client()
        with _translated():
            pdf = client.get_bytes(
                f"issuance/{issuance_id}/documents/{position}", accept="application/pdf"
            )
        if not pdf.startswith(b"%PDF-"):
            raise GatewayError(cache.GatewayProtocolError.key)
        return pdf


def _fresh_key() -> str:
    return uuid.uuid4().hex
