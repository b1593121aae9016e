"""Facility booking's public reads, kept on disk: browsable with no network, with their "as of".

The gateway serves the city's booking rules (``booking/facilities``) and each facility's week of
availability (``booking/facilities/{id}/availability``) with an ETag. Each answer is kept here as
one JSON file, asked again with ``If-None-Match`` (an unchanged week costs a 304), and handed
back from disk when the gateway cannot be reached, marked as not fresh with the time it was
last known true. Only public data is kept: no card, no resident, no booking of anyone's.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from offline_cache.client import GatewayClient, Reply
from offline_cache.errors import (
    GatewayProtocolError,
    GatewayServerError,
    GatewayUnreachableError,
    StoreError,
)
from offline_cache.store import Store, utc_now

log = logging.getLogger("machikado.offline_cache.booking")

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
MAX_DAYS = 14
FACILITIES = "facilities"  # the dataset of the city's facilities, rooms and capacities
# Weeks kept on disk: enough for every facility's next weeks, small enough to never matter.
MAX_FILES = 400

ClientSource = Callable[[], GatewayClient | None]


@dataclass(frozen=True)
class Cached:
    """A public booking read: the gateway's JSON, when it was known true, and whether it is new.

    ``fresh`` is True when the gateway answered this time (with the body or a 304); False when
    the gateway could not be reached and this is what the terminal kept from before.
    """

    payload: dict[str, Any]
    as_of: dt.datetime
    fresh: bool


class BookingCache:
    """The booking rules and availability weeks, read through the gateway and kept in ``folder``.

    ``client`` is the gateway client or a function that gives it once connected (None before).
    Every call blocks on the network and the disk: run it on a worker.
    """

    def __init__(
        self,
        folder: Path,
        client: GatewayClient | ClientSource,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        max_files: int = MAX_FILES,
    ) -> None:
        self.folder = folder
        if isinstance(client, GatewayClient):
            fixed = client
            self._source: ClientSource = lambda: fixed
        else:
            self._source = client
        self._clock = clock
        self._max_files = max_files

    def rules(self) -> Cached:
        """The city's booking rules: facilities, units, divisions, calendars, fees, caps."""
        return self._read("rules", "booking/facilities", None)

    def week(self, facility: str, start: dt.date, days: int = 7) -> Cached:
        """Each unit's state per day and division for ``days`` days from ``start``."""
        if not _ID.fullmatch(facility):
            raise ValueError(f"not a facility id: {facility!r}")
        if not 1 <= days <= MAX_DAYS:
            raise ValueError(f"expected 1 to {MAX_DAYS} days, not {days}")
        name = f"week-{facility}-{start.isoformat()}-{days}"
        params = {"from": start.isoformat(), "days": days}
        return self._read(name, f"booking/facilities/{facility}/availability", params)

    def kept_week(self, facility: str, start: dt.date, days: int = 7) -> Cached | None:
        """The week as kept on disk, without asking the gateway; None if never fetched."""
        if not _ID.fullmatch(facility):
            raise ValueError(f"not a facility id: {facility!r}")
        kept = self._load(f"week-{facility}-{start.isoformat()}-{days}")
        return None if kept is None else Cached(kept[1], kept[2], fresh=False)

    def _read(self, name: str, path: str, params: dict[str, Any] | None) -> Cached:
        kept = self._load(name)
        client = self._source()
        try:
            if client is None:
                raise GatewayUnreachableError(f"GET {path}: not connected yet")
            reply = client.get(path, params=params, etag=kept[0] if kept else None)
        except (GatewayUnreachableError, GatewayServerError) as err:
            if kept is None:
                raise
            log.info("booking %s: the gateway is not reachable (%s), kept copy used", name, err.key)
            return Cached(kept[1], kept[2], fresh=False)
        now = self._answered_at(reply)
        if reply.status == 304:
            if kept is None:
                raise GatewayProtocolError(f"GET {path}: 304 for an ETag this terminal never sent")
            self._save(name, kept[0], kept[1], now)
            return Cached(kept[1], now, fresh=True)
        payload = reply.payload
        if not isinstance(payload, dict):
            raise GatewayProtocolError(f"GET {path}: expected a JSON object")
        as_of = _parse_time(payload.get("as_of")) or now
        self._save(name, reply.etag or "", payload, as_of)
        return Cached(payload, as_of, fresh=True)

    def _answered_at(self, reply: Reply) -> dt.datetime:
        if reply.date:
            try:
                stamp = email.utils.parsedate_to_datetime(reply.date)
            except (TypeError, ValueError):
                stamp = None
            if stamp is not None and stamp.tzinfo is not None:
                return stamp.astimezone(dt.UTC)
        return self._clock()

    def _file(self, name: str) -> Path:
        return self.folder / f"{name}.json"

    def _load(self, name: str) -> tuple[str, dict[str, Any], dt.datetime] | None:
        path = self._file(name)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            etag, payload = str(data["etag"]), data["payload"]
            as_of = _parse_time(data["as_of"])
            if not isinstance(payload, dict) or as_of is None:
                raise ValueError("payload or as_of missing")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("booking %s: kept copy unreadable, ignored: %s", name, err)
            return None
        return etag, payload, as_of

    def _save(self, name: str, etag: str, payload: dict[str, Any], as_of: dt.datetime) -> None:
        path = self._file(name)
        data = {"etag": etag, "as_of": as_of.astimezone(dt.UTC).isoformat(), "payload": payload}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".part")
            with partial.open("w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, path)
        except OSError as err:
            raise StoreError(f"booking {name}: cannot keep it on disk: {err}") from err
        self._prune()

    def _prune(self) -> None:
        weeks = sorted(
            self.folder.glob("week-*.json"), key=lambda p: (p.stat().st_mtime_ns, p.name)
        )
        for old in weeks[: max(0, len(weeks) - self._max_files)]:
            old.unlink(missing_ok=True)


def _parse_time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if stamp.tzinfo is None:
        return None
    return stamp.astimezone(dt.UTC)


def facility_rows(store: Store) -> list[dict[str, Any]] | None:
    """The synced ``facilities`` dataset's rows (the city's facility list); None before a sync.

    Reads the store: call it off the UI thread.
    """
    if store.meta(FACILITIES) is None:
        return None
    return [data for _key, data in store.rows(FACILITIES) if isinstance(data, dict)]
