"""The gateway's HTTP application: its state, error handlers, body limit and domain routers.

Each domain's routes live in ``gateway.routers.<domain>`` as one ``router``; a new service adds
its module there and its router to ``ROUTERS`` here.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from sqlalchemy.engine import Engine

from content.config.alerts import AlertsConfig
from gateway import __version__
from gateway.alerts.hub import AlertHub
from gateway.alerts.settings import AlertSettings
from gateway.body_limit import BodyLimit
from gateway.datasets import EtagCache, SnapshotCache
from gateway.errors import EXCEPTION_HANDLERS
from gateway.issuance.service import IssuanceSettings
from gateway.routers import (
    alert_delivery,
    alerts,
    booking,
    datasets,
    health,
    issuance,
    signage,
    technician,
    telemetry,
    terminals,
)
from gateway.signage import ScanCounter
from gateway.token_cache import TOKEN_CACHE_S, TokenCache

MAX_BODY_BYTES = 64 * 1024
ETAG_CACHE_S = 1.0

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    datasets.router,
    telemetry.router,
    terminals.router,
    issuance.router,
    signage.router,
    technician.router,
    alerts.router,
    alert_delivery.router,
    booking.router,
)


def create_app(
    engine: Engine,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    issuance: IssuanceSettings | None = None,
    token_cache_s: float = TOKEN_CACHE_S,
    etag_cache_s: float = ETAG_CACHE_S,
    alert_settings: AlertSettings | None = None,
) -> FastAPI:
    """The gateway application over ``engine`` (already migrated); issuance when configured.

    ``token_cache_s`` bounds how long a revoked token may still be taken, ``etag_cache_s`` how
    long a dataset version published by another process may go unseen (0: never cached).
    ``alert_settings`` (the ``[alerts]`` table's drill switch and shelters) default to the
    sample city's.
    """
    app = FastAPI(
        title="Machikado gateway",
        version=__version__,
        description=(
            "The city's side of Machikado: datasets for terminals, their telemetry,"
            " certificate issuance with the My Number card, and the city's disaster alerts."
        ),
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        exception_handlers=EXCEPTION_HANDLERS,
    )
    app.state.engine = engine
    app.state.issuance = issuance
    app.state.snapshots = SnapshotCache()
    app.state.etags = EtagCache(etag_cache_s)
    app.state.tokens = TokenCache(token_cache_s)
    app.state.scans = ScanCounter()
    app.state.alert_settings = alert_settings or AlertSettings.from_config(AlertsConfig())
    app.state.alert_hub = AlertHub(engine, drills=app.state.alert_settings.show_drills)
    app.state.fetched_packages = {}  # terminal id → package seq this process last noted
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    return app
