"""Alerts, a board and shelter sites for the disaster tile's tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from content.alerts.model import (
    Alert,
    Area,
    AreaCode,
    Kind,
    Level,
    MsgType,
    ShelterChange,
    Source,
    Status,
    Text,
)
from content.shelters.model import Hazard, Site
from kiosk.shell.core.alert_board import AlertBoard
from offline_cache.alerts import HeldAlert

JST = ZoneInfo("Asia/Tokyo")
# 10:00 in Japan on 4 December 2026
NOW = dt.datetime(2026, 12, 4, 1, 0, tzinfo=dt.UTC)
HERE = (35.7250, 139.5400)


class Clock:
    """A wall clock the test moves."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def alert(
    key: str,
    kind: Kind = Kind.HEAVY_RAIN,
    level: Level = Level.WARNING,
    *,
    minutes_ago: int = 30,
    texts: tuple[Text, ...] | None = None,
    areas: tuple[Area, ...] = (Area(codes=(AreaCode("jma", "1322900", "はなみずき市"),)),),
    shelters: tuple[ShelterChange, ...] = (),
    evacuation_level: int | None = None,
    msg_type: MsgType = MsgType.ALERT,
) -> Alert:
    """An alert about ``key`` sent ``minutes_ago`` before NOW."""
    if texts is None:
        texts = (
            Text(
                "ja",
                headline="はなみずき市に大雨警報が発表されました。",
                description="低い土地の浸水に警戒してください。",
            ),
        )
    return Alert(
        key=key,
        source=Source.CITY if kind is Kind.EVACUATION else Source.JMA,
        identifier=f"{key}-1",
        sender="はなみずき市",
        sent=NOW - dt.timedelta(minutes=minutes_ago),
        status=Status.ACTUAL,
        msg_type=msg_type,
        kind=kind,
        level=level,
        texts=texts,
        areas=areas,
        shelters=shelters,
        evacuation_level=evacuation_level,
    )


def held(message: Alert, *, version: int = 1, drill: bool = False) -> HeldAlert:
    """The alert as the terminal holds it."""
    return HeldAlert(message.key, version, drill, message.sent.isoformat(), message)


def board(clock: Clock, *alerts: HeldAlert) -> AlertBoard:
    """A board holding ``alerts`` in force."""
    made = AlertBoard(clock=clock)
    made.update(list(alerts))
    return made


def site(
    site_id: str,
    name: str,
    lat: float,
    lon: float,
    *hazards: Hazard,
    shelter: bool = True,
) -> Site:
    """A designated site."""
    return Site(
        id=site_id,
        name=name,
        address=f"はなみずき市{name}一丁目1番1号",
        lat=lat,
        lon=lon,
        hazards=frozenset(hazards),
        emergency_site=bool(hazards),
        shelter=shelter,
    )


# Distances from HERE: A 0.2 km, B 0.6 km, C 1.5 km, D 3 km.
SITES = (
    site("E1", "第一小学校", 35.7268, 139.5402, Hazard.FLOOD, Hazard.EARTHQUAKE),
    site("E2", "南中学校", 35.7196, 139.5400, Hazard.EARTHQUAKE, Hazard.LARGE_FIRE),
    site("E3", "北公園", 35.7385, 139.5400, Hazard.LARGE_FIRE, shelter=False),
    site("E4", "西体育館", 35.7250, 139.5070, Hazard.FLOOD, Hazard.INLAND_FLOODING),
)
