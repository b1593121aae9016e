"""First-come booking through the real HTTP API: hold, pay, cancel, lapse, refuse, replay."""

import base64
import uuid

from devices.smartcard.emulator.factory import Resident, issue_card
from devices.smartcard.emulator.inprocess import EmulatedCardReader
from devices.smartcard.pin import Pin
from devices.smartcard.session import MyNumberCard
from gateway.booking import service
from tests.gateway.booking.conftest import error, result

DAY = "2027-03-02"  # a Tuesday; first-come for March opened on 16 January


def test_book_confirm_and_see_it_in_my_bookings(booker, clock):
    card = booker.resident()
    booking = result(booker.book(card, "meeting-1", DAY, ["am", "pm"], 4200))
    assert booking["state"] == "provisional" and booking["fee_yen"] == 4200
    assert booking["id"].startswith("BK-") and booking["expires_at"].startswith("2027-01-27T10:00")
    assert booking["fee"]["resident_percent"] == 100
    wrong = booker.confirm(booking["id"], amount=100)
    assert wrong.status_code == 409 and error(wrong)["code"] == "amount_mismatch"
    confirmed = result(booker.confirm(booking["id"], amount=4200))
    assert confirmed["state"] == "confirmed" and confirmed["payment"] == "paid"
    mine = booker.mine(card)
    assert [b["id"] for b in mine["bookings"]] == [booking["id"]]
    assert mine["resident"] is True and mine["penalty_points"] == 0


def test_the_fee_for_a_visitor_with_admission_and_equipment(booker):
    card = booker.visitor()
    # 1,800 × 150% × (100 + 60)% × 50% + a projector for one division
    answer = booker.book(
        card,
        "meeting-1",
        DAY,
        ["am"],
        2660,
        admission_yen=800,
        reduction="seniors",
        equipment=["projector"],
    )
    booking = result(answer)
    assert booking["fee"] == {
        "base_yen": 1800,
        "resident_percent": 150,
        "surcharge_percent": 60,
        "reduction_percent": 50,
        "equipment_yen": 500,
        "total_yen": 2660,
    }
    changed = booker.book(card, "meeting-1", DAY, ["pm"], 1)
    assert changed.status_code == 409 and error(changed)["code"] == "fee_changed"
    assert error(changed)["fee"]["total_yen"] == 3600


def test_a_taken_slot_names_what_was_taken_and_the_joined_room_cannot_be_booked_over(booker):
    first = booker.resident()
    result(booker.book(first, "meeting-2", DAY, ["night"], 1600))
    other = booker.visitor()
    taken = booker.book(other, "meeting-1-2", DAY, ["pm", "night"], 12000)
    assert taken.status_code == 409
    assert error(taken)["code"] == "slot_taken"
    assert error(taken)["slot"] == {
        "facility": "tanashi-kominkan",
        "unit": "meeting-2",
        "date": DAY,
        "division": "night",
        "by": "booking",
    }
    result(booker.book(other, "meeting-1", DAY, ["night"], 3600))  # the other half is free


def test_closed_days_blackouts_and_windows_are_refused_with_their_reason(booker):
    card = booker.resident()
    monday = booker.book(card, "meeting-1", "2027-03-01", ["am"], 1800)
    assert monday.status_code == 409 and error(monday)["code"] == "facility_closed"
    city = booker.book(card, "hall", "2027-01-10", ["am"], 7200)  # the city's ceremony
    assert error(city)["code"] == "slot_taken" and error(city)["slot"]["by"] == "city"
    later = booker.book(card, "meeting-1", "2027-04-06", ["am"], 1800)
    assert later.status_code == 409 and error(later)["code"] == "outside_booking_window"
    assert error(later)["phase"] == "not_open"
    sports = booker.book(card, "budojo", "2027-02-02", ["f1"], 3600, facility="sogo-taiikukan")
    assert error(sports)["phase"] == "lottery"
    closing = booker.book(card, "meeting-1", "2027-01-21", ["am"], 1800)  # closed at 16:00 on 19th
    assert error(closing)["phase"] == "closed"
    bad = booker.book(card, "meeting-1", DAY, ["dawn"], 0)
    assert bad.status_code == 422 and error(bad)["code"] == "unknown_division"
    nowhere = booker.book(card, "pool", DAY, ["am"], 0)
    assert nowhere.status_code == 404 and error(nowhere)["code"] == "unknown_unit"


