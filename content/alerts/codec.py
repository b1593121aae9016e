"""Alerts as JSON-ready mappings and back: how the gateway stores them and terminals receive them.

Times are ISO 8601 with their offset; enums are their values. :func:`from_json` checks what it
reads and raises ``ValueError`` naming the field, so a stored or received alert that does not
fit the model is refused, not half read.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, TypeVar

from content.alerts.model import (
    Alert,
    Area,
    AreaCode,
    Circle,
    Kind,
    Level,
    MsgType,
    Polygon,
    ShelterChange,
    Source,
    Status,
    Text,
)

E = TypeVar("E", bound=enum.Enum)


def to_json(alert: Alert) -> dict[str, Any]:
    """The alert as plain JSON values."""
    return {
        "key": alert.key,
        "source": alert.source.value,
        "identifier": alert.identifier,
        "sender": alert.sender,
        "sent": alert.sent.isoformat(),
        "status": alert.status.value,
        "msg_type": alert.msg_type.value,
        "kind": alert.kind.value,
        "level": alert.level.value,
        "texts": [
            {
                "language": t.language,
                "event": t.event,
                "headline": t.headline,
                "description": t.description,
                "instruction": t.instruction,
            }
            for t in alert.texts
        ],
        "areas": [
            {
                "description": a.description,
                "codes": [{"scheme": c.scheme, "code": c.code, "name": c.name} for c in a.codes],
                "polygons": [[list(point) for point in p.points] for p in a.polygons],
                "circles": [[c.lat, c.lon, c.radius_km] for c in a.circles],
            }
            for a in alert.areas
        ],
        "expires": alert.expires.isoformat() if alert.expires else None,
        "references": [list(ref) for ref in alert.references],
        "evacuation_level": alert.evacuation_level,
        "shelters": [{"id": s.shelter_id, "open": s.open} for s in alert.shelters],
        "codes": list(alert.codes),
    }


def _time(value: Any, name: str) -> dt.datetime:
    if not isinstance(value, str):
        raise ValueError(f"{name}: expected an ISO 8601 time")
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"{name}: the time has no offset")
    return moment


def _enum(cls: type[E], data: dict[str, Any], name: str) -> E:
    try:
        return cls(data[name])
    except ValueError as err:
        raise ValueError(f"{name}: {data[name]!r} is not one of the model's values") from err


def _kind(data: dict[str, Any]) -> Kind:
    # A kind added by a newer gateway is still a warning to show: worded as "other", its own
    # texts say what it is. Only a kind that is not text at all does not fit.
    value = data["kind"]
    if not isinstance(value, str):
        raise ValueError(f"kind: expected text, got {value!r}")
    try:
        return Kind(value)
    except ValueError:
        return Kind.OTHER


def from_json(data: dict[str, Any]) -> Alert:
    """The alert ``to_json`` wrote; ``ValueError`` naming the first field that does not fit."""
    try:
        return Alert(
            key=str(data["key"]),
            source=_enum(Source, data, "source"),
            identifier=str(data["identifier"]),
            sender=str(data["sender"]),
            sent=_time(data["sent"], "sent"),
            status=_enum(Status, data, "status"),
            msg_type=_enum(MsgType, data, "msg_type"),
            kind=_kind(data),
            level=_enum(Level, data, "level"),
            texts=tuple(Text(**{k: str(v) for k, v in t.items()}) for t in data["texts"]),
            areas=tuple(
                Area(
                    description=str(a["description"]),
                    codes=tuple(AreaCode(**c) for c in a["codes"]),
                    polygons=tuple(
                        Polygon(tuple((float(p[0]), float(p[1])) for p in ring))
                        for ring in a["polygons"]
                    ),
                    circles=tuple(Circle(*map(float, c)) for c in a["circles"]),
                )
                for a in data["areas"]
            ),
            expires=_time(data["expires"], "expires") if data["expires"] else None,
            references=tuple((str(r[0]), str(r[1])) for r in data["references"]),
            evacuation_level=data["evacuation_level"],
            shelters=tuple(ShelterChange(str(s["id"]), bool(s["open"])) for s in data["shelters"]),
            codes=tuple(str(c) for c in data["codes"]),
        )
    except KeyError as err:
        raise ValueError(f"{err.args[0]}: missing") from err
    except (TypeError, IndexError) as err:
        raise ValueError(f"not an alert: {err}") from err
