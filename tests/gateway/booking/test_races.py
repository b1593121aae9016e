"""50 clients racing through the real HTTP API, on SQLite and on PostgreSQL.

Every client holds its card's proof before the start, so all 50 booking requests are in flight
together: exactly one wins a slot, the others are told which slot was taken, and caps hold.
"""

import threading
import uuid
from collections import Counter

import pytest
import requests
import sqlalchemy as sa

from gateway.storage import booking_claims, bookings
from tests.gateway.booking.conftest import Booker

CLIENTS = 50


@pytest.fixture(params=["sqlite", "postgres"])
def racer(request, pki, clock):
    gateway = request.getfixturevalue("gw" if request.param == "sqlite" else "pg_gw")
    client = Booker(gateway, pki)
    yield client
    client.session.close()


def race(booker, bodies, keys=None):
    """POST every body at once from its own connection; the answers in order."""
    answers = [None] * len(bodies)
    start = threading.Barrier(len(bodies))

    def send(i):
        with requests.Session() as session:
            session.headers.update(booker.gateway.headers())
            session.headers["Idempotency-Key"] = keys[i] if keys else uuid.uuid4().hex
            start.wait()
            answers[i] = session.post(f"{booker.url}/bookings", json=bodies[i], timeout=120)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def body(booker, card, unit, day, divisions, fee, facility="tanashi-kominkan"):
    return {
        "proof": booker.proof(card),
        "facility": facility,
        "unit": unit,
        "date": day,
        "divisions": divisions,
        "expected_fee_yen": fee,
    }


def live_overlaps(engine):
    """Pairs of live claims of one room whose times overlap: none may exist."""
    a, b = booking_claims.alias("a"), booking_claims.alias("b")
    query = sa.select(sa.func.count()).where(
        a.c.live,
        b.c.live,
        a.c.id < b.c.id,
        a.c.resource == b.c.resource,
        a.c.starts_s < b.c.ends_s,
        b.c.starts_s < a.c.ends_s,
    )
    with engine.connect() as conn:
        return conn.execute(query).scalar_one()


def test_one_winner_per_slot_and_every_loser_told_which(racer):
    bodies = [
        body(racer, racer.visitor(), "meeting-1", "2027-03-02", ["am", "pm"], 6300)
        for _ in range(CLIENTS)
    ]
    answers = race(racer, bodies)
    assert Counter(a.status_code for a in answers) == {201: 1, 409: CLIENTS - 1}
    for answer in answers:
        if answer.status_code == 409:
            error = answer.json()["error"]
            assert error["code"] == "slot_taken"
            assert error["slot"]["unit"] == "meeting-1" and error["slot"]["date"] == "2027-03-02"
            assert error["slot"]["division"] in ("am", "pm")
    with racer.gateway.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(bookings)).scalar_one() == 1
    assert live_overlaps(racer.gateway.engine) == 0


def test_the_whole_floor_and_its_halves_never_overlap(racer, clock):
    clock.set(2027, 1, 24, 9, 0)  # first-come for February's sports opened on the 23rd
    units = ["arena-full", "arena-half-a", "arena-half-b"]
    fees = {"arena-full": 18450, "arena-half-a": 9225, "arena-half-b": 9225}
    bodies = [
        body(racer, racer.visitor(), unit, "2027-02-02", ["f2"], fees[unit], "sogo-taiikukan")
        for i in range(CLIENTS)
        for unit in [units[i % 3]]
    ]
    answers = race(racer, bodies)
    won = Counter(b["unit"] for b, a in zip(bodies, answers, strict=True) if a.status_code == 201)
    assert won in (Counter({"arena-full": 1}), Counter({"arena-half-a": 1, "arena-half-b": 1}))
    assert all(a.status_code in (201, 409) for a in answers)
    assert live_overlaps(racer.gateway.engine) == 0


def test_a_cap_holds_under_concurrent_bookings_of_one_resident(racer):
    card = racer.resident("R000005")
    hours = [f"h{h:02d}" for h in range(9, 21)]
    bodies = [
        body(
            racer,
            card,
            "room-a" if i < 12 else "room-b",
            "2027-03-03",
            [hours[i % 12]],
            300 if i < 12 else 200,
            "yagisawa-chiku-kaikan",
        )
        for i in range(24)
    ]
    answers = race(racer, bodies)
    codes = Counter(
        a.json()["error"]["code"] if a.status_code != 201 else "booked" for a in answers
    )
    assert codes == {"booked": 4, "quota_reached": 20}  # 4 per day in this calendar
    assert len([b for b in racer.mine(card)["bookings"] if b["state"] == "provisional"]) == 4


def test_retries_of_one_booking_with_one_key_make_one_booking(racer):
    card = racer.resident()
    request = body(racer, card, "washitsu", "2027-03-02", ["night"], 2000)
    key = uuid.uuid4().hex
    answers = race(racer, [request] * 20, keys=[key] * 20)
    assert {a.status_code for a in answers} == {201}
    assert len({a.json()["result"]["id"] for a in answers}) == 1
    assert len(racer.mine(card)["bookings"]) == 1
