"""The gateway's tables (SQLAlchemy Core), engine set-up and versioned migrations."""

from __future__ import annotations

import datetime as dt
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
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


# Facility booking. A booking claims one row per room it occupies (both 半面 for a 全面), date
# and division; while live, a partial unique index (and on PostgreSQL an exclusion constraint
# over the claim's time range) keeps any second claim out, so no two live bookings overlap
# whatever the number of gateway processes. Quotas are counter rows held under a CHECK.
booking_users = sa.Table(
    "booking_users",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("resident", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

booking_groups = sa.Table(
    "booking_groups",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("representative", sa.String(64), nullable=False, index=True),
    sa.Column("created_at", sa.String(40), nullable=False),
)

booking_group_members = sa.Table(
    "booking_group_members",
    metadata,
    sa.Column("group_id", sa.String(32), primary_key=True),
    sa.Column("user_id", sa.String(64), primary_key=True),
    sa.Column("joined_at", sa.String(40), nullable=False),
)

BOOKING_STATES = ("provisional", "confirmed", "cancelled", "expired", "used", "no_show")

bookings = sa.Table(
    "bookings",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("holder", sa.String(64), nullable=False, index=True),
    sa.Column("user_id", sa.String(64), nullable=False, index=True),
    sa.Column("group_id", sa.String(32), nullable=True),
    sa.Column("terminal_id", sa.String(64), nullable=False),
    sa.Column("facility", sa.String(64), nullable=False),
    sa.Column("unit", sa.String(64), nullable=False),
    sa.Column("use_date", sa.String(10), nullable=False),
    sa.Column("divisions", sa.Text, nullable=False),
    sa.Column("calendar", sa.String(64), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("origin", sa.String(16), nullable=False),
    sa.Column("lottery_entry", sa.String(32), nullable=True),
    sa.Column("payment", sa.String(16), nullable=True),
    sa.Column("fee_yen", sa.Integer, nullable=False),
    sa.Column("fee", sa.Text, nullable=False),
    sa.Column("refund_yen", sa.Integer, nullable=True),
    sa.Column("cancelled_by", sa.String(16), nullable=True),
    sa.Column("expires_s", sa.BigInteger, nullable=True),
    sa.Column("slots", sa.Integer, nullable=False),
    sa.Column("minutes", sa.Integer, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.CheckConstraint(
        "state IN (" + ", ".join(f"'{s}'" for s in BOOKING_STATES) + ")", name="ck_bookings_state"
    ),
    sa.Index("ix_bookings_open", "state", "expires_s"),
    sa.Index("ix_bookings_day", "facility", "use_date"),
)

booking_claims = sa.Table(
    "booking_claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("booking_id", sa.String(32), nullable=False, index=True),
    sa.Column("resource", sa.String(140), nullable=False),
    sa.Column("use_date", sa.String(10), nullable=False),
    sa.Column("division", sa.String(16), nullable=False),
    sa.Column("starts_s", sa.BigInteger, nullable=False),
    sa.Column("ends_s", sa.BigInteger, nullable=False),
    sa.Column("live", sa.Boolean, nullable=False),
    sa.CheckConstraint("starts_s < ends_s", name="ck_booking_claims_range"),
    sa.Index(
        "uq_booking_claims_live",
        "resource",
        "use_date",
        "division",
        unique=True,
        sqlite_where=sa.text("live"),
        postgresql_where=sa.text("live"),
    ),
)

# Added after the unique index on purpose: PostgreSQL checks a row's indexes in the order they
# were made, and the unique index makes a racing claim wait for the winner and then fail
# cleanly, where an exclusion constraint checked first would let two inserts deadlock.
_PG_CLAIM_OVERLAP = (
    "ALTER TABLE booking_claims ADD CONSTRAINT ex_booking_claims_overlap"
    " EXCLUDE USING gist (resource WITH =, int8range(starts_s, ends_s) WITH &&) WHERE (live)"
)

# A room's claims may not overlap in time either (another division scheme, a joined room):
# SQLite has no exclusion constraint, so a trigger refuses the write inside the statement.
_SQLITE_CLAIM_OVERLAP = """
CREATE TRIGGER tr_booking_claims_overlap_{event} BEFORE {event} ON booking_claims
FOR EACH ROW WHEN NEW.live
BEGIN
  SELECT RAISE(ABORT, 'booking_overlap') FROM booking_claims
  WHERE resource = NEW.resource AND live AND id IS NOT NEW.id
    AND starts_s < NEW.ends_s AND NEW.starts_s < ends_s;
END
"""

booking_quota = sa.Table(
    "booking_quota",
    metadata,
    sa.Column("holder", sa.String(64), primary_key=True),
    sa.Column("scope", sa.String(64), primary_key=True),
    sa.Column("used", sa.Integer, nullable=False),
    sa.Column("cap", sa.Integer, nullable=False),
    sa.CheckConstraint("used >= 0 AND used <= cap", name="ck_booking_quota_cap"),
)

booking_events = sa.Table(
    "booking_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("booking_id", sa.String(32), nullable=False, index=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("detail", sa.String(200), nullable=False, server_default=""),
)

booking_penalties = sa.Table(
    "booking_penalties",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.String(64), nullable=False, index=True),
    sa.Column("at_s", sa.BigInteger, nullable=False),
    sa.Column("points", sa.Integer, nullable=False),
    sa.Column("reason", sa.String(16), nullable=False),
    sa.Column("booking_id", sa.String(32), nullable=False, unique=True),
)

lottery_rounds = sa.Table(
    "lottery_rounds",
    metadata,
    sa.Column("facility", sa.String(64), primary_key=True),
    sa.Column("calendar", sa.String(64), primary_key=True),
    sa.Column("month", sa.String(7), primary_key=True),
    sa.Column("seed", sa.String(64), nullable=False),
    sa.Column("seed_sha256", sa.String(64), nullable=False),
    sa.Column("state", sa.String(8), nullable=False),
    sa.Column("opened_at", sa.String(40), nullable=False),
    sa.Column("drawn_at", sa.String(40), nullable=True),
    sa.Column("published", sa.Text, nullable=True),
)

lottery_entries = sa.Table(
    "lottery_entries",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("facility", sa.String(64), nullable=False),
    sa.Column("calendar", sa.String(64), nullable=False),
    sa.Column("month", sa.String(7), nullable=False),
    sa.Column("holder", sa.String(64), nullable=False),
    sa.Column("user_id", sa.String(64), nullable=False, index=True),
    sa.Column("group_id", sa.String(32), nullable=True),
    sa.Column("resident", sa.Boolean, nullable=False),
    sa.Column("wishes", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.UniqueConstraint(
        "facility", "calendar", "month", "holder", name="uq_lottery_entries_holder"
    ),
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


def _v9(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":  # for "resource WITH =" in the exclusion constraint
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
    for table in (
        booking_users,
        booking_groups,
        booking_group_members,
        bookings,
        booking_claims,
        booking_quota,
        booking_events,
        booking_penalties,
        lottery_rounds,
        lottery_entries,
    ):
        table.create(conn)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(_PG_CLAIM_OVERLAP)
    if conn.dialect.name == "sqlite":
        for event in ("INSERT", "UPDATE"):
            conn.exec_driver_sql(_SQLITE_CLAIM_OVERLAP.format(event=event))


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
    (9, _v9),
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


WRITER_WAIT_S = 30.0  # as long as SQLite's own busy timeout


class SqliteWriter:
    """One write transaction at a time per database file in this process, in order of asking.

    Without it every writer thread but one meets SQLITE_BUSY at ``BEGIN IMMEDIATE`` and sleeps
    in SQLite's busy handler (1, 2, 5 … 100 ms), so the lock often stands free while they
    sleep: under 50 terminals a write waited 57 ms on average for a 4 ms transaction. Here the
    waiters queue, first come first served (so none waits far longer than the rest), and the
    next one starts the moment the last commits. Other processes on the same file still meet
    SQLite's lock and its busy handler, as before.
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._queue: deque[threading.Lock] = deque()
        self._busy = False
        self._holder: int | None = None
        self._thread: int | None = None

    def acquire(self, dbapi_conn: Any) -> None:
        """Wait for the turn of ``dbapi_conn`` (past ``WRITER_WAIT_S``, go on to SQLite's)."""
        if self._thread == threading.get_ident():
            return  # a second write inside this thread's own: SQLite answers it, as before
        with self._mutex:
            if not self._busy:
                self._busy = True
                self._hold(dbapi_conn)
                return
            gate = threading.Lock()
            gate.acquire()
            self._queue.append(gate)
        if not gate.acquire(timeout=WRITER_WAIT_S):
            with self._mutex:
                if gate in self._queue:  # not handed the turn: leave it to SQLite's timeout
                    self._queue.remove(gate)
                    return
        self._hold(dbapi_conn)

    def _hold(self, dbapi_conn: Any) -> None:
        self._holder, self._thread = id(dbapi_conn), threading.get_ident()

    def release(self, dbapi_conn: Any) -> None:
        """End the turn of ``dbapi_conn`` if it has one (a commit, a rollback, a close)."""
        if self._holder is None or self._holder != id(dbapi_conn):
            return
        self._holder = self._thread = None
        with self._mutex:
            if self._queue:
                self._queue.popleft().release()  # the turn passes straight to the next
            else:
                self._busy = False


_writers: dict[str, SqliteWriter] = {}
_writers_lock = threading.Lock()


def _writer_for(url: sa.engine.URL) -> SqliteWriter:
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return SqliteWriter()  # private to this engine
    key = str(Path(database).resolve())
    with _writers_lock:
        return _writers.setdefault(key, SqliteWriter())


def _raw(conn: Any) -> Any:
    return getattr(conn, "dbapi_connection", conn)


def _serialise_writers(engine: Engine) -> None:
    writer = _writer_for(engine.url)
    dialect = engine.dialect

    def begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_READ_ONLY):
            conn.exec_driver_sql("BEGIN")  # a reader in WAL mode waits for no one
            return
        raw = _raw(conn.connection)
        writer.acquire(raw)
        try:
            # Writers take the lock up front: no "database is locked" upgrade failures.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            writer.release(raw)
            raise

    def ending(name: str) -> None:
        original = getattr(dialect, name)

        def ended(dbapi_conn: Any, *args: Any, **kwargs: Any) -> None:
            try:
                original(dbapi_conn, *args, **kwargs)
            finally:
                writer.release(_raw(dbapi_conn))

        setattr(dialect, name, ended)

    for name in ("do_commit", "do_rollback", "do_close"):
        ending(name)
    sa.event.listen(engine, "begin", begin)
    # A connection dropped mid-transaction (invalidated, collected) gives its turn back too.
    sa.event.listen(engine.pool, "invalidate", lambda raw, _rec, _err: writer.release(raw))
    sa.event.listen(engine.pool, "close", lambda raw, _rec: writer.release(raw))


# Connections kept open per process, and how many more a burst may open. The server runs up
# to 40 requests at once in its thread pool; with SQLAlchemy's default of 5 kept (10 more
# opened and closed again as load comes and goes), a PostgreSQL gateway under 50 terminals
# opened a new connection, a new server process, for one request in seven.
POOL_SIZE = 20
POOL_OVERFLOW = 10


def create_db_engine(url: str) -> Engine:
    """An engine for ``url``: SQLite in WAL mode with serialised writers, or any other URL."""
    pool = {"pool_size": POOL_SIZE, "max_overflow": POOL_OVERFLOW}
    if url.startswith("sqlite"):
        if ":memory:" in url or url.rstrip("/") in ("sqlite:", "sqlite+pysqlite:"):
            pool = {}  # one private database per connection: SQLAlchemy picks its own pool
        engine = sa.create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, **pool
        )
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        _serialise_writers(engine)
        return engine
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):  # the driver we ship, not SQLAlchemy's default psycopg2
            url = "postgresql+psycopg://" + url[len(plain) :]
    return sa.create_engine(url, pool_pre_ping=True, **pool)


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
