"""Signage content from the gateway and proof of play to it, through real HTTP and faults."""

import hashlib
import json
import logging
import os

import pytest

from gateway.packages import build_package, generate_key, public_key_text
from gateway.signage import publish_package, signage_report
from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox
from offline_cache.packages import PackageStore, load_public_key
from offline_cache.signage import PackageFetcher, PlayBatcher, SignageLink
from offline_cache.store import Store

KEY = generate_key()


@pytest.fixture
def store(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    yield store
    store.close()


@pytest.fixture
def packages(tmp_path):
    return PackageStore(
        tmp_path / "packages", load_public_key(public_key_text(KEY)), max_bytes=1 << 20
    )


def archive(tmp_path, version, *, key=KEY, filler=0):
    source = tmp_path / f"src-{version}-{filler}"
    source.mkdir()
    item = {"id": f"t{version}", "kind": "text", "duration_s": 8, "text": f"版 {version}"}
    playlist = {"playlists": [{"id": "loop", "layer": "default", "items": [item]}]}
    (source / "playlist.json").write_text(json.dumps(playlist), encoding="utf-8")
    if filler:
        (source / "filler.bin").write_bytes(os.urandom(filler))  # incompressible
    return build_package(
        source, key=key, package_id="station", version=version, title="駅前", entry="playlist.json"
    )


def client(url, live, **kwargs):
    kwargs.setdefault("retries", 3)
    return GatewayClient(url, live.token, backoff_s=0.01, read_timeout=1.0, **kwargs)


def leftovers(packages):
    return [p.name for p in packages.root.iterdir() if p.name.startswith(".")]


def test_a_published_package_is_fetched_once_and_newer_ones_follow(live, tmp_path, packages):
    fetcher = PackageFetcher(client(live.url, live), packages)
    assert fetcher.check().outcome == "none"
    publish_package(live.engine, archive(tmp_path, 1), public_key=KEY.public_key())
    result = fetcher.check()
    assert result.outcome == "installed"
    assert packages.current().manifest.version == 1
    assert fetcher.check().outcome == "current"
    publish_package(live.engine, archive(tmp_path, 2), public_key=KEY.public_key())
    assert fetcher.check().outcome == "installed"
    assert packages.current().manifest.version == 2
    assert leftovers(packages) == []


def test_a_tampered_package_is_refused_and_the_last_good_one_stays(
    live, tmp_path, packages, caplog
):
    fetcher = PackageFetcher(client(live.url, live), packages)
    publish_package(live.engine, archive(tmp_path, 1), public_key=KEY.public_key())
    good = fetcher.check().package
    # signed by someone else: the gateway (holding no key) takes it, the terminal does not
    other = generate_key()  # a gateway configured with another key than the screen
    publish_package(live.engine, archive(tmp_path, 2, key=other), public_key=other.public_key())
    with caplog.at_level(logging.WARNING, "machikado.offline_cache"):
        result = fetcher.check()
    assert (result.outcome, result.key) == ("rejected", "package.bad_signature")
    assert "package.bad_signature" in caplog.text
    assert packages.current().folder == good.folder
    # the same bad archive is not downloaded again at every poll
    assert fetcher.check().key == "package.refused_before"
    assert leftovers(packages) == []


def test_an_oversized_package_is_refused_without_downloading(live, tmp_path, packages):
    fetcher = PackageFetcher(client(live.url, live), packages)
    publish_package(live.engine, archive(tmp_path, 1), public_key=KEY.public_key())
    good = fetcher.check().package
    publish_package(live.engine, archive(tmp_path, 2, filler=2 << 20), public_key=KEY.public_key())
    result = fetcher.check()
    assert (result.outcome, result.key) == ("rejected", "package.too_large")
    assert packages.current().folder == good.folder


def test_a_gateway_sending_more_than_it_announced_is_cut_off(impostor, tmp_path, packages, live):
    honest = archive(tmp_path, 1)
    body = honest + b"\0" * (2 << 20)
    info = {"package_id": "station", "version": 1, "size": len(honest),
            "sha256": hashlib.sha256(honest).hexdigest()}  # fmt: skip
    impostor.answers.extend([
        (200, {"Content-Type": "application/json"}, json.dumps(info).encode()),
        (200, {"Content-Type": "application/zip"}, body),
    ])  # fmt: skip
    result = PackageFetcher(client(impostor.url, live, retries=0), packages).check()
    assert (result.outcome, result.key) == ("failed", "gateway.bad_response")
    assert packages.current() is None
    assert leftovers(packages) == []


def test_a_download_cut_off_is_retried_and_one_never_completing_changes_nothing(
    live, proxy, tmp_path, packages
):
    publish_package(live.engine, archive(tmp_path, 1, filler=300_000), public_key=KEY.public_key())
    proxy.plan.extend([("pass", 0), ("cut", 100_000)])
    result = PackageFetcher(client(proxy.url, live), packages).check()
    assert result.outcome == "installed" and proxy.faults_done == 1
    good = packages.current()
    publish_package(live.engine, archive(tmp_path, 2, filler=300_000), public_key=KEY.public_key())
    proxy.plan.extend([("pass", 0), ("cut", 100_000), ("cut", 50_000)])
    result = PackageFetcher(client(proxy.url, live, retries=1), packages).check()
    assert (result.outcome, result.key) == ("failed", "gateway.unreachable")
    assert packages.current().folder == good.folder
    assert leftovers(packages) == []


def plays(n, item="gomi"):
    return [
        {
            "screen": "station-screen-01",
            "item_id": item,
            "kind": "qr",
            "layer": "default",
            "started_at": f"2026-11-22T10:{i // 6:02d}:{i % 6 * 10:02d}+09:00",
            "ended_at": f"2026-11-22T10:{i // 6:02d}:{i % 6 * 10 + 5:02d}+09:00",
            "continued": False,
            "clock_jumped": False,
        }
        for i in range(n)
    ]


def test_plays_reach_the_gateway_exactly_once_across_an_outage(
    live, proxy, store, tmp_path, packages
):
    outbox = Outbox(store, client(proxy.url, live, retries=0))
    batcher = PlayBatcher(outbox, per_batch=40)
    link = SignageLink(PackageFetcher(outbox.client, packages), batcher, interval_s=3600)
    full = [link.batcher.add(record) for record in plays(90)]
    assert full.count(True) > 0
    # the first delivery is applied by the gateway but its answer is lost, then nothing passes
    proxy.plan.extend([("lose", 0)] * 2)
    link.run_once()
    assert store.outbox_count("pending") == 3
    assert proxy.faults_done == 2
    outbox.client = client(proxy.url, live, retries=2)
    proxy.plan.extend([("lose", 0)])  # the retried batch is lost once more
    link.run_once()
    assert store.outbox_count("pending") == 0
    (line,) = signage_report(live.engine, "day")
    assert (line.period, line.item_id, line.showings, line.seconds) == (
        "2026-11-22",
        "gomi",
        90,
        450,
    )
    link.run_once()
    assert signage_report(live.engine, "day")[0].showings == 90


def test_the_link_worker_installs_and_delivers_in_the_background(live, store, tmp_path, packages):
    outbox = Outbox(store, client(live.url, live))
    installed = []
    link = SignageLink(
        PackageFetcher(outbox.client, packages),
        PlayBatcher(outbox, per_batch=5),
        interval_s=3600,
        installed=installed.append,
    )
    publish_package(live.engine, archive(tmp_path, 1), public_key=KEY.public_key())
    link.start()
    try:
        for record in plays(5):
            link.record(record)
        for _ in range(600):
            if installed and signage_report(live.engine, "day"):
                break
            link._stopping.wait(0.05)
    finally:
        link.stop()
    assert [p.manifest.version for p in installed] == [1]
    assert signage_report(live.engine, "day")[0].showings == 5
