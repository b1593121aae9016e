"""The player's emergency takeover, LED board output, power schedule and content loading."""

from __future__ import annotations

import json
import time
from datetime import datetime

import pytest

from content.config import ConfigError, MachikadoConfig
from content.config.model import Orientation, SignageConfig
from content.phrasing import plain
from devices.ledsign.codec import Mode
from gateway.packages import build_package, generate_key, public_key_text
from signage.app import Content, load_content, sample_schedule
from signage.core import JST, EmergencyMessage, Severity, schedule_from_data
from signage.tour import find_visible, is_black, shown_kind, wait_until
from signage.ui.power import PowerWindow, power_argv
from signage.ui.qt_player import led_mode

from .conftest import loop_schedule, mixed_items


def _quake() -> EmergencyMessage:
    return EmergencyMessage(
        id="quake",
        severity=Severity.CRITICAL,
        texts={"ja": "緊急地震速報", "en": "Earthquake early warning"},
        led_text="EARTHQUAKE",
    )


def test_emergency_takes_over_within_a_second_and_the_loop_resumes(make_player, content):
    # Items of 3 s, and the alert raised just after one began: the item it interrupts has time
    # left to resume with, however slowly a loaded machine runs the test.
    content = Content(
        schedule_from_data(loop_schedule(mixed_items(3.0)), source="test"), content.folder
    )
    player = make_player(content, rate=1.0)
    view = player.player
    assert wait_until(lambda: shown_kind(player) != "", 5)
    first = view.current["id"]
    assert wait_until(lambda: view.current["id"] != first, 5)
    before = view.current["id"]
    raised = time.monotonic()
    player.emergencies.raise_message(_quake(), view.sequencer.clock.now())
    assert wait_until(lambda: find_visible(player, "emergency"), 1.0)
    assert time.monotonic() - raised < 1.0
    assert plain(view.emergency["ja"]) == "緊急地震速報"
    assert not is_black(player.window.grabWindow())
    assert wait_until(lambda: view.ledText == "EARTHQUAKE", 5)
    player.emergencies.clear("quake")
    assert wait_until(lambda: not find_visible(player, "emergency"), 1.0)
    assert view.current["id"] == before
    assert view.sequencer.poll().item.id == before
    assert wait_until(lambda: view.ledText == view.playing.led_text, 5)
    assert player.qml_warnings == []


def test_led_text_follows_the_loop(make_player, content):
    player = make_player(content, rate=2.0)
    view = player.player
    board = player.led.link.board
    followed = set()
    deadline = time.monotonic() + 20
    while len(followed) < 4 and time.monotonic() < deadline:
        wanted = view.playing.led_text if view.playing else None
        if wanted and wait_until(lambda w=wanted: view.ledText == w, 3):
            followed.add(wanted)
            assert board.showing() is not None
        wait_until(lambda: False, 0.05)
    assert followed == {"工事中", "ごみの日", "POSTER", "WELCOME"}
    assert view.ledError == ""


def test_player_without_led_board_plays(make_player, content):
    player = make_player(content, led=False)
    assert wait_until(lambda: shown_kind(player) != "", 5)
    assert player.player.ledText == ""


def test_led_mode_scrolls_text_too_wide_for_the_board():
    assert led_mode("WELCOME", 16, 96) is Mode.HOLD
    assert led_mode("工事中", 16, 96) is Mode.HOLD
    assert led_mode("高齢者インフルエンザ予防接種", 16, 96) is Mode.ROTATE


