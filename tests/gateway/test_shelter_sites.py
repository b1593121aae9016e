"""The gateway publishes the city's sites as the shelters dataset, again when its files change."""

import logging
import os

import pytest
import requests
from sqlalchemy.exc import IntegrityError

import gateway.shelter_sites as module
from content.config.alerts import AlertsConfig
from content.shelters.rows import DATASET
from content.shelters.sample import load_sample_sites
from gateway.alerts.settings import AlertSettings
from gateway.app import create_app
from gateway.datasets import dataset_info
from gateway.server import _publish_shelters
from gateway.shelter_sites import SiteFileWatcher, publish_sites
from gateway.storage import create_db_engine, dataset_rows, migrate

EMERGENCY = (
    "NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,"
    "内水氾濫,火山現象,指定避難所との住所同一,緯度,経度,備考\n"
    "1,E132290000101,田無第一小学校,西東京市田無町一丁目1番1号,1,,,1,,1,1,,1,35.7268,139.5402,\n"
    "2,E132290000201,西原公園,西東京市西原町一丁目,,,,1,,1,,,,35.7390,139.5300,\n"
)
STAY = (
    "NO,共通ID,施設・場所名,住所,指定緊急避難場所との住所同一,その他市町村長が必要と認める事項,"
    "受入対象者,緯度,経度,備考\n"
    "1,S132290000101,田無第一小学校,西東京市田無町一丁目1番1号,1,,,35.7268,139.5402,\n"
)


@pytest.fixture
def engine(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'gateway.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def city(tmp_path):
    emergency, stay = tmp_path / "13229_2.csv", tmp_path / "13229_1.csv"
    emergency.write_text(EMERGENCY, encoding="utf-8")
    stay.write_text(STAY, encoding="utf-8")
    return AlertsConfig(shelters_file=str(emergency), shelters_stay_file=str(stay))


def rows(engine):
    with engine.connect() as conn:
        found = conn.execute(
            dataset_rows.select().where(
                dataset_rows.c.dataset == DATASET, dataset_rows.c.deleted.is_(False)
            )
        ).all()
    return {row.key for row in found}


def test_the_sample_gateway_serves_the_sample_sites_by_common_id(live):
    reply = requests.get(
        f"{live.url}/api/v1/datasets/{DATASET}",
        headers={"Authorization": f"Bearer {live.token}"},
        timeout=10,
    )
    assert reply.status_code == 200
    served = {row["key"]: row["data"] for row in reply.json()["rows"]}
    assert set(served) == {site.id for site in load_sample_sites().sites}
    school = served["E999990000101"]
    assert school["name"] == "田無小学校" and school["hazards"][0] == "flood"


def test_publishing_the_same_sites_again_makes_no_new_version(engine):
    sites = load_sample_sites().sites
    first = publish_sites(engine, sites)
    assert publish_sites(engine, sites) == first
    assert dataset_info(engine, DATASET).rows == 10


def test_the_gateway_publishes_the_citys_files_at_start(engine, city):
    publish_sites(engine, load_sample_sites().sites)  # what an older start left
    app = create_app(engine)
    settings = AlertSettings.from_config(city)
    _publish_shelters(app, engine, city, settings, sample=False)
    assert rows(engine) == {"E132290000101", "E132290000201"}  # the sample's rows are gone


def test_a_gateway_without_shelter_files_or_sample_publishes_none(engine, caplog):
    app = create_app(engine)
    config = AlertsConfig()
    with caplog.at_level(logging.WARNING, "machikado.gateway"):
        _publish_shelters(app, engine, config, AlertSettings.from_config(config), sample=False)
    assert dataset_info(engine, DATASET) is None
    assert "terminals get no list of shelters" in caplog.text


def test_a_changed_file_is_published_again_and_a_broken_one_keeps_the_list(engine, city, caplog):
    heard = []
    watcher = SiteFileWatcher(engine, city, on_sites=heard.append)
    publish_sites(engine, load_sample_sites().sites)
    assert not watcher.check()  # unchanged since the watcher was made
    path = city.shelters_file
    with open(path, "a", encoding="utf-8") as out:
        out.write("3,E132290000301,向台公園,西東京市向台町一丁目,1,,,1,,,,,,35.7205,139.5480,\n")
        out.write("4,E132290000401,壊れた行,西東京市,1,,,1,,,,,,北緯,東経,\n")
    os.utime(path, (1, 1))
    with caplog.at_level(logging.WARNING, "machikado.gateway.shelters"):
        assert watcher.check()
    assert rows(engine) == {"E132290000101", "E132290000201", "E132290000301"}
    assert "line 5" in caplog.text  # the bad row is named and left out
    assert [site.id for site in heard[-1]] == ["E132290000101", "E132290000201", "E132290000301"]
    version = dataset_info(engine, DATASET).version

    with open(path, "w", encoding="utf-8") as out:
        out.write("名前,場所\n")  # not the national format at all
    os.utime(path, (2, 2))
    caplog.clear()
    with caplog.at_level(logging.WARNING, "machikado.gateway.shelters"):
        assert not watcher.check()
    assert "not published again" in caplog.text and "共通ID" in caplog.text
    assert dataset_info(engine, DATASET).version == version  # the last good list stays
    assert len(rows(engine)) == 3


def test_the_watcher_starts_and_stops_and_ignores_the_sample(engine, city):
    SiteFileWatcher(engine, AlertsConfig()).start()  # nothing to watch: no thread
    watcher = SiteFileWatcher(engine, city, interval_s=0.01)
    watcher.start()
    watcher.stop()


def test_losing_a_race_with_another_gateway_publishing_the_same_list_is_no_error(
    engine, monkeypatch
):
    real, calls = module.publish, []

    def racing(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 1:
            real(*args, **kwargs)  # the other process commits first …
            raise IntegrityError("INSERT", {}, Exception("duplicate key"))  # … and we collide
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "publish", racing)
    version = publish_sites(engine, load_sample_sites().sites)
    assert calls == [DATASET, DATASET]
    assert version == dataset_info(engine, DATASET).version == 1
