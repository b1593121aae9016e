"""Station signage at the gateway: published content packages, proof of play, QR short links.

City IT publishes a signed package archive with ``machikado gateway publish-package``; there is
no upload route, so no terminal token can publish. The archive is kept in the database (one
store to back up, the same on SQLite and PostgreSQL) with its SHA-256, which is also its ETag.
The gateway holds only the public half of the publishing key (``set-publishing-key``) and runs
exactly the checks a terminal runs (:mod:`content.package_check`), so it never makes current an
archive that terminals would refuse; each terminal verifies everything again before use.

Proof of play arrives in batches through the terminals' outboxes and is summed per Japan-time
day, terminal, screen and item; a showing counts at most the seconds its item's schedule gives
it. QR slides point at ``/q/{terminal}/{item}``, which redirects only to the URL the published
packages give that item, and counts a scan only if the terminal's current package (the archive
it last fetched) shows the item, once per phone and item every half hour. Phones are told apart
by a keyed hash of their address that is forgotten when its half hour ends. The HTTP routes are
in ``gateway.routers.signage``.
"""

import base64
import binascii
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import math
import re
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.engine import Connection, Engine

from content.package_check import MAX_KEPT_ENTRY_BYTES, PackageCheckError, check_archive
from gateway.fields import ITEM_ID_PATTERN
from gateway.settings import PUBLISHING_KEY, SCAN_SECRET, get_setting, put_setting, setting_once
from gateway.storage import (
    now_iso,
    signage_items,
    signage_links,
    signage_packages,
    signage_plays,
    signage_scan_marks,
    signage_scans,
    terminal_packages,
    terminals,
)

MAX_PACKAGE_BYTES = 256 << 20
ITEM_ID = re.compile(ITEM_ID_PATTERN)
ARCHIVE_CHUNK = 1 << 20
JST = dt.timezone(dt.timedelta(hours=9), "JST")
MAX_SHOWING_S = 31 * 86400.0  # an item no package lists (an emergency) may stay up for days
SCAN_WINDOW_S = 1800  # one scan per phone and item counts in each half hour


class PackageRefusedError(ValueError):
    """An archive the gateway will not publish; the message says why."""


@dataclass(frozen=True)
class PublishedPackage:
    """A package as terminals see it: identity, version and the archive's digest and size."""

    package_id: str
    version: int
    title: str
    sha256: str
    size: int
    published_at: str
    links: int = 0
    seq: int = 0


# -- publishing (city IT) -------------------------------------------------------------------


def _items(data: Any) -> Iterator[dict[str, Any]]:
    """Every item (a mapping with an ``id`` and a ``kind``) anywhere in schedule JSON."""
    if isinstance(data, dict):
        if isinstance(data.get("id"), str) and isinstance(data.get("kind"), str):
            yield data
        for value in data.values():
            yield from _items(value)
    elif isinstance(data, list):
        for value in data:
            yield from _items(value)


@dataclass(frozen=True)
class PackageContents:
    """What the gateway keeps of a package's schedule: QR links and how long each item shows."""

    links: dict[str, str]
    durations: dict[str, float]


def _contents(entry: str, entry_bytes: bytes) -> PackageContents:
    try:
        schedule = json.loads(entry_bytes)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as err:
        raise PackageRefusedError(f"the entry file {entry!r} is not JSON") from err
    links: dict[str, str] = {}
    durations: dict[str, float] = {}
    for item in _items(schedule):
        item_id, url, duration = item["id"], item.get("url"), item.get("duration_s")
        if ITEM_ID.fullmatch(item_id) is None:
            raise PackageRefusedError(
                f"item id {item_id[:80]!r} cannot be counted: expected up to 200 letters, digits,"
                " inner spaces and . : @ + / - (starting with a letter or digit)"
            )
        if (
            isinstance(duration, int | float)
            and not isinstance(duration, bool)
            and math.isfinite(duration)
            and duration > 0
        ):
            durations[item_id] = max(durations.get(item_id, 0.0), float(duration))
        if (
            item["kind"] == "qr"
            and isinstance(url, str)
            and url.startswith(("https://", "http://"))
            and len(url) <= 2000
            and url.isprintable()
        ):
            links[item_id] = url
    return PackageContents(links, durations)


