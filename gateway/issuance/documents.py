"""What each certificate says: eligibility rules and the content of every certificate type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content.residents import Resident, ResidentRegistry
from gateway.issuance.errors import IssuanceError

MIN_AGE = 15
KOSEKI_TYPES = ("koseki-tohon", "koseki-shohon", "koseki-fuhyo")


@dataclass(frozen=True)
class Options:
    """Choices for 住民票の写し (others take none): household, 世帯主・続柄, 本籍・筆頭者."""

    household: str = "self"
    head_relationship: bool = False
    honseki: bool = False

    def is_default(self) -> bool:
        """Whether nothing beyond the plain certificate was asked for."""
        return self == Options()


@dataclass(frozen=True)
class Table:
    """A table printed under the items: column headings and rows."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Cell:
    """One box of a person's record: a small label over its value (``reading`` above it)."""

    label: str
    value: str
    reading: str = ""  # ふりがな, printed small over the value
    span: int = 1  # its share of the row's width


@dataclass(frozen=True)
class Record:
    """One person on a 住民票: rows of cells, each row as wide as the page's frame."""

    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Content:
    """The text of one certificate, before layout.

    ``blank_below`` closes the entries with 「以下余白」, so nothing can be added under them.
    """

    title: str
    items: tuple[tuple[str, str], ...]
    attestation: str
    table: Table | None = None
    seal_text: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    records: tuple[Record, ...] = ()
    blank_below: bool = False


def wareki(day: dt.date) -> str:
    """A date the way certificates write it: 令和8年11月22日 (平成, 昭和 for older dates)."""
    eras = (
        (dt.date(2019, 5, 1), "令和"),
        (dt.date(1989, 1, 8), "平成"),
        (dt.date(1926, 12, 25), "昭和"),
    )
    for start, name in eras:
        if day >= start:
            year = day.year - start.year + 1
            shown = "元" if year == 1 else str(year)
            return f"{name}{shown}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def _date(text: str) -> str:
    return wareki(dt.date.fromisoformat(text))


def _yen(value: int) -> str:
    return f"{value:,}円"


def refusal(certificate: str, resident: Resident, today: dt.date) -> IssuanceError | None:
    """Why ``resident`` may not get ``certificate`` at a kiosk today, or None."""
    if resident.status != "resident":
        return IssuanceError(
            403, "resident_moved_out", "this person is no longer registered as a resident"
        )
    if resident.dv_protection:
        return IssuanceError(
            403,
            "issuance_restricted",
            "issuance for this person is handled only at the city's counter",
        )
    if resident.age_on(today) < MIN_AGE:
        return IssuanceError(
            403, "resident_under_15", "residents under 15 cannot use the self-service issuance"
        )
    if certificate == "inkan" and resident.seal is None:
        return IssuanceError(403, "no_seal_registration", "no seal is registered for this person")
    if certificate == "kazei" and resident.tax is None:
        return IssuanceError(403, "no_tax_record", "there is no tax record for this person")
    if certificate in KOSEKI_TYPES:
        if resident.koseki is None:
            return IssuanceError(403, "no_koseki", "this person has no family register (戸籍)")
        if not resident.koseki.in_city:
            return IssuanceError(
                403,
                "koseki_not_in_city",
                "the family register is kept by another municipality",
            )
    return None


def build_content(
    certificate: str, resident: Resident, registry: ResidentRegistry, options: Options
) -> Content:
    """The content of ``certificate`` for ``resident`` (eligibility already checked)."""
    builder = {
        "juminhyo": _juminhyo,
        "juminhyo-kisai": _kisai,
        "inkan": _inkan,
        "kazei": _kazei,
        "koseki-tohon": _koseki_all,
        "koseki-shohon": _koseki_one,
        "koseki-fuhyo": _fuhyo,
    }[certificate]
    return builder(resident, registry, options)


def _juminhyo(resident: Resident, registry: ResidentRegistry, options: Options) -> Content:
    people = registry.household(resident) if options.household == "all" else (resident,)
    items: list[tuple[str, str]] = [("住所", resident.address)]
    if options.head_relationship:
        items.append(("世帯主", resident.household_head))
    if options.honseki and resident.koseki is not None:
        items.append(("本籍", resident.koseki.honseki))
        items.append(("筆頭者", resident.koseki.head))
    scope = "世帯全員" if options.household == "all" else "世帯の一部"
    kana = registry.kana_on_juminhyo
    return Content(
        title="住民票の写し",
        items=(*items, ("記載の範囲", f"{scope}（{len(people)}人）"), ("個人番号", "記載省略")),
        records=tuple(_person(p, options.head_relationship, kana) for p in people),
        attestation="この写しは、住民票の原本と相違ないことを証明する。",
        blank_below=True,
    )


