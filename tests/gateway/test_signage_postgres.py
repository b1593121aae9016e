"""Signage at the gateway on PostgreSQL: packages, plays and scans in a private server."""

import itertools
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from gateway.packages import public_key_text
from gateway.signage import publish_package, set_publishing_key, signage_report
from tests.gateway.test_signage import KEY, archive, play, post_plays
from tools.rigs.gateway import LiveGateway

_names = itertools.count()


@pytest.fixture
def pg_live(postgres, tmp_path):
    url = postgres.fresh_database(f"signage_{next(_names)}")
    # Phones are told apart by X-Forwarded-For, as behind the city's load balancer.
    gateway = LiveGateway(tmp_path, url=url, sample=False, trusted_proxies=("127.0.0.1",))
    set_publishing_key(gateway.engine, public_key_text(KEY))
    gateway.start()
    yield gateway
    gateway.stop()


def fetch_archive(live):
    got = requests.get(
        f"{live.url}/api/v1/signage/package/archive", headers=live.headers(), timeout=10
    )
    assert got.status_code == 200
    return got.content


def test_packages_plays_and_scans_on_postgres(pg_live, tmp_path, monkeypatch):
    monkeypatch.setattr("gateway.signage.ARCHIVE_CHUNK", 100)  # served in pieces
    data = archive(tmp_path).read_bytes()
    publish_package(pg_live.engine, data)
    assert fetch_archive(pg_live) == data
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


def test_concurrent_scans_count_once_per_phone(pg_live, tmp_path):
    publish_package(pg_live.engine, archive(tmp_path).read_bytes())
    fetch_archive(pg_live)
    link = f"{pg_live.url}/q/test-kiosk-01/gomi"

    def scan(phone):
        headers = {"X-Forwarded-For": f"198.51.100.{phone}"}
        return requests.get(link, allow_redirects=False, headers=headers, timeout=30).status_code

    with ThreadPoolExecutor(8) as pool:
        # 16 phones at once, then the same 16 again racing each other: 16 scans.
        codes = list(pool.map(scan, [*range(16), *range(16)]))
    assert codes == [302] * 32
    assert sum(line.scans for line in signage_report(pg_live.engine, "day")) == 16
