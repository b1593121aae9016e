"""The sample resident registry (住民基本台帳, 印鑑登録, 戸籍, 課税) the gateway issues from."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from content.config.schema import ConfigError, Problem, build, require
from content.municipality import sample_folder

_RESIDENT_ID = re.compile(r"R\d{6}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SEXES = ("男", "女")
STATUSES = ("resident", "moved_out")


def _require_date(field: str, value: str) -> None:
    try:
        valid = bool(_DATE.fullmatch(value)) and bool(dt.date.fromisoformat(value))
    except ValueError:
        valid = False
    require(valid, field, f"expected a calendar date as YYYY-MM-DD: {value!r}")


@dataclass(frozen=True)
class AddressEntry:
    """One line of the 戸籍の附票: an address and the day it was set."""

    address: str
    since: str

    def __post_init__(self) -> None:
        _require_date("since", self.since)


@dataclass(frozen=True)
class KosekiMember:
    """A person recorded in a 戸籍 (family register)."""

    name: str
    birth_date: str
    relationship: str
    father: str = ""
    mother: str = ""

    def __post_init__(self) -> None:
        _require_date("birth_date", self.birth_date)


@dataclass(frozen=True)
class Koseki:
    """The resident's 戸籍: 本籍, whether it is kept by this city, 筆頭者 and members."""

    honseki: str
    in_city: bool
    head: str
    created: str
    members: tuple[KosekiMember, ...]

    def __post_init__(self) -> None:
        _require_date("created", self.created)
        require(bool(self.members), "members", "a koseki has at least one member")


@dataclass(frozen=True)
class SealRegistration:
    """A registered seal (印鑑登録): its number and the characters carved on it."""

    number: str
    seal_text: str
    registered: str

    def __post_init__(self) -> None:
        _require_date("registered", self.registered)
        require(0 < len(self.seal_text) <= 4, "seal_text", "expected 1 to 4 characters")


@dataclass(frozen=True)
class TaxRecord:
    """One fiscal year of 所得・課税 (income of the previous calendar year), in yen."""

    fiscal_year: int
    income_year: int
    salary_income_yen: int
    total_income_yen: int
    municipal_tax_yen: int
    prefectural_tax_yen: int

    def __post_init__(self) -> None:
        require(self.income_year == self.fiscal_year - 1, "income_year", "fiscal_year minus 1")
        for name in ("salary_income_yen", "total_income_yen"):
            require(getattr(self, name) >= 0, name, "expected 0 yen or more")


@dataclass(frozen=True)
class Resident:
    """A fictional resident of the sample city as the registry holds them."""

    id: str
    name: str
    kana: str
    birth_date: str
    sex: str
    address: str
    moved_in: str
    household: str
    household_head: str
    relationship: str
    status: str = "resident"
    dv_protection: bool = False
    seal: SealRegistration | None = None
    tax: TaxRecord | None = None
    koseki: Koseki | None = None
    address_history: tuple[AddressEntry, ...] = ()
    # 住所を定めた年月日 (the day of moving to this address; the day of becoming a resident when
    # empty), its 届出日 (the day it was notified) and the 前住所 (empty: born here).
    address_set: str = ""
    notified: str = ""
    previous_address: str = ""

    def __post_init__(self) -> None:
        require(bool(_RESIDENT_ID.fullmatch(self.id)), "id", "expected R and 6 digits")
        require(bool(self.name.strip()), "name", "must not be empty")
        _require_date("birth_date", self.birth_date)
        _require_date("moved_in", self.moved_in)
        require(self.moved_in >= self.birth_date, "moved_in", "before the birth date")
        if self.address_set:
            _require_date("address_set", self.address_set)
            require(self.address_set >= self.moved_in, "address_set", "before becoming a resident")
        if self.notified:
            _require_date("notified", self.notified)
            require(
                self.notified >= self.address_since,
                "notified",
                "before the day the address was set (a move is notified after it)",
            )
        require(self.sex in SEXES, "sex", f"expected one of {', '.join(SEXES)}")
        require(self.status in STATUSES, "status", f"expected one of {', '.join(STATUSES)}")

    @property
    def address_since(self) -> str:
        """住所を定めた年月日: ``address_set``, or the day of becoming a resident."""
        return self.address_set or self.moved_in

    def age_on(self, day: dt.date) -> int:
        """Age in full years on ``day``."""
        born = dt.date.fromisoformat(self.birth_date)
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class ResidentRegistry:
    """Every resident by id, with their households."""

    note: str
    city_hall: str
    mayor: str
    residents: tuple[Resident, ...]
    kana_on_juminhyo: bool = True  # whether this city prints ふりがな on its 住民票

    def __post_init__(self) -> None:
        ids = [r.id for r in self.residents]
        require(len(set(ids)) == len(ids), "residents", "ids must be unique")

    def get(self, resident_id: str) -> Resident | None:
        """The resident with ``resident_id``, or None."""
        return next((r for r in self.residents if r.id == resident_id), None)

    def household(self, resident: Resident) -> tuple[Resident, ...]:
        """The members of ``resident``'s household (head first, then by birth date)."""
        members = [r for r in self.residents if r.household == resident.household]
        return tuple(sorted(members, key=lambda r: (r.relationship != "世帯主", r.birth_date)))


def load_residents(path: Path) -> ResidentRegistry:
    """Read and validate a resident registry JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ConfigError(str(path), [Problem("", "file not found")]) from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ConfigError(str(path), [Problem("", f"not valid UTF-8 JSON: {err}")]) from err
    return build(ResidentRegistry, data, source=str(path))


def load_sample_residents() -> ResidentRegistry:
    """The fictional residents of the sample city, はなみずき市."""
    return load_residents(sample_folder() / "residents.json")
