"""The audit log and the bundle on a real store, outbox and gateway: each audit entry reaches the
gateway, the bundle is written to the stick and uploaded in parts, and it holds no PIN, no name,
no PIN hash and no token."""

from __future__ import annotations

import json
import logging
import tarfile
from pathlib import Path

import pytest

from kiosk.technician.adapters.build import for_cli
from kiosk.technician.adapters.logfile import install_log_file
from kiosk.technician.core.access import Granted, Wrong
from machikado.cli import main
from offline_cache.client import GatewayClient
from offline_cache.outbox import Outbox
from offline_cache.store import Store
from tests.kiosk.technician.adapters.conftest import PIN, TECHNICIAN, make_config
from tools.rigs.gateway import LiveGateway


@pytest.fixture
def live(tmp_path):
    gateway = LiveGateway(tmp_path, sample=False).start()
    yield gateway
    gateway.stop()


def _members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as archive:
        return {m.name: archive.extractfile(m).read() for m in archive.getmembers() if m.isfile()}


def test_bundle_has_no_secrets_and_it_and_the_audit_reach_the_gateway(
    tmp_path, live, pin_hash, quiet_root_logger, capsys
):
    config = make_config(tmp_path, pin_hash, token=live.token, url=live.url)
    install_log_file(config.cache.path(), logging.DEBUG)
    logging.getLogger("devices.receipt.printer").warning("paper near its end")
    # A line that should never have been written: the bundle still must not carry the token.
    logging.getLogger("offline_cache").info("token in use: %s", live.token)
    technician = for_cli(config, str(tmp_path / "machikado.toml"))
    try:
        assert technician.access.check(PIN) == Granted(TECHNICIAN)
        assert isinstance(technician.access.check("000000"), Wrong)
        technician.diagnostics.self_test(TECHNICIAN, "gateway")
        result = technician.diagnostics.export_bundle(TECHNICIAN, Path(config.technician.usb_dir))
    finally:
        technician.store.close()
    assert result.key == "bundle.exported" and result.uploaded
    bundle = Path(result.path)
    assert bundle.parent == tmp_path / "usb" and bundle.name.startswith("machikado-diag-test-k")
    members = _members(bundle)
    assert set(members) == {
        f"machikado-diag/{name}"
        for name in ("versions.json", "status.json", "config.json", "selftests.json",
                     "counters.json", "audit.json", "logs/terminal.jsonl")
    }  # fmt: skip
    everything = b"".join(members.values())
    for secret in (PIN, TECHNICIAN, live.token, pin_hash, pin_hash.split("$")[-1]):
        assert secret.encode() not in everything, secret
    assert b"paper near its end" in members["machikado-diag/logs/terminal.jsonl"]
    settings = json.loads(members["machikado-diag/config.json"])
    assert settings["gateway"]["token_file"] == "(removed)"
    assert (
        settings["technician"]["pins"] == "(removed)" and settings["technician"]["technicians"] == 1
    )
    tests = json.loads(members["machikado-diag/selftests.json"])
    assert [(t["target"], t["outcome"]) for t in tests] == [("gateway", "passed")]
    audit = json.loads(members["machikado-diag/audit.json"])
    assert {a["who"] for a in audit} == {"technician-1", ""}

    store, _ = Store.open(config.cache.path() / "cache.db")
    try:
        report = Outbox(store, GatewayClient(live.url, live.token)).deliver()
    finally:
        store.close()
    assert report.failed == 0 and report.pending == 0 and report.delivered >= 5

    db = str(live.engine.url)
    capsys.readouterr()
    assert main(["gateway", "technician-audit", "test-kiosk-01", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "at\twho\taction\ttarget\toutcome"
    actions = {tuple(line.split("\t")[1:3]) for line in lines[1:]}
    assert {(TECHNICIAN, "entry"), ("", "pin_wrong"), (TECHNICIAN, "self_test"),
            (TECHNICIAN, "bundle_exported")} <= actions  # fmt: skip

    assert main(["gateway", "technician-bundle", "test-kiosk-01", "--db", db]) == 0
    listed = capsys.readouterr().out.splitlines()[1].split("\t")
    assert listed[1] == bundle.name and listed[2] == listed[3]  # every part arrived
    out = tmp_path / "from-gateway.tar.gz"
    assert (
        main(
            [
                "gateway",
                "technician-bundle",
                "test-kiosk-01",
                listed[0],
                "--out",
                str(out),
                "--db",
                db,
            ]
        )
        == 0
    )
    assert out.read_bytes() == bundle.read_bytes()
