"""The demo's job listings on a gateway that runs with the sample city."""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from content.jobs.sample import sample_records
from content.jobs.schema import public_record
from gateway.datasets import publish
from gateway.jobs.importer import JAPAN, JOBS_DATASET
from gateway.storage import dataset_rows, reading


def load_sample_jobs(engine: Engine, today: dt.date | None = None) -> bool:
    """Publish the sample listings, dated up to today, unless the gateway holds other listings.

    A gateway that holds only the sample gets it again with fresh dates once none of its
    listings is open any more, so the demo never shows an empty job search.
    """
    day = today or dt.datetime.now(JAPAN).date()
    records = {r["kyujin_no"]: public_record(r) for r in sample_records(day)}
    with reading(engine) as conn:
        held = conn.execute(
            sa.select(dataset_rows.c.key, dataset_rows.c.data).where(
                dataset_rows.c.dataset == JOBS_DATASET, dataset_rows.c.deleted.is_(False)
            )
        ).all()
    if any(key not in records for key, _ in held):
        return False
    if any(json.loads(data)["expires"] >= day.isoformat() for _, data in held):
        return False
    publish(engine, JOBS_DATASET, records, replace=True)
    return True
