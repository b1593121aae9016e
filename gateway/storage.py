"""The gateway's tables (SQLAlchemy Core), engine set-up and versioned migrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

terminals = sa.Table(
    "terminals",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("description", sa.String(200), nullable=False, server_default=""),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("revoked_at", sa.String(40), nullable=True),
)

datasets = sa.Table(
    "datasets",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("epoch", sa.String(32), nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)

dataset_rows = sa.Table(
    "dataset_rows",
    metadata,
    sa.Column("dataset", sa.String(64), primary_key=True),
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False),
    sa.Column("data", sa.Text, nullable=True),
    sa.Index("ix_dataset_rows_version", "dataset", "version"),
)

idempotency = sa.Table(
    "idempotency",
    metadata,
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("key", sa.String(128), primary_key=True),
    sa.Column("endpoint", sa.String(100), nullable=False),
    sa.Column("request_hash", sa.String(64), nullable=False),
    sa.Column("status_code", sa.Integer, nullable=False),
    sa.Column("response", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

heartbeats = sa.Table(
    "heartbeats",
    metadata,
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.Column("terminal_time", sa.String(40), nullable=False),
    sa.Column("software_version", sa.String(64), nullable=False),
    sa.Column("cache_age_s", sa.Float, nullable=True),
    sa.Column("health", sa.Text, nullable=False),
    sa.Column("dead_letters", sa.Integer, nullable=False, server_default="0"),
)

counters = sa.Table(
    "counters",
    metadata,
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("total", sa.BigInteger, nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)


resident_cards = sa.Table(
    "resident_cards",
    metadata,
    sa.Column("issuer", sa.String(64), primary_key=True),
    sa.Column("serial", sa.String(64), primary_key=True),
    sa.Column("resident_id", sa.String(16), nullable=False),
    sa.Column("linked_at", sa.String(40), nullable=False),
)

issuance_nonces = sa.Table(
    "issuance_nonces",
    metadata,
    sa.Column("nonce", sa.String(64), primary_key=True),
    sa.Column("terminal_id", sa.String(64), nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("used_at", sa.String(40), nullable=True),
)

issuances = sa.Table(
    "issuances",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("terminal_id", sa.String(64), nullable=False, index=True),
    sa.Column("resident_id", sa.String(16), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("settlement", sa.String(16), nullable=True),
    sa.Column("fee_yen", sa.Integer, nullable=False),
    sa.Column("items", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)

issuance_events = sa.Table(
    "issuance_events",
    metadata,
    sa.Column("issuance_id", sa.String(32), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("detail", sa.String(200), nullable=False, server_default=""),
)

issued_documents = sa.Table(
    "issued_documents",
    metadata,
    sa.Column("code", sa.String(32), primary_key=True),
    sa.Column("issuance_id", sa.String(32), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("certificate", sa.String(64), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("pages", sa.Integer, nullable=False),
    sa.Column("pdf", sa.LargeBinary, nullable=True),
    sa.Column("issued_at", sa.String(40), nullable=False),
)

signage_packages = sa.Table(
    "signage_packages",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("package_id", sa.String(64), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("published_at", sa.String(40), nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

signage_links = sa.Table(
    "signage_links",
    metadata,
    sa.Column("item_id", sa.String(200), primary_key=True),
    sa.Column("url", sa.String(2000), nullable=False),
    sa.Column("package_seq", sa.Integer, nullable=False),
)

signage_plays = sa.Table(
    "signage_plays",
    metadata,
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("screen", sa.String(64), primary_key=True),
    sa.Column("item_id", sa.String(200), primary_key=True),
    sa.Column("showings", sa.BigInteger, nullable=False),
    sa.Column("seconds", sa.Float, nullable=False),
)

signage_scans = sa.Table(
    "signage_scans",
    metadata,
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("item_id", sa.String(200), primary_key=True),
    sa.Column("scans", sa.BigInteger, nullable=False),
)

# A token given by ``add-terminal --rotate``: valid beside the terminal's current one until the
# terminal first uses it, when it becomes the current one and the old one stops working.
terminal_rotations = sa.Table(
    "terminal_rotations",
    metadata,
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("issued_at", sa.String(40), nullable=False),
)

# When and from where each terminal last presented a valid token (written at most once a minute).
terminal_use = sa.Table(
    "terminal_use",
    metadata,
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("used_at", sa.String(40), nullable=False),
    sa.Column("address", sa.String(64), nullable=False, server_default=""),
)

gateway_settings = sa.Table(
    "gateway_settings",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)

signage_items = sa.Table(
    "signage_items",
    metadata,
    sa.Column("package_seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("item_id", sa.String(200), primary_key=True),
    sa.Column("duration_s", sa.Float, nullable=False),
    sa.Index("ix_signage_items_item", "item_id"),
)

terminal_packages = sa.Table(
    "terminal_packages",
    metadata,
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("package_seq", sa.Integer, nullable=False),
    sa.Column("fetched_at", sa.String(40), nullable=False),
)

signage_scan_marks = sa.Table(
    "signage_scan_marks",
    metadata,
    sa.Column("mark", sa.String(64), primary_key=True),
    sa.Column("expires_at", sa.Float, nullable=False, index=True),
)

# What technicians did on each terminal (who, what, when), as the terminals report it.
technician_audit = sa.Table(
    "technician_audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("terminal_id", sa.String(64), nullable=False, index=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("who", sa.String(64), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("target", sa.String(64), nullable=False),
    sa.Column("outcome", sa.String(200), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
)

# Diagnostics bundles from terminals, one row per part as it arrives (base64 text).
technician_bundle_parts = sa.Table(
    "technician_bundle_parts",
    metadata,
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("bundle_id", sa.String(32), primary_key=True),
    sa.Column("part", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("parts", sa.Integer, nullable=False),
    sa.Column("name", sa.String(120), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
)

# Disaster alerts: one row per event (its latest message and state), every change in
# alert_events for audit, the message ids each event was known by (CAP references resolve
# through them), every document fetched (once) with what became of it, and each feed's
# conditional-request and backoff state.
alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("key", sa.String(300), primary_key=True),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("level", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("state", sa.String(16), nullable=False, index=True),
    sa.Column("sent", sa.String(40), nullable=False),
    sa.Column("expires_at", sa.String(40), nullable=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)

alert_events = sa.Table(
    "alert_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(300), nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("actor", sa.String(1000), nullable=False),
    sa.Column("identifier", sa.String(1000), nullable=False),
    sa.Column("message", sa.Text, nullable=True),
)

alert_messages = sa.Table(
    "alert_messages",
    metadata,
    sa.Column("sender", sa.String(300), primary_key=True),
    sa.Column("identifier", sa.String(300), primary_key=True),
    sa.Column("key", sa.String(300), nullable=False),
)

alert_documents = sa.Table(
    "alert_documents",
    metadata,
    sa.Column("url", sa.String(1000), primary_key=True),
    sa.Column("feed", sa.String(1000), nullable=False),
    sa.Column("fetched_at", sa.String(40), nullable=False, index=True),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("reason", sa.String(32), nullable=False, server_default=""),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("size", sa.Integer, nullable=False, server_default="0"),
    sa.Column("sha256", sa.String(64), nullable=False, server_default=""),
)

alert_feeds = sa.Table(
    "alert_feeds",
    metadata,
    sa.Column("url", sa.String(1000), primary_key=True),
    sa.Column("etag", sa.String(300), nullable=False, server_default=""),
    sa.Column("last_modified", sa.String(100), nullable=False, server_default=""),
    sa.Column("last_ok_at", sa.String(40), nullable=True),
    sa.Column("last_attempt_at", sa.String(40), nullable=True),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("retry_after", sa.String(40), nullable=True),
    sa.Column("last_error", sa.Text, nullable=False, server_default=""),
)

# City IT's operators: who may issue the city's own alerts over the API (tokens as hashes).
operators = sa.Table(
    "operators",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("description", sa.String(200), nullable=False, server_default=""),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("revoked_at", sa.String(40), nullable=True),
)

# When a terminal showed an alert, per surface (its screen, its LED board): the latest version.
alert_acks = sa.Table(
    "alert_acks",
    metadata,
    sa.Column("terminal_id", sa.String(64), primary_key=True),
    sa.Column("key", sa.String(300), primary_key=True),
    sa.Column("surface", sa.String(16), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("shown_at", sa.String(40), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
)


def _v1(conn: Connection) -> None:
    for table in (terminals, datasets, dataset_rows, idempotency, heartbeats, counters):
        table.create(conn)


def _v2(conn: Connection) -> None:
    for table in (resident_cards, issuance_nonces, issuances, issuance_events, issued_documents):
        table.create(conn)


def _v3(conn: Connection) -> None:
    for table in (signage_packages, signage_links, signage_plays, signage_scans):
        table.create(conn)


def _v4(conn: Connection) -> None:
    for table in (terminal_rotations, terminal_use):
        table.create(conn)


def _v5(conn: Connection) -> None:
    # Version 1 creates heartbeats from the current definition, so only older ones lack it.
    if "dead_letters" not in {c["name"] for c in sa.inspect(conn).get_columns("heartbeats")}:
        conn.exec_driver_sql(
            "ALTER TABLE heartbeats ADD COLUMN dead_letters INTEGER NOT NULL DEFAULT 0"
        )
    for table in (gateway_settings, signage_items, terminal_packages, signage_scan_marks):
        table.create(conn)


def _v6(conn: Connection) -> None:
    for table in (technician_audit, technician_bundle_parts):
        table.create(conn)


def _v7(conn: Connection) -> None:
    for table in (alerts, alert_events, alert_messages, alert_documents, alert_feeds, operators):
        table.create(conn)


def _v8(conn: Connection) -> None:
    alert_acks.create(conn)


# Append only: each entry upgrades the schema by one version, inside one transaction.
MIGRATIONS: tuple[tuple[int, Callable[[Connection], None]], ...] = (
    (1, _v1),
    (2, _v2),
    (3, _v3),
    (4, _v4),
    (5, _v5),
    (6, _v6),
    (7, _v7),
    (8, _v8),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def now_iso() -> str:
    """The current UTC time as ISO 8601 text, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy own transactions (the documented pysqlite recipe) so BEGIN IMMEDIATE works.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


