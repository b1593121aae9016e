"""The issuance journal and reconciliation against a real gateway on uvicorn, through the outbox."""

import sqlite3
import uuid

import pytest
import sqlalchemy as sa

from devices.payment.emulator import EmulatedPaymentUnit
from devices.payment.model import Method
from gateway.storage import issuances
from kiosk.blocks.checkout.journal import IssuanceJournal, clean_detail
from kiosk.blocks.checkout.ports import Held
from kiosk.blocks.checkout.reconcile import Summary, reconcile
from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox, api_path
from offline_cache.store import Store
from tests.gateway.test_issuance import api, clock, gw, issue, pki, proof_for  # noqa: F401

# The card holder's name and address are printed on the certificate, never kept by the terminal.
PLANTED = ("山田", "花子", "南町")


class Terminal:
    """The kiosk's side: its cache store and outbox, its journal and its payment unit."""

    def __init__(self, folder, gateway):
        self.folder = folder
        self.store, _ = Store.open(folder / "cache.db")
        self.client = GatewayClient(gateway.url, gateway.token, retries=1)
        self.outbox = Outbox(self.store, self.client)
        self.journal = IssuanceJournal(folder / "journal.db", self.outbox)
        self.unit = EmulatedPaymentUnit(state_file=folder / "payment.json")

    def restart(self):
        """The kiosk process dies and starts again: everything is read back from disk."""
        self.journal.close()
        self.store.close()
        self.store, _ = Store.open(self.folder / "cache.db")
        self.outbox = Outbox(self.store, self.client)
        self.journal = IssuanceJournal(self.folder / "journal.db", self.outbox)
        self.unit = EmulatedPaymentUnit(state_file=self.folder / "payment.json")

    def close(self):
        self.journal.close()
        self.store.close()
        self.client.close()


@pytest.fixture
def terminal(tmp_path, gw):  # noqa: F811
    made = Terminal(tmp_path / "kiosk", gw)
    yield made
    made.close()


def request_issuance(gateway, pki_, reference):
    answer = issue(
        gateway,
        proof_for(gateway, "hanako", pki_),
        [{"certificate": "juminhyo", "copies": 1}],
        200,
        key=reference,
    )
    assert answer.status_code == 201, answer.text
    return answer.json()["result"]["issuance_id"]


def at_gateway(gateway, issuance_id):
    with gateway.engine.connect() as conn:
        row = conn.execute(sa.select(issuances).where(issuances.c.id == issuance_id)).first()
    return row.state, row.settlement


def hold_cash(unit, reference, amount=200, cash=(500,)):
    unit.queue_cash(*cash)
    hold = unit.authorize(amount, Method.CASH, reference, timeout=60)
    return Held(hold.id, hold.amount_yen, hold.method.value, hold.inserted_yen)


def test_printed_and_collected_reach_the_gateway_as_settled(terminal, gw, pki):  # noqa: F811
    reference = uuid.uuid4().hex
    held = hold_cash(terminal.unit, reference)
    terminal.journal.held(reference, held)
    issuance_id = request_issuance(gw, pki, reference)
    terminal.journal.issued(reference, issuance_id)
    terminal.journal.printed(reference)
    terminal.unit.capture(held.hold_id)
    terminal.journal.settled(reference, "collected", 200)

    queued = terminal.store.outbox()
    assert [item.endpoint for item in queued] == [
        f"issuance_outcome/{issuance_id}",
        f"issuance_settlement/{issuance_id}",
    ]
    assert terminal.outbox.deliver().delivered == 2
    assert at_gateway(gw, issuance_id) == ("settled", "collected")
    entry = terminal.journal.entry(reference)
    assert (entry.state, entry.outcome, entry.settlement) == ("settled", "printed", "collected")

    terminal.journal.flush()  # nothing left to say
    terminal.journal.settled(reference, "collected", 200)
    assert terminal.store.outbox_count() == 0


def test_a_settlement_is_never_reported_before_its_outcome(terminal, gw, pki):  # noqa: F811
    reference = uuid.uuid4().hex
    terminal.journal.held(reference, hold_cash(terminal.unit, reference))
    issuance_id = request_issuance(gw, pki, reference)
    terminal.journal.issued(reference, issuance_id)
    terminal.journal.settled(reference, "refunded", 200)  # no outcome was told first
    assert [item.body for item in terminal.store.outbox()] == [
        {"outcome": "failed", "detail": "settled_unprinted"},
        {"result": "refunded", "amount_yen": 0},
    ]
    assert terminal.outbox.deliver().delivered == 2
    assert at_gateway(gw, issuance_id) == ("settled", "refunded")


def test_a_failed_order_without_an_issuance_has_nothing_to_report(terminal):
    reference = uuid.uuid4().hex
    terminal.journal.held(reference, hold_cash(terminal.unit, reference))
    terminal.journal.failed(reference, "gateway.unreachable")
    terminal.journal.settled(reference, "refunded", 200)
    assert terminal.store.outbox_count() == 0
    assert terminal.journal.entry(reference).detail == "gateway.unreachable"


