"""``/api/v1/telemetry``: heartbeats and usage counters, each applied once per Idempotency-Key."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import Field, StringConstraints

from gateway.deps import Write
from gateway.errors import WRITE
from gateway.fields import Count, Name, RequestModel, Seconds, Text, Time
from gateway.idempotency import Accepted
from gateway.telemetry import MAX_DEAD_LETTERS, add_counts, record_heartbeat

HealthState = Literal["ok", "degraded", "down", "absent"]
MAX_CACHE_AGE_S = 10 * 365 * 86400.0


class Heartbeat(RequestModel):
    """A terminal's periodic sign of life: software, device health, cache age, refused writes."""

    terminal_time: Time
    software_version: Annotated[Text, StringConstraints(min_length=1, max_length=64)]
    health: dict[Name, HealthState] = Field(default_factory=dict, max_length=32)
    cache_age_s: Annotated[Seconds, Field(le=MAX_CACHE_AGE_S)] | None = None
    dead_letters: Annotated[Count, Field(le=MAX_DEAD_LETTERS)] = Field(
        default=0, description="writes the terminal's outbox holds as permanently refused"
    )


class Counters(RequestModel):
    """Usage counts since the last report (services used, pages printed…); no personal data."""

    counts: dict[Name, Annotated[Count, Field(le=1_000_000)]] = Field(max_length=200)


router = APIRouter(tags=["telemetry"])


@router.post(
    "/api/v1/telemetry/heartbeat", status_code=201, responses=WRITE, response_model=Accepted
)
def heartbeat(beat: Heartbeat, write: Write) -> JSONResponse:
    """Store the terminal's latest heartbeat."""
    who, data = write.terminal, beat.model_dump(mode="json")
    return write.apply("heartbeat", beat, lambda c: record_heartbeat(c, who.id, data))


@router.post(
    "/api/v1/telemetry/counters", status_code=201, responses=WRITE, response_model=Accepted
)
def usage_counters(report: Counters, write: Write) -> JSONResponse:
    """Add usage counts to the terminal's totals."""
    who = write.terminal
    return write.apply(
        "counters", report, lambda c: {"totals": add_counts(c, who.id, report.counts)}
    )
