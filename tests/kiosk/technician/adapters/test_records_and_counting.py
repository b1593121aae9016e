"""The technician's records in the terminal's real store (lockout kept over a restart, counters,
why the last run ended), the counting of what the terminal does, the log file, maintenance, and
the kiosk's diagnostics on its own device monitor."""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from devices.monitor import DeviceMonitor
from devices.receipt.document import Receipt
from devices.registry import open_device
from kiosk.blocks.checkout.journal import IssuanceJournal
from kiosk.blocks.checkout.ports import Held
from kiosk.technician.adapters import records
from kiosk.technician.adapters.build import for_kiosk
from kiosk.technician.adapters.counting import (
    EventCounter,
    JournalCounters,
    counting_openers,
    install_event_counter,
    pdf_pages,
)
from kiosk.technician.adapters.logfile import LogFile, install_log_file, log_path
from kiosk.technician.adapters.maintenance import RESTART_EXIT_CODE, TerminalMaintenance
from kiosk.technician.core.access import Granted, Locked, ResidentPresent, Wrong
from kiosk.technician.core.model import Outcome
from offline_cache.store import Store
from tests.kiosk.technician.adapters.conftest import PIN, TECHNICIAN, make_config
from tests.rigs import make_pdf


class Reporter:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict]] = []

    def enqueue(self, endpoint, body, *, key=None):
        self.sent.append((endpoint, body))
        return key or "k"


def test_lockout_counters_and_the_last_exit_survive_reopening_the_store(tmp_path, pin_hash):
    config = make_config(tmp_path, pin_hash, technician={"max_failures": 2})
    path = tmp_path / "cache.db"
    store, _ = Store.open(path)
    monitor = DeviceMonitor({})
    quits: list[int] = []
    resident = [False]

    def build(store):
        return for_kiosk(
            config, "test", store=store, monitor=monitor, gateway_url=lambda: None,
            enqueue=lambda *a, **k: "k", resident_active=lambda: resident[0], resync=lambda: None,
            apply_out_of_service=lambda out: None, quit=quits.append,
        )  # fmt: skip

    technician = build(store)
    assert records.last_restart(store) == "restart.first_start"
    assert isinstance(technician.access.check("111111"), Wrong)
    failures, last, _ = records.StoreAccessState(store).load()
    assert failures == 1
    # As if the backoff had passed: the second wrong PIN locks (max_failures = 2).
    records.StoreAccessState(store).save(1, last - dt.timedelta(seconds=10), None)
    assert isinstance(technician.access.check("222222"), Locked)
    technician.counters.add("receipts", 2)
    technician.diagnostics.set_out_of_service(TECHNICIAN, True)
    technician.diagnostics.restart(TECHNICIAN)
    assert quits == [RESTART_EXIT_CODE]
    store.close()

    store, _ = Store.open(path)  # the kiosk comes back
    technician = build(store)
    assert records.last_restart(store) == "restart.technician"
    assert isinstance(technician.access.check(PIN), Locked)
    assert technician.counters.counters().get("receipts") == 2
    assert technician.diagnostics.out_of_service()
    audit = [e.action.value for e in technician.diagnostics.audit_entries()]
    assert audit[:4] == ["restart", "out_of_service", "locked", "pin_wrong"]
    pending = [item.endpoint for item in store.outbox(limit=100)]
    assert pending.count("technician_audit") == len(audit)
    store.close()

    store, _ = Store.open(path)  # it died without saying so
    assert records.note_start(store) == "restart.crash"
    state = records.StoreAccessState(store)
    state.save(0, None, None)
    resident[0] = True
    assert build(store).access.check(PIN) == ResidentPresent()
    resident[0] = False
    assert build(store).access.check(PIN) == Granted(TECHNICIAN)
    store.close()


def test_receipts_pages_sessions_errors_and_certificates_are_counted(tmp_path, pin_hash):
    store, _ = Store.open(tmp_path / "cache.db")
    journal_file = tmp_path / "journal.db"
    clock = [dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)]
    counters = JournalCounters(records.StoreCounters(store, clock=lambda: clock[0]), journal_file)
    counters.counters()  # counting starts a minute ago
    openers = counting_openers(
        {
            "receipt_printer": lambda: open_device("receipt_printer", "emulated://receipt"),
            "document_printer": lambda: open_device("document_printer", "emulated://document"),
        },
        counters,
    )
    printer = openers["receipt_printer"]()
    printer.print_receipt(Receipt().text("一行目").text("二行目"))
    documents = openers["document_printer"]()
    pdf = tmp_path / "two.pdf"
    pdf.write_bytes(make_pdf("one"))
    assert pdf_pages(pdf) == 1
    from devices.docprint.model import PrintOptions

    documents.follow(documents.submit(pdf, "t", PrintOptions(copies=2)), 5)
    handler = install_event_counter(counters)
    try:
        logging.getLogger("kiosk.shell.core.session").info("session started")
        logging.getLogger("devices.receipt").error("cutter jammed")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    journal = IssuanceJournal(journal_file, Reporter())
    journal.held("order-1", Held("h1", 350, "cash"))
    journal.issued("order-1", "iss-1")
    journal.printed("order-1")
    journal.close()
    counts = counters.counters()
    assert {name: counts.get(name) for name in ("receipts", "pages", "sessions", "errors")} == {
        "receipts": 1, "pages": 2, "sessions": 1, "errors": 1,
    }  # fmt: skip
    assert counts.get("certificates") == 1 and counts.get("paper_mm") > 20
    clock[0] = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
    before = counters.reset()
    assert before.get("certificates") == 1 and counters.counters().get("certificates") == 0
    assert counters.counters().get("receipts") == 0
    store.close()