def _person(person: Resident, relationship: bool, kana: bool) -> Record:
    """A person's entries on the 住民票, as the city's own copies lay them out."""
    reading = person.kana if kana else ""
    born = Cell("生年月日", _date(person.birth_date), span=2)
    if relationship:
        first: tuple[Cell, ...] = (
            Cell("氏名", person.name, reading, span=2),
            born,
            Cell("性別", person.sex),
            Cell("続柄", person.relationship),
        )
    else:
        first = (Cell("氏名", person.name, reading, span=3), born, Cell("性別", person.sex))
    dates = (
        Cell("住民となった年月日", _date(person.moved_in), span=2),
        Cell("住所を定めた年月日", _date(person.address_since), span=2),
        Cell("届出日", _date(person.notified) if person.notified else "", span=2),
    )
    if person.previous_address:
        previous = person.previous_address
    elif person.moved_in == person.birth_date:
        previous = f"{_date(person.birth_date)}　出生"
    else:
        previous = ""
    return Record((first, dates, (Cell("前住所", previous, span=6),)))


def _kisai(resident: Resident, _registry: ResidentRegistry, _options: Options) -> Content:
    return Content(
        title="住民票記載事項証明書",
        items=(
            ("氏名", resident.name),
            ("生年月日", _date(resident.birth_date)),
            ("性別", resident.sex),
            ("住所", resident.address),
            ("住民となった年月日", _date(resident.moved_in)),
        ),
        attestation="上記の事項は、住民票に記載されていることを証明する。",
    )


def _inkan(resident: Resident, _registry: ResidentRegistry, _options: Options) -> Content:
    seal = resident.seal
    assert seal is not None
    return Content(
        title="印鑑登録証明書",
        items=(
            ("氏名", resident.name),
            ("生年月日", _date(resident.birth_date)),
            ("住所", resident.address),
            ("登録番号", seal.number),
            ("登録年月日", _date(seal.registered)),
        ),
        seal_text=seal.seal_text,
        attestation="この写しは、登録されている印影と相違ないことを証明する。",
    )


def _kazei(resident: Resident, _registry: ResidentRegistry, _options: Options) -> Content:
    tax = resident.tax
    assert tax is not None
    fiscal = wareki(dt.date(tax.fiscal_year, 6, 1)).split("年")[0] + "年度"
    income = wareki(dt.date(tax.income_year, 12, 31)).split("年")[0] + "年分"
    return Content(
        title="所得・課税証明書",
        items=(
            ("氏名", resident.name),
            ("住所", resident.address),
            ("年度", f"{fiscal}（{income}所得）"),
            ("給与収入", _yen(tax.salary_income_yen)),
            ("総所得金額", _yen(tax.total_income_yen)),
            ("市民税額", _yen(tax.municipal_tax_yen)),
            ("県民税額", _yen(tax.prefectural_tax_yen)),
        ),
        attestation="上記のとおり相違ないことを証明する。",
    )


def _koseki(resident: Resident, everyone: bool) -> Content:
    koseki = resident.koseki
    assert koseki is not None
    members = koseki.members
    if not everyone:
        given = resident.name.split("　")[-1]
        members = tuple(m for m in members if m.name == given) or members[:1]
    return Content(
        title="戸籍全部事項証明書" if everyone else "戸籍個人事項証明書",
        items=(
            ("本籍", koseki.honseki),
            ("氏名", koseki.head),
            ("戸籍事項", f"編製　{_date(koseki.created)}"),
        ),
        table=Table(
            ("名", "生年月日", "父", "母", "続柄"),
            tuple(
                (m.name, _date(m.birth_date), m.father, m.mother, m.relationship) for m in members
            ),
        ),
        attestation=(
            "これは、戸籍に記録されている事項の全部を証明した書面である。"
            if everyone
            else "これは、戸籍中の一部の者について記録されている事項を証明した書面である。"
        ),
        blank_below=True,
    )


def _koseki_all(resident: Resident, _registry: ResidentRegistry, _options: Options) -> Content:
    return _koseki(resident, True)


def _koseki_one(resident: Resident, _registry: ResidentRegistry, _options: Options) -> Content:
    return _koseki(resident, False)


def _fuhyo(resident: Resident, _registry: ResidentRegistry, _options: Options) -> Content:
    koseki = resident.koseki
    assert koseki is not None
    history = resident.address_history or ()
    return Content(
        title="戸籍の附票の写し",
        items=(("本籍", koseki.honseki), ("筆頭者", koseki.head), ("氏名", resident.name)),
        table=Table(
            ("住所", "住所を定めた年月日"),
            tuple((entry.address, _date(entry.since)) for entry in history)
            or ((resident.address, _date(resident.moved_in)),),
        ),
        attestation="この写しは、戸籍の附票の原本と相違ないことを証明する。",
        blank_below=True,
    )
