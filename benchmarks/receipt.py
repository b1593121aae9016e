"""Time to print a standard receipt with a QR code to the emulator over a pty at 38400 baud.

The emulator takes bytes no faster than the wire would carry them, so the floor is the wire
time of the job's bytes (bytes × 10 / baud); ``ratio`` is the measured time over that floor.
Prints one JSON object as its last line.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devices.receipt.codec import PAPER_SENSOR_REQUEST, encode  # noqa: E402
from devices.receipt.document import Align, Cut, Qr, Receipt  # noqa: E402
from devices.receipt.emulator import EscposEmulator  # noqa: E402
from devices.receipt.emulator_link import EmulatorOnSerial  # noqa: E402
from devices.receipt.printer import EscposPrinter  # noqa: E402
from devices.receipt.transport import SerialTransport  # noqa: E402
from devices.serial_emulation import PtyPair  # noqa: E402

BAUD = 38400
RUNS = 7
GOAL = 1.25


def standard_receipt() -> Receipt:
    receipt = Receipt()
    receipt.text("まちかど市役所", align=Align.CENTER, width=2, height=2, bold=True)
    receipt.text("住民票の写し 交付控え", align=Align.CENTER)
    receipt.rule()
    receipt.pair("住民票の写し ×2", "¥600")
    receipt.pair("印鑑登録証明書 ×1", "¥300")
    receipt.pair("手数料合計", "¥900", bold=True)
    receipt.rule()
    receipt.text("受付番号 A-0123   2026年11月22日 10:42")
    receipt.text("交付窓口でこの控えをお見せください。", align=Align.CENTER)
    receipt.add(Qr("https://machikado.example.jp/r/A-0123?t=20261122104200"))
    receipt.add(Cut())
    return receipt


def main() -> int:
    receipt = standard_receipt()
    job_bytes = len(encode(receipt)) + len(PAPER_SENSOR_REQUEST)
    baseline = job_bytes * 10 / BAUD
    with (
        tempfile.TemporaryDirectory() as folder,
        PtyPair(Path(folder), "printer", "emulator") as pair,
    ):
        host, device = pair.host, pair.device
        link = EmulatorOnSerial(EscposEmulator(), str(device), baud=BAUD)
        printer = EscposPrinter(SerialTransport(str(host), BAUD))
        try:
            printer.print_receipt(receipt)  # warm-up: imports, font-free path, port open
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                printer.print_receipt(receipt)
                times.append(time.perf_counter() - started)
        finally:
            printer.close()
            link.close()
    value = statistics.median(times)
    print(
        json.dumps(
            {
                "name": "receipt_print_pty_38400",
                "value": round(value, 4),
                "unit": "s",
                "baseline": round(baseline, 4),
                "ratio": round(value / baseline, 3),
                "goal": GOAL,
                "bytes": job_bytes,
                "baud": BAUD,
                "runs": RUNS,
                "min": round(min(times), 4),
                "max": round(max(times), 4),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
