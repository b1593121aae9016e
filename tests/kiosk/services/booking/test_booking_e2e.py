"""The booking flow end to end on the real stacks: pyscard → pcscd → vpcd → the card emulator,
the gateway on uvicorn, the payment emulator, and the ESC/POS receipt emulator on a pty.

Includes a card pulled mid-way and the network lost after the booking request: the retry with
the same key gets the same booking, and the gateway holds exactly one.
"""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
import zxingcpp
from PIL import Image

from content.municipality import sample_folder
from devices.payment.emulator import EmulatedPaymentUnit
from devices.receipt.render import save_png
from devices.smartcard.emulator.factory import CardRecord
from gateway.booking.settings import BookingSettings
from kiosk.blocks.checkout.payment_adapter import PaymentAdapter
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.services.booking.adapters.availability import AvailabilityAdapter
from kiosk.services.booking.adapters.gateway import BookingAdapter
from kiosk.services.booking.adapters.journal import BookingJournal
from kiosk.services.booking.adapters.receipt import BookingReceiptAdapter
from kiosk.services.booking.core.find import Search
from kiosk.services.booking.core.flow import BookingFlow, Ports, Step
from offline_cache.booking import BookingCache
from offline_cache.client import GatewayClient
from tests.devices.smartcard.conftest import Harness
from tests.gateway.booking.conftest import START
from tests.gateway.booking.conftest import Clock as BookingClock
from tests.gateway.test_issuance import PIN, clock, gw, pki  # noqa: F401
from tests.kiosk.blocks.fakes import SyncRunner
from tests.offline_cache.faults import FaultyProxy
from tests.rigs import receipt_rig  # noqa: F401

HALL = "tanashi-kominkan"
TUESDAY = dt.date(2027, 3, 2)
PLANTED_PIN = PIN


def rows():
    data = json.loads((sample_folder() / "facilities.json").read_text(encoding="utf-8"))
    return data if isinstance(data, list) else data["facilities"]


@pytest.fixture
def harness(pcscd):
    made = Harness("pcsc")
    yield made
    made.close()


@pytest.fixture
def booking_gw(gw):  # noqa: F811
    gw.app.state.booking = BookingSettings(clock=BookingClock())
    return gw


@pytest.fixture
def proxy(booking_gw):
    faulty = FaultyProxy(booking_gw.port)
    yield faulty
    faulty.close()


@pytest.fixture
def terminal(tmp_path, booking_gw, proxy, harness, receipt_rig):  # noqa: F811
    client = GatewayClient(proxy.url, booking_gw.token, retries=0, read_timeout=10)
    printer, emulator = receipt_rig()
    unit = EmulatedPaymentUnit(state_file=tmp_path / "payment.json")
    journal = BookingJournal(tmp_path / "booking-journal.jsonl")
    ports = Ports(
        booking=BookingAdapter(client),
        availability=AvailabilityAdapter(BookingCache(tmp_path / "booking", client), rows),
        card=CardAdapter(harness.reader, harness.names[0]),
        payment=PaymentAdapter(unit, timeout_s=30),
        journal=journal,
        receipt=BookingReceiptAdapter(printer),
        runner=SyncRunner(),
        today=lambda: START.date(),
        now=lambda: START,
        new_key=lambda: os.urandom(16).hex(),
    )
    flow = BookingFlow(ports)
    yield flow, unit, emulator, journal
    flow.reset()
    unit.close()
    client.close()


def fresh(record: CardRecord) -> CardRecord:
    return CardRecord.from_json(record.to_json())


def to_card(flow):
    flow.begin("ja")
    flow.set_search(Search(kind="kominkan", day=TUESDAY))
    flow.open_place(HALL)
    assert flow.step is Step.WEEK and flow.week.fresh
    for division in ("am", "pm"):
        flow.tap_cell("meeting-1", TUESDAY, division)
    flow.proceed()
    assert flow.step is Step.INSERT_CARD


def type_pin(flow, pin=PLANTED_PIN):
    for digit in pin:
        flow.identity.press_digit(digit)
    flow.identity.submit_pin()


def card_in_and_pin(flow, harness, card):
    harness.insert(card)
    flow.card_inserted()
    assert flow.step is Step.PIN, flow.identity.problem
    type_pin(flow)
    assert flow.step is Step.REMOVE_CARD, flow.problem
    harness.remove()
    flow.card_removed()


def test_book_with_the_card_pay_cash_and_take_the_receipt(
    terminal,
    harness,
    pki,  # noqa: F811
    booking_gw,
    caplog,
    tmp_path,
):
    caplog.set_level("DEBUG")
    flow, unit, emulator, journal = terminal
    to_card(flow)
    card_in_and_pin(flow, harness, fresh(pki.cards["hanako"]).build())
    assert flow.step is Step.FEE and flow.quote.total_yen == 4200
    flow.book()
    assert flow.step is Step.PAY_CHOICE, flow.problem
    flow.pay_here()
    assert flow.step is Step.PAYMENT and "cash" in flow.checkout.methods
    unit.queue_cash(5000)
    flow.pay("cash")
    assert flow.step is Step.DONE, flow.problem
    assert flow.booking.state == "confirmed" and flow.booking.payment == "paid"
    text = "".join(emulator.text_lines())
    assert flow.booking.id in text and "4,200円" in text and "現金でお支払い済み" in text
    png = save_png(emulator, tmp_path / "receipt.png")
    with Image.open(png) as image:
        assert [c.text for c in zxingcpp.read_barcodes(image)] == [flow.booking.id]
    events = [e["event"] for e in journal.entries()]
    assert events[0] == "held" and "confirmed" in events and events[-1] == "settled"
    assert PLANTED_PIN not in caplog.text


def test_a_card_pulled_mid_way_is_asked_for_again_and_the_booking_goes_on(
    terminal,
    harness,
    pki,  # noqa: F811
):
    flow, *_ = terminal
    to_card(flow)
    card = fresh(pki.cards["hanako"]).build()
    harness.insert(card)
    flow.card_inserted()
    assert flow.step is Step.PIN
    card.script.remove_at_apdu = card.apdu_count + 3  # pulled while the PIN is checked
    type_pin(flow)
    assert flow.step is Step.INSERT_CARD and flow.identity.problem == "card.removed"
    harness.reinsert_after_pull(card)
    flow.card_inserted()
    assert flow.step is Step.PIN
    type_pin(flow)
    harness.remove()
    flow.card_removed()
    assert flow.step is Step.FEE
    flow.book()
    flow.pay_at_counter()
    assert flow.step is Step.DONE and flow.booking.payment == "counter"


def test_the_network_lost_after_the_request_is_retried_with_the_same_key(
    terminal,
    harness,
    pki,  # noqa: F811
    booking_gw,
    proxy,
):
    flow, *_ = terminal
    to_card(flow)
    card_in_and_pin(flow, harness, fresh(pki.cards["hanako"]).build())
    assert flow.step is Step.FEE
    proxy.plan.append(("lose", 0))  # the gateway books, its answer never arrives
    flow.book()
    assert flow.step is Step.LOST and flow.problem.key == "booking.answer_lost"
    flow.book_again()
    assert flow.step is Step.PAY_CHOICE, flow.problem
    with booking_gw.engine.connect() as conn:
        held = conn.exec_driver_sql(
            "SELECT id FROM bookings WHERE state = 'provisional'"
        ).fetchall()
    assert [row[0] for row in held] == [flow.booking.id]  # one booking, not two
