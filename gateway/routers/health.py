"""``/api/v1/health``: whether the gateway answers, for load balancers and terminals."""

from __future__ import annotations

from fastapi import APIRouter

from gateway import __version__

router = APIRouter(tags=["service"])


@router.get("/api/v1/health")
def health() -> dict[str, str]:
    """Liveness check; needs no token."""
    return {"status": "ok", "version": __version__}
