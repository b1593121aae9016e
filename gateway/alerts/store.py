"""Alerts in the gateway's database: one row per event, every change kept for audit.

How a message changes its event (all inside one transaction, so concurrent gateway processes
apply each message once):

- a new event is ``issued``; a newer message about it replaces it (``updated``; 訂正 / Update);
  a message of the same moment from another feed or telegram generation is ``merged`` (the
  higher level is kept); an older one is kept as ``stale`` and changes nothing;
- a Cancel (or a JMA 取消) makes it ``cancelled``; a telegram that restates an area and no
  longer lists it makes it ``ended``; its expiry makes it ``expired``;
- drills, tests and drafts are filed apart from real alerts (their keys start ``exercise:``,
  ``test:``, ``draft:``), so they can neither replace nor end a real one; only drills are ever
  listed as active, and only when the city shows drills.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from content.alerts.codec import from_json, to_json
from content.alerts.model import Alert, Document, MsgType, Status
from gateway.alerts.fanout import notify_here, notify_in
from gateway.storage import alert_events, alert_messages, alerts, now_iso

ACTIVE, CANCELLED, ENDED, EXPIRED = "active", "cancelled", "ended", "expired"
MAX_KEY = 300
RETRIES = 3


@dataclass(frozen=True)
class Change:
    """What one message did to one event."""

    key: str
    action: str  # issued, updated, merged, stale, cancelled, ended, expired
    version: int


@dataclass(frozen=True)
class StoredAlert:
    """An event as the gateway holds it: its latest message, state and version."""

    alert: Alert
    key: str
    state: str
    version: int
    created_at: str
    updated_at: str

    @property
    def drill(self) -> bool:
        """True for a drill (訓練 / Exercise): shown only as a drill, never as real."""
        return self.alert.status is Status.EXERCISE


@dataclass(frozen=True)
class Event:
    """One audited change of an event."""

    key: str
    version: int
    at: str
    action: str
    actor: str
    identifier: str


def filed_key(key: str, status: Status) -> str:
    """The key an event is filed under: real alerts as they are, drills and tests apart."""
    return key if status is Status.ACTUAL else f"{status.value}:{key}"


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat() if moment else None


def _sent(moment: dt.datetime) -> str:
    """A message time as stored, to the microsecond: the order of messages must hold."""
    return moment.astimezone(dt.UTC).isoformat()


def _row_alert(row: Any) -> Alert:
    return from_json(json.loads(row.message))


def _record(
    conn: Connection, key: str, version: int, action: str, actor: str, alert: Alert | None
) -> Change:
    conn.execute(
        alert_events.insert().values(
            key=key,
            version=version,
            at=now_iso(),
            action=action,
            actor=actor[:1000],
            identifier=(alert.identifier if alert else "")[:1000],
            message=json.dumps(to_json(alert), ensure_ascii=False) if alert else None,
        )
    )
    return Change(key, action, version)


def _resolve(conn: Connection, alert: Alert, key: str) -> str:
    """The event an Update or Cancel belongs to, through the messages it references."""
    for sender, identifier in alert.references:
        found = conn.execute(
            sa.select(alert_messages.c.key).where(
                alert_messages.c.sender == sender, alert_messages.c.identifier == identifier
            )
        ).scalar()
        if found:
            return str(found)
    return key


def _remember(conn: Connection, alert: Alert, key: str) -> None:
    where = (alert_messages.c.sender == alert.sender[:300]) & (
        alert_messages.c.identifier == alert.identifier[:300]
    )
    if conn.execute(sa.select(alert_messages.c.key).where(where)).first() is None:
        conn.execute(
            alert_messages.insert().values(
                sender=alert.sender[:300], identifier=alert.identifier[:300], key=key
            )
        )


def _values(alert: Alert, state: str, version: int) -> dict[str, Any]:
    return {
        "source": alert.source.value,
        "kind": alert.kind.value,
        "level": alert.level.value,
        "status": alert.status.value,
        "state": state,
        "sent": _sent(alert.sent),
        "expires_at": _iso(alert.expires),
        "version": version,
        "message": json.dumps(to_json(alert), ensure_ascii=False),
        "updated_at": now_iso(),
    }


def apply_alert(conn: Connection, alert: Alert, actor: str) -> Change | None:
    """Apply one message to its event; returns what it did (None: nothing to do)."""
    key = filed_key(alert.key, alert.status)
    if alert.msg_type is not MsgType.ALERT:
        key = _resolve(conn, alert, key)
    if len(key) > MAX_KEY:
        raise ValueError(f"event key over {MAX_KEY} characters")
    alert = alert.with_key(key)
    _remember(conn, alert, key)
    row = conn.execute(sa.select(alerts).where(alerts.c.key == key).with_for_update()).first()
    if alert.msg_type is MsgType.CANCEL:
        if row is None or row.state != ACTIVE:
            return None
        latest = max(dt.datetime.fromisoformat(row.sent), alert.sent)
        conn.execute(
            alerts.update()
            .where(alerts.c.key == key)
            .values(
                state=CANCELLED,
                version=row.version + 1,
                sent=_sent(latest),
                updated_at=now_iso(),
            )
        )
        return _record(conn, key, row.version + 1, CANCELLED, actor, alert)
    if row is None:
        conn.execute(
            alerts.insert().values(key=key, created_at=now_iso(), **_values(alert, ACTIVE, 1))
        )
        return _record(conn, key, 1, "issued", actor, alert)
    held = _row_alert(row)
    # ``sent`` of the row is the latest thing said of the event, its end included
    latest = max(held.sent, dt.datetime.fromisoformat(row.sent))
    if alert.sent < latest or (row.state != ACTIVE and alert.sent <= latest):
        return _record(conn, key, row.version, "stale", actor, alert)
    if alert.sent == held.sent and row.state == ACTIVE:
        if alert.identifier == held.identifier and alert == held:
            return None  # the same message again
        if alert.level.rank <= held.level.rank:
            return _record(conn, key, row.version, "merged", actor, alert)
    action = "updated" if row.state == ACTIVE else "issued"
    conn.execute(
        alerts.update().where(alerts.c.key == key).values(**_values(alert, ACTIVE, row.version + 1))
    )
    return _record(conn, key, row.version + 1, action, actor, alert)


def _end_scopes(conn: Connection, document: Document, listed: set[str], actor: str) -> list[Change]:
    """End (or with ``retracts`` cancel) active events under the document's scopes it omits."""
    changes = []
    state = CANCELLED if document.retracts else ENDED
    for scope in document.scopes:
        scope = filed_key(scope, document.status)
        like = scope.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%"
        rows = conn.execute(
            sa.select(alerts.c.key, alerts.c.version, alerts.c.sent)
            .where(alerts.c.state == ACTIVE)
            .where(sa.or_(alerts.c.key == scope, alerts.c.key.like(like, escape="\\")))
            .with_for_update()
        ).all()
        for row in rows:
            if row.key in listed:
                continue
            if document.sent is not None and dt.datetime.fromisoformat(row.sent) > document.sent:
                continue  # a newer message holds it
            values: dict[str, Any] = {"state": state, "version": row.version + 1}
            if document.sent is not None:
                values["sent"] = _sent(max(document.sent, dt.datetime.fromisoformat(row.sent)))
            conn.execute(
                alerts.update()
                .where(alerts.c.key == row.key)
                .values(updated_at=now_iso(), **values)
            )
            changes.append(_record(conn, row.key, row.version + 1, state, actor, None))
    return changes


