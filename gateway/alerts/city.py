"""The city's own alerts: an operator issues, updates and cancels them, in several languages.

A city alert concerns the whole city unless it names areas; it is an evacuation order with its
警戒レベル, a shelter opened or closed, or any other kind of the fixed vocabulary. Its id is
``city-<date>-<random>``; its event key ``city:<id>``. Each change is a message of its own
(``<id>#<n>``) through the same store as the feeds, so it is audited the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass, replace

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from content.alerts.model import (
    Alert,
    Area,
    AreaCode,
    Document,
    Kind,
    Level,
    MsgType,
    ShelterChange,
    Source,
    Status,
    Text,
)
from content.languages import LANGUAGE_CODES
from gateway.alerts.fanout import notify_here
from gateway.alerts.store import (
    ACTIVE,
    Change,
    StoredAlert,
    apply_document,
    apply_in,
    filed_key,
    stored_alert,
)
from gateway.storage import idempotency, now_iso

SENDER = "city"
MAX_HEADLINE = 200
MAX_BODY = 2000
# Where the city states no level, the 警戒レベル gives it.
EVACUATION_LEVELS = {
    1: Level.INFO, 2: Level.ADVISORY, 3: Level.WARNING, 4: Level.DANGER, 5: Level.EMERGENCY,
}  # fmt: skip


class CityAlertError(ValueError):
    """A city alert that cannot be issued, updated or cancelled; ``status`` is the HTTP status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class CityAlertDraft:
    """What an operator states for a city alert."""

    kind: Kind
    level: Level
    texts: tuple[Text, ...]
    evacuation_level: int | None = None
    drill: bool = False
    area_codes: tuple[str, ...] = ()
    area_description: str = ""
    expires: dt.datetime | None = None
    shelters: tuple[ShelterChange, ...] = ()

    def check(self, known_shelters: frozenset[str], now: dt.datetime) -> None:
        """Raise :class:`CityAlertError` (422) naming what is wrong."""
        problems = []
        languages = [t.language for t in self.texts]
        if "ja" not in languages:
            problems.append("texts: a Japanese (ja) text is needed")
        unknown = sorted(set(languages) - set(LANGUAGE_CODES))
        if unknown:
            problems.append(f"texts: unknown language {', '.join(unknown)}")
        if len(set(languages)) != len(languages):
            problems.append("texts: a language is given twice")
        for t in self.texts:
            if not t.headline.strip() or len(t.headline) > MAX_HEADLINE:
                problems.append(f"texts.{t.language}.headline: 1 to {MAX_HEADLINE} characters")
            if max(len(t.description), len(t.instruction)) > MAX_BODY:
                problems.append(f"texts.{t.language}: at most {MAX_BODY} characters each")
        if self.evacuation_level is not None and not 1 <= self.evacuation_level <= 5:
            problems.append("evacuation_level: 1 to 5")
        bad = [c for c in self.area_codes if ":" not in c]
        if bad:
            problems.append(f"area_codes: expected scheme:code, got {', '.join(bad)}")
        strangers = sorted({s.shelter_id for s in self.shelters} - known_shelters)
        if strangers:
            problems.append(f"shelters: not in the city's shelter list: {', '.join(strangers)}")
        if self.kind is Kind.SHELTER and not self.shelters:
            problems.append("shelters: a shelter alert names the shelters it opens or closes")
        if self.expires is not None and (self.expires.tzinfo is None or self.expires <= now):
            problems.append("expires: a time with its offset, in the future")
        if problems:
            raise CityAlertError(422, "invalid_alert", "; ".join(problems))


def _alert(
    alert_id: str, serial: int, draft: CityAlertDraft, msg_type: MsgType, now: dt.datetime
) -> Alert:
    codes = tuple(AreaCode(*code.split(":", 1)) for code in draft.area_codes)
    areas = (Area(draft.area_description, codes),) if codes or draft.area_description else ()
    return Alert(
        key=f"city:{alert_id}",
        source=Source.CITY,
        identifier=f"{alert_id}#{serial}",
        sender=SENDER,
        sent=now,
        status=Status.EXERCISE if draft.drill else Status.ACTUAL,
        msg_type=msg_type,
        kind=draft.kind,
        level=draft.level,
        texts=draft.texts,
        areas=areas,
        expires=draft.expires,
        evacuation_level=draft.evacuation_level,
        shelters=draft.shelters,
    )


def _apply(engine: Engine, alert: Alert, actor: str) -> StoredAlert:
    apply_document(engine, Document((alert,), sent=alert.sent, status=alert.status), [alert], actor)
    found = stored_alert(engine, filed_key(alert.key, alert.status))
    assert found is not None
    return found


