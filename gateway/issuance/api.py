"""The issuance routes under ``/api/v1/issuance`` and the public ``/api/v1/verify/{code}``."""

from collections.abc import Callable
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import FastAPI, Header, Path, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy.engine import Engine

from gateway.issuance.documents import Options
from gateway.issuance.errors import IssuanceError
from gateway.issuance.service import (
    IssuanceSettings,
    Item,
    Proof,
    document_pdf,
    eligibility,
    new_nonce,
    record_outcome,
    request_issuance,
    settle,
    unsettled,
    verify_code,
)

Base64 = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/=]+$", max_length=12_000)]
Nonce = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{16,64}$")]
Detail = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_.]{0,64}$")]
IssuanceId = Annotated[str, Path(pattern=r"^\d{8}-[0-9A-F]{8}$")]


class CardProof(BaseModel):
    """The card's answer to a nonce: its JPKI authentication certificate and signature."""

    model_config = ConfigDict(extra="forbid")

    auth_certificate: Base64 = Field(description="the user-authentication certificate, DER")
    nonce: Nonce
    signature: Base64 = Field(description="RSA PKCS#1 v1.5 over challenge_sha256 (DigestInfo)")

    def decode(self) -> Proof:
        """The decoded proof."""
        return Proof.decode(self.auth_certificate, self.nonce, self.signature)


class ItemOptions(BaseModel):
    """Options of 住民票の写し; other certificates take none."""

    model_config = ConfigDict(extra="forbid")

    household: Literal["self", "all"] = "self"
    head_relationship: bool = False
    honseki: bool = False


class ItemRequest(BaseModel):
    """One certificate type and its number of copies."""

    model_config = ConfigDict(extra="forbid")

    certificate: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,64}$")]
    copies: int = Field(ge=1, le=10)
    options: ItemOptions = Field(default_factory=ItemOptions)


class IssuanceRequest(BaseModel):
    """What the resident chose, the fee the kiosk showed, and the card's proof."""

    model_config = ConfigDict(extra="forbid")

    proof: CardProof
    items: list[ItemRequest] = Field(min_length=1, max_length=7)
    expected_fee_yen: int = Field(ge=0, le=100_000)


class OutcomeReport(BaseModel):
    """Whether the documents came out of the printer."""

    model_config = ConfigDict(extra="forbid")

    outcome: Literal["printed", "failed"]
    detail: Detail = ""


class SettlementReport(BaseModel):
    """What happened to the fee: collected after printing, or refunded."""

    model_config = ConfigDict(extra="forbid")

    result: Literal["collected", "refunded"]
    amount_yen: int = Field(ge=0, le=100_000)
    detail: Detail = ""


class NonceAnswer(BaseModel):
    """A single-use nonce and the SHA-256 digest the card must sign for it."""

    nonce: str
    challenge_sha256: str
    expires_at: str


class EligibilityEntry(BaseModel):
    """One certificate: whether this resident may get it here, and why not."""

    certificate: str
    name: dict[str, str]
    fee_yen: int
    available: bool
    reason: str | None


class EligibilityAnswer(BaseModel):
    """The catalogue as it applies to the card's resident (no personal data)."""

    certificates: list[EligibilityEntry]


class Verification(BaseModel):
    """What the city says about a verification code."""

    code: str
    status: Literal["valid", "pending", "void"]
    certificate: str
    certificate_name: str
    issuer: str
    issued_at: str
    pages: int
    sha256: str


class UnsettledAnswer(BaseModel):
    """Issuances of this terminal whose fee is still open, with the next step for each."""

    issuances: list[dict[str, Any]]


Idempotent = Callable[..., JSONResponse]


