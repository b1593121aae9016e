"""JMA disaster XML (気象庁防災情報XML) telegrams read into alerts, per area of the telegram.

Event keys follow what each telegram restates:

- warnings of every generation (VPWW53/54 and the 2026 VPWW55-61) and 竜巻注意情報 list, per
  市町村等, everything in force: ``jma:weather:<area>:<kind>`` and ``jma:tornado:<area>``, each
  area a scope, so whatever a later telegram no longer lists for that area has ended, and the
  old and new telegrams of one issuance merge into one alert per kind;
- 土砂災害警戒情報 (VXWW50): ``jma:landslide-alert:<area>``;
- 記録的短時間大雨情報: ``jma:record-rain:<report time>``, ending an hour after it;
- 指定河川洪水予報: ``jma:river:<river code>``;
- 震度速報 / 震源・震度に関する情報: ``jma:earthquake:<EventID>:<seismic area>``, ending after six
  hours; 津波: ``jma:tsunami:<EventID>:<forecast area>``; 噴火警報・予報: ``jma:volcano:<volcano>``.

訓練 and 試験 telegrams are read with their status, never as real. 取消 retracts the event its
EventID names.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import replace

from content.alerts.model import (
    Alert,
    Area,
    AreaCode,
    Document,
    Kind,
    Level,
    MsgType,
    Source,
    Status,
    Text,
)
from content.alerts.safexml import RefusedError, local_name, namespace
from content.alerts.xmltext import descendants, kid, kids, parse_time, text

JMX = "http://xml.kishou.go.jp/jmaxml1/"
SENDER = "気象庁"
EARTHQUAKE_HOURS = 6
RECORD_RAIN_HOURS = 1

_STATUS = {"通常": Status.ACTUAL, "訓練": Status.EXERCISE, "試験": Status.TEST}
_ENDED = ("解除", "発表警報・注意報はなし", "なし")
# Kind words, most specific first: the first found in a warning's name gives its kind.
_WEATHER_WORDS = (
    ("土砂", Kind.LANDSLIDE), ("高潮", Kind.STORM_SURGE), ("洪水", Kind.FLOOD),
    ("氾濫", Kind.FLOOD), ("大雨", Kind.HEAVY_RAIN), ("暴風", Kind.WIND), ("強風", Kind.WIND),
    ("風雪", Kind.WIND), ("波浪", Kind.WAVE), ("大雪", Kind.SNOW), ("雷", Kind.THUNDER),
)  # fmt: skip
_INTENSITY = {
    "1": Level.INFO, "2": Level.INFO, "3": Level.INFO, "4": Level.ADVISORY,
    "5-": Level.WARNING, "5+": Level.WARNING, "6-": Level.DANGER, "6+": Level.DANGER,
    "7": Level.EMERGENCY,
}  # fmt: skip
_INTENSITY_NAMES = {"5-": "5弱", "5+": "5強", "6-": "6弱", "6+": "6強"}
# codeType words, most specific first (指定河川洪水予報（予報区域） is no river code).
_CODE_TYPES = (
    ("市町村等", "jma"), ("府県予報区", "jma"), ("細分区域", "jma"), ("予報区域", "flood-area"),
    ("水位観測所", "station"), ("河川", "river"), ("火山名", "volcano"),
)  # fmt: skip
_LEVEL_NUMBER = re.compile(r"レベル([1-5])")
_KindOf = Callable[[str], Kind]


def telegram_code(url: str) -> str:
    """The データ種類コード in a telegram's file name (``VPWW54`` in ``…_0_VPWW54_130000.xml``)."""
    parts = url.rsplit("/", 1)[-1].split("_")
    return parts[2] if len(parts) >= 4 else ""


# The telegrams read here, by the first letters of their codes (the feed names every file, so
# others are never fetched).
READ_CODES = ("VPWW", "VXWW50", "VPOA50", "VPHW5", "VXKO", "VXSE5", "VTSE41", "VFVO50")


# Telegrams whose file name ends in the 府県予報区 they are for (``…_VPWW54_130000.xml``).
_BY_PREFECTURE = ("VPWW", "VXWW50", "VPOA50", "VPHW5")