def _held(engine: Engine, alert_id: str) -> StoredAlert:
    for status in (Status.ACTUAL, Status.EXERCISE):
        found = stored_alert(engine, filed_key(f"city:{alert_id}", status))
        if found is not None:
            if found.state != ACTIVE:
                raise CityAlertError(
                    409, "alert_not_active", f"alert {alert_id} is {found.state}, not active"
                )
            return found
    raise CityAlertError(404, "unknown_alert", f"no city alert {alert_id}")


def _serial(found: StoredAlert) -> int:
    return int(found.alert.identifier.rpartition("#")[2]) + 1


def _later(found: StoredAlert, now: dt.datetime) -> dt.datetime:
    # A change within the same instant as the last still comes after it.
    return max(now, found.alert.sent + dt.timedelta(microseconds=1))


def issue(
    engine: Engine,
    draft: CityAlertDraft,
    actor: str,
    *,
    known_shelters: frozenset[str],
    now: dt.datetime | None = None,
    once: tuple[str, str] | None = None,
) -> tuple[StoredAlert, bool]:
    """Issue a new city alert; returns it as stored, and whether it was issued before.

    With ``once`` (an Idempotency-Key and a digest of the request) a retry of the same request
    under the same key gets the alert the first one issued, and a different request under that
    key is refused: an operator's tool that retries after a timeout never issues two orders.
    """
    now = now or dt.datetime.now(dt.UTC)
    draft.check(known_shelters, now)
    alert_id = f"city-{now.astimezone(dt.UTC):%Y%m%d}-{secrets.token_hex(4)}"
    alert = _alert(alert_id, 1, draft, MsgType.ALERT, now)
    if once is None:
        return _apply(engine, alert, actor), False
    try:
        return _issue_once(engine, alert, actor, once)
    except IntegrityError:  # the same key raced in from a retry and committed first
        return _issue_once(engine, alert, actor, once)


def _issue_once(
    engine: Engine, alert: Alert, actor: str, once: tuple[str, str]
) -> tuple[StoredAlert, bool]:
    key, digest = once
    where = (idempotency.c.terminal_id == actor[:64]) & (idempotency.c.key == key)
    changes: list[Change] = []
    with engine.begin() as conn:
        seen = conn.execute(
            sa.select(idempotency.c.request_hash, idempotency.c.response).where(where)
        ).first()
        if seen is None:
            document = Document((alert,), sent=alert.sent, status=alert.status)
            changes = apply_in(conn, document, [alert], actor)
            filed = filed_key(alert.key, alert.status)
            conn.execute(
                idempotency.insert().values(
                    terminal_id=actor[:64],
                    key=key,
                    endpoint="alerts_city_issue",
                    request_hash=digest,
                    status_code=201,
                    response=json.dumps({"key": filed}),
                    created_at=now_iso(),
                )
            )
    notify_here(changes)
    if seen is not None and seen.request_hash != digest:
        raise CityAlertError(
            422,
            "idempotency_key_reused",
            "this Idempotency-Key was already used for a different alert",
        )
    filed = json.loads(seen.response)["key"] if seen is not None else filed
    found = stored_alert(engine, filed)
    assert found is not None
    return found, seen is not None


def update(
    engine: Engine,
    alert_id: str,
    draft: CityAlertDraft,
    actor: str,
    *,
    known_shelters: frozenset[str],
    now: dt.datetime | None = None,
) -> StoredAlert:
    """Replace what an active city alert says; a drill stays a drill and a real one real."""
    now = now or dt.datetime.now(dt.UTC)
    draft.check(known_shelters, now)
    found = _held(engine, alert_id)
    if found.drill != draft.drill:
        raise CityAlertError(
            409, "drill_mismatch", "a drill cannot become real, nor a real alert a drill"
        )
    alert = _alert(alert_id, _serial(found), draft, MsgType.UPDATE, _later(found, now))
    return _apply(engine, alert, actor)


def cancel(
    engine: Engine, alert_id: str, actor: str, *, now: dt.datetime | None = None
) -> StoredAlert:
    """Retract an active city alert."""
    found = _held(engine, alert_id)
    alert = replace(
        found.alert,
        key=f"city:{alert_id}",
        identifier=f"{alert_id}#{_serial(found)}",
        sent=_later(found, now or dt.datetime.now(dt.UTC)),
        msg_type=MsgType.CANCEL,
    )
    return _apply(engine, alert, actor)


def city_id(key: str) -> str | None:
    """The city alert id in an event key (drill or real), or None for another source's key."""
    for prefix in ("city:", "exercise:city:"):
        if key.startswith(prefix):
            return key[len(prefix) :]
    return None