def apply_document(
    engine: Engine,
    document: Document,
    kept: Iterable[Alert],
    actor: str,
    *,
    elsewhere: Iterable[Alert] = (),
) -> list[Change]:
    """Apply the document's ``kept`` alerts (those concerning the city), then end what its
    scopes no longer list; returns every change, all in one transaction.

    ``elsewhere`` are its alerts that do not concern the city: an Update among them moves an
    event the city holds out of its area, and ends it here.

    Two gateway processes filing the same new event at once collide on its key; the one that
    loses starts again and finds the event there.
    """
    kept, moved = list(kept), [a for a in elsewhere if a.msg_type is MsgType.UPDATE]
    for attempt in range(RETRIES):
        try:
            changes = _apply_once(engine, document, kept, actor, moved)
            notify_here(changes)
            return changes
        except IntegrityError:
            if attempt == RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _apply_once(
    engine: Engine, document: Document, kept: list[Alert], actor: str, moved: list[Alert]
) -> list[Change]:
    with engine.begin() as conn:
        changes = apply_in(conn, document, kept, actor)
        for alert in moved:
            change = _moved_away(conn, alert, actor)
            if change is not None:
                changes.append(change)
        notify_in(conn, changes)
        return changes


def _moved_away(conn: Connection, alert: Alert, actor: str) -> Change | None:
    """End the event an Update names when the update no longer concerns the city."""
    own = filed_key(alert.key, alert.status)
    key = _resolve(conn, alert, own)
    row = conn.execute(
        sa.select(alerts.c.version, alerts.c.state).where(alerts.c.key == key).with_for_update()
    ).first()
    if key == own or row is None or row.state != ACTIVE:
        return None
    _remember(conn, alert.with_key(key), key)
    conn.execute(
        alerts.update()
        .where(alerts.c.key == key)
        .values(state=ENDED, version=row.version + 1, updated_at=now_iso())
    )
    return _record(conn, key, row.version + 1, ENDED, actor, alert.with_key(key))