def test_an_unpaid_booking_lapses_and_its_slot_and_quota_come_back(booker, clock):
    card = booker.resident()
    booking = result(booker.book(card, "washitsu", DAY, ["am"], 1500))
    clock.move(days=7, seconds=1)
    other = booker.resident("R000005")
    again = result(booker.book(other, "washitsu", DAY, ["am"], 1500))
    assert again["id"] != booking["id"]
    lapsed = booker.confirm(booking["id"], amount=1500)
    assert lapsed.status_code == 409 and error(lapsed)["code"] == "booking_expired"
    states = {b["id"]: b["state"] for b in booker.mine(card)["bookings"]}
    assert states == {booking["id"]: "expired"}


def test_cancel_refunds_by_days_before_use_and_the_city_refunds_all(booker, gw, clock):
    card = booker.resident()
    early = result(booker.book(card, "meeting-1", DAY, ["am"], 1800))
    result(booker.confirm(early["id"], amount=1800))
    cancelled = result(booker.cancel(card, early["id"]))
    assert cancelled["refund_yen"] == 1800 and cancelled["refund_percent"] == 100
    clock.set(2027, 2, 26, 9, 0)  # 4 days before: half back
    half = result(booker.book(card, "meeting-1", DAY, ["am"], 1800))
    result(booker.confirm(half["id"], amount=1800))
    assert result(booker.cancel(card, half["id"]))["refund_yen"] == 900
    clock.set(2027, 2, 28, 9, 0)  # 2 days before: none back, and a late cancellation
    late = result(booker.book(card, "meeting-1", DAY, ["pm"], 2400))
    result(booker.confirm(late["id"], amount=2400))
    assert result(booker.cancel(card, late["id"]))["refund_yen"] == 0
    assert booker.mine(card)["penalty_points"] == 1
    paid = result(booker.book(card, "meeting-2", DAY, ["am"], 1200))
    result(booker.confirm(paid["id"], amount=1200))
    unpaid = result(booker.book(card, "meeting-2", DAY, ["pm"], 1600))
    result(booker.confirm(unpaid["id"], payment="counter"))
    with gw.engine.begin() as conn:
        settings = gw.app.state.booking
        by_city = service.city_cancel(conn, settings, paid["id"], "works")
        owed = service.city_cancel(conn, settings, unpaid["id"], "works")
    assert by_city["cancelled_by"] == "city" and by_city["refund_yen"] == 1200  # all, this late
    assert owed["refund_yen"] == 0  # nothing was paid at the counter yet
    assert booker.mine(card)["penalty_points"] == 1  # the city's cancellations cost none
    again = booker.cancel(card, unpaid["id"])
    assert again.status_code == 409 and error(again)["code"] == "not_cancellable"


def test_no_shows_and_late_cancels_suspend_booking(booker, gw, clock):
    card = booker.resident()
    clock.set(2027, 2, 20, 9, 0)
    for day in ("2027-02-23", "2027-02-24"):
        booking = result(booker.book(card, "cooking", day, ["am"], 2100))
        result(booker.confirm(booking["id"], amount=2100))
    clock.set(2027, 2, 25, 9, 0)
    held = booker.mine(card)["bookings"]
    with gw.engine.begin() as conn:
        for b in held:
            service.record_use(conn, gw.app.state.booking, b["id"], showed=False)
    refused = booker.book(card, "cooking", DAY, ["am"], 2100)
    assert refused.status_code == 403 and error(refused)["code"] == "suspended"
    assert error(refused)["suspended_until"] == "2027-05-26"
    assert booker.mine(card)["suspended_until"] == "2027-05-26"


def test_caps_per_day_are_exact(booker):
    card = booker.resident()
    result(booker.book(card, "meeting-1", DAY, ["am"], 1800))
    over = booker.book(card, "meeting-2", DAY, ["am", "pm", "night"], 4400)  # 4 divisions
    assert over.status_code == 409 and error(over)["code"] == "quota_reached"
    assert error(over)["quota"] == {"scope": "day", "cap": 3}
    result(booker.book(card, "meeting-2", DAY, ["pm"], 1600))  # 3 divisions, 7 hours
    hours = booker.book(card, "washitsu", DAY, ["night"], 2000)
    assert error(hours)["quota"] == {"scope": "minutes", "cap": 8}


