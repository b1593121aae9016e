"""``/api/v1/datasets``: the list, whole snapshots and deltas, gzipped and cached by ETag."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy.engine import Engine

from gateway.datasets import (
    DATASET_NAME,
    DeltaUnavailableError,
    EtagCache,
    SnapshotCache,
    delta,
    list_datasets,
)
from gateway.deps import Database, TerminalAuth
from gateway.errors import AUTHENTICATED, ApiError, Responses, described


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


async def snapshot_cache(request: Request) -> SnapshotCache:
    """The gateway's cache of gzipped snapshots, set by ``create_app``."""
    cache: SnapshotCache = request.app.state.snapshots
    return cache


Snapshots = Annotated[SnapshotCache, Depends(snapshot_cache)]


async def etag_cache(request: Request) -> EtagCache:
    """The gateway's cache of current dataset ETags, set by ``create_app``."""
    cache: EtagCache = request.app.state.etags
    return cache


Etags = Annotated[EtagCache, Depends(etag_cache)]

DATASET_RESPONSES: Responses = {
    **AUTHENTICATED,
    200: {"description": "gzip-encoded JSON", "content": {"application/json": {}}},
    304: {"description": "If-None-Match matched: the terminal is up to date"},
    **described(404, "no such dataset"),
}

router = APIRouter(tags=["datasets"])


def _dataset_name(name: str) -> str:
    if not DATASET_NAME.fullmatch(name):
        raise ApiError(422, "invalid_dataset_name", f"dataset name {name[:80]!r} is malformed")
    return name


def _matches(etag: str, if_none_match: str | None) -> bool:
    return bool(if_none_match) and etag in [t.strip() for t in (if_none_match or "").split(",")]


async def _unchanged(
    engine: Engine, etags: EtagCache, name: str, if_none_match: str | None
) -> Response | None:
    """304 when the terminal's ETag is current, before any other work or query.

    A recently read ETag costs nothing; otherwise reading it is the one query (in a worker
    thread, so the event loop never waits on the database).
    """
    if not if_none_match:
        return None
    etag = etags.cached(name) or await run_in_threadpool(etags.load, engine, name)
    if etag is None or not _matches(etag, if_none_match):
        return None
    return Response(status_code=304, headers={"ETag": etag, "Cache-Control": "no-cache"})


def _gzip_response(etag: str, body: bytes, if_none_match: str | None) -> Response:
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if _matches(etag, if_none_match):
        return Response(status_code=304, headers=headers)
    headers["Content-Encoding"] = "gzip"
    return Response(body, media_type="application/json", headers=headers)


@router.get("/api/v1/datasets", responses=AUTHENTICATED)
def datasets(_terminal: TerminalAuth, engine: Database) -> DatasetList:
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


@router.get("/api/v1/datasets/{name}", responses=DATASET_RESPONSES, response_class=Response)
async def snapshot(
    name: str,
    _terminal: TerminalAuth,
    engine: Database,
    snapshots: Snapshots,
    etags: Etags,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """The whole dataset: ``{dataset, epoch, version, rows: [{key, data}]}``, gzipped."""
    unchanged = await _unchanged(engine, etags, _dataset_name(name), if_none_match)
    if unchanged is not None:
        return unchanged
    return await run_in_threadpool(_snapshot, engine, snapshots, name, if_none_match)


def _snapshot(
    engine: Engine, snapshots: SnapshotCache, name: str, if_none_match: str | None
) -> Response:
    found = snapshots.snapshot(engine, name)
    if found is None:
        raise ApiError(404, "unknown_dataset", f"there is no dataset {name!r}")
    info, body = found
    return _gzip_response(info.etag, body, if_none_match)


@router.get(
    "/api/v1/datasets/{name}/delta",
    responses={
        **DATASET_RESPONSES,
        **described(410, "no delta from there: fetch it whole"),
    },
    response_class=Response,
)
async def dataset_delta(
    name: str,
    _terminal: TerminalAuth,
    engine: Database,
    etags: Etags,
    since: Annotated[int, Query(ge=0, le=2**63 - 1, description="the version the terminal holds")],
    epoch: Annotated[
        str, Query(pattern=r"^[A-Za-z0-9_-]{1,32}$", description="that version's epoch")
    ],
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """Rows changed and deleted after ``since``: ``{…, changed: [{key, data}], deleted}``."""
    unchanged = await _unchanged(engine, etags, _dataset_name(name), if_none_match)
    if unchanged is not None:
        return unchanged
    return await run_in_threadpool(_delta, engine, name, epoch, since, if_none_match)


def _delta(
    engine: Engine, name: str, epoch: str, since: int, if_none_match: str | None
) -> Response:
    try:
        found = delta(engine, name, epoch, since)
    except DeltaUnavailableError as err:
        raise ApiError(410, "delta_unavailable", str(err)) from err
    if found is None:
        raise ApiError(404, "unknown_dataset", f"there is no dataset {name!r}")
    info, body = found
    return _gzip_response(info.etag, body, if_none_match)