def inspect_archive(
    data: bytes,
    *,
    public_key: Ed25519PublicKey,
    max_bytes: int = MAX_PACKAGE_BYTES,
    name: str = "",
) -> tuple[PublishedPackage, PackageContents]:
    """Run every check a terminal runs on ``data``; returns the package and its schedule's items."""
    try:
        checked = check_archive(data, public_key, max_bytes=max_bytes, name=name)
    except PackageCheckError as err:
        raise PackageRefusedError(str(err)) from err
    manifest = checked.manifest
    if checked.entry_bytes is None:
        raise PackageRefusedError(f"the entry file is over {MAX_KEPT_ENTRY_BYTES} bytes")
    contents = _contents(manifest.entry, checked.entry_bytes)
    package = PublishedPackage(
        manifest.id,
        manifest.version,
        manifest.title,
        hashlib.sha256(data).hexdigest(),
        len(data),
        now_iso(),
        len(contents.links),
    )
    return package, contents


def load_publishing_key(text: str) -> Ed25519PublicKey:
    """The city's publishing key from base64 of its 32 raw bytes; ``PackageRefusedError`` if not."""
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text.strip(), validate=True))
    except (binascii.Error, ValueError) as err:
        raise PackageRefusedError(
            "the publishing key is not 32 bytes of base64 (the public half printed by"
            " 'python -m gateway.packages keygen')"
        ) from err


def set_publishing_key(engine: Engine, text: str) -> Ed25519PublicKey:
    """Configure the key every published package must be signed with (checked first)."""
    key = load_publishing_key(text)
    put_setting(engine, PUBLISHING_KEY, text.strip())
    return key


def configured_publishing_key(engine: Engine) -> Ed25519PublicKey:
    """The publishing key in the gateway's settings; ``PackageRefusedError`` when there is none."""
    text = get_setting(engine, PUBLISHING_KEY)
    if text is None:
        raise PackageRefusedError(
            "no publishing key is configured: run 'machikado gateway set-publishing-key BASE64'"
            " with the public half of the city's key (the one the terminals are configured with)"
        )
    return load_publishing_key(text)


def publish_package(
    engine: Engine,
    data: bytes,
    *,
    max_bytes: int = MAX_PACKAGE_BYTES,
    public_key: Ed25519PublicKey | None = None,
    name: str = "",
) -> PublishedPackage:
    """Make ``data`` the package terminals fetch; ``PackageRefusedError`` says why not.

    The signature must verify with ``public_key``, by default the one configured in the
    gateway's settings: without one nothing is published. ``name`` names the archive in
    messages.
    """
    key = public_key if public_key is not None else configured_publishing_key(engine)
    package, contents = inspect_archive(data, public_key=key, max_bytes=max_bytes, name=name)
    with engine.begin() as conn:
        current = _current(conn)
        if current is not None and current.sha256 == package.sha256:
            raise PackageRefusedError("this archive is already the published package")
        if (
            current is not None
            and current.package_id == package.package_id
            and package.version <= current.version
        ):
            raise PackageRefusedError(
                f"version {package.version} is not newer than the published {current.version}"
            )
        seq = conn.execute(
            signage_packages.insert()
            .values(
                package_id=package.package_id,
                version=package.version,
                title=package.title,
                sha256=package.sha256,
                size=package.size,
                published_at=package.published_at,
                data=data,
            )
            .returning(signage_packages.c.seq)
        ).scalar_one()
        for item_id, url in sorted(contents.links.items()):
            # Links of earlier packages stay valid: a phone may scan an old poster late.
            conn.execute(signage_links.delete().where(signage_links.c.item_id == item_id))
            conn.execute(signage_links.insert().values(item_id=item_id, url=url, package_seq=seq))
        items = [
            {"package_seq": seq, "item_id": item_id, "duration_s": duration}
            for item_id, duration in sorted(contents.durations.items())
        ]
        if items:
            conn.execute(signage_items.insert(), items)
    return dataclasses.replace(package, seq=int(seq))


_PACKAGE_COLUMNS = (
    signage_packages.c.package_id,
    signage_packages.c.version,
    signage_packages.c.title,
    signage_packages.c.sha256,
    signage_packages.c.size,
    signage_packages.c.published_at,
    signage_packages.c.seq,
)


