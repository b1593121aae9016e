"""The demo's job listings: a small CSV of synthetic listings around はなみずき市 (fictional).

The file holds listings received over two months up to its own newest date; they are moved
forward so that the newest is received today, and a default 紹介期限日 (翌々月末) is worked out
again from the moved date, so the demo always shows open listings.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from importlib import resources

from content.jobs.generator import last_day_of_month_after_next
from content.jobs.schema import Record, parse_row

SAMPLE_FILE = "sample_jobs.csv"


def sample_csv() -> bytes:
    """The sample file's bytes (UTF-8 with BOM, Hello Work column names)."""
    return resources.files("content.jobs").joinpath(SAMPLE_FILE).read_bytes()


def sample_records(today: dt.date) -> list[Record]:
    """The sample listings with their dates moved so the newest is received ``today``."""
    text = sample_csv().decode("utf-8-sig")
    records = [parse_row(row) for row in csv.DictReader(io.StringIO(text, newline=""))]
    newest = max(dt.date.fromisoformat(r["received"]) for r in records)
    shift = today - newest
    out = []
    for r in records:
        received = dt.date.fromisoformat(r["received"])
        expires = dt.date.fromisoformat(r["expires"])
        moved = received + shift
        if expires == last_day_of_month_after_next(received):
            new_expiry = last_day_of_month_after_next(moved)
        else:
            new_expiry = expires + shift
        out.append({**r, "received": moved.isoformat(), "expires": new_expiry.isoformat()})
    return out
