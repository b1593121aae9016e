"""A signage player holding a real gateway's alert stream, with the LED board over a pty.

An operator's alert takes the screen and the board within a second of the terminal hearing
it, both surfaces acknowledge it (the gateway's coverage counts them), a cancel gives the loop
back, and a screen restarted without network shows what was in force at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import socket
import time
from pathlib import Path

import pytest
import requests

from content.config import MachikadoConfig
from content.config.model import Orientation
from content.phrasing import plain
from devices.ledsign.emulator import AlphaBoard
from devices.ledsign.emulator_link import EmulatorOnSerial
from devices.serial_emulation import PtyPair
from gateway.alerts.coverage import coverage
from gateway.alerts.operators import add_operator
from gateway.terminals import add_terminal
from signage.app import Content, GatewayLink, Player, build_player, open_gateway_link, open_led
from signage.core import schedule_from_data
from signage.tour import FastClock, find_visible, settle, shown_kind, wait_until
from tools.rigs.gateway import LiveGateway

from .conftest import IMAGES, loop_schedule

BAUD = 9600  # the board's usual speed: Japanese pictures take seconds on it, English text not
SCREEN = "station-alerts-01"
WAIT_S = 30
ITEMS = [
    {"id": "t1", "kind": "text", "duration_s": 30.0, "title": "お知らせ",
     "text": "駅前広場は工事中です", "led_text": "WELCOME"},
]  # fmt: skip


@pytest.fixture
def live(tmp_path):
    (tmp_path / "gw").mkdir()
    gateway = LiveGateway(tmp_path / "gw", sample=False).start()
    gateway.operator = add_operator(gateway.engine, "bousai-desk", "防災課")
    yield gateway
    gateway.stop()


@pytest.fixture
def board(tmp_path):
    """An LED board emulator at the far end of a socat pty pair, at 9600 baud 7E1."""
    pair = PtyPair(tmp_path, "sign", "board")
    try:
        pair.start()
    except RuntimeError as err:
        pytest.fail(f"{err}: run make setup (tools/bootstrap.sh installs socat)")
    emulator = AlphaBoard(16, 96)
    line = EmulatorOnSerial(emulator, str(pair.device), baud=BAUD)
    emulator.url = f"alpha+serial://{pair.host}?baud={BAUD}&framing=7E1&settle=0&timeout=5"
    yield emulator
    line.close()
    pair.stop()


def station_config(tmp_path: Path, url: str, token: str) -> MachikadoConfig:
    token_file = tmp_path / "gateway.token"
    token_file.write_text(token + "\n", encoding="utf-8")
    config = MachikadoConfig()
    return dataclasses.replace(
        config,
        terminal=dataclasses.replace(config.terminal, id=SCREEN),
        gateway=dataclasses.replace(
            config.gateway, url=url, token_file=str(token_file), sync_interval_s=3600
        ),
        cache=dataclasses.replace(config.cache, data_dir=str(tmp_path / "data")),
        signage=dataclasses.replace(config.signage, screen_id=SCREEN, power_command="true {state}"),
    )


class Station:
    """A player wired as ``run_player`` wires it: gateway link, alert listener, LED board."""

    def __init__(self, config: MachikadoConfig, led_url: str | None, size=(960, 540)) -> None:
        content = Content(schedule_from_data(loop_schedule(ITEMS), source="test"))
        self.gateway: GatewayLink | None = open_gateway_link(config, None)
        assert self.gateway is not None
        self.player: Player = build_player(
            config,
            content,
            images=IMAGES,
            clock=FastClock(1.0),
            led=open_led(led_url) if led_url else None,
            city="はなみずき市",
            fullscreen=False,
            size=size,
        )
        self.heard: list[float] = []
        self.acks: list[tuple[str, int, str, float]] = []
        bridge = self.player.alerts
        bridge.acknowledged.connect(
            lambda key, version, surface: self.acks.append(
                (key, version, surface, time.monotonic())
            )
        )

        def on_change(held):
            self.heard.append(time.monotonic())
            bridge.on_change(held)

        self.listener = self.gateway.alert_listener(on_change)
        bridge.start(self.listener)

    def acked(self, key: str, surface: str) -> float | None:
        return next((t for k, _v, s, t in self.acks if k == key and s == surface), None)

    def close(self) -> None:
        self.player.close()
        assert self.gateway is not None
        self.gateway.close()
        settle(50)


@pytest.fixture
def stations(qapp):
    made: list[Station] = []
    yield made
    for station in made:
        station.close()


def issue(live, headline="田無町に避難指示", **changes):
    body = {
        "kind": "evacuation",
        "evacuation_level": 4,
        "texts": {"ja": {"headline": headline}},
        "expires": (dt.datetime.now(dt.UTC) + dt.timedelta(hours=6)).isoformat(),
        **changes,
    }
    answer = requests.post(
        f"{live.url}/api/v1/alerts/city",
        json=body,
        headers={"Authorization": f"Bearer {live.operator}"},
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    return answer.json()["result"]


def update(live, alert_id, headline):
    body = {"kind": "evacuation", "evacuation_level": 4, "texts": {"ja": {"headline": headline}}}
    answer = requests.put(
        f"{live.url}/api/v1/alerts/city/{alert_id}",
        json=body,
        headers={"Authorization": f"Bearer {live.operator}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text


def cancel(live, alert_id):
    answer = requests.post(
        f"{live.url}/api/v1/alerts/city/{alert_id}/cancel",
        headers={"Authorization": f"Bearer {live.operator}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text


def review(player: Player, name: str) -> None:
    """Save the window where a person asked to look (MACHIKADO_REVIEW_DIR)."""
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert player.window.grabWindow().save(str(Path(folder) / f"{name}.png"))


def review_board(board: AlphaBoard, name: str) -> None:
    folder = os.environ.get("MACHIKADO_REVIEW_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        board.save_png(Path(folder) / f"{name}.png")


def board_showing(board: AlphaBoard) -> bool:
    return board.showing() is not None


def test_an_alert_takes_screen_and_board_within_a_second_and_both_acknowledge(
    live, board, stations, tmp_path
):
    token = add_terminal(live.engine, SCREEN, "駅前サイネージ")
    station = Station(station_config(tmp_path, live.url, token), board.url)
    stations.append(station)
    view = station.player.player
    assert wait_until(lambda: station.listener.connected.is_set(), WAIT_S)
    assert wait_until(lambda: shown_kind(station.player) == "text", WAIT_S)
    assert wait_until(lambda: view.ledText == "WELCOME", WAIT_S)
    before = len(station.heard)

    issued = issue(live)
    key = issued["key"]
    assert wait_until(lambda: station.acked(key, "led") is not None, WAIT_S)
    heard = station.heard[before]
    screen_at, led_at = station.acked(key, "screen"), station.acked(key, "led")
    assert screen_at is not None and screen_at - heard < 1.0
    assert led_at - heard < 1.0  # the English line in the board's own font, first
    if view.ledText == "Evacuation order (alert level 4)":  # the pictures are still on the wire
        review_board(board, "led-board-en")
    assert find_visible(station.player, "emergency")
    assert view.emergency["severity"] == "danger" and not view.emergency["drill"]
    assert plain(view.emergency["jaTitle"]) == "避難指示（警戒レベル4）"
    assert "田無町に避難指示" in plain(view.emergency["jaBody"])
    assert view.emergency["second"] == "en"
    assert "発表 / Issued" in view.emergency["issued"]
    assert view.emergency["secondTitle"] == "Evacuation order (alert level 4)"
    review(station.player, "takeover-ja-en")
    view.show_language("zh-Hans")
    settle(300)
    review(station.player, "takeover-ja-zh")
    # Then the Japanese, drawn as pictures, in red.
    assert wait_until(lambda: view.ledText == "避難指示（警戒レベル4）", WAIT_S)
    assert board.showing() is not None
    review_board(board, "led-board-ja")

    station.player.alerts.worker.wait_idle(5)
    wait_until(lambda: coverage(live.engine, key).shown == 1, WAIT_S)
    reach = coverage(live.engine, key)
    assert reach.by_surface == {"screen": 1, "led": 1}
    assert (reach.shown, reach.terminals) == (1, 2)
    assert [u.terminal_id for u in reach.unseen] == ["test-kiosk-01"]  # the rig's own terminal

    # A correction is a new version: shown and acknowledged again, the board's text unchanged.
    update(live, issued["id"], headline="田無町・向台町に避難指示")
    assert wait_until(lambda: (key, 2, "led") in [a[:3] for a in station.acks], WAIT_S)
    assert wait_until(lambda: (key, 2, "screen") in [a[:3] for a in station.acks], WAIT_S)
    assert "向台町" in plain(view.emergency["jaBody"])
    station.player.alerts.worker.wait_idle(5)
    assert wait_until(lambda: coverage(live.engine, key).current == 1, WAIT_S)

    cancel(live, issued["id"])
    assert wait_until(lambda: not find_visible(station.player, "emergency"), WAIT_S)
    assert wait_until(lambda: shown_kind(station.player) == "text", WAIT_S)
    assert view.current["id"] == "t1"
    assert wait_until(lambda: view.ledText == "WELCOME", WAIT_S)
    assert station.player.qml_warnings == []
    assert len([a for a in station.acks if a[0] == key]) == 4  # once per surface and version


def test_an_advisory_runs_on_the_ticker_and_board_while_the_loop_plays(live, stations, tmp_path):
    token = add_terminal(live.engine, SCREEN)
    station = Station(station_config(tmp_path, live.url, token), "emulated://led?rows=16&cols=96")
    stations.append(station)
    view = station.player.player
    assert wait_until(lambda: station.listener.connected.is_set(), WAIT_S)
    issued = issue(
        live,
        headline="高齢者等避難の準備を",
        kind="evacuation",
        evacuation_level=None,
        level="advisory",
    )
    assert wait_until(lambda: station.acked(issued["key"], "screen") is not None, WAIT_S)
    assert view.tickerAlert and view.ticker.startswith(view.playing.notice.texts["ja"].split()[0])
    assert not find_visible(station.player, "emergency")
    assert shown_kind(station.player) == "text"
    assert find_visible(station.player, "ticker")
    assert wait_until(lambda: station.acked(issued["key"], "led") is not None, WAIT_S)
    settle(2500)  # the line well into the screen
    review(station.player, "advisory-ticker")
    cancel(live, issued["id"])
    assert wait_until(lambda: not view.tickerAlert, WAIT_S)
    assert wait_until(lambda: view.ledText == "WELCOME", WAIT_S)


def test_a_screen_restarted_during_an_alert_shows_it_at_once_without_network(
    live, stations, tmp_path
):
    token = add_terminal(live.engine, SCREEN)
    first = Station(station_config(tmp_path, live.url, token), None)
    stations.append(first)
    issued = issue(live, headline="停電中も表示")
    assert wait_until(lambda: find_visible(first.player, "emergency"), WAIT_S)
    stations.remove(first)
    first.close()

    with socket.socket() as probe:  # a port nothing answers on: no network
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    started = time.monotonic()
    again = Station(station_config(tmp_path, dead, token), None)
    stations.append(again)
    assert wait_until(lambda: find_visible(again.player, "emergency"), 5)
    assert time.monotonic() - started < 5
    assert "停電中も表示" in plain(again.player.player.emergency["jaBody"])
    assert again.listener.streams_opened == 0 and not again.listener.connected.is_set()
    assert again.player.emergencies.current(again.player.player.sequencer.clock.now()).id == (
        f"alert:{issued['key']}@1"
    )


def test_a_drill_takes_the_screen_only_as_a_drill(make_player, content):
    from content.alerts.model import Alert, Kind, Level, MsgType, Source, Status, Text
    from offline_cache.alerts import HeldAlert

    player = make_player(content, rate=1.0, orientation=Orientation.PORTRAIT, size=(540, 960))
    view = player.player
    assert wait_until(lambda: shown_kind(player) != "", 5)
    sent = dt.datetime.now(dt.UTC)
    alert = Alert(
        key="city:drill", source=Source.CITY, identifier="drill#1", sender="hanamizuki",
        sent=sent, status=Status.EXERCISE, msg_type=MsgType.ALERT, kind=Kind.EARTHQUAKE,
        level=Level.EMERGENCY, texts=(Text("ja", headline="防災訓練：地震が発生しました"),),
    )  # fmt: skip
    player.alerts.on_change([HeldAlert("city:drill", 1, True, sent.isoformat(), alert)])
    assert wait_until(lambda: find_visible(player, "emergency"), 5)
    assert view.emergency["drill"] and view.emergency["band"].startswith("訓練")
    assert plain(view.emergency["jaTitle"]).startswith("【訓練】")
    assert view.emergency["secondTitle"].lower().startswith("[drill]")
    # The second language turns through the others; Japanese stays.
    view.rotate_language()
    assert view.emergency["second"] == "zh-Hans"
    assert view.emergency["jaTitle"] and view.emergency["secondTitle"].startswith("【")
    view.show_language("pt-BR")
    settle(200)
    review(player, "takeover-drill-portrait-pt")
    player.alerts.on_change([])
    assert wait_until(lambda: not find_visible(player, "emergency"), 5)
