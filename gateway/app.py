"""The gateway's HTTP API under ``/api/v1``: datasets, telemetry, terminal authentication."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy.engine import Engine

from gateway import __version__
from gateway.body_limit import BodyLimit
from gateway.datasets import (
    DATASET_NAME,
    DeltaUnavailableError,
    SnapshotCache,
    delta,
    list_datasets,
)
from gateway.errors import AUTHENTICATED, EXCEPTION_HANDLERS, WRITE, ApiError, ErrorResponse
from gateway.issuance.api import add_routes as add_issuance_routes
from gateway.issuance.service import IssuanceSettings
from gateway.signage import add_routes as add_signage_routes
from gateway.storage import idempotency, now_iso
from gateway.telemetry import add_counts, record_heartbeat, terminal_state
from gateway.terminals import Terminal, find_by_token

MAX_BODY_BYTES = 64 * 1024
IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9_-]{8,128}")


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


class DatasetEntry(BaseModel):
    """One dataset in the list: its identity, version and size."""

    name: str
    epoch: str
    version: int
    etag: str
    updated_at: str
    rows: int


class DatasetList(BaseModel):
    """Every dataset a terminal can sync, with the gateway's clock."""

    server_time: str
    datasets: list[DatasetEntry]


class Accepted(BaseModel):
    """A write the gateway has applied (once, whatever the number of retries)."""

    accepted: bool
    received_at: str
    result: dict[str, Any]


def terminal(request: Request, authorization: Annotated[str | None, Header()] = None) -> Terminal:
    """The calling terminal, from its bearer token; 401 for a missing, unknown or revoked one."""
    if not authorization:
        raise ApiError(401, "missing_token", "send 'Authorization: Bearer <terminal token>'")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing_token", "expected 'Authorization: Bearer <terminal token>'")
    found = find_by_token(request.app.state.engine, token.strip())
    if found is None:
        raise ApiError(401, "unknown_terminal", "this token belongs to no registered terminal")
    if found.revoked_at is not None:
        raise ApiError(
            401, "terminal_revoked", f"terminal {found.id} was revoked at {found.revoked_at}"
        )
    return found


TerminalAuth = Annotated[Terminal, Depends(terminal)]


ERRORS = AUTHENTICATED


