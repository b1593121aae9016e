"""The demo's sample listings: dated up to today, never over a city's own listings."""

import datetime as dt

import pytest

from content.jobs.generator import SAMPLE_CITY_CODE, generate, write_csv
from content.jobs.sample import sample_records
from gateway.datasets import dataset_info
from gateway.jobs.importer import import_jobs
from gateway.jobs.sample import load_sample_jobs
from gateway.storage import create_db_engine, migrate


@pytest.fixture
def engine(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'gw.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.mark.parametrize("today", [dt.date(2026, 12, 2), dt.date(2031, 2, 28)])
def test_the_sample_is_moved_to_today_and_open(today):
    records = sample_records(today)
    assert len(records) >= 200
    assert max(r["received"] for r in records) == today.isoformat()
    assert sum(r["expires"] >= today.isoformat() for r in records) > 0.9 * len(records)
    assert sum(r["work_city_code"] == SAMPLE_CITY_CODE for r in records) >= 150


def test_the_sample_is_published_once_and_again_when_all_closed(engine):
    today = dt.date(2026, 12, 2)
    assert load_sample_jobs(engine, today)
    version = dataset_info(engine, "jobs").version
    assert not load_sample_jobs(engine, today + dt.timedelta(days=20))
    assert load_sample_jobs(engine, today + dt.timedelta(days=400))
    assert dataset_info(engine, "jobs").version == version + 1


def test_a_city_s_own_listings_are_never_replaced(engine):
    today = dt.date(2026, 12, 2)
    own = [r for r in generate(20, seed=99, today=today) if r["expires"] >= "2026-12-02"]
    import_jobs(engine, write_csv(own), today=lambda: today)
    assert not load_sample_jobs(engine, today + dt.timedelta(days=400))
    assert dataset_info(engine, "jobs").rows == len(own)
