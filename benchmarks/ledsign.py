"""Time to update an LED board with Japanese text over a pty at 9600 baud 7E1, acknowledged.

``value`` is the median seconds of ``AlphaSign.show_text`` as the signage player calls it: the
text drawn as pictures in the board's matrix, one nested packet written with the pauses the
protocol asks for (100 ms inside a nested packet and after each picture's size), and the
board's ACK awaited. ``baseline`` is the same packet's bytes written raw (os.write) to the
same pty with the same framing — each part, drained, then the same 100 ms pause — and the
same two-byte ACK read back, measured in this run and interleaved with ours. The emulator on
the far end takes bytes no faster than the wire would carry them and refuses a packet whose
pauses are missing, so both sides pay the same wire and pause time; ``ratio`` = value ÷
baseline is what the sign adapter adds (goal ≤ 1.1). Pauses longer than needed, a packet
sent in more parts, a slow drawing of the pictures or a late read of the ACK show as a higher
ratio. Prints one JSON object as its last line.
"""

from __future__ import annotations

import json
import os
import select
import statistics
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devices.ledsign.codec import ACK, PAUSE, Colour, Frame, Mode  # noqa: E402
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
GOAL = 1.1
NOTICES = ("まちかど駅前 本日のお知らせ", "臨時ダイヤ 運転見合わせ中")


def raw_update(fd: int, frame: Frame) -> float:
    """Write ``frame``'s parts raw with the protocol's pauses and read the ACK; seconds."""
    termios.tcflush(fd, termios.TCIFLUSH)
    started = time.perf_counter()
    for number, part in enumerate(frame.parts):
        os.write(fd, part)
        termios.tcdrain(fd)
        if number < frame.pauses:
            time.sleep(PAUSE)
    answer = b""
    while len(answer) < 2 and select.select([fd], [], [], 5.0)[0]:
        answer += os.read(fd, 2 - len(answer))
    if len(answer) != 2 or answer[0] != ACK:
        raise SystemExit(f"the board did not acknowledge the raw packet: {answer!r}")
    return time.perf_counter() - started


def main() -> int:
    with tempfile.TemporaryDirectory() as folder, PtyPair(Path(folder), "sign", "board") as pair:
        host, device = pair.host, pair.device
        board = AlphaBoard(MATRIX.rows, MATRIX.cols)
        line = EmulatorOnSerial(board, str(device), baud=BAUD, framing=FRAMING)
        sign = AlphaSign(
            SerialLink(str(host), BAUD, FRAMING),
            SignSettings(matrix=MATRIX, confirm="ack", timeout=5.0),
        )
        raw: int | None = None
        try:
            sign.show_text("MACHIKADO")  # memory layout, font loading, port open
            # The same line, opened beside the sign's own (its 7E1 settings are the line's).
            raw = os.open(str(host), os.O_RDWR | os.O_NOCTTY)
            times, baselines, sizes = [], [], []
            for run in range(RUNS):
                text = NOTICES[run % len(NOTICES)]
                commands = sign.text_commands(text, mode=Mode.HOLD, colour=Colour.AMBER, speed=None)
                frame = sign.frame(commands)
                started = time.perf_counter()
                sign.show_text(text, mode=Mode.HOLD, colour=Colour.AMBER)
                times.append(time.perf_counter() - started)
                baselines.append(raw_update(raw, frame))
                sizes.append(len(frame.data))
            assert board.rejected == 0 and board.problems == [], board.problems
        finally:
            if raw is not None:
                os.close(raw)
            sign.close()
            line.close()
    value, baseline = statistics.median(times), statistics.median(baselines)
    print(
        json.dumps(
            {
                "name": "ledsign_update_pty_9600",
                "figure": "LED board update (adapter vs raw bytes)",
                "value": round(value, 4),
                "unit": "s",
                "baseline": round(baseline, 4),
                "ratio": round(value / baseline, 3),
                "goal": GOAL,
                "meets_goal": value / baseline <= GOAL,
                "bytes": max(sizes),
                "baud": BAUD,
                "framing": str(FRAMING),
                "runs": RUNS,
                "min": round(min(times), 4),
                "max": round(max(times), 4),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