def add_routes(
    app: FastAPI,
    engine: Engine,
    settings: IssuanceSettings | None,
    *,
    auth: Any,
    idempotent: Idempotent,
    errors: dict[int | str, dict[str, Any]],
    error_model: type[BaseModel],
) -> None:
    """Add the issuance and verification routes to ``app``."""

    def configured() -> IssuanceSettings:
        if settings is None:
            raise IssuanceError(
                503, "issuance_not_configured", "this gateway has no JPKI CA and CRL configured"
            )
        return settings

    def err(status: int, text: str) -> dict[int | str, dict[str, Any]]:
        return {status: {"model": error_model, "description": text}}

    proof_errors = {
        **errors,
        **err(403, "bad signature, untrusted/expired/revoked certificate, bad or expired nonce"),
        **err(404, "the card is not linked to a resident"),
        **err(409, "nonce already used"),
        **err(503, "issuance not configured, or no current CRL"),
    }
    write_errors = {**err(400, "missing or malformed Idempotency-Key"), **err(409, "refused")}

    @app.post(
        "/api/v1/issuance/nonces",
        tags=["issuance"],
        status_code=201,
        responses={**errors, **err(503, "issuance not configured")},
    )
    def nonce(who: auth) -> NonceAnswer:
        """A single-use nonce (valid for a short time) for the card to sign."""
        return NonceAnswer(**new_nonce(engine, configured(), who.id))

    @app.post("/api/v1/issuance/eligibility", tags=["issuance"], responses=proof_errors)
    def eligible(proof: CardProof, who: auth) -> EligibilityAnswer:
        """Which certificates the card's resident may get here; does not use up the nonce."""
        found = eligibility(engine, configured(), who.id, proof.decode())
        return EligibilityAnswer(certificates=[EligibilityEntry(**e) for e in found])

    @app.post(
        "/api/v1/issuance",
        tags=["issuance"],
        status_code=201,
        responses={**proof_errors, **write_errors, **err(422, "unknown certificate, option")},
    )
    def issue(
        body: IssuanceRequest,
        request: Request,
        who: auth,
        idempotency_key: Annotated[str | None, Header()] = None,
    ) -> JSONResponse:
        """Verify the card, check eligibility and render the PDFs; journaled as requested.

        The same Idempotency-Key and body answer with the same issuance, never a second one.
        """
        current = configured()
        proof = body.proof.decode()
        items = [
            Item(i.certificate, i.copies, Options(**i.options.model_dump())) for i in body.items
        ]
        base = current.verify_url or str(request.base_url).rstrip("/") + "/api/v1/verify/"

        def apply(conn: sa.Connection) -> dict[str, Any]:
            return request_issuance(
                conn, current, who.id, proof, items, body.expected_fee_yen, base
            )

        try:
            return idempotent(who, idempotency_key, "issuance", body, apply)
        except IssuanceError as error:
            if error.code != "nonce_used":
                raise
            # A retry with this key may have won the race for the nonce: answer with its result.
            return idempotent(who, idempotency_key, "issuance", body, apply)

    @app.get(
        "/api/v1/issuance/unsettled",
        tags=["issuance"],
        responses={**errors, **err(503, "issuance not configured")},
    )
    def open_issuances(who: auth) -> UnsettledAnswer:
        """For a terminal starting up: its issuances whose fee is not settled, and what to do."""
        configured()
        return UnsettledAnswer(issuances=unsettled(engine, who.id))

    @app.get(
        "/api/v1/issuance/{issuance_id}/documents/{position}",
        tags=["issuance"],
        response_class=Response,
        responses={
            **errors,
            200: {"description": "the certificate", "content": {"application/pdf": {}}},
            **err(404, "no such issuance or document"),
            **err(410, "the issuance is settled or failed"),
        },
    )
    def document(
        issuance_id: IssuanceId,
        position: Annotated[int, Path(ge=1, le=10)],
        who: auth,
    ) -> Response:
        """One document's A4 PDF, to print; gone once the issuance is settled or failed."""
        configured()
        pdf = document_pdf(engine, who.id, issuance_id, position)
        return Response(pdf, media_type="application/pdf", headers={"Cache-Control": "no-store"})

    @app.post(
        "/api/v1/issuance/{issuance_id}/outcome",
        tags=["issuance"],
        status_code=201,
        responses={**errors, **write_errors, **err(404, "no such issuance")},
    )
    def outcome(
        issuance_id: IssuanceId,
        report: OutcomeReport,
        who: auth,
        idempotency_key: Annotated[str | None, Header()] = None,
    ) -> JSONResponse:
        """Journal whether the documents were printed or the job failed."""
        configured()
        return idempotent(
            who,
            idempotency_key,
            f"issuance-outcome {issuance_id}",
            report,
            lambda c: record_outcome(c, who.id, issuance_id, report.outcome, report.detail),
        )

    @app.post(
        "/api/v1/issuance/{issuance_id}/settlement",
        tags=["issuance"],
        status_code=201,
        responses={**errors, **write_errors, **err(404, "no such issuance")},
    )
    def settlement(
        issuance_id: IssuanceId,
        report: SettlementReport,
        who: auth,
        idempotency_key: Annotated[str | None, Header()] = None,
    ) -> JSONResponse:
        """Journal the fee: collected (only after printing) or refunded."""
        configured()
        return idempotent(
            who,
            idempotency_key,
            f"issuance-settlement {issuance_id}",
            report,
            lambda c: settle(
                c, who.id, issuance_id, report.result, report.amount_yen, report.detail
            ),
        )

    @app.get(
        "/api/v1/verify/{code}",
        tags=["verification"],
        responses={**err(404, "no certificate has this code"), **err(503, "not configured")},
    )
    def verify(code: Annotated[str, Path(pattern=r"^[A-Za-z0-9-]{16,24}$")]) -> Verification:
        """Public: whether a printed verification code belongs to a certificate of this city."""
        return Verification(**verify_code(engine, configured(), code))
