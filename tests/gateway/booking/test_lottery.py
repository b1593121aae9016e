"""The monthly lottery: entries over HTTP, a draw reproducible from its seed, confirm, waitlist."""

import json

import pytest

from gateway.booking import lottery, service
from machikado.cli import main
from tests.gateway.booking.conftest import Booker, error, result

GYM = "sogo-taiikukan"


@pytest.fixture(params=["sqlite", "postgres"])
def both(request, pki):
    """A booking client of a gateway on SQLite, then of one on PostgreSQL."""
    gateway = request.getfixturevalue("gw" if request.param == "sqlite" else "pg_gw")
    client = Booker(gateway, pki)
    yield client
    client.session.close()


def enter(booker, card, wishes, month="2027-02", facility=GYM, **extra):
    body = {
        "proof": booker.proof(card),
        "facility": facility,
        "month": month,
        "wishes": [{"unit": u, "date": d, "divisions": v} for u, d, v in wishes],
        **extra,
    }
    return booker.post("lottery/entries", body)


def cli(capsys, db, *args):
    code = main(["gateway", "--db", db, *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_draw_publish_verify_confirm_and_pass_on_to_the_waiting_list(both, clock, capsys, tmp_path):
    clock.set(2027, 1, 5, 12, 0)  # entries for February's sports: 1–10 January
    cards = [both.resident(r) for r in ("R000002", "R000005", "R000006")] + [both.visitor()]
    entries = []
    for card in cards:
        wishes = [("arena-full", "2027-02-02", ["f1"]), ("arena-half-a", "2027-02-03", ["f1"])]
        entries.append(result(enter(both, card, wishes)))
    assert len({e["seed_sha256"] for e in entries}) == 1
    again = enter(both, cards[0], [("budojo", "2027-02-04", ["f2"])])
    assert again.status_code == 409 and error(again)["code"] == "already_entered"
    before = both.get(f"lottery/{GYM}/sports/2027-02").json()
    assert before["state"] == "open" and before["entries"] == 4 and "seed" not in before
    week = both.get(f"facilities/{GYM}/availability", params={"from": "2027-02-01"}).json()
    assert (
        next(u for u in week["units"] if u["unit"] == "arena-full")["days"][1]["cells"]["f1"]
        == "lottery"
    )

    db = str(both.gateway.engine.url)
    record_file = tmp_path / "published.json"
    draw = ("lottery", "draw", GYM, "sports", "2027-02", "--early")  # the CLI runs in real time
    code, out = cli(capsys, db, *draw, "--out", str(record_file))
    assert code == 0 and "4 entries, 2 wins booked" in out, out
    code, out = cli(capsys, db, *draw)
    assert code == 1 and "drawn at" in out
    published = both.get(f"lottery/{GYM}/sports/2027-02").json()
    assert lottery.seed_hash(published["seed"]) == before["seed_sha256"]
    code, out = cli(capsys, db, "lottery", "verify", GYM, "sports", "2027-02")
    assert code == 0 and "matches" in out
    tampered = json.loads(record_file.read_text(encoding="utf-8"))
    tampered["result"]["order"].reverse()
    record_file.write_text(json.dumps(tampered), encoding="utf-8")
    code, out = cli(capsys, db, "lottery", "verify", "--file", str(record_file))
    assert code == 1 and "another result" in out

    order = published["result"]["order"]
    by_entry = {e["entry"]: card for e, card in zip(entries, cards, strict=True)}
    first, second = by_entry[order[0]], by_entry[order[1]]
    mine = both.mine(first)
    assert mine["lottery"][0]["wishes"][0]["won"] is True
    won = [b for b in mine["bookings"] if b["origin"] == "lottery"]
    assert len(won) == 1 and won[0]["unit"] == "arena-full" and won[0]["state"] == "provisional"
    assert won[0]["expires_at"].startswith("2027-01-22T00:00")  # confirm by the 21st
    waiting = both.mine(second)["lottery"][0]["wishes"][0]
    assert waiting["won"] is False and waiting["waitlist_position"] == 1

    # The first winner does not confirm: after the 21st the win passes to the next in line.
    clock.set(2027, 1, 22, 1, 0)
    with both.gateway.engine.begin() as conn:
        service.sweep(conn, both.gateway.app.state.booking)
    passed = [b for b in both.mine(second)["bookings"] if b["unit"] == "arena-full"]
    assert len(passed) == 1 and passed[0]["state"] == "provisional"
    body = {"payment": "paid", "amount_yen": passed[0]["fee_yen"], "proof": both.proof(second)}
    confirmed = result(both.post(f"bookings/{passed[0]['id']}/confirm", body))
    assert confirmed["state"] == "confirmed"
    lapsed = [b for b in both.mine(first)["bookings"] if b["unit"] == "arena-full"]
    assert lapsed[0]["state"] == "expired"


def test_entries_are_refused_outside_their_window_and_halls_are_for_residents(booker, clock):
    clock.set(2027, 1, 5, 12, 0)
    late = enter(booker, booker.resident(), [("arena-full", "2027-03-02", ["f1"])], month="2027-03")
    assert late.status_code == 409 and error(late)["phase"] == "not_open"
    hall = [("hall", "2027-07-06", ["am"])]
    visitor = enter(booker, booker.visitor(), hall, month="2027-07", facility="tanashi-kominkan")
    assert visitor.status_code == 403 and error(visitor)["code"] == "residents_only"
    result(enter(booker, booker.resident(), hall, month="2027-07", facility="tanashi-kominkan"))
    mixed = enter(
        booker,
        booker.resident("R000005"),
        [("hall", "2027-07-06", ["pm"]), ("meeting-1", "2027-07-06", ["pm"])],
        month="2027-07",
        facility="tanashi-kominkan",
    )
    assert mixed.status_code == 422 and error(mixed)["code"] == "not_one_lottery"


def test_the_draw_is_the_same_from_the_same_seed_and_fair_to_each_entry():
    entries = [
        {
            "entry": f"E{i:02d}",
            "wishes": [
                {"key": "full", "day": "d1", "claims": ["a|d1|f1", "b|d1|f1"]},
                {"key": "half", "day": "d2", "claims": ["a|d2|f1"]},
            ],
        }
        for i in range(10)
    ]
    policy = {"max_wins": 2, "one_win_per_day": True}
    seed = "11" * 32
    first = lottery.record(
        facility="f",
        calendar="c",
        month="2027-02",
        seed=seed,
        entries=entries,
        held=[],
        policy=policy,
    )
    again = lottery.record(
        facility="f",
        calendar="c",
        month="2027-02",
        seed=seed,
        entries=entries[::-1],
        held=[],
        policy=policy,
    )
    assert first == again and lottery.verify(first) == []
    # round-robin: the first in the order gets its first wish, the second the other one
    order = first["result"]["order"]
    assert first["result"]["winners"] == {order[0]: [0], order[1]: [1]}
    assert first["result"]["waitlists"]["full"] == order[1:]
    other = lottery.record(
        facility="f",
        calendar="c",
        month="2027-02",
        seed="22" * 32,
        entries=entries,
        held=[],
        policy=policy,
    )
    assert other["result"]["order"] != order
    held = lottery.draw(seed, entries, ["b|d1|f1"], policy)
    assert all(0 not in wins for wins in held["winners"].values())  # a held room is never won
    first["seed"] = "33" * 32
    assert "the seed does not match the hash published before the draw" in lottery.verify(first)