def test_the_log_file_is_filtered_by_device_and_level(tmp_path, quiet_root_logger, caplog):
    caplog.set_level(logging.DEBUG)  # the root logger passes INFO on, as a kiosk's does
    install_log_file(tmp_path, logging.DEBUG)
    logging.getLogger("devices.receipt.printer").warning("paper near its end")
    logging.getLogger("devices.monitor").warning("%s unavailable: %s", "led_sign", "led.gone")
    logging.getLogger("kiosk.shell.core.session").info("session started")
    with log_path(tmp_path).open("a") as file:
        file.write('{"cut off by a crash\n')
    logs = LogFile(tmp_path)
    assert [e.message for e in logs.recent(device="receipt_printer")] == ["paper near its end"]
    assert [e.device for e in logs.recent(level="WARNING")] == ["led_sign", "receipt_printer"]
    assert logs.recent(level="INFO", limit=1)[0].message == "session started"


def test_purge_drops_the_datasets_and_asks_for_a_sync(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    now = dt.datetime.now(dt.UTC)
    store.apply_snapshot("notices", "e1", 1, '"x"', [("a", '{"t": 1}')], as_of=now)
    asked: list[bool] = []
    result = TerminalMaintenance(store, resync=lambda: asked.append(True)).purge_cache()
    assert result.key == "action.purged_resyncing" and asked and store.all_meta() == []
    assert TerminalMaintenance(store).purge_cache().key == "action.purged_resync_pending"
    assert TerminalMaintenance(store).restart().key == "action.restart_unavailable"
    store.close()


def test_the_kiosk_tests_the_monitors_devices(tmp_path, pin_hash):
    config = make_config(
        tmp_path,
        pin_hash,
        devices={"receipt_printer": "emulated://receipt", "payment": "emulated://payment"},
    )
    store, _ = Store.open(tmp_path / "cache.db")
    urls = config.devices.urls()
    monitor = DeviceMonitor({k: (lambda k=k: open_device(k, urls[k])) for k in urls if urls[k]})
    monitor.poll()
    technician = for_kiosk(
        config, "test", store=store, monitor=monitor, gateway_url=lambda: None,
        enqueue=lambda *a, **k: "k", resident_active=lambda: False, resync=lambda: None,
        apply_out_of_service=lambda out: None, quit=lambda code: None,
    )  # fmt: skip
    diagnostics = technician.diagnostics
    assert diagnostics.self_test(TECHNICIAN, "receipt_printer").outcome is Outcome.PASSED
    assert diagnostics.self_test(TECHNICIAN, "card_reader").outcome is Outcome.NOT_INSTALLED
    assert diagnostics.self_test(TECHNICIAN, "payment").outcome is Outcome.PASSED
    monitor.device("payment").out_of_service = True  # the unit switched off
    off = diagnostics.self_test(TECHNICIAN, "payment")
    assert (off.outcome, off.key) == (Outcome.FAILED, "payment.unavailable")
    status = diagnostics.status(TECHNICIAN)
    assert [d.kind for d in status.devices if d.installed] == ["receipt_printer", "payment"]
    assert status.network.problem == "network.embedded_not_running"
    assert status.versions.python and status.resources.memory_total_bytes > 0
    assert status.taken_at.astimezone(ZoneInfo("Asia/Tokyo")).utcoffset() == dt.timedelta(hours=9)
    monitor.stop()
    store.close()


def test_a_closed_event_counter_leaves_the_session_logger_as_it_found_it(tmp_path):
    store, _ = Store.open(tmp_path / "cache.db")
    session = logging.getLogger(EventCounter.SESSION_LOGGER)
    root = logging.getLogger()
    level, root_level = session.level, root.level
    root.setLevel(logging.WARNING)  # a terminal logging warnings only: the counter opens INFO
    try:
        for _ in range(2):
            handler = install_event_counter(records.StoreCounters(store))
            root.removeHandler(handler)
            handler.close()
        assert session.filters == [] and session.level == level
    finally:
        root.setLevel(root_level)
        store.close()