def reads(url: str, prefectures: frozenset[str] = frozenset()) -> bool:
    """True when the telegram at ``url`` is of a kind this module reads, and (for the weather
    telegrams named by their 府県予報区) for one of ``prefectures`` (two-digit codes, such as
    ``13`` for 東京都) when any are given."""
    code = telegram_code(url)
    if not code.startswith(READ_CODES):
        return False
    if prefectures and code.startswith(_BY_PREFECTURE):
        area = url.rsplit("_", 1)[-1].removesuffix(".xml")
        return area[:2] in prefectures
    return True


def prefectures_of(area_codes: frozenset[str]) -> frozenset[str]:
    """The two-digit prefecture codes of the city's JMA area codes (``jma:1322900`` → ``13``)."""
    return frozenset(
        code.split(":", 1)[1][:2]
        for code in area_codes
        if code.startswith("jma:") and len(code) >= len("jma:") + 6
    )


def parse_jma(root: ET.Element, identifier: str) -> Document:
    """The alerts in a JMA ``<Report>``; ``RefusedError`` when it is not one."""
    document, base = _read(root, identifier)
    return replace(document, sent=base.sent, status=base.status)


def _read(root: ET.Element, identifier: str) -> tuple[Document, _Telegram]:
    """The telegram's document, and what its alerts share."""
    if local_name(root) != "Report" or namespace(root) != JMX:
        raise RefusedError("wrong_namespace", f"expected a JMA <Report> in {JMX}, got {root.tag!r}")
    control, head = kid(root, "Control"), kid(root, "Head")
    body = kid(root, "Body")
    title = text(control, "Title")
    status = _STATUS.get(text(control, "Status"))
    if control is None or head is None or status is None:
        raise RefusedError("invalid", "a JMA telegram needs Control (with its Status) and Head")
    try:
        sent = parse_time(text(head, "ReportDateTime"))
    except ValueError as err:
        raise RefusedError("invalid", "Head/ReportDateTime is not a time with its offset") from err
    info_type = text(head, "InfoType")
    base = _Telegram(
        identifier=identifier,
        sender=text(control, "PublishingOffice") or SENDER,
        sent=sent,
        status=status,
        msg_type=MsgType.UPDATE if info_type == "訂正" else MsgType.ALERT,
        title=text(head, "Title") or title,
        headline=text(head, "Headline", "Text"),
        event_id=text(head, "EventID"),
        valid=_valid(head),
    )
    if info_type == "取消":
        return base.retraction(title), base
    if "警報・注意報" in title and "気象" in title:
        return base.per_area(body, "weather", _weather_kind, _covered(title)), base
    if "竜巻注意" in title:
        return base.per_area(body, "tornado", lambda _name: Kind.TORNADO), base
    if "土砂災害警戒情報" in title:
        return base.per_area(body, "landslide-alert", lambda _name: Kind.LANDSLIDE), base
    if "記録的短時間大雨情報" in title:
        return base.record_rain(root), base
    if "指定河川洪水予報" in title:
        return base.river(head, body), base
    if title in ("震度速報", "震源・震度に関する情報", "震源に関する情報"):
        return base.earthquake(body), base
    if "津波警報・注意報・予報" in title:
        return base.tsunami(body), base
    if "噴火警報・予報" in title:
        return base.volcano(body), base
    return Document(notes=(f"{title!r} is not a telegram this gateway reads",)), base


def _valid(head: ET.Element) -> dt.datetime | None:
    value = text(head, "ValidDateTime")
    try:
        return parse_time(value) if value else None
    except ValueError:
        return None


# Each 2026 warning telegram (（Ｒ０６）) speaks for its own kinds; the older ones for every kind
# but the 2026 土砂 warnings, which only VPWW56 carries.
_R06_KINDS = {
    "（大雨）": (Kind.HEAVY_RAIN,),
    "（土砂）": (Kind.LANDSLIDE,),
    "（高潮）": (Kind.STORM_SURGE,),
    "（暴風）": (Kind.WIND,),
    "（波浪）": (Kind.WAVE,),
    "（大雪）": (Kind.SNOW,),
    "（その他注意報）": (Kind.THUNDER, Kind.WEATHER),
}
_OLD_KINDS = (
    Kind.HEAVY_RAIN, Kind.FLOOD, Kind.STORM_SURGE, Kind.WIND, Kind.WAVE, Kind.SNOW,
    Kind.THUNDER, Kind.WEATHER,
)  # fmt: skip


