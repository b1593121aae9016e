"""A terminal syncs the city's sites and reads them with no network; a bad row is left out."""

import logging
import sqlite3

from content.shelters.rows import DATASET, site_row
from content.shelters.sample import load_sample_sites
from gateway.datasets import publish
from offline_cache.client import GatewayClient
from offline_cache.service import OfflineCache
from offline_cache.shelters import shelter_sites
from offline_cache.store import Store
from offline_cache.sync import Syncer


def sync(store, live):
    client = GatewayClient(live.url, live.token, retries=1, backoff_s=0.01)
    try:
        Syncer(store, client).sync_all(only=[DATASET])
    finally:
        client.close()


def test_before_the_first_sync_there_is_no_list(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    try:
        assert shelter_sites(store) is None
    finally:
        store.close()


def test_synced_sites_are_read_with_the_gateway_gone(tmp_path, live):
    store, _ = Store.open(tmp_path / "terminal" / "cache.db")
    sync(store, live)
    store.close()
    live.stop()
    cache = OfflineCache(tmp_path / "terminal", gateway_url="http://127.0.0.1:9", token="t")
    cache.open_store()
    try:
        sites = cache.shelter_sites()
        assert sites == load_sample_sites().sites
        assert cache.shelter_sites() is sites  # read once per synced version
    finally:
        cache.stop()


def test_a_row_that_does_not_fit_is_left_out_and_logged(tmp_path, live, caplog):
    school = next(s for s in load_sample_sites().sites if s.name == "田無小学校")
    broken = {**site_row(school), "id": "E999990009999", "lat": "north"}
    publish(live.engine, DATASET, {"E999990009999": broken, "extra": {"x": 1}})
    store, _ = Store.open(tmp_path / "cache.db")
    try:
        sync(store, live)
        with caplog.at_level(logging.WARNING, "machikado.offline_cache.shelters"):
            sites = shelter_sites(store)
        assert len(sites) == 10 and "E999990009999" not in {s.id for s in sites}
        assert "'E999990009999' left out: lat: expected a number" in caplog.text
        assert "2 row(s) left out, 10 sites kept" in caplog.text
    finally:
        store.close()


def test_a_new_version_is_read_again(tmp_path, live):
    cache = OfflineCache(tmp_path / "terminal", gateway_url=live.url, token=live.token)
    cache.open_store()
    try:
        sync(cache.store, live)
        assert len(cache.shelter_sites()) == 10
        publish(live.engine, DATASET, {}, deleted=["E999990000101"])
        sync(cache.store, live)
        assert len(cache.shelter_sites()) == 9
    finally:
        cache.stop()


def test_a_cache_that_cannot_be_read_gives_no_list(tmp_path, live, caplog, monkeypatch):
    cache = OfflineCache(tmp_path / "terminal", gateway_url=live.url, token=live.token)
    cache.open_store()
    try:
        sync(cache.store, live)

        def broken(_name):
            raise sqlite3.DatabaseError("database disk image is malformed")

        monkeypatch.setattr(cache.store, "meta", broken)
        with caplog.at_level(logging.ERROR, "machikado.offline_cache"):
            assert cache.shelter_sites() is None
        assert "shelter sites unreadable from the cache" in caplog.text
    finally:
        monkeypatch.undo()
        cache.stop()
