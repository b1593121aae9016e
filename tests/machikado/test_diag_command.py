"""``machikado diag``: status, self-tests, logs, counters, audit and export, as text and JSON, with
exit codes 0 healthy / 1 degraded / 2 down; each action audited as ``cli:<user>``."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from devices.receipt.emulator import EscposEmulator
from devices.receipt.emulator_link import EmulatorOnSerial
from devices.serial_emulation import PtyPair
from machikado.cli import main
from tools.rigs.gateway import LiveGateway


def write_config(folder: Path, gateway_url: str, token: str, devices: dict[str, str]) -> Path:
    (folder / "gateway.token").write_text(token)
    (folder / "usb").mkdir()
    lines = [
        '[terminal]\nid = "diag-kiosk-01"\n',
        f'[cache]\ndata_dir = "{folder / "data"}"\n',
        f'[gateway]\nurl = "{gateway_url}"\ntoken_file = "{folder / "gateway.token"}"\n',
        f'[technician]\nusb_dir = "{folder / "usb"}"\n',
        "[devices]\n" + "".join(f'{kind} = "{url}"\n' for kind, url in devices.items()),
    ]
    path = folder / "machikado.toml"
    path.write_text("\n".join(lines))
    return path


@pytest.fixture
def terminal(tmp_path):
    """A terminal config: a live gateway, a receipt printer on a pty, an emulated payment unit."""
    live = LiveGateway(tmp_path, sample=False).start()
    pair = PtyPair(tmp_path)
    pair.start()
    emulator = EscposEmulator()
    line = EmulatorOnSerial(emulator, str(pair.device))
    config = write_config(
        tmp_path,
        live.url,
        live.token,
        {"receipt_printer": f"escpos+serial://{pair.host}", "payment": "emulated://payment"},
    )
    yield config, emulator, live
    line.close()
    pair.stop()
    live.stop()


def diag(capsys, config: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--log-level", "WARNING", "diag", "--config", str(config), *args])
    return code, capsys.readouterr().out


def test_status_selftest_export_and_audit_as_text_and_json(terminal, capsys):
    config, emulator, _live = terminal
    code, text = diag(capsys, config, "status")
    assert code == 0  # healthy: every installed device answers and so does the gateway
    assert "Overall        " in text and "receipt_printer   ok" in text and "JST" in text
    code, out = diag(capsys, config, "--json", "status")
    status = json.loads(out)
    assert status["exit_code"] == code and status["level"] in ("healthy", "degraded")
    kinds = {d["kind"]: d for d in status["devices"]}
    assert kinds["receipt_printer"]["available"] and not kinds["card_reader"]["installed"]
    assert status["network"]["reachable"] and status["network"]["clock_offset_s"] is not None

    code, out = diag(capsys, config, "--json", "selftest", "receipt_printer", "payment", "gateway")
    results = json.loads(out)
    assert code == 0 and results["exit_code"] == 0
    assert [(r["target"], r["outcome"]) for r in results["results"]] == [
        ("receipt_printer", "passed"), ("payment", "passed"), ("gateway", "passed"),
    ]  # fmt: skip
    assert results["results"][0]["trace"] and emulator.printed

    emulator.run_out_of_paper()
    code, text = diag(capsys, config, "selftest", "receipt_printer", "--trace")
    assert code == 1 and "FAILED" in text and "receipt.paper_out" in text
    assert "serial trace:" in text

    code, out = diag(capsys, config, "--json", "export")
    exported = json.loads(out)
    assert code == 0 and exported["key"] == "bundle.exported" and exported["uploaded"]
    with tarfile.open(exported["path"]) as archive:
        tests = json.load(archive.extractfile("machikado-diag/selftests.json"))
    assert {t["target"]: t["key"] for t in tests}["receipt_printer"] == "receipt.paper_out"

    code, out = diag(capsys, config, "--json", "counters")
    assert json.loads(out)["counts"]["receipts"] == 1
    code, out = diag(capsys, config, "--json", "audit")
    entries = json.loads(out)["entries"]
    assert {e["action"] for e in entries} >= {"status_viewed", "self_test", "bundle_exported"}
    assert all(e["who"].startswith("cli:") for e in entries)


def test_gateway_down_and_nothing_cached_is_down(tmp_path, capsys):
    config = write_config(tmp_path, "http://127.0.0.1:9", "t0k3n", {})
    code, text = diag(capsys, config, "status")
    assert code == 2 and "DOWN (exit 2)" in text and "network.unreachable" in text
    code, out = diag(capsys, config, "--json", "selftest", "gateway")
    assert code == 1 and json.loads(out)["results"][0]["key"] == "network.unreachable"
    assert diag(capsys, config, "selftest", "toaster")[0] == 2


def test_help_documents_the_exit_codes_and_an_unwritable_stick_is_reported(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["diag", "--help"])
    shown = capsys.readouterr().out
    assert done.value.code == 0
    assert "0  healthy" in shown and "1  degraded" in shown and "2  down" in shown
    config = write_config(tmp_path, "http://127.0.0.1:9", "t0k3n", {})
    (tmp_path / "usb").rmdir()
    assert main(["--log-level", "ERROR", "diag", "--config", str(config), "export"]) == 1
    assert "bundle.no_stick" in capsys.readouterr().err
