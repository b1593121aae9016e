"""``/api/v1/alerts``: the city's own alerts, issued by operators; what is in force; the audit.

Every route takes an operator's token (``machikado gateway add-operator``). A terminal's token
is refused with 403 ``terminal_token``: terminals read alerts, they never raise them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import Field, StringConstraints

from content.alerts.codec import to_json
from content.alerts.model import Kind, Level, ShelterChange, Text
from content.languages import LANGUAGE_CODES
from gateway.alerts import city
from gateway.alerts.coverage import coverage
from gateway.alerts.documents import recent_documents
from gateway.alerts.operators import Operator, operator_by_token
from gateway.alerts.settings import AlertSettings
from gateway.alerts.store import StoredAlert, active_alerts, history, recent_alerts
from gateway.city_time import city_time
from gateway.deps import Database
from gateway.errors import INVALID, ApiError, Responses, described
from gateway.fields import Flag, RequestModel, Time
from gateway.idempotency import IDEMPOTENCY_KEY, Accepted

OPERATOR: Responses = {
    **described(401, "missing, unknown or revoked operator token"),
    **described(403, "a terminal's token: terminals cannot issue alerts"),
    **described(413, "request body over the size limit"),
    **INVALID,
}
CHANGE: Responses = {
    **OPERATOR,
    **described(404, "no such city alert"),
    **described(409, "the alert is no longer active, or a drill would become real"),
}

AlertId = Annotated[str, Path(pattern=r"^city-\d{8}-[0-9a-f]{8}$")]
AreaCode = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,32}:[A-Za-z0-9-]{1,32}$")]
ShelterId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]


async def operator(
    engine: Database, authorization: Annotated[str | None, Header()] = None
) -> Operator:
    """The calling operator, from its bearer token; 401 unknown, 403 for a terminal's token."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing_token", "send 'Authorization: Bearer <operator token>'")
    found, is_terminal = await run_in_threadpool(operator_by_token, engine, token.strip())
    if is_terminal:
        raise ApiError(403, "terminal_token", "a terminal's token cannot issue or read alerts here")
    if found is None:
        raise ApiError(401, "unknown_operator", "this token belongs to no operator")
    if found.revoked_at is not None:
        raise ApiError(401, "operator_revoked", f"operator {found.id} was revoked")
    return found


OperatorAuth = Annotated[Operator, Depends(operator)]


def settings(request: Request) -> AlertSettings:
    """The alert settings given to ``create_app``."""
    found: AlertSettings = request.app.state.alert_settings
    return found


Settings = Annotated[AlertSettings, Depends(settings)]


class TextIn(RequestModel):
    """What the alert says in one language."""

    headline: Annotated[str, StringConstraints(min_length=1, max_length=city.MAX_HEADLINE)]
    event: Annotated[str, StringConstraints(max_length=100)] = ""
    description: Annotated[str, StringConstraints(max_length=city.MAX_BODY)] = ""
    instruction: Annotated[str, StringConstraints(max_length=city.MAX_BODY)] = ""


class ShelterIn(RequestModel):
    """A shelter the alert opens (``open``: true) or closes."""

    id: ShelterId
    open: Flag


class CityAlertIn(RequestModel):
    """A city alert: its kind and level (or 警戒レベル), texts by language (ja needed)."""

    kind: Kind
    level: Level | None = None
    evacuation_level: Annotated[int, Field(ge=1, le=5, strict=True)] | None = None
    drill: Flag = False
    texts: dict[str, TextIn] = Field(min_length=1, max_length=len(LANGUAGE_CODES))
    area_codes: list[AreaCode] = Field(default_factory=list, max_length=50)
    area_description: Annotated[str, StringConstraints(max_length=200)] = ""
    expires: Time | None = None
    shelters: list[ShelterIn] = Field(default_factory=list, max_length=100)

    def draft(self) -> city.CityAlertDraft:
        """The draft the city module checks and files."""
        level = self.level
        if level is None:
            if self.evacuation_level is None:
                raise ApiError(422, "invalid_alert", "level: give a level or an evacuation_level")
            level = city.EVACUATION_LEVELS[self.evacuation_level]
        return city.CityAlertDraft(
            kind=self.kind,
            level=level,
            texts=tuple(
                Text(lang, t.event, t.headline, t.description, t.instruction)
                for lang, t in self.texts.items()
            ),
            evacuation_level=self.evacuation_level,
            drill=self.drill,
            area_codes=tuple(self.area_codes),
            area_description=self.area_description,
            expires=self.expires,
            shelters=tuple(ShelterChange(s.id, s.open) for s in self.shelters),
        )


def shown(stored: StoredAlert) -> dict[str, Any]:
    """An event as the API gives it: its message, state, version and whether it is a drill."""
    return {
        "key": stored.key,
        "id": city.city_id(stored.key),
        "state": stored.state,
        "version": stored.version,
        "drill": stored.drill,
        "updated_at": stored.updated_at,
        "alert": to_json(stored.alert),
    }


