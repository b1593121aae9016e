"""Importing Hello Work listing CSV files into the ``jobs`` dataset that terminals sync.

A file is decoded (UTF-8 with or without BOM, UTF-16 with BOM, or Shift_JIS/cp932), every row
is checked, bad rows are reported with their line and reason and skipped, and the good rows
are published in one transaction: a file is never half-imported, and importing the same file
again changes nothing. Employer details are removed before publishing when 公開範囲 hides
them, so they never reach a terminal. Listings past their 紹介期限日 are dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from content.jobs.schema import HEADERS, Record, RowError, parse_row, public_record
from gateway.datasets import dataset_info, publish
from gateway.storage import dataset_rows, reading

JOBS_DATASET = "jobs"
JAPAN = ZoneInfo("Asia/Tokyo")
MAX_FILE_BYTES = 512 * 1024 * 1024


class ImportFileError(Exception):
    """A file that cannot be imported at all (unreadable, wrong encoding, missing columns)."""


@dataclass(frozen=True)
class RowProblem:
    """A skipped row: its line in the file (1 = header) and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """What importing one file did."""

    file: str
    encoding: str
    rows: int
    imported: int
    problems: tuple[RowProblem, ...] = field(default=())
    expired: int = 0
    version: int = 0
    changed: bool = False

    def lines(self) -> list[str]:
        """The report as text lines for a person (city IT)."""
        out = [
            f"{self.file}: {self.rows} rows ({self.encoding}), {self.imported} imported, "
            f"{len(self.problems)} skipped, {self.expired} past 紹介期限日",
            f"dataset {JOBS_DATASET} version {self.version}"
            + ("" if self.changed else " (nothing changed)"),
        ]
        out += [f"  line {p.line}: {p.reason}" for p in self.problems]
        return out


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8", "cp932")
    failure: UnicodeDecodeError | None = None
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as err:
            failure = err
    where = f"byte {failure.start}" if failure else "the text"
    raise ImportFileError(f"not UTF-8 or Shift_JIS (cp932) text: {where} cannot be read")


def parse_csv(text: str) -> tuple[dict[str, Record], list[RowProblem], int]:
    """Good records by 求人番号, the problems of the bad rows, and the number of data rows."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        raise ImportFileError("the file is empty") from None
    except csv.Error as err:
        raise ImportFileError(f"line 1: {err}") from err
    missing = [h for h in HEADERS if h not in header]
    if missing:
        raise ImportFileError(f"missing columns: {'、'.join(missing)}")
    records: dict[str, Record] = {}
    problems: list[RowProblem] = []
    count = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            count += 1
            problems.append(RowProblem(reader.line_num, f"CSVとして読めません: {err}"))
            continue
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        count += 1
        if len(cells) != len(header):
            problems.append(
                RowProblem(line, f"列の数が {len(cells)} です（見出しは {len(header)} 列）")
            )
            continue
        try:
            record = parse_row(dict(zip(header, cells, strict=True)))
        except RowError as err:
            problems.append(RowProblem(line, str(err)))
            continue
        if record["kyujin_no"] in records:
            problems.append(RowProblem(line, f"求人番号 {record['kyujin_no']} が重複しています"))
            continue
        records[record["kyujin_no"]] = record
    return records, problems, count


def _expired_keys(engine: Engine, today: str) -> list[str]:
    with reading(engine) as conn:
        rows = conn.execute(
            sa.select(dataset_rows.c.key, dataset_rows.c.data).where(
                dataset_rows.c.dataset == JOBS_DATASET, dataset_rows.c.deleted.is_(False)
            )
        )
        return [key for key, data in rows if json.loads(data)["expires"] < today]


def _today() -> dt.date:
    return dt.datetime.now(JAPAN).date()


def import_jobs(
    engine: Engine,
    data: bytes,
    *,
    name: str = "jobs.csv",
    today: Callable[[], dt.date] = _today,
) -> ImportReport:
    """Import one CSV file's bytes; raises :class:`ImportFileError` if none of it can be used."""
    text, encoding = decode(data)
    records, problems, count = parse_csv(text)
    day = today().isoformat()
    open_rows = {k: public_record(r) for k, r in records.items() if r["expires"] >= day}
    expired = len(records) - len(open_rows)
    before = _version(engine)
    version = publish(engine, JOBS_DATASET, open_rows, deleted=_expired_keys(engine, day))
    return ImportReport(
        name,
        encoding,
        count,
        len(open_rows),
        tuple(problems),
        expired,
        version,
        version != before,
    )


def import_file(engine: Engine, path: Path, **kwargs: Callable[[], dt.date]) -> ImportReport:
    """Import the CSV file at ``path``."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(f"{size} bytes: larger than {MAX_FILE_BYTES}")
        data = path.read_bytes()
    except OSError as err:
        raise ImportFileError(f"cannot read the file: {err.strerror or err}") from err
    return import_jobs(engine, data, name=path.name, **kwargs)


def _version(engine: Engine) -> int:
    info = dataset_info(engine, JOBS_DATASET)
    return info.version if info else 0