def create_app(
    engine: Engine,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    issuance: IssuanceSettings | None = None,
) -> FastAPI:
    """The gateway application over ``engine`` (already migrated); issuance when configured."""
    app = FastAPI(
        title="Machikado gateway",
        version=__version__,
        description=(
            "The city's side of Machikado: datasets for terminals, their telemetry, and"
            " certificate issuance with the My Number card."
        ),
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        exception_handlers=EXCEPTION_HANDLERS,
    )
    app.state.engine = engine
    snapshots = SnapshotCache()

    @app.get("/api/v1/health", tags=["service"])
    def health() -> dict[str, str]:
        """Liveness check; needs no token."""
        return {"status": "ok", "version": __version__}

    @app.get("/api/v1/datasets", tags=["datasets"], responses=ERRORS)
    def datasets(_terminal: TerminalAuth) -> DatasetList:
        """Every dataset with its current version and ETag."""
        entries = [
            DatasetEntry(
                name=i.name,
                epoch=i.epoch,
                version=i.version,
                etag=i.etag,
                updated_at=i.updated_at,
                rows=i.rows,
            )
            for i in list_datasets(engine)
        ]
        server_time = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        return DatasetList(server_time=server_time, datasets=entries)

    dataset_responses: dict[int | str, dict[str, Any]] = {
        **ERRORS,
        200: {
            "description": "gzip-encoded JSON",
            "content": {"application/json": {}},
        },
        304: {"description": "If-None-Match matched: the terminal is up to date"},
        404: {"model": ErrorResponse, "description": "no such dataset"},
    }

    def _dataset_name(name: str) -> str:
        if not DATASET_NAME.fullmatch(name):
            raise ApiError(422, "invalid_dataset_name", f"dataset name {name[:80]!r} is malformed")
        return name

    def _gzip_response(etag: str, body: bytes, if_none_match: str | None) -> Response:
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if if_none_match and etag in [tag.strip() for tag in if_none_match.split(",")]:
            return Response(status_code=304, headers=headers)
        headers["Content-Encoding"] = "gzip"
        return Response(body, media_type="application/json", headers=headers)

    @app.get(
        "/api/v1/datasets/{name}",
        tags=["datasets"],
        responses=dataset_responses,
        response_class=Response,
    )
    def snapshot(
        name: str, _terminal: TerminalAuth, if_none_match: Annotated[str | None, Header()] = None
    ) -> Response:
        """The whole dataset: ``{dataset, epoch, version, rows: [{key, data}]}``, gzipped."""
        found = snapshots.snapshot(engine, _dataset_name(name))
        if found is None:
            raise ApiError(404, "unknown_dataset", f"there is no dataset {name!r}")
        info, body = found
        return _gzip_response(info.etag, body, if_none_match)

    @app.get(
        "/api/v1/datasets/{name}/delta",
        tags=["datasets"],
        responses={
            **dataset_responses,
            410: {"model": ErrorResponse, "description": "no delta from there: fetch it whole"},
        },
        response_class=Response,
    )
    def dataset_delta(
        name: str,
        _terminal: TerminalAuth,
        since: Annotated[int, Query(ge=0, description="the version the terminal holds")],
        epoch: Annotated[str, Query(max_length=32, description="the epoch of that version")],
        if_none_match: Annotated[str | None, Header()] = None,
    ) -> Response:
        """Rows changed and deleted after ``since``: ``{…, changed: [{key, data}], deleted}``."""
        try:
            found = delta(engine, _dataset_name(name), epoch, since)
        except DeltaUnavailableError as err:
            raise ApiError(410, "delta_unavailable", str(err)) from err
        if found is None:
            raise ApiError(404, "unknown_dataset", f"there is no dataset {name!r}")
        info, body = found
        return _gzip_response(info.etag, body, if_none_match)

    def idempotent(
        who: Terminal,
        key: str | None,
        endpoint: str,
        payload: BaseModel,
        apply: Callable[[sa.Connection], dict[str, Any]],
    ) -> JSONResponse:
        if key is None:
            raise ApiError(400, "missing_idempotency_key", "every write needs an Idempotency-Key")
        if not IDEMPOTENCY_KEY.fullmatch(key):
            raise ApiError(
                400, "invalid_idempotency_key", "Idempotency-Key: expected 8-128 of A-Z a-z 0-9 _ -"
            )
        digest = hashlib.sha256(
            (endpoint + "\n" + payload.model_dump_json()).encode("utf-8")
        ).hexdigest()
        where = sa.and_(idempotency.c.terminal_id == who.id, idempotency.c.key == key)
        try:
            return _apply_once(who, key, endpoint, digest, where, apply)
        except sa.exc.IntegrityError:
            # The same key raced in from a retry and committed first: answer with its result.
            return _apply_once(who, key, endpoint, digest, where, apply)

    def _apply_once(
        who: Terminal,
        key: str,
        endpoint: str,
        digest: str,
        where: sa.ColumnElement[bool],
        apply: Callable[[sa.Connection], dict[str, Any]],
    ) -> JSONResponse:
        with engine.begin() as conn:
            seen = conn.execute(
                sa.select(
                    idempotency.c.request_hash, idempotency.c.status_code, idempotency.c.response
                ).where(where)
            ).first()
            if seen is None:
                received = now_iso()
                body = {"accepted": True, "received_at": received, "result": apply(conn)}
                conn.execute(
                    idempotency.insert().values(
                        terminal_id=who.id,
                        key=key,
                        endpoint=endpoint,
                        request_hash=digest,
                        status_code=201,
                        response=json.dumps(body),
                        created_at=received,
                    )
                )
                return JSONResponse(body, 201)
        if seen.request_hash != digest:
            raise ApiError(
                422,
                "idempotency_key_reused",
                "this Idempotency-Key was already used for a different request",
            )
        return JSONResponse(
            json.loads(seen.response), seen.status_code, headers={"Idempotent-Replayed": "true"}
        )

    write_responses = WRITE

    @app.post(
        "/api/v1/telemetry/heartbeat",
        tags=["telemetry"],
        status_code=201,
        responses=write_responses,
        response_model=Accepted,
    )
    def heartbeat(
        beat: Heartbeat,
        who: TerminalAuth,
        idempotency_key: Annotated[str | None, Header()] = None,
    ) -> JSONResponse:
        """Store the terminal's latest heartbeat."""
        data = beat.model_dump(mode="json")
        return idempotent(
            who, idempotency_key, "heartbeat", beat, lambda c: record_heartbeat(c, who.id, data)
        )

    @app.post(
        "/api/v1/telemetry/counters",
        tags=["telemetry"],
        status_code=201,
        responses=write_responses,
        response_model=Accepted,
    )
    def usage_counters(
        report: Counters,
        who: TerminalAuth,
        idempotency_key: Annotated[str | None, Header()] = None,
    ) -> JSONResponse:
        """Add usage counts to the terminal's totals."""
        return idempotent(
            who,
            idempotency_key,
            "counters",
            report,
            lambda c: {"totals": add_counts(c, who.id, report.counts)},
        )

    @app.get("/api/v1/terminals/me", tags=["telemetry"], responses=ERRORS)
    def me(who: TerminalAuth) -> dict[str, Any]:
        """The calling terminal's registration, latest heartbeat and counter totals."""
        return {"id": who.id, "description": who.description, **terminal_state(engine, who.id)}

    add_issuance_routes(
        app,
        engine,
        issuance,
        auth=TerminalAuth,
        idempotent=idempotent,
        errors=ERRORS,
        error_model=ErrorResponse,
    )
    add_signage_routes(
        app,
        engine,
        auth=TerminalAuth,
        idempotent=idempotent,
        errors=ERRORS,
        error_model=ErrorResponse,
    )
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    return app
