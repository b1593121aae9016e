"""``/api/v1/signage`` for signage terminals, and the public QR short links ``/q/…``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel, Field, model_validator

from gateway.deps import Database, TerminalAuth, Write
from gateway.errors import AUTHENTICATED, INVALID, WRITE, ApiError, described
from gateway.fields import (
    Flag,
    ItemId,
    ItemIdPath,
    RequestModel,
    ScreenId,
    TerminalIdPath,
    Time,
    Word,
)
from gateway.idempotency import Accepted
from gateway.signage import (
    PublishedPackage,
    ScanCounter,
    archive_chunks,
    current_package,
    note_fetch,
    record_plays,
    signage_report,
)

MAX_PLAYS_PER_BATCH = 100
MAX_SHOWING = dt.timedelta(days=31)  # an emergency message may stay up for days


class Play(RequestModel):
    """One showing: ``item_id`` on ``screen`` from ``started_at`` to ``ended_at``.

    The seconds counted are at most the item's ``duration_s`` in the published packages (an
    item no package lists, such as an emergency message, counts up to 31 days).
    """

    screen: ScreenId
    item_id: ItemId
    kind: Word
    layer: Word
    started_at: Time
    ended_at: Time
    continued: Flag = False
    clock_jumped: Flag = False

    @model_validator(mode="after")
    def _times(self) -> Play:
        if not dt.timedelta(0) <= self.ended_at - self.started_at <= MAX_SHOWING:
            raise ValueError("ended_at must follow started_at, within 31 days")
        return self


class PlayBatch(RequestModel):
    """Proof-of-play records of one terminal, sent together."""

    plays: list[Play] = Field(min_length=1, max_length=MAX_PLAYS_PER_BATCH)


class PackageInfo(BaseModel):
    """The published package: what it is and the archive's SHA-256 (also its ETag) and size."""

    package_id: str
    version: int
    title: str
    sha256: str
    size: int
    published_at: str


class ReportEntry(BaseModel):
    """情報発信数 and 情報取得数 of one item on one terminal in one period."""

    period: str
    terminal_id: str
    item_id: str
    showings: int
    seconds: float
    scans: int


class SignageReport(BaseModel):
    """A signage report of the calling terminal."""

    period: Literal["day", "month"]
    entries: list[ReportEntry]


def published(engine: Database) -> PublishedPackage:
    """The package signage should play; 404 before any has been published."""
    found = current_package(engine)
    if found is None:
        raise ApiError(404, "no_package", "no signage package has been published")
    return found


Published = Annotated[PublishedPackage, Depends(published)]

router = APIRouter(tags=["signage"])


@router.get(
    "/api/v1/signage/package",
    responses={**AUTHENTICATED, **described(404, "no package published yet")},
)
def package(_who: TerminalAuth, found: Published) -> PackageInfo:
    """The content package signage should play."""
    return PackageInfo(
        package_id=found.package_id,
        version=found.version,
        title=found.title,
        sha256=found.sha256,
        size=found.size,
        published_at=found.published_at,
    )


@router.get(
    "/api/v1/signage/package/archive",
    response_class=Response,
    responses={
        **AUTHENTICATED,
        200: {"description": "the signed archive", "content": {"application/zip": {}}},
        304: {"description": "If-None-Match matched: the terminal has this archive"},
        **described(404, "no package published yet"),
    },
)
def archive(
    who: TerminalAuth,
    engine: Database,
    found: Published,
    request: Request,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """The published package's zip archive; its ETag is the archive's quoted SHA-256.

    The gateway remembers which package each terminal fetched (or already has): QR scans count
    only for items of that package.
    """
    etag = f'"{found.sha256}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    fetched: dict[str, int] = request.app.state.fetched_packages
    if fetched.get(who.id) != found.seq:
        note_fetch(engine, who.id, found)
        fetched[who.id] = found.seq
    if if_none_match and etag in [tag.strip() for tag in if_none_match.split(",")]:
        return Response(status_code=304, headers=headers)
    headers["Content-Length"] = str(found.size)
    return StreamingResponse(
        archive_chunks(engine, found.sha256, found.size),
        media_type="application/zip",
        headers=headers,
    )


@router.post("/api/v1/signage/plays", status_code=201, responses=WRITE, response_model=Accepted)
def plays(batch: PlayBatch, write: Write) -> JSONResponse:
    """Add proof-of-play records to the 情報発信数 totals (once per Idempotency-Key)."""
    who, records = write.terminal, [play.model_dump() for play in batch.plays]
    return write.apply("signage-plays", batch, lambda c: record_plays(c, who.id, records))


@router.get("/api/v1/signage/report", responses=AUTHENTICATED)
def report(
    who: TerminalAuth,
    engine: Database,
    period: Literal["day", "month"] = "day",
    start: Annotated[dt.date | None, Query(alias="from")] = None,
    end: Annotated[dt.date | None, Query(alias="to")] = None,
) -> SignageReport:
    """The calling terminal's showings and QR scans per Japan-time day or month."""
    lines = signage_report(engine, period, start, end, who.id)
    return SignageReport(period=period, entries=[ReportEntry(**vars(line)) for line in lines])


@router.get(
    "/q/{terminal_id}/{item_id:path}",
    status_code=302,
    response_class=RedirectResponse,
    responses={
        302: {"description": "to the notice's page"},
        **INVALID,
        **described(404, "unknown terminal or item"),
    },
)
def scan(
    terminal_id: TerminalIdPath,
    item_id: ItemIdPath,
    engine: Database,
    request: Request,
) -> RedirectResponse:
    """Public short link of a QR slide: redirects to the notice's page, counting the scan.

    Only URLs the published packages give the item are redirected to. A scan counts only when
    the terminal's current package shows the item, and once per phone and item each half hour.
    """
    counter: ScanCounter = request.app.state.scans
    client = request.client.host if request.client else ""
    url = counter.scan(engine, terminal_id, item_id, client, dt.datetime.now(dt.UTC))
    if url is None:
        raise ApiError(404, "unknown_link", "this QR link is not known here")
    return RedirectResponse(url, 302, headers={"Cache-Control": "no-store"})