_READ_ONLY = "machikado_read_only"


def reading(engine: Engine) -> Connection:
    """A connection for reads only: on SQLite its transactions never take the write lock."""
    return engine.connect().execution_options(**{_READ_ONLY: True})


def _sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_READ_ONLY):
        conn.exec_driver_sql("BEGIN")  # a reader in WAL mode waits for no one
        return
    # Writers take the lock up front: no "database is locked" upgrade failures under load.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_db_engine(url: str) -> Engine:
    """An engine for ``url``: SQLite in WAL mode with serialised writers, or any other URL."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):  # the driver we ship, not SQLAlchemy's default psycopg2
            url = "postgresql+psycopg://" + url[len(plain) :]
    return sa.create_engine(url, pool_pre_ping=True)


def current_version(engine: Engine) -> int:
    """The schema version the database is at; 0 for an empty database."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("schema_migrations"):
            return 0
        return int(conn.execute(sa.select(sa.func.max(schema_migrations.c.version))).scalar() or 0)


def migrate(engine: Engine) -> int:
    """Bring the schema up to date, one transaction per migration; returns the final version."""
    with engine.begin() as conn:
        if not sa.inspect(conn).has_table("schema_migrations"):
            schema_migrations.create(conn)
    version = current_version(engine)
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {version} is newer than this gateway ({SCHEMA_VERSION})"
        )
    for number, step in MIGRATIONS:
        if number <= version:
            continue
        with engine.begin() as conn:
            step(conn)
            conn.execute(schema_migrations.insert().values(version=number, applied_at=now_iso()))
        version = number
    return version
