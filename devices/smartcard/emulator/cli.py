"""Technician and demo commands: make a demo CA and cards, insert and remove emulated cards."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from devices.smartcard.emulator.card import Script
from devices.smartcard.emulator.factory import (
    KINDS,
    CardFileError,
    CardRecord,
    DemoCa,
    Resident,
    create_demo_ca,
    issue_card,
)
from devices.smartcard.emulator.vpcd import VPCD_PORT, VpcdCard, VpcdError

DEMO_RESIDENTS = [
    ("yamada", Resident("山田 花子", "まちかど市中央1丁目2番3号", "19850412", "2"), "my_number"),
    ("suzuki", Resident("鈴木 一郎", "まちかど市駅前4丁目5番6号", "19521130", "1"), "my_number"),
    ("nguyen", Resident("グエン ヴァン アン", "まちかど市港町7-8", "19990101", "1"), "my_number"),
    ("juki", Resident("佐藤 次郎", "まちかど市旧町9番地", "19600606", "1"), "juki"),
    ("other", Resident("", "", "00000000", "9"), "other"),
]


def _pid_file(card: Path) -> Path:
    return card.with_name(card.name + ".pid")


def cmd_create_ca(args: argparse.Namespace) -> int:
    """Create a demo CA in a directory."""
    directory = Path(args.directory)
    if (directory / "ca.key.pem").exists() and not args.force:
        print(f"error: {directory} already holds a CA (use --force to replace it)", file=sys.stderr)
        return 1
    create_demo_ca(args.common_name).save(directory)
    print(f"demo CA written to {directory}")
    return 0


def _check_pin(pin: str, what: str) -> None:
    if len(pin) != 4 or not pin.isascii() or not pin.isdigit():
        raise CardFileError(f"the {what} must be exactly 4 digits")


def cmd_create_card(args: argparse.Namespace) -> int:
    """Issue one card from the demo CA."""
    ca = DemoCa.load(Path(args.ca))
    _check_pin(args.pin, "PIN")
    if len(args.birth_date) != 8 or not args.birth_date.isdigit():
        raise CardFileError("--birth-date must be YYYYMMDD")
    record = issue_card(
        ca,
        Resident(args.name, args.address, args.birth_date, args.sex),
        auth_pin=args.pin,
        kind=args.kind,
        label=args.label or "",
    )
    if args.blocked and "auth" in record.pins:
        record.pins["auth"].tries_left = 0
    out = Path(args.out)
    record.save(out)
    print(f"{record.kind} card '{record.label}' written to {out}")
    return 0


def cmd_demo_set(args: argparse.Namespace) -> int:
    """Create a demo CA and a set of residents' cards (and a blocked, an old and a foreign one)."""
    directory = Path(args.directory)
    ca = create_demo_ca()
    ca.save(directory)
    for slug, resident, kind in DEMO_RESIDENTS:
        record = issue_card(ca, resident, auth_pin=args.pin, kind=kind)
        record.save(directory / f"{slug}.json")
    blocked = issue_card(ca, DEMO_RESIDENTS[0][1], auth_pin=args.pin, label="blocked PIN")
    blocked.pins["auth"].tries_left = 0
    blocked.save(directory / "blocked.json")
    names = ", ".join([slug for slug, _, _ in DEMO_RESIDENTS] + ["blocked"])
    print(f"demo CA and cards ({names}) written to {directory}; every PIN is the one you gave")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print what a card file holds, without personal data or PINs."""
    record = CardRecord.load(Path(args.card))
    print(f"kind: {record.kind}")
    print(f"label: {record.label}")
    print(f"ATR: {record.atr.hex(' ').upper()}")
    for name, pin in sorted(record.pins.items()):
        print(f"PIN {name}: {pin.tries_left} of {pin.max_tries} tries left")
    pid_file = _pid_file(Path(args.card))
    print("inserted: " + ("yes" if pid_file.exists() else "no"))
    return 0


def cmd_insert(args: argparse.Namespace) -> int:
    """Insert a card into vpcd and keep it there until removed (or signalled)."""
    path = Path(args.card)
    record = CardRecord.load(path)
    card = record.build()
    save_lock = threading.Lock()

    def save() -> None:
        with save_lock:
            record.save(path)

    card.on_counter_change = save
    card.script = Script(remove_at_apdu=args.remove_at_apdu, delay_s=args.delay_ms / 1000)
    slot = VpcdCard(card, host=args.host, port=VPCD_PORT + args.slot)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    slot.insert()
    pid_file = _pid_file(path)
    pid_file.write_text(str(os.getpid()))
    print(f"card '{record.label}' inserted into vpcd slot {args.slot}", flush=True)
    deadline = None if args.remove_after is None else time.monotonic() + args.remove_after
    try:
        while not stop.is_set() and not slot.removed.is_set():
            if deadline is not None and time.monotonic() >= deadline:
                break
            stop.wait(0.2)
    finally:
        slot.remove()
        pid_file.unlink(missing_ok=True)
        save()
    print(f"card '{record.label}' removed", flush=True)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove a card inserted by ``insert`` (it runs as its own process)."""
    pid_file = _pid_file(Path(args.card))
    try:
        pid = int(pid_file.read_text())
    except (OSError, ValueError):
        print("error: that card is not inserted", file=sys.stderr)
        return 1
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pid_file.unlink(missing_ok=True)
        print("the card's process had already ended; cleaned up")
        return 0
    for _ in range(50):
        if not pid_file.exists():
            print("card removed")
            return 0
        time.sleep(0.1)
    print("error: the card's process did not stop", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        prog="python -m devices.smartcard.emulator",
        description="My Number card emulator: demo CA, cards, insert/remove through vpcd.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("create-ca", help="create a demo 'JPKI test CA'")
    p.add_argument("directory")
    p.add_argument("--common-name", default="JPKI test CA")
    p.add_argument("--force", action="store_true", help="replace an existing CA")
    p.set_defaults(func=cmd_create_ca)

    p = sub.add_parser("create-card", help="issue a card from the demo CA")
    p.add_argument("out", help="card file to write (JSON)")
    p.add_argument("--ca", required=True, help="directory holding the demo CA")
    p.add_argument("--name", required=True)
    p.add_argument("--address", required=True)
    p.add_argument("--birth-date", required=True, help="YYYYMMDD")
    p.add_argument("--sex", choices=("1", "2", "9"), default="9")
    p.add_argument("--pin", default="1234", help="4-digit PIN (both 4-digit PINs)")
    p.add_argument("--kind", choices=KINDS, default="my_number")
    p.add_argument("--label")
    p.add_argument("--blocked", action="store_true", help="issue with the PIN already blocked")
    p.set_defaults(func=cmd_create_card)

    p = sub.add_parser("demo-set", help="a demo CA plus several residents' cards")
    p.add_argument("directory")
    p.add_argument("--pin", default="1234")
    p.set_defaults(func=cmd_demo_set)

    p = sub.add_parser("show", help="describe a card file (no personal data)")
    p.add_argument("card")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("insert", help="insert a card into pcscd's virtual reader (vpcd)")
    p.add_argument("card")
    p.add_argument("--slot", type=int, choices=(0, 1), default=0)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--remove-after", type=float, metavar="SECONDS")
    p.add_argument("--remove-at-apdu", type=int, metavar="N", help="pull the card at APDU N")
    p.add_argument("--delay-ms", type=float, default=0.0, help="answer every APDU this late")
    p.set_defaults(func=cmd_insert)

    p = sub.add_parser("remove", help="remove a card inserted with 'insert'")
    p.add_argument("card")
    p.set_defaults(func=cmd_remove)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; errors print one line and return 1."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (CardFileError, VpcdError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
