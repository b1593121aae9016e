"""Alerts on PostgreSQL: the migration, the poller's semantics, and two processes filing at once."""

import itertools
import threading

import pytest

from content.alerts.read import read_document
from gateway import storage
from gateway.alerts.poller import FeedPoller
from gateway.alerts.store import active_alerts, apply_document, history, stored_alert
from tests.content.alerts.samples import sample
from tests.gateway.alerts.feedserver import atom

_names = itertools.count()
DATA = "/developer/xml/data/"


@pytest.fixture
def pg(postgres):
    engine = storage.create_db_engine(postgres.fresh_database(f"alerts_{next(_names)}"))
    storage.migrate(engine)
    yield engine
    engine.dispose()


def test_migration_and_a_warning_kept_corrected_and_ended(pg, feeds, config, clock):
    assert storage.current_version(pg) == storage.SCHEMA_VERSION
    poller = FeedPoller(pg, config, clock=clock)
    rain = sample("jma/vpww54_tokyo_heavy_rain.xml")
    first = feeds.publish(DATA + "20260714061208_0_VPWW54_130000.xml", rain)
    feeds.publish("/feed/extra.xml", atom([(first, "x", "2026-07-14T06:12:08Z")]))
    poller.poll_once()
    assert stored_alert(pg, "jma:weather:1322900:heavy_rain").state == "active"
    ended = sample("jma/vpww54_tokyo_cleared.xml")
    cleared = feeds.publish(DATA + "20260714120502_0_VPWW54_130000.xml", ended)
    feeds.publish(
        "/feed/extra.xml",
        atom([(cleared, "x", "2026-07-14T12:05:02Z"), (first, "x", "2026-07-14T06:12:08Z")]),
    )
    poller.poll_once()
    assert active_alerts(pg, clock()) == []
    assert [e.action for e in history(pg, "jma:weather:1322900:thunder")] == ["issued", "ended"]


def test_two_processes_filing_one_new_event_at_once_file_it_once(pg):
    document = read_document(sample("jma/vxse53_tama.xml"), "u")
    kept = [a for a in document.alerts if a.key.endswith(":351")]
    barrier = threading.Barrier(2)
    errors = []

    def file():
        barrier.wait()
        try:
            apply_document(pg, document, kept, "process")
        except Exception as err:  # a lost race must not surface
            errors.append(err)

    threads = [threading.Thread(target=file) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [e.action for e in history(pg, "jma:earthquake:20261002102714:351")] == ["issued"]
