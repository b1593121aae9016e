import datetime as dt

import pytest

from content.jobs.generator import generate
from content.jobs.schema import public_record
from kiosk.services.jobs.core.model import HelloWorkOffice
from kiosk.services.jobs.core.search import NgramJobSearch
from offline_cache.jobs_index import JobsIndex, build_index

TODAY = dt.date(2026, 12, 2)
# 10:00 in Japan on TODAY.
NOW = dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC)
OFFICE = HelloWorkOffice(
    "ハローワークはなみずき", "999-0001", "はなみずき市本町1-1", "000-000-0000", "8:30〜17:15"
)


@pytest.fixture(scope="session")
def records():
    return [public_record(r) for r in generate(2000, seed=15, today=TODAY)]


@pytest.fixture(scope="session")
def index(records, tmp_path_factory):
    path = tmp_path_factory.mktemp("jobs") / "jobs-index.sqlite"
    build_index(records, path, as_of=TODAY)
    return JobsIndex(path)


@pytest.fixture
def clock():
    now = [NOW]
    return now


@pytest.fixture
def search(index, clock):
    return NgramJobSearch(lambda: index, OFFICE, clock=lambda: clock[0])