def test_the_same_key_gives_the_same_booking_and_another_body_is_refused(booker):
    card = booker.resident()
    key = uuid.uuid4().hex
    body = {
        "proof": booker.proof(card),
        "facility": "tanashi-kominkan",
        "unit": "washitsu",
        "date": DAY,
        "divisions": ["night"],
        "expected_fee_yen": 2000,
    }
    first = booker.post("bookings", body, key)  # its answer lost on the way back
    again = booker.post("bookings", body, key)
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    other = booker.post("bookings", {**body, "divisions": ["am"]}, key)
    assert other.status_code == 422 and error(other)["code"] == "idempotency_key_reused"
    assert len(booker.mine(card)["bookings"]) == 1
    missing = booker.session.post(f"{booker.url}/bookings", json=body, timeout=30)
    assert missing.status_code == 400


def test_availability_shows_free_taken_city_and_closed_with_an_etag(booker):
    week = booker.get("facilities/tanashi-kominkan/availability", params={"from": "2027-03-01"})
    assert week.status_code == 200
    body = week.json()
    units = {u["unit"]: u for u in body["units"]}
    assert units["meeting-1"]["days"][0]["cells"] == {
        "am": "closed",
        "pm": "closed",
        "night": "closed",
    }
    assert units["meeting-1"]["days"][1]["cells"]["am"] == "free"
    same = booker.get(
        "facilities/tanashi-kominkan/availability",
        params={"from": "2027-03-01"},
        headers={"If-None-Match": week.headers["ETag"]},
    )
    assert same.status_code == 304
    result(booker.book(booker.resident(), "meeting-1-2", DAY, ["am"], 3000))
    after = booker.get("facilities/tanashi-kominkan/availability", params={"from": "2027-03-01"})
    assert after.headers["ETag"] != week.headers["ETag"]
    cells = {u["unit"]: u["days"][1]["cells"]["am"] for u in after.json()["units"]}
    assert cells["meeting-1"] == cells["meeting-2"] == cells["meeting-1-2"] == "taken"
    assert cells["washitsu"] == "free"
    january = booker.get("facilities/tanashi-kominkan/availability", params={"from": "2027-01-10"})
    hall = next(u for u in january.json()["units"] if u["unit"] == "hall")
    assert hall["days"][0]["cells"]["am"] == "city"
    sports = booker.get("facilities/sogo-taiikukan/availability", params={"from": "2027-02-01"})
    arena = next(u for u in sports.json()["units"] if u["unit"] == "arena-full")
    assert arena["days"][0]["cells"]["f1"] == "lottery"
    rules = booker.get("facilities")
    assert rules.status_code == 200 and "division_schemes" in rules.json()


def test_a_my_number_card_in_the_reader_books_with_its_pin(booker, pki):
    face = Resident("山田　花子", "はなみずき市南町一丁目2番3号", "19850412", "2")
    record = issue_card(pki.ca, face, auth_pin="4321")
    reader = EmulatedCardReader()
    reader.insert(record.build())
    nonce = booker.session.post(f"{booker.url}/nonces", timeout=30).json()
    with reader.transaction() as channel:
        card = MyNumberCard(channel)
        card.identify()
        certificate = card.read_auth_certificate()
        card.verify_auth_pin(Pin("4321"))
        signature = card.sign_sha256(bytes.fromhex(nonce["challenge_sha256"]))
    reader.close()
    proof = {
        "auth_certificate": base64.b64encode(certificate).decode(),
        "nonce": nonce["nonce"],
        "signature": base64.b64encode(signature).decode(),
    }
    body = {
        "proof": proof,
        "facility": "tanashi-kominkan",
        "unit": "cooking",
        "date": DAY,
        "divisions": ["night"],
        "expected_fee_yen": 4200,  # not linked to a resident: 150%
    }
    booking = result(booker.post("bookings", body))
    assert booking["fee"]["resident_percent"] == 150
    reused = booker.post("bookings", {**body, "divisions": ["am"], "expected_fee_yen": 3150})
    assert reused.status_code == 409 and error(reused)["code"] == "nonce_used"