def _covered(title: str) -> tuple[Kind, ...]:
    """The kinds a warnings telegram restates in full, by its Control/Title."""
    if "（Ｒ０６）" in title:
        for suffix, kinds in _R06_KINDS.items():
            if title.endswith(suffix):
                return kinds
        return ()
    return _OLD_KINDS


def _weather_kind(name: str) -> Kind:
    for word, kind in _WEATHER_WORDS:
        if word in name:
            return kind
    return Kind.WEATHER


def _level(name: str) -> Level:
    """The level a warning's name says (特別警報, 危険警報, 警報, 注意報, 情報)."""
    if "特別警報" in name or "氾濫発生" in name:
        return Level.EMERGENCY
    if "危険警報" in name or "氾濫危険" in name or "土砂災害警戒" in name:
        return Level.DANGER
    if "警報" in name or "氾濫警戒" in name:
        return Level.WARNING
    if "注意" in name:
        return Level.ADVISORY
    return Level.INFO


def _evacuation_level(name: str) -> int | None:
    found = _LEVEL_NUMBER.search(unicodedata.normalize("NFKC", name))
    return int(found.group(1)) if found else None


def _scheme(code_type: str) -> str:
    for word, scheme in _CODE_TYPES:
        if word in code_type:
            return scheme
    return "jma"


def _area_codes(item: ET.Element, scheme: str = "jma") -> list[AreaCode]:
    """The item's ``Area`` (and ``Areas/Area``) codes."""
    codes = []
    for area in kids(item, "Area"):
        if text(area, "Code"):
            codes.append(AreaCode(scheme, text(area, "Code"), text(area, "Name")))
    for group in kids(item, "Areas"):
        group_scheme = _scheme(group.get("codeType", "")) if group.get("codeType") else scheme
        for area in kids(group, "Area"):
            if text(area, "Code"):
                codes.append(AreaCode(group_scheme, text(area, "Code"), text(area, "Name")))
    return codes