def test_reports_queued_again_after_a_crash_are_not_doubled(terminal, gw, pki):  # noqa: F811
    reference = uuid.uuid4().hex
    terminal.journal.held(reference, hold_cash(terminal.unit, reference))
    issuance_id = request_issuance(gw, pki, reference)
    terminal.journal.issued(reference, issuance_id)
    terminal.journal.failed(reference, "docprint.media_empty")
    # A crash after the outbox had the report but before the journal noted it.
    with sqlite3.connect(terminal.folder / "journal.db") as conn:
        conn.execute("UPDATE orders SET outcome_queued = 0")
    terminal.restart()
    assert terminal.journal.flush() == 1
    assert terminal.store.outbox_count() == 1
    assert terminal.outbox.deliver().delivered == 1
    assert at_gateway(gw, issuance_id) == ("failed", None)


def test_reconcile_after_a_crash_captures_refunds_and_voids(terminal, gw, pki, caplog):  # noqa: F811
    caplog.set_level("DEBUG")
    journal, unit = terminal.journal, terminal.unit
    # 1: printed, then the kiosk died before taking the fee.
    printed = uuid.uuid4().hex
    journal.held(printed, hold_cash(unit, printed, cash=(1000,)))
    printed_id = request_issuance(gw, pki, printed)
    journal.issued(printed, printed_id)
    journal.printed(printed)
    # 2: issued, the kiosk died while printing.
    printing = uuid.uuid4().hex
    journal.held(printing, hold_cash(unit, printing))
    printing_id = request_issuance(gw, pki, printing)
    journal.issued(printing, printing_id)
    # 3: the kiosk died during the issue request: the gateway journaled it, the kiosk did not.
    asked = uuid.uuid4().hex
    journal.held(asked, hold_cash(unit, asked, cash=(100, 100)))
    asked_id = request_issuance(gw, pki, asked)
    # 4: the kiosk died right after the unit held the money, before the journal heard of it.
    paid = uuid.uuid4().hex
    hold_cash(unit, paid)
    terminal.restart()
    assert len(terminal.unit.holds()) == 4

    first = reconcile(terminal.unit, terminal.journal, terminal.client)
    assert first == Summary(captured=1, refunded=3, voided=1, gateway_checked=True)
    assert terminal.unit.holds() == []
    assert terminal.unit.cashbox_yen == 200
    assert sorted(terminal.unit.take_tray()) == [100] * 5 + [500] * 3  # change 800, refunds
    report = terminal.outbox.deliver()
    assert (report.delivered, report.failed) == (6, 0)
    assert at_gateway(gw, printed_id) == ("settled", "collected")
    assert at_gateway(gw, printing_id) == ("settled", "refunded")
    assert at_gateway(gw, asked_id) == ("settled", "refunded")
    assert api(gw, "GET", "issuance/unsettled").json()["issuances"] == []
    for reference, settlement in (
        (printed, "collected"),
        (printing, "refunded"),
        (asked, "refunded"),
        (paid, "refunded"),
    ):
        assert terminal.journal.entry(reference).settlement == settlement

    second = reconcile(terminal.unit, terminal.journal, terminal.client)
    assert second == Summary(gateway_checked=True) and not second.changed
    assert terminal.store.outbox_count() == 0 and terminal.unit.cashbox_yen == 200
    for planted in PLANTED:
        assert planted not in caplog.text
    for path in terminal.folder.iterdir():
        if path.is_file():
            data = path.read_bytes()
            assert all(p.encode() not in data for p in PLANTED), path.name


def test_reconcile_twice_before_delivery_queues_nothing_new(terminal, gw, pki):  # noqa: F811
    reference = uuid.uuid4().hex
    terminal.journal.held(reference, hold_cash(terminal.unit, reference))
    issuance_id = request_issuance(gw, pki, reference)
    terminal.journal.issued(reference, issuance_id)
    terminal.restart()
    assert reconcile(terminal.unit, terminal.journal, terminal.client).refunded == 1
    queued = terminal.store.outbox_count()
    again = reconcile(terminal.unit, terminal.journal, terminal.client)
    assert not again.changed and terminal.store.outbox_count() == queued
    terminal.outbox.deliver()
    assert at_gateway(gw, issuance_id) == ("settled", "refunded")


def test_reconcile_without_the_gateway_still_settles_the_holds(terminal, tmp_path):
    reference = uuid.uuid4().hex
    terminal.journal.held(reference, hold_cash(terminal.unit, reference))
    down = GatewayClient("http://127.0.0.1:9", "token", retries=0)
    summary = reconcile(terminal.unit, terminal.journal, down)
    assert summary.refunded == 1 and not summary.gateway_checked
    down.close()


def test_details_fit_the_gateways_pattern():
    assert clean_detail("docprint.not_ready.Media-Jam") == "docprint.not_ready.media_jam"
    assert len(clean_detail("x" * 100)) == 64


def test_outbox_paths_take_the_issuance_id_and_keys_are_stored_once(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    outbox = Outbox(store)
    assert api_path("issuance_outcome/20261122-0000ABCD") == "issuance/20261122-0000ABCD/outcome"
    assert api_path("heartbeat") == "telemetry/heartbeat"
    for bad in ("issuance_outcome", "issuance_outcome/../x", "heartbeat/1", "nothing"):
        with pytest.raises(ValueError):
            outbox.enqueue(bad, {})
    body = {"outcome": "printed", "detail": ""}
    for _ in range(2):
        outbox.enqueue("issuance_outcome/20261122-0000ABCD", body, key="ref0001-outcome")
    assert store.outbox_count() == 1
    store.close()