def apply_in(conn: Connection, document: Document, kept: list[Alert], actor: str) -> list[Change]:
    """:func:`apply_document` inside the caller's transaction (no retry).

    Other processes hear of the changes when it commits; the caller wakes this process's
    (``fanout.notify_here``) after the commit.
    """
    changes: list[Change] = []
    listed = set()
    for alert in kept:
        change = apply_alert(conn, alert, actor)
        listed.add(filed_key(alert.key, alert.status))
        if change is not None:
            changes.append(change)
            listed.add(change.key)
    changes += _end_scopes(conn, document, listed, actor)
    notify_in(conn, changes)
    return changes


def expire_due(engine: Engine, now: dt.datetime) -> list[Change]:
    """Mark every active event whose expiry has passed as expired."""
    changes = []
    with engine.begin() as conn:
        rows = conn.execute(
            sa.select(alerts.c.key, alerts.c.version)
            .where(alerts.c.state == ACTIVE, alerts.c.expires_at <= _iso(now))
            .with_for_update()
        ).all()
        for row in rows:
            conn.execute(
                alerts.update()
                .where(alerts.c.key == row.key)
                .values(state=EXPIRED, version=row.version + 1, updated_at=now_iso())
            )
            changes.append(_record(conn, row.key, row.version + 1, EXPIRED, "expiry", None))
        notify_in(conn, changes)
    notify_here(changes)
    return changes


def _stored(row: Any) -> StoredAlert:
    return StoredAlert(
        _row_alert(row), row.key, row.state, row.version, row.created_at, row.updated_at
    )


def active_alerts(engine: Engine, now: dt.datetime, *, drills: bool = False) -> list[StoredAlert]:
    """Events in force now, most serious first: real ones, and drills when ``drills``.

    Tests and drafts are never listed; an event past its expiry is not in force even before
    ``expire_due`` has marked it.
    """
    statuses = [Status.ACTUAL.value] + ([Status.EXERCISE.value] if drills else [])
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(alerts).where(
                alerts.c.state == ACTIVE,
                alerts.c.status.in_(statuses),
                sa.or_(alerts.c.expires_at.is_(None), alerts.c.expires_at > _iso(now)),
            )
        ).all()
    found = [_stored(row) for row in rows]
    found.sort(key=lambda s: (-s.alert.level.rank, -s.alert.sent.timestamp(), s.key))
    return found


def recent_alerts(engine: Engine, limit: int = 100) -> list[StoredAlert]:
    """The latest events in any state (drills and tests included), newest change first."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(alerts).order_by(alerts.c.updated_at.desc(), alerts.c.key).limit(limit)
        ).all()
    return [_stored(row) for row in rows]


def stored_alert(engine: Engine, key: str) -> StoredAlert | None:
    """One event by its filed key, or None."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(alerts).where(alerts.c.key == key)).first()
    return _stored(row) if row else None


def history(engine: Engine, key: str) -> list[Event]:
    """Every audited change of one event, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(alert_events).where(alert_events.c.key == key).order_by(alert_events.c.id)
        ).all()
    return [Event(r.key, r.version, r.at, r.action, r.actor, r.identifier) for r in rows]
