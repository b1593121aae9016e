"""The kiosk's alert board: what is in force, what ended recently, its readers, acknowledgements."""

import datetime as dt

from content.alerts.model import Alert, Kind, Level, MsgType, Source, Status, Text
from kiosk.shell.core.alert_board import AlertBoard
from offline_cache.alerts import HeldAlert

T0 = dt.datetime(2026, 12, 4, 6, 0, tzinfo=dt.UTC)


def held(key: str, level: Level = Level.WARNING, *, minutes: int = 0, version: int = 1):
    alert = Alert(
        key=key,
        source=Source.CITY,
        identifier=f"{key}#{version}",
        sender="city",
        sent=T0 + dt.timedelta(minutes=minutes),
        status=Status.ACTUAL,
        msg_type=MsgType.ALERT,
        kind=Kind.EVACUATION,
        level=level,
        texts=(Text("ja", headline="避難指示"),),
    )
    return HeldAlert(key, version, False, T0.isoformat(), alert)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


def test_most_serious_first_then_the_latest():
    board = AlertBoard(clock=Clock())
    board.update([held("a", Level.ADVISORY, minutes=5), held("b"), held("c", minutes=3)])
    assert [h.key for h in board.active()] == ["c", "b", "a"]


def test_an_alert_that_leaves_is_recent_for_a_day():
    clock = Clock()
    board = AlertBoard(clock=clock)
    board.update([held("a"), held("b")])
    clock.now = T0 + dt.timedelta(hours=1)
    board.update([held("b", version=2)])
    assert [h.key for h in board.active()] == ["b"]
    assert [(e.held.key, e.ended_at) for e in board.recent()] == [("a", clock.now)]
    clock.now = T0 + dt.timedelta(hours=25, minutes=1)
    assert board.recent() == []


def test_an_alert_back_in_force_is_no_longer_recent():
    board = AlertBoard(clock=Clock())
    board.update([held("a")])
    board.update([])
    board.update([held("a", version=2)])
    assert board.recent() == [] and board.active()[0].version == 2


def test_every_reader_hears_of_a_change_even_when_one_fails():
    board = AlertBoard(clock=Clock())
    heard: list[int] = []

    def broken() -> None:
        raise RuntimeError("a reader's bug")

    board.subscribe(broken)
    board.subscribe(lambda: heard.append(len(board.active())))
    board.update([held("a")])
    assert heard == [1]


def test_acknowledgements_go_to_the_listener_and_its_faults_stay_there():
    calls: list[tuple[str, int, str]] = []

    def acknowledge(key: str, version: int, surface: str) -> str | None:
        calls.append((key, version, surface))
        raise OSError("disk full")

    board = AlertBoard(clock=Clock())
    board.acknowledge(held("a"), "screen")  # nothing bound yet: nothing to tell
    board.bind(acknowledge)
    board.acknowledge(held("a", version=3), "screen")
    assert calls == [("a", 3, "screen")]
