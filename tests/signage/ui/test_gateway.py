"""Signage with a gateway: QR slides carry counting short links, packages and plays travel."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import requests
import zxingcpp
from PIL import Image

from content.config import MachikadoConfig
from gateway.packages import build_package, generate_key, public_key_text
from gateway.signage import publish_package, signage_report
from gateway.terminals import add_terminal
from shared_qt.qr_images import QrImageProvider
from signage.app import (
    Content,
    GatewayProof,
    ProofLog,
    build_player,
    load_content,
    open_gateway_link,
    package_store,
    proof_path,
)
from signage.core import schedule_from_data
from signage.tour import FastClock, shown_kind, wait_until
from tools.rigs.gateway import LiveGateway

from .conftest import loop_schedule

NOTICE_URL = "https://city.example/notices/gomi"
ITEMS = [
    {"id": "t1", "kind": "text", "duration_s": 2.0, "text": "駅前広場は工事中です"},
    {"id": "gomi", "kind": "qr", "duration_s": 6.0, "url": NOTICE_URL, "title": "ごみの日",
     "text": "Garbage days"},
]  # fmt: skip


@pytest.fixture
def live(tmp_path):
    gateway = LiveGateway(tmp_path, sample=False).start()
    add_terminal(gateway.engine, "station-01")
    yield gateway
    gateway.stop()


def signed_package(tmp_path: Path, key, version: int = 1) -> bytes:
    source = tmp_path / f"source-{version}"
    source.mkdir()
    (source / "playlist.json").write_text(json.dumps(loop_schedule(ITEMS)), encoding="utf-8")
    return build_package(
        source, key=key, package_id="station", version=version, title="駅前", entry="playlist.json"
    )


def station_config(tmp_path: Path, live: LiveGateway, key) -> MachikadoConfig:
    token = tmp_path / "gateway.token"
    token.write_text(add_terminal(live.engine, "station-02") + "\n", encoding="utf-8")
    config = MachikadoConfig()
    return dataclasses.replace(
        config,
        terminal=dataclasses.replace(config.terminal, id="station-02"),
        gateway=dataclasses.replace(
            config.gateway, url=live.url, token_file=str(token), sync_interval_s=3600
        ),
        cache=dataclasses.replace(config.cache, data_dir=str(tmp_path / "data")),
        signage=dataclasses.replace(
            config.signage,
            package_dir=str(tmp_path / "packages"),
            public_key=public_key_text(key),
            qr_link_base=live.url,
            power_command="true {state}",
        ),
    )


def qr_on_screen(player, folder: Path) -> list[str]:
    """What the QR codes in a rendered frame of the player's QR slide decode to."""
    texts: list[str] = []

    def decoded() -> bool:
        if shown_kind(player) != "qr":
            return False
        shot = folder / "qr-frame.png"
        assert player.window.grabWindow().save(str(shot))
        texts[:] = [code.text for code in zxingcpp.read_barcodes(Image.open(shot))]
        return bool(texts)

    assert wait_until(decoded, 30)
    return texts


def test_the_qr_on_screen_is_the_counting_short_link(make_player, live, tmp_path):
    key = generate_key()
    publish_package(live.engine, signed_package(tmp_path, key), public_key=key.public_key())
    content = load_content_of(ITEMS)
    player = make_player(content, rate=1.0, size=(960, 540), qr_link_base=live.url + "/")
    texts = qr_on_screen(player, tmp_path)
    link = f"{live.url}/q/demo-kiosk-01/gomi"
    assert texts == [link]
    token = add_terminal(live.engine, "demo-kiosk-01")
    # A scan counts for a screen holding the package that shows the item: it fetched it.
    fetched = requests.get(
        f"{live.url}/api/v1/signage/package/archive", headers=live.headers(token), timeout=10
    )
    assert fetched.status_code == 200
    answer = requests.get(link, allow_redirects=False, timeout=10)
    assert answer.status_code == 302 and answer.headers["Location"] == NOTICE_URL
    (line,) = signage_report(live.engine, "day", terminal_id="demo-kiosk-01")
    assert (line.item_id, line.scans) == ("gomi", 1)


def test_without_a_gateway_address_the_qr_carries_the_notice_url(make_player, tmp_path):
    player = make_player(load_content_of(ITEMS), rate=1.0, size=(960, 540))
    assert qr_on_screen(player, tmp_path) == [NOTICE_URL]


def load_content_of(items):
    return Content(schedule_from_data(loop_schedule(items), source="test"))


def test_a_station_fetches_its_package_and_reports_its_plays(qapp, live, tmp_path):
    key = generate_key()
    config = station_config(tmp_path, live, key)
    publish_package(live.engine, signed_package(tmp_path, key), public_key=key.public_key())
    store = package_store(config.signage)
    gateway = open_gateway_link(config, store)
    assert gateway is not None
    try:
        assert wait_until(lambda: store.current() is not None, 30)
        sink = GatewayProof(ProofLog(proof_path(config)), gateway.link)
        player = build_player(
            config,
            load_content(config.signage),
            images={"qr": QrImageProvider},
            clock=FastClock(20.0),
            rate=20.0,
            sink=sink,
            fullscreen=False,
            size=(480, 270),
            store=store,
        )
        played = proof_path(config)
        try:
            assert wait_until(
                lambda: played.exists() and len(played.read_text().splitlines()) >= 4, 30
            )
        finally:
            player.close()
        gateway.link.stop()  # the worker ends; what it had waiting goes into the outbox
        gateway.link.run_once()  # and is delivered
    finally:
        gateway.close()
    lines = signage_report(live.engine, "day", terminal_id="station-02")
    shown = sum(line.showings for line in lines)
    local = [json.loads(line) for line in proof_path(config).read_text().splitlines()]
    assert shown == sum(1 for record in local if not record["continued"])
    assert {line.item_id for line in lines} <= {"t1", "gomi"}
