"""The sample municipality's facilities and certificate catalogue: schema and loader."""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from content.config.schema import ConfigError, Problem, build, require
from content.languages import LANGUAGE_CODES

FACILITY_KINDS = ("kominkan", "chiku_kaikan", "gymnasium", "ground", "library", "civic_centre")
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_HOURS = re.compile(r"([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d")


def _require_names(field: str, names: dict[str, str]) -> None:
    unknown = sorted(set(names) - set(LANGUAGE_CODES))
    require(not unknown, field, f"unknown language {', '.join(unknown)}")
    require(bool(names.get("ja", "").strip()), field, "missing text for ja")
    require(bool(names.get("en", "").strip()), field, "missing text for en")


def _require_id(value: str) -> None:
    require(
        bool(_ID.fullmatch(value)), "id", f"expected lower-case letters, digits, '-': {value!r}"
    )


def _require_position(lat: float, lon: float) -> None:
    require(-90 <= lat <= 90, "lat", "expected a latitude between -90 and 90")
    require(-180 <= lon <= 180, "lon", "expected a longitude between -180 and 180")


@dataclass(frozen=True)
class Room:
    """A bookable room or pitch of a facility, with its capacity and hourly fee."""

    id: str
    name: dict[str, str]
    capacity: int
    fee_per_hour_yen: int
    area_m2: float | None = None

    def __post_init__(self) -> None:
        _require_id(self.id)
        _require_names("name", self.name)
        require(self.capacity > 0, "capacity", "expected a positive number of people")
        require(self.fee_per_hour_yen >= 0, "fee_per_hour_yen", "expected 0 yen or more")


@dataclass(frozen=True)
class Facility:
    """A public facility (公民館, 地区会館, 体育館, グラウンド…) with its hours and rooms."""

    id: str
    kind: str
    name: dict[str, str]
    address: str
    lat: float
    lon: float
    hours: str
    closed: dict[str, str]
    phone: str
    rooms: tuple[Room, ...]

    def __post_init__(self) -> None:
        _require_id(self.id)
        require(self.kind in FACILITY_KINDS, "kind", f"expected one of {', '.join(FACILITY_KINDS)}")
        _require_names("name", self.name)
        _require_position(self.lat, self.lon)
        require(bool(_HOURS.fullmatch(self.hours)), "hours", "expected HH:MM-HH:MM")
        _require_names("closed", self.closed)
        ids = [room.id for room in self.rooms]
        require(len(set(ids)) == len(ids), "rooms", "room ids must be unique")


@dataclass(frozen=True)
class Certificate:
    """A certificate the kiosk can issue: its name in every language and its fees."""

    id: str
    name: dict[str, str]
    fee_yen: int
    counter_fee_yen: int
    per: str

    def __post_init__(self) -> None:
        _require_id(self.id)
        missing = [code for code in LANGUAGE_CODES if not self.name.get(code, "").strip()]
        require(not missing, "name", f"missing text for {', '.join(missing)}")
        require(self.fee_yen >= 0, "fee_yen", "expected 0 yen or more")
        require(self.counter_fee_yen >= 0, "counter_fee_yen", "expected 0 yen or more")
        require(self.per in ("copy", "item"), "per", "expected 'copy' or 'item'")


@dataclass(frozen=True)
class Municipality:
    """The sample city: its name, facilities and certificate catalogue."""

    city: dict[str, str]
    code: str
    note: str
    facilities: tuple[Facility, ...]
    certificates: tuple[Certificate, ...]
    # A line about the city by language (a sample city says it is fictional); most have none.
    about: dict[str, str] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        for field in ("facilities", "certificates"):
            ids = [item.id for item in getattr(self, field)]
            require(len(set(ids)) == len(ids), field, "ids must be unique")


@dataclass(frozen=True)
class _CityFile:
    city: dict[str, str]
    code: str
    note: str
    facilities: tuple[Facility, ...]
    about: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class _CertificateFile:
    certificates: tuple[Certificate, ...]
    note: str = ""


def load_municipality(folder: Path) -> Municipality:
    """Read and validate ``facilities.json`` and ``certificates.json``."""
    city = build(
        _CityFile, _read(folder / "facilities.json"), source=str(folder / "facilities.json")
    )
    catalogue_path = folder / "certificates.json"
    catalogue = build(_CertificateFile, _read(catalogue_path), source=str(catalogue_path))
    return Municipality(
        city=city.city,
        code=city.code,
        note=city.note,
        facilities=city.facilities,
        certificates=catalogue.certificates,
        about=city.about,
    )


# Where the sample city's certificates say they can be checked: a public-looking address under
# a reserved top-level domain (RFC 2606), so no printed demo certificate points at a real site.
SAMPLE_VERIFICATION_URL = "https://www.city.hanamizuki.example/shomei/kensho/"


def sample_folder() -> Path:
    """The folder holding the bundled sample city's JSON files."""
    return Path(str(resources.files("content") / "sample"))


def load_sample_municipality() -> Municipality:
    """The bundled fictional sample city, はなみずき市."""
    return load_municipality(sample_folder())


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ConfigError(str(path), [Problem("", "file not found")]) from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ConfigError(str(path), [Problem("", f"not valid UTF-8 JSON: {err}")]) from err
