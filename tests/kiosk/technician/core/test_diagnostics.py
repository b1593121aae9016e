"""Every technician action through the core writes one audit entry: who, what, when, outcome."""

from kiosk.technician.core.diagnostics import Diagnostics
from kiosk.technician.core.model import (
    AuditAction,
    DatasetAge,
    DeviceStatus,
    Level,
    Network,
    Resources,
    Status,
    Versions,
)
from tests.kiosk.technician.core.fakes import (
    T0,
    Actions,
    Clock,
    Exporter,
    FixedTest,
    MemoryAudit,
    MemoryCounters,
    NoLogs,
)


def status(*, reachable=True, synced=True, devices=()):
    return Status(
        T0, "t-01", Versions("0.1", "x", "3.11", "", "", ""), 1.0, 1.0, "restart.first_start",
        Resources(2, 0.1, 100, 50, 10), Network("http://127.0.0.1:1", reachable),
        (DatasetAge("notices", T0 if synced else None, 1.0 if synced else None),), 0, 0,
        tuple(devices),
    )  # fmt: skip


class Source:
    def __init__(self, value):
        self.value = value

    def status(self):
        return self.value

    def device(self, kind):
        return next(d for d in self.value.devices if d.kind == kind)


def test_every_action_is_audited_with_who_and_outcome(tmp_path):
    audit, counters, actions, exporter = MemoryAudit(), MemoryCounters(), Actions(), Exporter()
    diagnostics = Diagnostics(
        status=Source(status()),
        tests={"receipt_printer": FixedTest("receipt_printer", "receipt.paper_out"),
               "gateway": FixedTest("gateway")},
        counters=counters, audit=audit, logs=NoLogs(), bundle=exporter, maintenance=actions,
        clock=Clock(),
    )  # fmt: skip
    diagnostics.status("sato")
    failed = diagnostics.self_test("sato", "receipt_printer")
    diagnostics.self_test("sato", "gateway")
    counters.add("receipts", 3)
    before = diagnostics.reset_counters("sato")
    diagnostics.logs("sato", device="receipt_printer", level="WARNING")
    diagnostics.export_bundle("sato", tmp_path)
    diagnostics.purge_cache("sato")
    diagnostics.set_out_of_service("sato", True)
    diagnostics.set_out_of_service("sato", False)
    diagnostics.restart("sato")
    diagnostics.exit("sato", idle=True)

    assert not failed.ok and counters.values["errors"] == 0  # reset after the failure counted
    assert before.get("receipts") == 3 and before.get("errors") == 1
    assert [e.action for e in audit.entries] == [
        AuditAction.STATUS_VIEWED, AuditAction.SELF_TEST, AuditAction.SELF_TEST,
        AuditAction.COUNTERS_RESET, AuditAction.LOGS_VIEWED, AuditAction.BUNDLE_EXPORTED,
        AuditAction.CACHE_PURGED, AuditAction.OUT_OF_SERVICE, AuditAction.BACK_IN_SERVICE,
        AuditAction.RESTART, AuditAction.IDLE_EXIT,
    ]  # fmt: skip
    assert all(e.who == "sato" and e.at == T0 for e in audit.entries)
    assert audit.entries[1].target == "receipt_printer"
    assert audit.entries[1].outcome == "receipt.paper_out"
    assert "receipts=3" in audit.entries[3].outcome
    assert [r.target for r in exporter.results] == ["receipt_printer", "gateway"]
    assert actions.restarted and diagnostics.targets() == ("receipt_printer", "gateway")


def test_levels_add_up_to_the_exit_code():
    assert status().level is Level.HEALTHY and Level.HEALTHY.exit_code == 0
    broken = DeviceStatus("receipt_printer", True, False, "receipt.paper_out")
    assert status(devices=[broken]).level is Level.DEGRADED
    assert status(reachable=False).level is Level.DEGRADED  # the cache still serves
    assert status(reachable=False, synced=False).level is Level.DOWN
    assert Level.DOWN.exit_code == 2
    absent = DeviceStatus("led_sign", False, False, "device.led_sign.not_installed")
    assert status(devices=[absent]).level is Level.HEALTHY
