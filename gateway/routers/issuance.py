"""The issuance routes under ``/api/v1/issuance`` and the public ``/api/v1/verify/{code}``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, StringConstraints

from gateway.deps import Database, TerminalAuth, Write
from gateway.errors import AUTHENTICATED, INVALID, WRITE, Responses, described
from gateway.fields import Count, Flag, RequestModel
from gateway.idempotency import Accepted
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


class CardProof(RequestModel):
    """The card's answer to a nonce: its JPKI authentication certificate and signature."""

    auth_certificate: Base64 = Field(description="the user-authentication certificate, DER")
    nonce: Nonce
    signature: Base64 = Field(description="RSA PKCS#1 v1.5 over challenge_sha256 (DigestInfo)")

    def decode(self) -> Proof:
        """The decoded proof."""
        return Proof.decode(self.auth_certificate, self.nonce, self.signature)


class ItemOptions(RequestModel):
    """Options of 住民票の写し; other certificates take none."""

    household: Literal["self", "all"] = "self"
    head_relationship: Flag = False
    honseki: Flag = False


class ItemRequest(RequestModel):
    """One certificate type and its number of copies."""

    certificate: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,64}$")]
    copies: Annotated[Count, Field(ge=1, le=10)]
    options: ItemOptions = Field(default_factory=ItemOptions)


class IssuanceRequest(RequestModel):
    """What the resident chose, the fee the kiosk showed, and the card's proof."""

    proof: CardProof
    items: list[ItemRequest] = Field(min_length=1, max_length=7)
    expected_fee_yen: Annotated[Count, Field(le=100_000)]


class OutcomeReport(RequestModel):
    """Whether the documents came out of the printer."""

    outcome: Literal["printed", "failed"]
    detail: Detail = ""


class SettlementReport(RequestModel):
    """What happened to the fee: collected after printing, or refunded."""

    result: Literal["collected", "refunded"]
    amount_yen: Annotated[Count, Field(le=100_000)]
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


async def configured(request: Request) -> IssuanceSettings:
    """The gateway's issuance settings; 503 when it has no JPKI CA and CRL configured."""
    settings: IssuanceSettings | None = request.app.state.issuance
    if settings is None:
        raise IssuanceError(
            503, "issuance_not_configured", "this gateway has no JPKI CA and CRL configured"
        )
    return settings


Settings = Annotated[IssuanceSettings, Depends(configured)]

PROOF_ERRORS: Responses = {
    **AUTHENTICATED,
    **described(403, "bad signature, untrusted/expired/revoked certificate, bad or expired nonce"),
    **described(404, "the card is not linked to a resident"),
    **described(409, "nonce already used"),
    **described(503, "issuance not configured, or no current CRL"),
}
WRITE_ERRORS: Responses = {**WRITE, **described(409, "refused")}

# No router-wide tag: the public verification route is documented apart from the others.
router = APIRouter()


@router.post(
    "/api/v1/issuance/nonces",
    tags=["issuance"],
    status_code=201,
    responses={**AUTHENTICATED, **described(503, "issuance not configured")},
)
def nonce(who: TerminalAuth, engine: Database, settings: Settings) -> NonceAnswer:
    """A single-use nonce (valid for a short time) for the card to sign."""
    return NonceAnswer(**new_nonce(engine, settings, who.id))


@router.post("/api/v1/issuance/eligibility", tags=["issuance"], responses=PROOF_ERRORS)
def eligible(
    proof: CardProof, who: TerminalAuth, engine: Database, settings: Settings
) -> EligibilityAnswer:
    """Which certificates the card's resident may get here; does not use up the nonce."""
    found = eligibility(engine, settings, who.id, proof.decode())
    return EligibilityAnswer(certificates=[EligibilityEntry(**e) for e in found])


