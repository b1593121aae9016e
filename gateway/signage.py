"""Station signage at the gateway: published content packages, proof of play, QR short links.

City IT publishes a signed package archive with ``machikado gateway publish-package``; there is
no upload route, so no terminal token can publish. The archive is kept in the database (one
store to back up, the same on SQLite and PostgreSQL) with its SHA-256, which is also its ETag.
The gateway does not hold the publishing key: it checks the archive's shape (a zip with a
manifest, a signature and the entry file the manifest lists) and, given the public key, the
signature too; each terminal verifies everything again before use.

Proof of play arrives in batches through the terminals' outboxes and is summed per Japan-time
day, terminal, screen and item. QR slides point at ``/q/{terminal}/{item}``, which counts a scan
and redirects only to the URL the published package gives that item. The HTTP routes are in
``gateway.routers.signage``.
"""

import base64
import binascii
import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.engine import Connection, Engine

from content.config.schema import ConfigError
from content.package_manifest import ASSETS_PREFIX, MANIFEST_NAME, SIGNATURE_NAME, parse_manifest
from gateway.storage import (
    now_iso,
    signage_links,
    signage_packages,
    signage_plays,
    signage_scans,
    terminals,
)

MAX_PACKAGE_BYTES = 256 << 20
MAX_ENTRY_BYTES = 4 << 20
ARCHIVE_CHUNK = 1 << 20
JST = dt.timezone(dt.timedelta(hours=9), "JST")


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


# -- publishing (city IT) -------------------------------------------------------------------


def _qr_links(data: Any) -> Iterator[tuple[str, str]]:
    """Every (item id, URL) of a QR item anywhere in schedule JSON."""
    if isinstance(data, dict):
        item_id, url = data.get("id"), data.get("url")
        if (
            data.get("kind") == "qr"
            and isinstance(item_id, str)
            and isinstance(url, str)
            and 0 < len(item_id) <= 200
            and url.startswith(("https://", "http://"))
            and len(url) <= 2000
        ):
            yield item_id, url
        for value in data.values():
            yield from _qr_links(value)
    elif isinstance(data, list):
        for value in data:
            yield from _qr_links(value)


def inspect_archive(
    data: bytes, *, public_key: Ed25519PublicKey | None = None
) -> tuple[PublishedPackage, dict[str, str]]:
    """Check an archive's shape (and signature, given the key); returns it and its QR links."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                manifest_bytes = archive.read(MANIFEST_NAME)
                signature_text = archive.read(SIGNATURE_NAME)
            except KeyError as err:
                raise PackageRefusedError("the archive holds no signed manifest") from err
            try:
                signature = base64.b64decode(signature_text.strip(), validate=True)
            except binascii.Error as err:
                raise PackageRefusedError("manifest.sig is not base64") from err
            if len(signature) != 64:
                raise PackageRefusedError("manifest.sig is not an Ed25519 signature")
            if public_key is not None:
                try:
                    public_key.verify(signature, manifest_bytes)
                except InvalidSignature as err:
                    raise PackageRefusedError(
                        "the manifest's signature does not verify with this public key"
                    ) from err
            try:
                manifest = parse_manifest(json.loads(manifest_bytes), MANIFEST_NAME)
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                raise PackageRefusedError("manifest.json is not JSON") from err
            except ConfigError as err:
                raise PackageRefusedError(str(err)) from err
            entry = next(a for a in manifest.assets if a.path == manifest.entry)
            if entry.size > MAX_ENTRY_BYTES:
                raise PackageRefusedError(f"the entry file is over {MAX_ENTRY_BYTES} bytes")
            try:
                entry_bytes = archive.read(ASSETS_PREFIX + entry.path)
            except KeyError as err:
                raise PackageRefusedError(f"the entry file {entry.path!r} is missing") from err
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as err:
        raise PackageRefusedError(f"not a readable zip archive: {err}") from err
    if hashlib.sha256(entry_bytes).hexdigest() != entry.sha256:
        raise PackageRefusedError(f"the entry file {entry.path!r} does not match its SHA-256")
    try:
        links = dict(_qr_links(json.loads(entry_bytes)))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise PackageRefusedError(f"the entry file {entry.path!r} is not JSON") from err
    package = PublishedPackage(
        manifest.id,
        manifest.version,
        manifest.title[:200],
        hashlib.sha256(data).hexdigest(),
        len(data),
        now_iso(),
        len(links),
    )
    return package, links


def publish_package(
    engine: Engine,
    data: bytes,
    *,
    max_bytes: int = MAX_PACKAGE_BYTES,
    public_key: Ed25519PublicKey | None = None,
) -> PublishedPackage:
    """Make ``data`` the package terminals fetch; ``PackageRefusedError`` says why not."""
    if len(data) > max_bytes:
        raise PackageRefusedError(f"the archive is {len(data)} bytes, over {max_bytes}")
    package, links = inspect_archive(data, public_key=public_key)
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
        for item_id, url in sorted(links.items()):
            # Links of earlier packages stay valid: a phone may scan an old poster late.
            conn.execute(signage_links.delete().where(signage_links.c.item_id == item_id))
            conn.execute(signage_links.insert().values(item_id=item_id, url=url, package_seq=seq))
    return package


_PACKAGE_COLUMNS = (
    signage_packages.c.package_id,
    signage_packages.c.version,
    signage_packages.c.title,
    signage_packages.c.sha256,
    signage_packages.c.size,
    signage_packages.c.published_at,
)


def _current(conn: Connection) -> PublishedPackage | None:
    row = conn.execute(
        sa.select(*_PACKAGE_COLUMNS).order_by(signage_packages.c.seq.desc()).limit(1)
    ).first()
    return PublishedPackage(*row) if row else None


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


def record_plays(conn: Connection, terminal_id: str, plays: list[dict[str, Any]]) -> dict[str, int]:
    """Add a batch of showings to the day totals; a resumed showing adds seconds only."""
    sums: dict[tuple[str, str, str], tuple[int, float]] = {}
    for play in plays:
        key = (jst_day(play["started_at"]), play["screen"], play["item_id"])
        showings, seconds = sums.get(key, (0, 0.0))
        length = (play["ended_at"] - play["started_at"]).total_seconds()
        sums[key] = (showings + (0 if play["continued"] else 1), seconds + length)
    for (day, screen, item_id), (showings, seconds) in sorted(sums.items()):
        _add(
            conn,
            signage_plays,
            {"day": day, "terminal_id": terminal_id, "screen": screen, "item_id": item_id},
            {"showings": showings, "seconds": seconds},
        )
    return {"plays": len(plays), "showings": sum(s for s, _ in sums.values())}


def record_scan(engine: Engine, terminal_id: str, item_id: str, today: str) -> str | None:
    """Count one scan and return the item's URL; None for an unknown terminal or item."""
    try:
        return _count_scan(engine, terminal_id, item_id, today)
    except sa.exc.IntegrityError:
        # The day's first scan of this item raced in from another phone: add to its row.
        return _count_scan(engine, terminal_id, item_id, today)


def _count_scan(engine: Engine, terminal_id: str, item_id: str, today: str) -> str | None:
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
        key = {"day": today, "terminal_id": terminal_id, "item_id": item_id}
        _add(conn, signage_scans, key, {"scans": 1})
    return str(url)


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