def test_power_window_parses_and_crosses_midnight():
    night = PowerWindow.parse("01:00-05:00")
    assert night is not None
    assert night.is_off(datetime(2026, 11, 22, 1, 0, tzinfo=JST))
    assert night.is_off(datetime(2026, 11, 22, 4, 59, tzinfo=JST))
    assert not night.is_off(datetime(2026, 11, 22, 5, 0, tzinfo=JST))
    assert not night.is_off(datetime(2026, 11, 22, 0, 59, tzinfo=JST))
    late = PowerWindow.parse("23:30-05:00")
    assert late is not None
    assert late.is_off(datetime(2026, 11, 22, 23, 45, tzinfo=JST))
    assert late.is_off(datetime(2026, 11, 23, 2, 0, tzinfo=JST))
    assert not late.is_off(datetime(2026, 11, 23, 12, 0, tzinfo=JST))
    assert PowerWindow.parse("") is None
    assert power_argv("xset dpms force {state}", "off") == ["xset", "dpms", "force", "off"]


def test_screen_goes_dark_on_schedule_and_comes_back(make_player, content, tmp_path):
    states = tmp_path / "states"
    command = f"sh -c 'echo $0 >> {states}' {{state}}"
    start = datetime(2026, 11, 22, 4, 59, 57, tzinfo=JST)
    player = make_player(
        content, rate=2.0, start=start, power_off="01:00-05:00", power_command=command
    )
    view = player.player
    assert view.screenOn is False
    assert wait_until(lambda: find_visible(player, "screenOff"), 2)
    assert wait_until(lambda: states.exists() and "off" in states.read_text(), 5)
    assert view.playing is None
    assert wait_until(lambda: view.screenOn, 5)
    assert wait_until(lambda: shown_kind(player) != "", 5)
    assert not find_visible(player, "screenOff")
    assert wait_until(lambda: states.read_text().split() == ["off", "on"], 5)


def test_a_failing_power_command_is_logged_not_fatal(make_player, content, caplog):
    start = datetime(2026, 11, 22, 2, 0, tzinfo=JST)
    player = make_player(
        content, start=start, power_off="01:00-05:00", power_command="/nonexistent/dpms {state}"
    )
    assert player.player.worker.wait_idle(5)
    assert player.player.screenOn is False
    assert "screen power command" in caplog.text


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("power_off", "1:00-5:00"),
        ("power_off", "05:00-05:00"),
        ("power_off", "25:00-05:00"),
        ("power_command", "xset dpms force off"),
        ("screen_id", "駅 1"),
        ("public_key", "short"),
        ("width_px", 100),
    ],
)
def test_signage_config_refuses_bad_values(field, value):
    with pytest.raises(ConfigError) as err:
        from content.config.schema import build

        build(SignageConfig, {field: value}, source="test.toml")
    assert field in str(err.value)


def test_orientation_decides_the_window_shape():
    assert SignageConfig().size() == (1920, 1080)
    assert SignageConfig(orientation=Orientation.PORTRAIT).size() == (1080, 1920)


def test_signage_table_loads_from_toml(tmp_path):
    from content.config import load_config

    path = tmp_path / "machikado.toml"
    path.write_text(
        '[signage]\nscreen_id = "eki-01"\norientation = "portrait"\npower_off = "01:00-05:00"\n',
        encoding="utf-8",
    )
    config, _source = load_config(path)
    assert config.signage.screen_id == "eki-01"
    assert config.signage.orientation is Orientation.PORTRAIT


def _packaged(tmp_path, schedule_text: str, key=None) -> SignageConfig:
    source = tmp_path / "src"
    source.mkdir()
    (source / "playlist.json").write_text(schedule_text, encoding="utf-8")
    key = key or generate_key()
    archive = tmp_path / "p.zip"
    archive.write_bytes(
        build_package(
            source, key=key, package_id="eki", version=1, title="t", entry="playlist.json"
        )
    )
    signage = SignageConfig(package_dir=str(tmp_path / "pk"), public_key=public_key_text(key))
    from signage.app import package_store

    package_store(signage).install(archive)
    return signage


