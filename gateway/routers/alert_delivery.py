"""Alerts for terminals: pushed as server-sent events, polled with an ETag, acknowledged.

``GET /api/v1/alerts/stream`` (``text/event-stream``) sends, at connect, a ``snapshot`` event
with every alert in force — or, with ``Last-Event-ID``, only the ``alert`` and ``end`` events
since that revision — then each change as it is committed by any gateway process, and a comment
every ``HEARTBEAT_S`` so that proxies keep the connection and the terminal knows it is alive.
``GET /api/v1/alerts/active`` is the same snapshot for a terminal whose stream fails.
Only terminals' tokens are taken here; operators use the rest of ``/api/v1/alerts``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import Field, StringConstraints
from sqlalchemy.engine import Engine

from gateway.alerts.coverage import Acknowledgement, record
from gateway.alerts.hub import (
    AlertHub,
    Snapshot,
    StreamEvent,
    changes_since,
    delivered,
    read_snapshot,
)
from gateway.alerts.store import MAX_KEY
from gateway.deps import Database, TerminalAuth, Write
from gateway.errors import AUTHENTICATED, WRITE, Responses
from gateway.fields import RequestModel, Text, Time
from gateway.idempotency import Accepted

HEARTBEAT_S = 15.0
RETRY_MS = 3000
# How often a quiet stream checks that its terminal is still connected.
DISCONNECT_CHECK_S = 1.0
# The audit trail's ids are 32-bit integers: a larger Last-Event-ID is none the gateway gave.
MAX_EVENT_ID = 2**31 - 1

STREAM_RESPONSES: Responses = {
    **AUTHENTICATED,
    200: {
        "description": (
            "server-sent events: ``snapshot`` ({revision, alerts}), ``alert`` (an alert in"
            " force, new or changed), ``end`` ({key, state, version}); each with its revision"
            " as ``id``; a comment line as heartbeat"
        ),
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
    },
}
ACTIVE_RESPONSES: Responses = {
    **AUTHENTICATED,
    200: {"description": "the alerts in force: {revision, alerts}"},
    304: {"description": "If-None-Match matched: the terminal holds what is in force"},
}


def alert_hub(request: Request) -> AlertHub:
    """This process's hub of alerts in force, set by ``create_app``."""
    hub: AlertHub = request.app.state.alert_hub
    return hub


Hub = Annotated[AlertHub, Depends(alert_hub)]

router = APIRouter(tags=["alerts for terminals"])


def frame(event: StreamEvent) -> bytes:
    """One event in the ``text/event-stream`` format (its JSON data on one line)."""
    data = json.dumps(event.data, ensure_ascii=False, separators=(",", ":"))
    return f"id: {event.revision}\nevent: {event.name}\ndata: {data}\n\n".encode()


def snapshot_body(snapshot: Snapshot) -> dict[str, Any]:
    """A snapshot as JSON: its revision and every alert in force."""
    return {"revision": snapshot.revision, "alerts": [delivered(s) for s in snapshot.alerts]}


def _resume_from(last_event_id: str | None) -> int | None:
    text = (last_event_id or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        return None
    value = int(text)
    return value if value <= MAX_EVENT_ID else None


def _opening(engine: Engine, drills: bool, last_event_id: str | None) -> list[StreamEvent]:
    """What a new connection is sent first: the changes since its ``Last-Event-ID``, or the
    whole snapshot when there is none the gateway can resume from."""
    since = _resume_from(last_event_id)
    if since is not None:
        snapshot, events = changes_since(engine, since, drills=drills)
        if since <= snapshot.revision:
            return events
    snapshot = read_snapshot(engine, drills=drills)
    return [StreamEvent("snapshot", snapshot_body(snapshot), snapshot.revision)]


@router.get("/api/v1/alerts/stream", responses=STREAM_RESPONSES, response_class=StreamingResponse)
async def stream(
    request: Request,
    _terminal: TerminalAuth,
    engine: Database,
    hub: Hub,
    last_event_id: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    """The alerts in force, then every change at once (see the module's description).

    A ``Last-Event-ID`` the gateway cannot resume from (malformed, newer than its revision)
    gets the whole snapshot, as a first connection does.
    """
    subscriber = hub.subscribe()
    try:
        await run_in_threadpool(subscriber.ready.wait, 10.0)
        events = await run_in_threadpool(_opening, engine, hub.drills, last_event_id)
    except BaseException:
        hub.unsubscribe(subscriber)
        raise

    async def body() -> AsyncIterator[bytes]:
        try:
            yield f"retry: {RETRY_MS}\n: connected\n\n".encode()
            for event in events:
                yield frame(event)
            quiet_since = time.monotonic()
            while True:
                try:
                    batch = await asyncio.wait_for(subscriber.queue.get(), DISCONNECT_CHECK_S)
                except TimeoutError:
                    if await request.is_disconnected():
                        return
                    if time.monotonic() - quiet_since >= HEARTBEAT_S:
                        quiet_since = time.monotonic()
                        yield b": heartbeat\n\n"
                    continue
                for event in batch:
                    yield frame(event)
                quiet_since = time.monotonic()
        finally:
            hub.unsubscribe(subscriber)

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(body(), media_type="text/event-stream", headers=headers)


def _etag(body: dict[str, Any]) -> str:
    versions = [(a["key"], a["version"]) for a in body["alerts"]]
    digest = hashlib.sha256(json.dumps(versions).encode()).hexdigest()[:32]
    return f'"alerts-{digest}"'


@router.get("/api/v1/alerts/active", responses=ACTIVE_RESPONSES)
def active(
    _terminal: TerminalAuth,
    engine: Database,
    hub: Hub,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """The alerts in force (the stream's snapshot), for a terminal whose stream fails."""
    body = snapshot_body(read_snapshot(engine, drills=hub.drills))
    etag = _etag(body)
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match and etag in [t.strip() for t in if_none_match.split(",")]:
        return Response(status_code=304, headers=headers)
    return JSONResponse(body, headers=headers)


class AckIn(RequestModel):
    """An alert's version is on one of the terminal's surfaces since ``shown_at``."""

    key: Annotated[Text, StringConstraints(min_length=1, max_length=MAX_KEY)]
    version: Annotated[int, Field(ge=1, le=2**31 - 1, strict=True)]
    surface: Literal["screen", "led"]
    shown_at: Time


class AcksIn(RequestModel):
    """What the terminal has shown since it last reported."""

    acknowledgements: list[AckIn] = Field(min_length=1, max_length=100)


@router.post(
    "/api/v1/alerts/acknowledgements", status_code=201, responses=WRITE, response_model=Accepted
)
def acknowledge(body: AcksIn, write: Write) -> JSONResponse:
    """Keep that the terminal showed these alerts; its ``result`` names alerts unknown here."""
    who = write.terminal
    acks = [
        Acknowledgement(a.key, a.version, a.surface, a.shown_at.isoformat())
        for a in body.acknowledgements
    ]
    return write.apply("alert_acks", body, lambda conn: record(conn, who.id, acks))