def _current(conn: Connection) -> PublishedPackage | None:
    row = conn.execute(
        sa.select(*_PACKAGE_COLUMNS).order_by(signage_packages.c.seq.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return PublishedPackage(
        row.package_id,
        int(row.version),
        row.title,
        row.sha256,
        int(row.size),
        row.published_at,
        seq=int(row.seq),
    )


def current_package(engine: Engine) -> PublishedPackage | None:
    """The package terminals should play (the last published), or None."""
    with engine.connect() as conn:
        return _current(conn)


def archive_chunks(engine: Engine, sha256: str, size: int) -> Iterator[bytes]:
    """The archive with this digest in pieces, so serving it never holds it all in memory.

    Published rows are never changed, so the pieces always belong to the same archive.
    """
    for start in range(0, size, ARCHIVE_CHUNK):
        piece = sa.func.substr(signage_packages.c.data, start + 1, ARCHIVE_CHUNK)
        with engine.connect() as conn:
            chunk = conn.execute(
                sa.select(piece).where(signage_packages.c.sha256 == sha256)
            ).scalar()
        if not chunk:
            return
        yield bytes(chunk)


# -- proof of play and scans ------------------------------------------------------------------


def jst_day(moment: dt.datetime) -> str:
    """The Japan-time calendar day of an aware moment, as ``YYYY-MM-DD``."""
    return moment.astimezone(JST).strftime("%Y-%m-%d")


def _add(
    conn: Connection, table: sa.Table, key: dict[str, str], amounts: dict[str, float | int]
) -> None:
    """Add ``amounts`` to the row ``key`` of ``table`` in one atomic update (or insert it)."""
    where = sa.and_(*(table.c[name] == value for name, value in key.items()))
    done = conn.execute(
        table.update()
        .where(where)
        .values({name: table.c[name] + amount for name, amount in amounts.items()})
    )
    if done.rowcount == 0:
        conn.execute(table.insert().values(**key, **amounts))


def _item_durations(conn: Connection, item_ids: set[str]) -> dict[str, float]:
    """The longest ``duration_s`` any published package gives each of ``item_ids``."""
    if not item_ids:
        return {}
    rows = conn.execute(
        sa.select(signage_items.c.item_id, sa.func.max(signage_items.c.duration_s))
        .where(signage_items.c.item_id.in_(sorted(item_ids)))
        .group_by(signage_items.c.item_id)
    ).all()
    return {item_id: float(duration) for item_id, duration in rows}


def record_plays(conn: Connection, terminal_id: str, plays: list[dict[str, Any]]) -> dict[str, int]:
    """Add a batch of showings to the day totals; a resumed showing adds seconds only.

    A showing counts at most its item's scheduled ``duration_s``; one of an item no published
    package lists counts at most ``MAX_SHOWING_S``. How many were cut is in the answer.
    """
    bounds = _item_durations(conn, {play["item_id"] for play in plays})
    sums: dict[tuple[str, str, str], tuple[int, float]] = {}
    clamped = 0
    for play in plays:
        key = (jst_day(play["started_at"]), play["screen"], play["item_id"])
        showings, seconds = sums.get(key, (0, 0.0))
        length = (play["ended_at"] - play["started_at"]).total_seconds()
        bound = bounds.get(play["item_id"], MAX_SHOWING_S)
        if length > bound:
            length, clamped = bound, clamped + 1
        sums[key] = (showings + (0 if play["continued"] else 1), seconds + length)
    for (day, screen, item_id), (showings, seconds) in sorted(sums.items()):
        _add(
            conn,
            signage_plays,
            {"day": day, "terminal_id": terminal_id, "screen": screen, "item_id": item_id},
            {"showings": showings, "seconds": seconds},
        )
    answer = {"plays": len(plays), "showings": sum(s for s, _ in sums.values())}
    if clamped:
        answer["cut_to_schedule"] = clamped
    return answer


def note_fetch(engine: Engine, terminal_id: str, package: PublishedPackage) -> None:
    """Remember that ``terminal_id`` holds ``package`` (it fetched the archive, or has it)."""
    with engine.begin() as conn:
        done = conn.execute(
            terminal_packages.update()
            .where(terminal_packages.c.terminal_id == terminal_id)
            .values(package_seq=package.seq, fetched_at=now_iso())
        )
        if done.rowcount == 0:
            conn.execute(
                terminal_packages.insert().values(
                    terminal_id=terminal_id, package_seq=package.seq, fetched_at=now_iso()
                )
            )


class ScanCounter:
    """Counts QR scans: one per phone (client address) and item in each ``SCAN_WINDOW_S``.

    A phone is remembered only as an HMAC of its address, the item and the window, under a
    secret kept in the gateway's settings (shared by every gateway process); each mark is
    deleted once its window has passed.
    """

    def __init__(self, window_s: int = SCAN_WINDOW_S) -> None:
        self.window_s = window_s
        self._secret: bytes | None = None
        self._pruned = -1
        self._lock = threading.Lock()

    def _key(self, engine: Engine) -> bytes:
        if self._secret is None:
            self._secret = bytes.fromhex(setting_once(engine, SCAN_SECRET, secrets.token_hex(32)))
        return self._secret

    def scan(
        self, engine: Engine, terminal_id: str, item_id: str, client: str, now: dt.datetime
    ) -> str | None:
        """The item's URL, counting the scan if it should count; None for an unknown link."""
        window = int(now.timestamp() // self.window_s)
        mark = hmac.new(
            self._key(engine), f"{window}\n{client}\n{item_id}".encode(), hashlib.sha256
        ).hexdigest()
        expires = float((window + 1) * self.window_s)
        try:
            return self._count(engine, terminal_id, item_id, now, mark, expires)
        except sa.exc.IntegrityError:
            # The same phone, or the day's first scan of this item, raced in: look again.
            return self._count(engine, terminal_id, item_id, now, mark, expires)

    def _count(
        self,
        engine: Engine,
        terminal_id: str,
        item_id: str,
        now: dt.datetime,
        mark: str,
        expires: float,
    ) -> str | None:
        with engine.begin() as conn:
            url = conn.execute(
                sa.select(signage_links.c.url).where(signage_links.c.item_id == item_id)
            ).scalar()
            known = conn.execute(
                sa.select(terminals.c.id).where(
                    terminals.c.id == terminal_id, terminals.c.revoked_at.is_(None)
                )
            ).first()
            if url is None or known is None:
                return None
            self._prune(conn, now)
            if self._shows(conn, terminal_id, item_id) and not self._seen(conn, mark):
                conn.execute(signage_scan_marks.insert().values(mark=mark, expires_at=expires))
                key = {"day": jst_day(now), "terminal_id": terminal_id, "item_id": item_id}
                _add(conn, signage_scans, key, {"scans": 1})
        return str(url)

    @staticmethod
    def _shows(conn: Connection, terminal_id: str, item_id: str) -> bool:
        """True when the package ``terminal_id`` last fetched lists ``item_id``."""
        found = conn.execute(
            sa.select(signage_items.c.item_id)
            .select_from(
                terminal_packages.join(
                    signage_items, signage_items.c.package_seq == terminal_packages.c.package_seq
                )
            )
            .where(terminal_packages.c.terminal_id == terminal_id)
            .where(signage_items.c.item_id == item_id)
        ).first()
        return found is not None

    @staticmethod
    def _seen(conn: Connection, mark: str) -> bool:
        found = conn.execute(
            sa.select(signage_scan_marks.c.mark).where(signage_scan_marks.c.mark == mark)
        ).first()
        return found is not None

    def _prune(self, conn: Connection, now: dt.datetime) -> None:
        """Forget the marks of past windows (once per window and process)."""
        window = int(now.timestamp() // self.window_s)
        with self._lock:
            if window == self._pruned:
                return
            self._pruned = window
        conn.execute(
            signage_scan_marks.delete().where(signage_scan_marks.c.expires_at <= now.timestamp())
        )


@dataclass(frozen=True)
class ReportLine:
    """情報発信数 (showings, seconds) and 情報取得数 (scans) of one item on one terminal."""

    period: str
    terminal_id: str
    item_id: str
    showings: int = 0
    seconds: float = 0.0
    scans: int = 0


def signage_report(
    engine: Engine,
    period: Literal["day", "month"],
    start: dt.date | None = None,
    end: dt.date | None = None,
    terminal_id: str | None = None,
) -> list[ReportLine]:
    """Showings and scans per period (Japan time), terminal and item, from ``start`` to ``end``."""
    width = 10 if period == "day" else 7
    lines: dict[tuple[str, str, str], ReportLine] = {}

    def rows(table: sa.Table, *columns: sa.ColumnElement[Any]) -> list[Any]:
        query = sa.select(table.c.day, table.c.terminal_id, table.c.item_id, *columns)
        if start is not None:
            query = query.where(table.c.day >= start.isoformat())
        if end is not None:
            query = query.where(table.c.day <= end.isoformat())
        if terminal_id is not None:
            query = query.where(table.c.terminal_id == terminal_id)
        with engine.connect() as conn:
            return list(conn.execute(query))

    def line(day: str, terminal: str, item: str) -> ReportLine:
        key = (day[:width], terminal, item)
        return lines.setdefault(key, ReportLine(*key))

    for day, terminal, item, showings, seconds in rows(
        signage_plays, signage_plays.c.showings, signage_plays.c.seconds
    ):
        old = line(day, terminal, item)
        lines[(old.period, terminal, item)] = ReportLine(
            old.period, terminal, item, old.showings + showings, old.seconds + seconds, old.scans
        )
    for day, terminal, item, scans in rows(signage_scans, signage_scans.c.scans):
        old = line(day, terminal, item)
        lines[(old.period, terminal, item)] = ReportLine(
            old.period, terminal, item, old.showings, old.seconds, old.scans + scans
        )
    return [lines[key] for key in sorted(lines)]
