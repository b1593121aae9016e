import datetime as dt

import pytest

from content.config.alerts import AlertsConfig
from gateway.storage import create_db_engine, migrate
from tests.gateway.alerts.feedserver import FeedServer


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def engine(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'gateway.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def feeds():
    server = FeedServer()
    yield server
    server.stop()


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 7, 14, 7, 0, tzinfo=dt.UTC))


@pytest.fixture
def config(feeds):
    return AlertsConfig(
        enabled=True,
        jma_feeds=(f"{feeds.url}/feed/extra.xml",),
        cap_feeds=(),
        poll_interval_s=60,
        request_gap_s=0,
        timeout_s=5,
    )
