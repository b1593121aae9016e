"""Signage at the gateway on PostgreSQL: packages, plays and scans in a private server."""

import itertools
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from gateway.signage import publish_package, signage_report
from tests.gateway.live import LiveGateway
from tests.gateway.test_signage import archive, play, post_plays

_names = itertools.count()


@pytest.fixture
def pg_live(postgres, tmp_path):
    url = postgres.fresh_database(f"signage_{next(_names)}")
    gateway = LiveGateway(tmp_path, url=url, sample=False).start()
    yield gateway
    gateway.stop()


def test_packages_plays_and_scans_on_postgres(pg_live, tmp_path, monkeypatch):
    monkeypatch.setattr("gateway.signage.ARCHIVE_CHUNK", 100)  # served in pieces
    data = archive(tmp_path).read_bytes()
    publish_package(pg_live.engine, data)
    got = requests.get(
        f"{pg_live.url}/api/v1/signage/package/archive", headers=pg_live.headers(), timeout=10
    )
    assert got.content == data
    body = {
        "plays": [play(), play(start="2026-11-22T11:00:00+09:00", end="2026-11-22T11:00:10+09:00")]
    }
    assert post_plays(pg_live, body).status_code == 201
    assert post_plays(pg_live, body).headers["Idempotent-Replayed"] == "true"
    link = f"{pg_live.url}/q/test-kiosk-01/gomi"
    assert requests.get(link, allow_redirects=False, timeout=10).status_code == 302
    lines = signage_report(pg_live.engine, "month")  # scans count in today's month
    assert sum(line.showings for line in lines) == 2
    assert sum(line.seconds for line in lines) == 20.0
    assert sum(line.scans for line in lines) == 1


def test_concurrent_first_scans_all_count(pg_live, tmp_path):
    publish_package(pg_live.engine, archive(tmp_path).read_bytes())
    link = f"{pg_live.url}/q/test-kiosk-01/gomi"
    with ThreadPoolExecutor(8) as pool:
        codes = list(
            pool.map(lambda _: requests.get(link, allow_redirects=False, timeout=30).status_code,
                     range(16))
        )  # fmt: skip
    assert codes == [302] * 16
    assert sum(line.scans for line in signage_report(pg_live.engine, "day")) == 16