def test_content_comes_from_the_verified_package(tmp_path):
    import json

    from content.notices import load_sample_board

    signage = _packaged(tmp_path, json.dumps(sample_schedule(load_sample_board())))
    content = load_content(signage)
    items = content.schedule.playlists[0].items
    assert {item.kind.value for item in items} == {"text", "qr"}
    assert all(item.led_text for item in items)
    assert content.folder is not None


def test_no_or_bad_content_shows_the_idle_face(tmp_path, caplog):
    assert load_content(SignageConfig()).schedule.playlists == ()
    bad_key = SignageConfig(package_dir=str(tmp_path / "x"), public_key="A" * 43 + "=")
    assert load_content(bad_key).schedule.playlists == ()
    empty = _packaged(tmp_path, "{not json")
    assert load_content(empty).schedule.playlists == ()
    assert "not valid" in caplog.text


def test_idle_face_plays_without_content(make_player):
    player = make_player(Content(schedule_from_data({}, source="none")))
    assert wait_until(lambda: shown_kind(player) == "idle", 5)
    assert not is_black(player.window.grabWindow())


def test_qml_loads_without_warnings_in_both_orientations(make_player, content):
    for orientation in Orientation:
        player = make_player(content, orientation=orientation)
        assert wait_until(lambda p=player: shown_kind(p) != "", 5)
        assert player.qml_warnings == []


def test_default_config_has_a_signage_table():
    assert MachikadoConfig().signage.orientation is Orientation.LANDSCAPE


def test_a_newly_installed_package_plays_from_the_next_item(make_player, tmp_path):
    from signage.app import _watch_packages, content_of, package_store

    def schedule(prefix: str) -> str:
        items = [
            {"id": f"{prefix}{n}", "kind": "text", "duration_s": 1.0, "text": f"{prefix} {n}"}
            for n in range(3)
        ]
        return json.dumps(loop_schedule(items))

    key = generate_key()
    signage = _packaged(tmp_path, schedule("old"), key)
    store = package_store(signage)
    first = store.current()
    player = make_player(content_of(first), rate=5.0)
    view = player.player
    assert wait_until(lambda: view.current.get("id", "").startswith("old"), 5)
    source = tmp_path / "src2"
    source.mkdir()
    (source / "playlist.json").write_text(schedule("new"), encoding="utf-8")
    archive = tmp_path / "p2.zip"
    archive.write_bytes(
        build_package(
            source,
            key=key,
            package_id="eki",
            version=2,
            title="t",
            entry="playlist.json",
        )
    )
    store.install(archive)
    timer = _watch_packages(store, content_of(first), view, parent=player.engine)
    timer.setInterval(50)
    assert wait_until(lambda: view.current.get("id", "").startswith("new"), 10)
    assert player.window.property("shownReady")


def test_an_unplugged_led_board_is_reported_and_the_loop_plays_on(make_player, content, caplog):
    player = make_player(content, rate=4.0)
    view = player.player
    player.led.link.connected = False
    assert wait_until(lambda: view.ledError == "led_sign.unavailable", 5)
    serial = view.serial
    assert wait_until(lambda: view.serial > serial + 1, 5)
    assert wait_until(lambda: shown_kind(player) != "", 5)  # the new item is up once ready
    assert caplog.text.count("LED board update failed") == 1
    player.led.link.connected = True
    assert wait_until(lambda: view.ledError == "" and view.ledText != "", 5)


def test_an_emergency_wakes_a_screen_that_is_off_by_schedule(make_player, content):
    start = datetime(2026, 11, 22, 2, 0, tzinfo=JST)
    player = make_player(content, rate=1.0, start=start, power_off="01:00-05:00")
    view = player.player
    assert view.screenOn is False
    player.emergencies.raise_message(_quake(), view.sequencer.clock.now())
    assert wait_until(lambda: find_visible(player, "emergency"), 1.0)
    assert view.screenOn is True
    assert not find_visible(player, "screenOff")
    player.emergencies.clear()
    assert wait_until(lambda: not view.screenOn, 2)
    assert find_visible(player, "screenOff")
