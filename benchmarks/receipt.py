"""Time to print a standard receipt with a QR code to the emulator over a pty at 38400 baud.

``value`` is the median seconds of ``EscposPrinter.print_receipt`` as the kiosk calls it: the
status check before, the job in chunks with a paper check between them, waiting for the paper
sensor's answer that the job went through, the status check after. ``baseline`` is the same
job's bytes (the encoded receipt and the closing paper-sensor request) written raw with
pyserial to the same pty at the same baud, waiting only for that answer, measured in this run
and interleaved with ours. The emulator on the far end takes bytes no faster than the wire
would carry them, so both sides pay the same wire time; ``ratio`` = value ÷ baseline is what
the printer adapter adds (goal ≤ 1.25). A status poll too many, a chunk written and waited on
too long, a sleep in the wait loop or bytes sent twice show as a higher ratio.
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

import serial  # noqa: E402

from devices.receipt.codec import PAPER_SENSOR_REQUEST, encode, is_paper_sensor_reply  # noqa: E402
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


def raw_print(port: serial.Serial, job: bytes) -> float:
    """Write ``job`` raw and wait for the paper sensor's answer; seconds."""
    port.reset_input_buffer()
    started = time.perf_counter()
    port.write(job)
    deadline = time.monotonic() + 10 + 3 * len(job) * 10 / BAUD
    while time.monotonic() < deadline:
        if any(is_paper_sensor_reply(byte) for byte in port.read(1)):
            return time.perf_counter() - started
    raise SystemExit("the emulator never answered the raw job's paper-sensor request")


def main() -> int:
    receipt = standard_receipt()
    job = encode(receipt) + PAPER_SENSOR_REQUEST
    with (
        tempfile.TemporaryDirectory() as folder,
        PtyPair(Path(folder), "printer", "emulator") as pair,
    ):
        host, device = pair.host, pair.device
        link = EmulatorOnSerial(EscposEmulator(), str(device), baud=BAUD)
        printer = EscposPrinter(SerialTransport(str(host), BAUD))
        raw = serial.Serial(str(host), BAUD, timeout=0.5)
        try:
            printer.print_receipt(receipt)  # warm-up: imports, font-free path, port open
            raw_print(raw, job)
            times, baselines = [], []
            for _ in range(RUNS):
                started = time.perf_counter()
                printer.print_receipt(receipt)
                times.append(time.perf_counter() - started)
                baselines.append(raw_print(raw, job))
        finally:
            raw.close()
            printer.close()
            link.close()
    value, baseline = statistics.median(times), statistics.median(baselines)
    print(
        json.dumps(
            {
                "name": "receipt_print_pty_38400",
                "figure": "receipt print (adapter vs raw bytes)",
                "value": round(value, 4),
                "unit": "s",
                "baseline": round(baseline, 4),
                "ratio": round(value / baseline, 3),
                "goal": GOAL,
                "meets_goal": value / baseline <= GOAL,
                "bytes": len(job),
                "wire_s": round(len(job) * 10 / BAUD, 4),
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
