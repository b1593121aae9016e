"""``/api/v1/terminals/me``: what the gateway knows of the calling terminal."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from gateway.deps import Database, TerminalAuth
from gateway.errors import AUTHENTICATED
from gateway.telemetry import terminal_state

# Its registration comes with the latest telemetry, and it is documented with telemetry.
router = APIRouter(tags=["telemetry"])


@router.get("/api/v1/terminals/me", responses=AUTHENTICATED)
def me(who: TerminalAuth, engine: Database) -> dict[str, Any]:
    """The calling terminal's registration, latest heartbeat and counter totals."""
    return {"id": who.id, "description": who.description, **terminal_state(engine, who.id)}
