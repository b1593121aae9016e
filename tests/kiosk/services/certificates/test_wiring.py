"""The certificate service's wiring: devices looked up live, and settling left-open orders."""

from __future__ import annotations

import pytest

from content.config import DevicesConfig, MachikadoConfig
from devices.live import LiveDevice
from devices.payment.emulator import EmulatedPaymentUnit
from devices.payment.errors import PaymentUnavailableError
from devices.payment.model import Method
from kiosk.blocks.checkout.journal import IssuanceJournal
from kiosk.blocks.checkout.payment_adapter import PaymentAdapter
from kiosk.services.certificates.wiring import offers_certificates, reconcile_when_ready


class Monitor:
    """The device monitor as the wiring sees it: a device per kind, or None."""

    def __init__(self, **devices: object) -> None:
        self.devices = devices

    def device(self, kind: str) -> object:
        return self.devices.get(kind)


class Cache:
    """An offline cache that has not reached the gateway, with an outbox that records."""

    client = None

    def __init__(self) -> None:
        self.queued: list[tuple[str, dict]] = []

    def enqueue(self, endpoint: str, body: dict, *, key: str | None = None) -> str:
        self.queued.append((endpoint, body))
        return key or "key"


def test_a_live_device_follows_the_monitor():
    monitor = Monitor()
    payment = PaymentAdapter(
        LiveDevice(lambda: monitor.device("payment"), lambda: PaymentUnavailableError("not open"))
    )
    with pytest.raises(PaymentUnavailableError):
        payment.methods()
    monitor.devices["payment"] = EmulatedPaymentUnit(ic=False)
    assert payment.methods() == ["cash"]


def test_certificates_are_offered_only_with_all_four_devices():
    assert not offers_certificates(MachikadoConfig())
    some = DevicesConfig(card_reader="emulated://", payment="emulated://payment")
    assert not offers_certificates(MachikadoConfig(devices=some))
    every = DevicesConfig(
        card_reader="emulated://",
        payment="emulated://payment",
        document_printer="emulated://document",
        receipt_printer="emulated://receipt",
    )
    assert offers_certificates(MachikadoConfig(devices=every))


def test_money_left_held_by_an_earlier_run_is_given_back_at_start(tmp_path):
    unit = EmulatedPaymentUnit(state_file=tmp_path / "payment.json")
    unit.queue_cash(500)
    unit.authorize(200, Method.CASH, "order-1", timeout=10)
    cache = Cache()
    journal = IssuanceJournal(tmp_path / "journal.db", cache)
    try:
        thread = reconcile_when_ready(
            Monitor(payment=unit),  # type: ignore[arg-type]
            journal,
            cache,  # type: ignore[arg-type]
            client_wait_s=0.2,
        )
        thread.join(30)
        assert not thread.is_alive()
        assert unit.holds() == [] and unit.take_tray() == [500]
    finally:
        journal.close()


def test_reconciling_gives_up_quietly_when_the_payment_unit_never_opens(tmp_path, caplog):
    cache = Cache()
    journal = IssuanceJournal(tmp_path / "journal.db", cache)
    try:
        thread = reconcile_when_ready(Monitor(), journal, cache, wait_s=0.5)  # type: ignore[arg-type]
        thread.join(30)
        assert not thread.is_alive()
        assert "payment unit did not open" in caplog.text
    finally:
        journal.close()