def _carry(work: Any) -> dict[str, Any]:
    try:
        return shown(work())
    except city.CityAlertError as err:
        raise ApiError(err.status, err.code, err.message) from err


router = APIRouter(tags=["alerts"])


@router.post(
    "/api/v1/alerts/city",
    status_code=201,
    response_model=Accepted,
    responses={
        **OPERATOR,
        **described(400, "malformed Idempotency-Key"),
        **described(422, "a field is missing or malformed, or the key was used for another alert"),
    },
)
def issue(
    body: CityAlertIn,
    who: OperatorAuth,
    engine: Database,
    s: Settings,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """Issue a city alert (an evacuation order, a shelter opening…); its ``result`` is the alert
    as stored.

    With an ``Idempotency-Key`` a retry gets the alert the first request issued (with
    ``Idempotent-Replayed: true``), never a second one.
    """
    if idempotency_key is not None and not IDEMPOTENCY_KEY.fullmatch(idempotency_key):
        raise ApiError(
            400, "invalid_idempotency_key", "Idempotency-Key: expected 8-128 of A-Z a-z 0-9 _ -"
        )
    draft = body.draft()
    once = None
    if idempotency_key is not None:
        once = (idempotency_key, hashlib.sha256(body.model_dump_json().encode()).hexdigest())
    try:
        stored, replayed = city.issue(
            engine, draft, f"operator:{who.id}", known_shelters=s.shelter_ids, once=once
        )
    except city.CityAlertError as err:
        raise ApiError(err.status, err.code, err.message) from err
    headers = {"Idempotent-Replayed": "true"} if replayed else None
    body_out = {"accepted": True, "received_at": stored.created_at, "result": shown(stored)}
    return JSONResponse(body_out, 201, headers=headers)


@router.put("/api/v1/alerts/city/{alert_id}", responses=CHANGE)
def update(
    alert_id: AlertId, body: CityAlertIn, who: OperatorAuth, engine: Database, s: Settings
) -> dict[str, Any]:
    """Replace what an active city alert says (a new level, another shelter opened…)."""
    draft = body.draft()
    return _carry(
        lambda: city.update(
            engine, alert_id, draft, f"operator:{who.id}", known_shelters=s.shelter_ids
        )
    )


@router.post("/api/v1/alerts/city/{alert_id}/cancel", responses=CHANGE)
def cancel(alert_id: AlertId, who: OperatorAuth, engine: Database) -> dict[str, Any]:
    """Retract an active city alert."""
    return _carry(lambda: city.cancel(engine, alert_id, f"operator:{who.id}"))


@router.get("/api/v1/alerts", responses=OPERATOR)
def listing(
    _who: OperatorAuth,
    engine: Database,
    s: Settings,
    state: Literal["active", "all"] = "active",
) -> dict[str, Any]:
    """The events in force now (drills only where the city shows them), or the latest 100 in
    any state with ``state=all``."""
    if state == "all":
        found = recent_alerts(engine)
    else:
        found = active_alerts(engine, dt.datetime.now(dt.UTC), drills=s.show_drills)
    return {"alerts": [shown(item) for item in found]}


@router.get(
    "/api/v1/alerts/history/{key:path}",
    responses={**OPERATOR, **described(404, "no such event")},
)
def audit(key: str, _who: OperatorAuth, engine: Database) -> dict[str, Any]:
    """Every change of one event: when, what, by whom (feed, operator, expiry), which message."""
    events = history(engine, key)
    if not events:
        raise ApiError(404, "unknown_alert", f"no event {key!r}")
    return {"key": key, "events": [vars(event) for event in events]}


@router.get(
    "/api/v1/alerts/coverage/{key:path}",
    responses={**OPERATOR, **described(404, "no such event")},
)
def reach(key: str, _who: OperatorAuth, engine: Database) -> dict[str, Any]:
    """Which terminals showed an alert: shown on ``shown`` of ``terminals`` (per surface, and at
    its latest version), and each of the others with when it was last heard from (Japan time).
    """
    found = coverage(engine, key)
    if found is None:
        raise ApiError(404, "unknown_alert", f"no event {key!r}")
    return {
        "key": found.key,
        "state": found.state,
        "version": found.version,
        "terminals": found.terminals,
        "shown": found.shown,
        "by_surface": found.by_surface,
        "at_latest_version": found.current,
        "not_shown": [
            {
                "terminal_id": u.terminal_id,
                "description": u.description,
                "last_seen_at": city_time(u.last_seen_at) if u.last_seen_at else None,
            }
            for u in found.unseen
        ],
    }


@router.get("/api/v1/alerts/documents", responses=OPERATOR)
def fetched(
    _who: OperatorAuth,
    engine: Database,
    outcome: Literal["kept", "ignored", "refused"] | None = None,
) -> dict[str, Any]:
    """The latest documents fetched from the feeds, with what became of each and why."""
    return {"documents": [vars(d) for d in recent_documents(engine, outcome=outcome)]}
