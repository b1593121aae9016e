"""The alert model every source is read into: a fixed vocabulary, areas, texts per language.

An :class:`Alert` is one thing a resident may need to know (a heavy-rain warning for the city,
an earthquake, an evacuation order). Its ``key`` names the event, not the message: every message
about the same event, from any source, carries the same key, so that an update replaces it, a
cancel retracts it and copies from several feeds merge into one.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace


class Status(enum.Enum):
    """Whether a message is real: only ``actual`` is ever shown as real."""

    ACTUAL = "actual"
    EXERCISE = "exercise"  # 訓練: shown, marked as a drill, only where the city turns drills on
    TEST = "test"  # 試験 and CAP System: never shown
    DRAFT = "draft"  # never shown


class MsgType(enum.Enum):
    """What a message does to its event: begin it, replace what is known, or retract it."""

    ALERT = "alert"
    UPDATE = "update"
    CANCEL = "cancel"


class Level(enum.Enum):
    """How serious, in rising order; banners from ``advisory``, a takeover from ``warning``."""

    INFO = "info"  # 情報 (an earthquake felt lightly, a 噴火予報)
    ADVISORY = "advisory"  # 注意報, 警戒レベル2
    WARNING = "warning"  # 警報, 警戒レベル3
    DANGER = "danger"  # 危険警報, 土砂災害警戒情報, 避難指示: 警戒レベル4
    EMERGENCY = "emergency"  # 特別警報, 緊急安全確保: 警戒レベル5

    @property
    def rank(self) -> int:
        """0 for ``info`` up to 4 for ``emergency``."""
        return list(Level).index(self)


class Kind(enum.Enum):
    """What happens: the event names of the fixed catalogues, whatever the source calls it."""

    HEAVY_RAIN = "heavy_rain"
    LANDSLIDE = "landslide"
    FLOOD = "flood"  # 洪水 and 指定河川洪水予報 (氾濫)
    STORM_SURGE = "storm_surge"
    WIND = "wind"
    WAVE = "wave"
    SNOW = "snow"
    THUNDER = "thunder"
    WEATHER = "weather"  # the other 注意報 (濃霧, 乾燥, 霜…)
    RECORD_RAIN = "record_rain"
    TORNADO = "tornado"
    EARTHQUAKE = "earthquake"
    TSUNAMI = "tsunami"
    VOLCANO = "volcano"
    EVACUATION = "evacuation"  # the city's 高齢者等避難 / 避難指示 / 緊急安全確保
    SHELTER = "shelter"  # a shelter opened or closed by the city
    OTHER = "other"


class Source(enum.Enum):
    """Where the alert came from."""

    JMA = "jma"
    CAP = "cap"
    CITY = "city"


@dataclass(frozen=True)
class Circle:
    """A WGS 84 circle: centre and radius in kilometres (CAP ``lat,lon radius``)."""

    lat: float
    lon: float
    radius_km: float


@dataclass(frozen=True)
class Polygon:
    """A closed WGS 84 ring of (lat, lon) points, the first equal to the last."""

    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class AreaCode:
    """One coded area: its scheme (``jma``, ``seismic``, ``tsunami``, ``river``, ``volcano`` or a
    CAP geocode's valueName) and code, with its name where the source gives one."""

    scheme: str
    code: str
    name: str = ""

    @property
    def qualified(self) -> str:
        """``scheme:code``, as the configuration lists the areas to keep."""
        return f"{self.scheme}:{self.code}"


@dataclass(frozen=True)
class Area:
    """Where an alert applies: coded areas and shapes; the union of all of them."""

    description: str = ""
    codes: tuple[AreaCode, ...] = ()
    polygons: tuple[Polygon, ...] = ()
    circles: tuple[Circle, ...] = ()


@dataclass(frozen=True)
class Text:
    """What an alert says in one language (a BCP 47 tag such as ``ja`` or ``en-US``)."""

    language: str
    event: str = ""
    headline: str = ""
    description: str = ""
    instruction: str = ""


@dataclass(frozen=True)
class ShelterChange:
    """A shelter the city opens or closes, by its id in the shelter list."""

    shelter_id: str
    open: bool


@dataclass(frozen=True)
class Alert:
    """One message about one event, read from any source into the fixed vocabulary."""

    key: str
    source: Source
    identifier: str  # the message's own id (a telegram URL, a CAP identifier, a city id)
    sender: str
    sent: dt.datetime
    status: Status
    msg_type: MsgType
    kind: Kind
    level: Level
    texts: tuple[Text, ...] = ()
    areas: tuple[Area, ...] = ()
    expires: dt.datetime | None = None
    references: tuple[tuple[str, str], ...] = ()  # (sender, identifier) of earlier messages
    evacuation_level: int | None = None  # 警戒レベル 1-5 where the source states it
    shelters: tuple[ShelterChange, ...] = ()
    codes: tuple[str, ...] = field(default=())  # the source's own codes (JMA Kind codes…)

    def __post_init__(self) -> None:
        if self.sent.tzinfo is None:
            raise ValueError("sent must carry a time zone")
        if self.expires is not None and self.expires.tzinfo is None:
            raise ValueError("expires must carry a time zone")
        if self.evacuation_level is not None and not 1 <= self.evacuation_level <= 5:
            raise ValueError("evacuation_level must be 1 to 5")

    def text(self, language: str) -> Text | None:
        """The text in ``language`` (``ja`` matches ``ja-JP``), else the first, else None."""
        for text in self.texts:
            if text.language == language or text.language.split("-")[0] == language:
                return text
        return self.texts[0] if self.texts else None

    def expired(self, now: dt.datetime) -> bool:
        """True once ``expires`` has passed."""
        return self.expires is not None and self.expires <= now

    def with_key(self, key: str) -> Alert:
        """The same message filed under another event key."""
        return replace(self, key=key)


@dataclass(frozen=True)
class Document:
    """What one document (telegram, CAP message) says.

    ``alerts`` are its messages; ``scopes`` are event keys it describes completely (a JMA
    warnings telegram restates everything in force in each of its areas): an active alert whose
    key is a scope, or starts with one and ``:``, that the document no longer lists has ended —
    or, with ``retracts``, was cancelled (a JMA 取消). ``sent`` and ``status`` are the
    document's own, so that an older telegram ends nothing newer and a drill ends no real alert.
    """

    alerts: tuple[Alert, ...] = ()
    scopes: tuple[str, ...] = ()
    retracts: bool = False
    sent: dt.datetime | None = None
    status: Status = Status.ACTUAL
    notes: tuple[str, ...] = ()  # what was read but not kept, and why