class _Telegram:
    """What every alert of one telegram shares, and the readers of each telegram kind."""

    def __init__(
        self,
        *,
        identifier: str,
        sender: str,
        sent: dt.datetime,
        status: Status,
        msg_type: MsgType,
        title: str,
        headline: str,
        event_id: str,
        valid: dt.datetime | None,
    ) -> None:
        self.identifier = identifier
        self.sender = sender
        self.sent = sent
        self.status = status
        self.msg_type = msg_type
        self.title = title
        self.headline = headline
        self.event_id = event_id
        self.valid = valid

    def alert(
        self,
        key: str,
        kind: Kind,
        level: Level,
        event: str,
        codes: Iterable[AreaCode],
        *,
        headline: str = "",
        expires: dt.datetime | None = None,
        source_codes: tuple[str, ...] = (),
    ) -> Alert:
        """One alert of this telegram, its text in Japanese."""
        codes = tuple(codes)
        return Alert(
            key=key,
            source=Source.JMA,
            identifier=self.identifier,
            sender=self.sender,
            sent=self.sent,
            status=self.status,
            msg_type=self.msg_type,
            kind=kind,
            level=level,
            texts=(
                Text("ja", event=event, headline=headline or self.title, description=self.headline),
            ),
            areas=(Area("、".join(c.name for c in codes if c.name), codes),),
            expires=expires,
            evacuation_level=_evacuation_level(event),
            codes=source_codes,
        )

    def retraction(self, title: str) -> Document:
        """A 取消: the event named by EventID is retracted."""
        families = (
            ("震", "earthquake"), ("津波", "tsunami"), ("噴火", "volcano"), ("洪水", "river"),
        )  # fmt: skip
        for word, family in families:
            if word in title and self.event_id:
                return Document(
                    scopes=(f"jma:{family}:{self.event_id}",),
                    notes=(f"取消 of {title} {self.event_id}",),
                    retracts=True,
                )
        return Document(
            notes=(f"取消 of {title!r} names no event; the next telegram restates what holds",)
        )

    def per_area(
        self,
        body: ET.Element | None,
        family: str,
        kind_of: _KindOf,
        covered: tuple[Kind, ...] = (),
    ) -> Document:
        """Warnings-like telegrams: per 市町村等 item, every kind in force; each area a scope
        (for warnings, each area and kind the telegram ``covered``)."""
        alerts: dict[str, Alert] = {}
        scopes = []
        for warning in kids(body, "Warning"):
            kind_type = warning.get("type", "")
            if not (kind_type.endswith("（市町村等）") or kind_type == "土砂災害警戒情報"):
                continue
            for item in kids(warning, "Item"):
                codes = _area_codes(item)
                ended = text(item, "Status") in _ENDED  # 土砂災害警戒情報 states it per item
                for code in codes:
                    if covered:
                        scopes += [f"jma:{family}:{code.code}:{k.value}" for k in covered]
                    else:
                        scopes.append(f"jma:{family}:{code.code}")
                for element in kids(item, "Kind"):
                    name, status = text(element, "Name"), text(element, "Status")
                    if ended or not name or status in _ENDED or name in _ENDED:
                        continue
                    if text(element, "Code") == "00":
                        continue
                    kind, level = kind_of(name), _level(name)
                    if family == "landslide-alert":
                        name, level = "土砂災害警戒情報", Level.DANGER
                    for code in codes:
                        key = f"jma:{family}:{code.code}"
                        key += f":{kind.value}" if family == "weather" else ""
                        held = alerts.get(key)
                        if held is not None and held.level.rank >= level.rank:
                            continue
                        alerts[key] = self.alert(
                            key,
                            kind,
                            level,
                            name,
                            [code],
                            headline=f"{code.name}：{name}" if code.name else name,
                            expires=self.valid,
                            source_codes=(text(element, "Code"),),
                        )
        return Document(alerts=tuple(alerts.values()), scopes=tuple(dict.fromkeys(scopes)))

    def record_rain(self, root: ET.Element) -> Document:
        """記録的短時間大雨情報: the areas it names, for an hour."""
        codes: list[AreaCode] = []
        for item in descendants(root, "Item"):
            codes += _area_codes(item)
        key = f"jma:record-rain:{self.sent.isoformat()}"
        expires = self.sent + dt.timedelta(hours=RECORD_RAIN_HOURS)
        alert = self.alert(
            key,
            Kind.RECORD_RAIN,
            Level.WARNING,
            "記録的短時間大雨情報",
            _unique(codes),
            expires=expires,
        )
        return Document(alerts=(alert,))

    def river(self, head: ET.Element, body: ET.Element | None) -> Document:
        """指定河川洪水予報: the river, its forecast areas, the municipalities of the areas it
        expects flooded (浸水想定地区, by their 市町村 codes) and what is in force."""
        codes: list[AreaCode] = []
        names: list[str] = []
        for information in kids(kid(head, "Headline"), "Information"):
            for item in kids(information, "Item"):
                codes += _area_codes(item)
                names += [text(k, "Name") for k in kids(item, "Kind") if text(k, "Name")]
        for warning in kids(body, "Warning"):
            for item in kids(warning, "Item"):
                for area in descendants(item, "Area"):
                    if text(area, "CityCode").strip("0"):
                        codes.append(AreaCode("jma", text(area, "CityCode"), text(area, "City")))
        rivers = [c for c in codes if c.scheme == "river"]
        if not rivers:
            return Document(notes=("指定河川洪水予報 names no river",))
        key = f"jma:river:{rivers[0].code}"
        if self.event_id:
            key = f"jma:river:{self.event_id}"
        in_force = [n for n in names if not any(word in n for word in _ENDED)]
        if not in_force:
            return Document(scopes=(key,))
        name = max(in_force, key=lambda n: _level(n).rank)
        return Document(
            alerts=(self.alert(key, Kind.FLOOD, _level(name), name, _unique(codes)),),
            scopes=(key,),
        )

    def earthquake(self, body: ET.Element | None) -> Document:
        """震度速報 / 震源・震度に関する情報: one alert per seismic area, its level by intensity."""
        if not self.event_id:
            return Document(notes=("earthquake telegram without an EventID",))
        scope = f"jma:earthquake:{self.event_id}"
        quake = kid(body, "Earthquake")
        facts = []
        if quake is not None:
            place = text(quake, "Hypocenter", "Area", "Name")
            magnitude = text(quake, "Magnitude")
            facts = [f"震源：{place}" if place else "", f"M{magnitude}" if magnitude else ""]
        comment = text(body, "Comments", "ForecastComment", "Text")
        expires = self.sent + dt.timedelta(hours=EARTHQUAKE_HOURS)
        alerts = []
        observation = kid(body, "Intensity", "Observation")
        if observation is None:  # 震源に関する情報: no intensities, so it restates no area
            return Document(notes=("no intensity observed in any area",))
        for pref in kids(observation, "Pref"):
            for area in kids(pref, "Area"):
                code, intensity = text(area, "Code"), text(area, "MaxInt")
                if not code or intensity not in _INTENSITY:
                    continue
                codes = [AreaCode("seismic", code, text(area, "Name"))]
                codes += [
                    AreaCode("jma", text(city, "Code"), text(city, "Name"))
                    for city in kids(area, "City")
                    if text(city, "Code")
                ]
                shown = _INTENSITY_NAMES.get(intensity, intensity)
                event = f"震度{shown}"
                alert = self.alert(
                    f"{scope}:{code}",
                    Kind.EARTHQUAKE,
                    _INTENSITY[intensity],
                    event,
                    codes,
                    headline=f"{text(area, 'Name')}で{event}",
                    expires=expires,
                )
                description = "　".join(part for part in (*facts, comment, self.headline) if part)
                text_ = alert.texts[0]
                alerts.append(
                    _with_text(alert, Text("ja", text_.event, text_.headline, description))
                )
        return Document(alerts=tuple(alerts), scopes=(scope,))

    def tsunami(self, body: ET.Element | None) -> Document:
        """津波警報・注意報・予報: one alert per forecast area in force."""
        scope = f"jma:tsunami:{self.event_id or self.sent.isoformat()}"
        alerts = []
        for item in kids(kid(body, "Tsunami", "Forecast"), "Item"):
            area = kid(item, "Area")
            name = text(item, "Category", "Kind", "Name")
            if area is None or not name or "解除" in name or "なし" in name:
                continue
            code = AreaCode("tsunami", text(area, "Code"), text(area, "Name"))
            level = Level.INFO
            if "大津波警報" in name:
                level = Level.EMERGENCY
            elif "津波警報" in name:
                level = Level.DANGER
            elif "注意報" in name:
                level = Level.ADVISORY
            alerts.append(
                self.alert(
                    f"{scope}:{code.code}",
                    Kind.TSUNAMI,
                    level,
                    name,
                    [code],
                    headline=f"{code.name}：{name}",
                )
            )
        return Document(alerts=tuple(alerts), scopes=(scope,))

    def volcano(self, body: ET.Element | None) -> Document:
        """噴火警報・予報: the volcano, its 噴火警戒レベル, the municipalities and the warning.

        A 噴火予報 (the warning lifted, or none) ends the volcano's alert.
        """
        volcano: AreaCode | None = None
        codes: list[AreaCode] = []
        volcano_level, name = "", ""
        for info in kids(body, "VolcanoInfo"):
            kind_type = info.get("type", "")
            for item in kids(info, "Item"):
                found = _area_codes(item)
                if kind_type.endswith("（対象火山）"):
                    volcano = next((c for c in found if c.scheme == "volcano"), volcano)
                    volcano_level = text(item, "Kind", "Name")
                elif kind_type.endswith("（対象市町村等）"):
                    codes += found
                    name = text(item, "Kind", "Name") or name
        if volcano is None:
            return Document(notes=("噴火警報・予報 names no volcano",))
        key = f"jma:volcano:{volcano.code}"
        if not name or "解除" in name or "噴火予報" in name:
            return Document(scopes=(key,))
        number = _LEVEL_NUMBER.search(unicodedata.normalize("NFKC", volcano_level))
        level = Level.WARNING
        if (number and number.group(1) == "5") or (not number and "居住地域" in name):
            level = Level.EMERGENCY
        elif number and number.group(1) == "4":
            level = Level.DANGER
        shown = f"{name}・噴火警戒{volcano_level}" if volcano_level else name
        alert = self.alert(
            key, Kind.VOLCANO, level, name, [volcano, *codes], headline=f"{volcano.name}：{shown}"
        )
        return Document(alerts=(alert,), scopes=(key,))


def _unique(codes: list[AreaCode]) -> list[AreaCode]:
    return list(dict.fromkeys(codes))


def _with_text(alert: Alert, new: Text) -> Alert:
    return replace(alert, texts=(new,))
