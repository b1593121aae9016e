"""What became of each document the gateway fetched: kept, ignored or refused, and why.

A document is fetched once: its URL is recorded with its outcome, and a URL already recorded is
never fetched again. Refusals keep their reason code and sentence, for city IT to read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from gateway.storage import alert_documents, now_iso

KEPT, IGNORED, REFUSED = "kept", "ignored", "refused"


@dataclass(frozen=True)
class DocumentRecord:
    """One fetched document and what became of it."""

    url: str
    feed: str
    fetched_at: str
    outcome: str
    reason: str
    detail: str
    size: int


def known(engine: Engine, urls: list[str]) -> set[str]:
    """Those of ``urls`` already fetched."""
    if not urls:
        return set()
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(alert_documents.c.url).where(alert_documents.c.url.in_(urls))
        ).all()
    return {row.url for row in rows}


def record(
    engine: Engine,
    url: str,
    feed: str,
    outcome: str,
    *,
    reason: str = "",
    detail: str = "",
    data: bytes = b"",
) -> None:
    """Keep what became of a document (another gateway process may have recorded it first)."""
    try:
        with engine.begin() as conn:
            conn.execute(
                alert_documents.insert().values(
                    url=url[:1000],
                    feed=feed[:1000],
                    fetched_at=now_iso(),
                    outcome=outcome,
                    reason=reason[:32],
                    detail=detail[:4000],
                    size=len(data),
                    sha256=hashlib.sha256(data).hexdigest() if data else "",
                )
            )
    except IntegrityError:
        pass


def recent_documents(
    engine: Engine, *, outcome: str | None = None, limit: int = 100
) -> list[DocumentRecord]:
    """The latest documents fetched (only those with ``outcome`` when given), newest first."""
    query = sa.select(alert_documents).order_by(alert_documents.c.fetched_at.desc()).limit(limit)
    if outcome is not None:
        query = query.where(alert_documents.c.outcome == outcome)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        DocumentRecord(r.url, r.feed, r.fetched_at, r.outcome, r.reason, r.detail, r.size)
        for r in rows
    ]
