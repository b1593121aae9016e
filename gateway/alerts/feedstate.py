"""Each feed's conditional-request validators, last success and backoff, shared by processes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from gateway.storage import alert_feeds


@dataclass(frozen=True)
class FeedState:
    """What the gateway remembers of one feed."""

    url: str
    etag: str = ""
    last_modified: str = ""
    last_ok_at: dt.datetime | None = None
    failures: int = 0
    retry_after: dt.datetime | None = None
    last_error: str = ""


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _text(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).isoformat() if moment else None


def load(engine: Engine, url: str) -> FeedState:
    """The feed's state; a fresh one for a feed never polled."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(alert_feeds).where(alert_feeds.c.url == url)).first()
    if row is None:
        return FeedState(url)
    return FeedState(
        url,
        row.etag,
        row.last_modified,
        _time(row.last_ok_at),
        row.failures,
        _time(row.retry_after),
        row.last_error,
    )


def _save(engine: Engine, url: str, values: dict[str, Any]) -> None:
    with engine.begin() as conn:
        done = conn.execute(alert_feeds.update().where(alert_feeds.c.url == url).values(**values))
        if done.rowcount:
            return
    try:
        with engine.begin() as conn:
            conn.execute(alert_feeds.insert().values(url=url, **values))
    except IntegrityError:  # another gateway process inserted it at the same moment
        with engine.begin() as conn:
            conn.execute(alert_feeds.update().where(alert_feeds.c.url == url).values(**values))


def succeeded(
    engine: Engine, url: str, now: dt.datetime, *, etag: str | None, last_modified: str | None
) -> None:
    """A poll went through: keep the validators given (None: keep the old ones), clear backoff."""
    values: dict[str, Any] = {
        "last_ok_at": _text(now),
        "last_attempt_at": _text(now),
        "failures": 0,
        "retry_after": None,
        "last_error": "",
    }
    if etag is not None:
        values["etag"] = etag[:300]
    if last_modified is not None:
        values["last_modified"] = last_modified[:100]
    _save(engine, url, values)


def failed(
    engine: Engine, url: str, now: dt.datetime, error: str, *, base_s: float, max_s: float
) -> FeedState:
    """A poll failed: back off, doubling from ``base_s`` up to ``max_s``; returns the new state."""
    state = load(engine, url)
    failures = state.failures + 1
    delay = min(max_s, base_s * 2 ** min(failures - 1, 20))
    retry_after = now + dt.timedelta(seconds=delay)
    _save(
        engine,
        url,
        {
            "last_attempt_at": _text(now),
            "failures": failures,
            "retry_after": _text(retry_after),
            "last_error": error[:2000],
        },
    )
    return FeedState(
        url, state.etag, state.last_modified, state.last_ok_at, failures, retry_after, error
    )
