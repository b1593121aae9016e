"""OASIS CAP 1.2 (and 1.1) messages read into :class:`~content.alerts.model.Alert`.

Every ``<info>`` language is kept. Areas are the union of every ``<area>``: geocodes become
area codes under their valueName in lower case (``jma``: a JMA 市町村等 code, ``jisx0402``: a
6-digit local government code), polygons and circles are checked for range and closure. The
project's profile adds two optional eventCodes: ``machikado-kind`` (a :class:`Kind` value) and
``evacuation-level`` (警戒レベル 1-5).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from content.alerts.model import (
    Alert,
    Area,
    AreaCode,
    Circle,
    Document,
    Kind,
    Level,
    MsgType,
    Polygon,
    Source,
    Status,
    Text,
)
from content.alerts.safexml import RefusedError, local_name, namespace
from content.alerts.xmltext import kids, parse_time, text

CAP_NAMESPACES = ("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1")

_STATUS = {
    "Actual": Status.ACTUAL,
    "Exercise": Status.EXERCISE,
    "System": Status.TEST,
    "Test": Status.TEST,
    "Draft": Status.DRAFT,
}
_MSG_TYPE = {"Alert": MsgType.ALERT, "Update": MsgType.UPDATE, "Cancel": MsgType.CANCEL}
_SEVERITY = {
    "Extreme": Level.EMERGENCY,
    "Severe": Level.WARNING,
    "Moderate": Level.ADVISORY,
    "Minor": Level.INFO,
    "Unknown": Level.INFO,
}
_EVACUATION_LEVEL = {3: Level.WARNING, 4: Level.DANGER, 5: Level.EMERGENCY}
# Words in an <event> that name a kind, when the message carries no machikado-kind eventCode.
_EVENT_WORDS = (
    ("津波", Kind.TSUNAMI), ("tsunami", Kind.TSUNAMI),
    ("地震", Kind.EARTHQUAKE), ("earthquake", Kind.EARTHQUAKE),
    ("土砂", Kind.LANDSLIDE), ("landslide", Kind.LANDSLIDE),
    ("避難所", Kind.SHELTER), ("shelter", Kind.SHELTER),
    ("避難", Kind.EVACUATION), ("evacuat", Kind.EVACUATION),
    ("洪水", Kind.FLOOD), ("氾濫", Kind.FLOOD), ("flood", Kind.FLOOD),
    ("竜巻", Kind.TORNADO), ("tornado", Kind.TORNADO),
    ("噴火", Kind.VOLCANO), ("volcan", Kind.VOLCANO),
    ("大雨", Kind.HEAVY_RAIN), ("rain", Kind.HEAVY_RAIN),
    ("暴風", Kind.WIND), ("wind", Kind.WIND),
)  # fmt: skip


def cap_key(sender: str, identifier: str) -> str:
    """The event key of a CAP message that begins an event."""
    return f"cap:{sender}:{identifier}"


def parse_cap(root: ET.Element, *, source: Source = Source.CAP) -> Document:
    """The alert in a CAP ``<alert>``; ``RefusedError`` when it is not one or misses a must-have."""
    if local_name(root) != "alert" or namespace(root) not in CAP_NAMESPACES:
        raise RefusedError("wrong_namespace", f"expected a CAP 1.2 <alert>, got {root.tag!r}")
    identifier, sender = text(root, "identifier"), text(root, "sender")
    for name, value in (("identifier", identifier), ("sender", sender)):
        if not value or any(c in value for c in " ,<&"):
            raise RefusedError("invalid", f"<{name}> is missing or holds a space, comma, < or &")
    sent = _time(root, "sent", required=True)
    assert sent is not None
    status = _STATUS.get(text(root, "status"))
    if status is None:
        raise RefusedError("invalid", f"unknown <status> {text(root, 'status')!r}")
    msg_type = _MSG_TYPE.get(text(root, "msgType"))
    if msg_type is None:
        return Document(notes=(f"msgType {text(root, 'msgType')!r} carries no alert",))
    if text(root, "scope") != "Public":
        # a public terminal shows only what is meant for everyone
        return Document(notes=(f"scope {text(root, 'scope')!r} is not Public",))
    infos = list(kids(root, "info"))
    notes: list[str] = []
    texts, areas = [], []
    levels, kinds, expiries, evacuation = [], [], [], None
    for info in infos:
        codes = _pairs(info, "eventCode")
        texts.append(
            Text(
                language=text(info, "language") or "en-US",
                event=text(info, "event"),
                headline=text(info, "headline"),
                description=text(info, "description"),
                instruction=text(info, "instruction"),
            )
        )
        level = _SEVERITY.get(text(info, "severity"), Level.INFO)
        if codes.get("evacuation-level", "").isdigit():
            evacuation = int(codes["evacuation-level"])
            if not 1 <= evacuation <= 5:
                raise RefusedError("invalid", f"evacuation-level {evacuation} is not 1 to 5")
            level = _EVACUATION_LEVEL.get(evacuation, level)
        levels.append(level)
        kinds.append(_kind(codes.get("machikado-kind", ""), text(info, "event")))
        expires = _time(info, "expires")
        if expires is not None:
            expiries.append(expires)
        areas += [_area(area, notes) for area in kids(info, "area")]
    return Document(
        alerts=(
            Alert(
                key=cap_key(sender, identifier),
                source=source,
                identifier=identifier,
                sender=sender,
                sent=sent,
                status=status,
                msg_type=msg_type,
                kind=kinds[0] if kinds else Kind.OTHER,
                level=max(levels, key=lambda lv: lv.rank) if levels else Level.INFO,
                texts=tuple(texts),
                areas=tuple(areas),
                # the message holds while any of its infos does
                expires=max(expiries) if expiries and len(expiries) == len(infos) else None,
                references=_references(text(root, "references"), notes),
                evacuation_level=evacuation,
            ),
        ),
        notes=tuple(notes),
        sent=sent,
        status=status,
    )


def _time(element: ET.Element, name: str, *, required: bool = False) -> dt.datetime | None:
    value = text(element, name)
    if not value:
        if required:
            raise RefusedError("invalid", f"<{name}> is missing")
        return None
    try:
        return parse_time(value)
    except ValueError as err:
        raise RefusedError("invalid", f"<{name}> {value!r} is not a time with its offset") from err


def _pairs(element: ET.Element, name: str) -> dict[str, str]:
    return {
        text(pair, "valueName"): text(pair, "value")
        for pair in kids(element, name)
        if text(pair, "valueName")
    }


def _kind(code: str, event: str) -> Kind:
    try:
        return Kind(code)
    except ValueError:
        pass
    lowered = event.lower()
    for word, kind in _EVENT_WORDS:
        if word in lowered:
            return kind
    return Kind.OTHER


def _area(area: ET.Element, notes: list[str]) -> Area:
    codes = tuple(
        AreaCode(name.lower(), value) for pair in kids(area, "geocode")
        if (name := text(pair, "valueName")) and (value := text(pair, "value"))
    )  # fmt: skip
    polygons, circles = [], []
    for element in kids(area, "polygon"):
        try:
            polygons.append(parse_polygon(text(element)))
        except ValueError as err:
            notes.append(f"polygon left out: {err}")
    for element in kids(area, "circle"):
        try:
            circles.append(parse_circle(text(element)))
        except ValueError as err:
            notes.append(f"circle left out: {err}")
    return Area(text(area, "areaDesc"), codes, tuple(polygons), tuple(circles))


def _point(pair: str) -> tuple[float, float]:
    parts = pair.split(",")
    if len(parts) != 2:
        raise ValueError(f"{pair!r} is not 'lat,lon'")
    lat, lon = float(parts[0]), float(parts[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{pair!r} is out of range")
    return lat, lon


def parse_polygon(value: str) -> Polygon:
    """A CAP polygon: at least four ``lat,lon`` pairs, the first equal to the last."""
    points = tuple(_point(pair) for pair in value.split())
    if len(points) < 4 or points[0] != points[-1]:
        raise ValueError("a polygon needs at least 4 points and must end where it starts")
    return Polygon(points)


def parse_circle(value: str) -> Circle:
    """A CAP circle: ``lat,lon radius`` with the radius in kilometres."""
    parts = value.split()
    if len(parts) != 2:
        raise ValueError(f"{value!r} is not 'lat,lon radius'")
    lat, lon = _point(parts[0])
    radius = float(parts[1])
    if not 0 <= radius <= 20000:
        raise ValueError(f"radius {radius:g} km is out of range")
    return Circle(lat, lon, radius)


def _references(value: str, notes: list[str]) -> tuple[tuple[str, str], ...]:
    found = []
    for item in value.split():
        parts = item.split(",")
        if len(parts) != 3 or not all(parts):
            notes.append(f"reference {item!r} is not sender,identifier,sent")
            continue
        found.append((parts[0], parts[1]))
    return tuple(found)