@router.post(
    "/api/v1/issuance",
    tags=["issuance"],
    status_code=201,
    response_model=Accepted,
    responses={**PROOF_ERRORS, **WRITE_ERRORS, **described(422, "unknown certificate, option")},
)
def issue(body: IssuanceRequest, write: Write, settings: Settings) -> JSONResponse:
    """Verify the card, check eligibility and render the PDFs; journaled as requested.

    The same Idempotency-Key and body answer with the same issuance, never a second one.
    """
    who, proof = write.terminal, body.proof.decode()
    items = [Item(i.certificate, i.copies, Options(**i.options.model_dump())) for i in body.items]

    def apply(conn: sa.Connection) -> dict[str, Any]:
        return request_issuance(conn, settings, who.id, proof, items, body.expected_fee_yen)

    try:
        return write.apply("issuance", body, apply)
    except IssuanceError as error:
        if error.code != "nonce_used":
            raise
        # A retry with this key may have won the race for the nonce: answer with its result.
        return write.apply("issuance", body, apply)


@router.get(
    "/api/v1/issuance/unsettled",
    tags=["issuance"],
    responses={**AUTHENTICATED, **described(503, "issuance not configured")},
)
def open_issuances(who: TerminalAuth, engine: Database, _settings: Settings) -> UnsettledAnswer:
    """For a terminal starting up: its issuances whose fee is not settled, and what to do."""
    return UnsettledAnswer(issuances=unsettled(engine, who.id))


@router.get(
    "/api/v1/issuance/{issuance_id}/documents/{position}",
    tags=["issuance"],
    response_class=Response,
    responses={
        **AUTHENTICATED,
        200: {"description": "the certificate", "content": {"application/pdf": {}}},
        **described(404, "no such issuance or document"),
        **described(410, "the issuance is settled or failed"),
    },
)
def document(
    issuance_id: IssuanceId,
    position: Annotated[int, Path(ge=1, le=10)],
    who: TerminalAuth,
    engine: Database,
    _settings: Settings,
) -> Response:
    """One document's A4 PDF, to print; gone once the issuance is settled or failed."""
    pdf = document_pdf(engine, who.id, issuance_id, position)
    return Response(pdf, media_type="application/pdf", headers={"Cache-Control": "no-store"})


@router.post(
    "/api/v1/issuance/{issuance_id}/outcome",
    tags=["issuance"],
    status_code=201,
    response_model=Accepted,
    responses={**WRITE_ERRORS, **described(404, "no such issuance")},
)
def outcome(
    issuance_id: IssuanceId, report: OutcomeReport, write: Write, _settings: Settings
) -> JSONResponse:
    """Journal whether the documents were printed or the job failed."""
    who = write.terminal
    return write.apply(
        f"issuance-outcome {issuance_id}",
        report,
        lambda c: record_outcome(c, who.id, issuance_id, report.outcome, report.detail),
    )


@router.post(
    "/api/v1/issuance/{issuance_id}/settlement",
    tags=["issuance"],
    status_code=201,
    response_model=Accepted,
    responses={**WRITE_ERRORS, **described(404, "no such issuance")},
)
def settlement(
    issuance_id: IssuanceId, report: SettlementReport, write: Write, _settings: Settings
) -> JSONResponse:
    """Journal the fee: collected (only after printing) or refunded."""
    who = write.terminal
    return write.apply(
        f"issuance-settlement {issuance_id}",
        report,
        lambda c: settle(c, who.id, issuance_id, report.result, report.amount_yen, report.detail),
    )


@router.get(
    "/api/v1/verify/{code}",
    tags=["verification"],
    responses={
        **INVALID,
        **described(404, "no certificate has this code"),
        **described(503, "not configured"),
    },
)
def verify(
    code: Annotated[str, Path(pattern=r"^[A-Za-z0-9-]{16,24}$")],
    engine: Database,
    settings: Settings,
) -> Verification:
    """Public: whether a printed verification code belongs to a certificate of this city."""
    return Verification(**verify_code(engine, settings, code))
