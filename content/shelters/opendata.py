"""Reads the national shelter open data (国土地理院 指定緊急避難場所・指定避難所 CSV).

The emergency-site file (``<city>_2.csv``) has one column per hazard holding ``1`` or nothing;
the shelter file (``<city>_1.csv``) lists where people stay. The nationwide merge adds a
``都道府県名及び市町村名`` column; columns are found by heading, so both forms are read. Files
come in UTF-8 (with or without a BOM) or Shift_JIS (cp932). A row that cannot be used is left
out and reported with its line; the rest is kept.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from content.shelters.model import HAZARD_COLUMNS, Site

_ID, _NAME, _ADDRESS, _LAT, _LON, _NOTE = "共通ID", "施設・場所名", "住所", "緯度", "経度", "備考"
_REQUIRED = (_ID, _NAME, _ADDRESS, _LAT, _LON)


class ShelterDataError(ValueError):
    """A file that cannot be read as shelter open data at all."""


@dataclass(frozen=True)
class RowProblem:
    """A row left out: its line in the file and why."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class Loaded:
    """The sites read, and the rows left out."""

    sites: tuple[Site, ...]
    problems: tuple[RowProblem, ...]


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (BOM dropped) or else Shift_JIS."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp932")
        except UnicodeDecodeError as err:
            raise ShelterDataError("neither UTF-8 nor Shift_JIS text") from err


def _rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [column.strip() for column in next(reader)]
    except StopIteration as err:
        raise ShelterDataError("the file is empty") from err
    missing = [column for column in _REQUIRED if column not in header]
    if missing:
        raise ShelterDataError(f"no column {', '.join(missing)} (is this the national format?)")
    rows = []
    for values in reader:
        if not any(value.strip() for value in values):
            continue
        row = {
            name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)
        }
        rows.append((reader.line_num, row))
    return header, rows


def _site(row: dict[str, str], *, emergency: bool) -> Site:
    if not row[_ID] or not row[_NAME]:
        raise ValueError("共通ID or 施設・場所名 is empty")
    try:
        lat, lon = float(row[_LAT]), float(row[_LON])
    except ValueError as err:
        raise ValueError(f"緯度/経度 {row[_LAT]!r}, {row[_LON]!r} are not numbers") from err
    if not (20 <= lat <= 46 and 122 <= lon <= 154):
        raise ValueError(f"緯度/経度 {lat}, {lon} are not in Japan")
    hazards = set()
    if emergency:
        for hazard, column in HAZARD_COLUMNS.items():
            value = row.get(column, "")
            if value not in ("", "1"):
                raise ValueError(f"{column} holds {value!r}, expected 1 or nothing")
            if value == "1":
                hazards.add(hazard)
    return Site(
        id=row[_ID],
        name=row[_NAME],
        address=row[_ADDRESS],
        lat=lat,
        lon=lon,
        hazards=frozenset(hazards),
        emergency_site=emergency,
        shelter=not emergency,
        note=row.get(_NOTE, ""),
    )


def read_sites(data: bytes, *, emergency: bool) -> Loaded:
    """The sites in one file: emergency evacuation sites (``_2``) or shelters (``_1``)."""
    _header, rows = _rows(decode(data))
    sites, problems, seen = [], [], set()
    for line, row in rows:
        try:
            site = _site(row, emergency=emergency)
        except ValueError as err:
            problems.append(RowProblem(line, str(err)))
            continue
        if site.id in seen:
            problems.append(RowProblem(line, f"共通ID {site.id} is listed twice"))
            continue
        seen.add(site.id)
        sites.append(site)
    return Loaded(tuple(sites), tuple(problems))


def combine(emergency: Loaded, shelters: Loaded) -> Loaded:
    """One list: a shelter at the same name and address as an emergency site is that site."""
    by_place = {(s.name, s.address): s for s in emergency.sites}
    merged = {s.id: s for s in emergency.sites}
    for shelter in shelters.sites:
        twin = by_place.get((shelter.name, shelter.address))
        if twin is not None:
            merged[twin.id] = Site(**{**vars(twin), "shelter": True})
        else:
            merged.setdefault(shelter.id, shelter)
    return Loaded(tuple(merged.values()), emergency.problems + shelters.problems)
