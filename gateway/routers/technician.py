"""``/api/v1/technician``: the audit entries and diagnostics bundles terminals send."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse
from pydantic import Field, StringConstraints

from gateway.deps import Write
from gateway.errors import WRITE
from gateway.fields import RequestModel, Time
from gateway.idempotency import Accepted
from gateway.technician import record_audit, store_part

MAX_ENTRIES = 100
MAX_PARTS = 64
PART_BASE64 = 44 * 1024  # a 32 KiB part in base64, with room

Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_.:-]{0,64}$")]
Outcome = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.,=:-]{1,200}$")]
BundleId = Annotated[str, Path(pattern=r"^[a-f0-9]{32}$")]


class Entry(RequestModel):
    """One thing a technician did: when, who (a technician id or cli:<user>), what, on what."""

    at: Time
    who: Key
    action: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,32}$")]
    target: Key
    outcome: Outcome


class Audit(RequestModel):
    """Audit entries from one terminal (never a PIN or anything a resident entered)."""

    entries: list[Entry] = Field(min_length=1, max_length=MAX_ENTRIES)


class BundlePart(RequestModel):
    """One part of a diagnostics bundle (.tar.gz), in base64; the SHA-256 is of the whole."""

    name: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._-]{1,120}$")]
    part: Annotated[int, Field(ge=0, lt=MAX_PARTS, strict=True)]
    parts: Annotated[int, Field(ge=1, le=MAX_PARTS, strict=True)]
    sha256: Annotated[str, StringConstraints(pattern=r"^[a-f0-9]{64}$")]
    data: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/=]+$", max_length=PART_BASE64)]


router = APIRouter(tags=["technician"])


@router.post("/api/v1/technician/audit", status_code=201, responses=WRITE, response_model=Accepted)
def audit(report: Audit, write: Write) -> JSONResponse:
    """Keep the terminal's audit entries."""
    who = write.terminal
    entries = [entry.model_dump(mode="json") for entry in report.entries]
    return write.apply(
        "technician_audit", report, lambda c: {"kept": record_audit(c, who.id, entries)}
    )


@router.post(
    "/api/v1/technician/bundles/{bundle_id}",
    status_code=201,
    responses=WRITE,
    response_model=Accepted,
)
def bundle_part(bundle_id: BundleId, part: BundlePart, write: Write) -> JSONResponse:
    """Keep one part of a diagnostics bundle."""
    who = write.terminal
    body = part.model_dump()
    return write.apply("technician_bundle", part, lambda c: store_part(c, who.id, bundle_id, body))
