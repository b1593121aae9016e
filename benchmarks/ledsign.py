"""Time to update an LED board with Japanese text over a pty at 9600 baud 7E1, acknowledged.

The emulator on the far end takes bytes no faster than the wire would carry them, so the floor
is the wire time of the update: its bytes × 10 bits / baud, the 100 ms pauses the protocol asks
for inside a nested packet and after each picture's size, and the two-byte ACK coming back.
``ratio`` = floor ÷ measured time, the wire efficiency (1.0 = nothing lost beyond the wire).
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

from devices.ledsign.codec import Colour, Mode  # noqa: E402
from devices.ledsign.emulator import AlphaBoard  # noqa: E402
from devices.ledsign.emulator_link import EmulatorOnSerial  # noqa: E402
from devices.ledsign.interface import Matrix  # noqa: E402
from devices.ledsign.link import Framing, SerialLink  # noqa: E402
from devices.ledsign.sign import AlphaSign, SignSettings  # noqa: E402
from devices.serial_emulation import PtyPair  # noqa: E402

BAUD = 9600
FRAMING = Framing(7, "E", 1)
MATRIX = Matrix(16, 96)
RUNS = 5
GOAL = 0.9
NOTICES = ("まちかど駅前 本日のお知らせ", "臨時ダイヤ 運転見合わせ中")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder, PtyPair(Path(folder), "sign", "board") as pair:
        host, device = pair.host, pair.device
        board = AlphaBoard(MATRIX.rows, MATRIX.cols)
        line = EmulatorOnSerial(board, str(device), baud=BAUD, framing=FRAMING)
        sign = AlphaSign(
            SerialLink(str(host), BAUD, FRAMING),
            SignSettings(matrix=MATRIX, confirm="ack", timeout=5.0),
        )
        try:
            sign.show_text("MACHIKADO")  # memory layout, font loading, port open
            times, floors, sizes = [], [], []
            for run in range(RUNS):
                text = NOTICES[run % len(NOTICES)]
                commands = sign.text_commands(text, mode=Mode.HOLD, colour=Colour.AMBER, speed=None)
                frame = sign.frame(commands)
                started = time.perf_counter()
                sign.show_text(text, mode=Mode.HOLD, colour=Colour.AMBER)
                times.append(time.perf_counter() - started)
                floors.append(
                    frame.wire_time(BAUD, FRAMING.bits_per_char) + 2 * FRAMING.bits_per_char / BAUD
                )
                sizes.append(len(frame.data))
            assert board.rejected == 0 and board.problems == []
        finally:
            sign.close()
            line.close()
    ratios = [floor / spent for floor, spent in zip(floors, times, strict=True)]
    middle = sorted(range(RUNS), key=lambda i: ratios[i])[RUNS // 2]
    print(
        json.dumps(
            {
                "name": "ledsign_update_pty_9600",
                "value": round(times[middle], 4),
                "unit": "s",
                "baseline": round(floors[middle], 4),
                "ratio": round(ratios[middle], 3),
                "goal": GOAL,
                "bytes": sizes[middle],
                "baud": BAUD,
                "framing": str(FRAMING),
                "runs": RUNS,
                "ratio_min": round(min(ratios), 3),
                "ratio_median": round(statistics.median(ratios), 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
