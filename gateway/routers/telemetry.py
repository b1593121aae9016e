"""``/api/v1/telemetry``: heartbeats and usage counters, each applied once per Idempotency-Key."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from gateway.deps import Write
from gateway.errors import WRITE
from gateway.idempotency import Accepted
from gateway.telemetry import add_counts, record_heartbeat

CounterName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_.]{1,64}$")]
HealthState = Literal["ok", "degraded", "down", "absent"]


class Heartbeat(BaseModel):
    """A terminal's periodic sign of life: software, device health and cache age."""

    model_config = ConfigDict(extra="forbid")

    terminal_time: dt.datetime
    software_version: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    health: dict[CounterName, HealthState] = Field(default_factory=dict, max_length=32)
    cache_age_s: float | None = Field(default=None, ge=0)


class Counters(BaseModel):
    """Usage counts since the last report (services used, pages printed…); no personal data."""

    model_config = ConfigDict(extra="forbid")

    counts: dict[CounterName, Annotated[int, Field(ge=0, le=1_000_000)]] = Field(max_length=200)


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
