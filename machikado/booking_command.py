"""``machikado gateway lottery draw|verify`` and ``machikado gateway booking …`` for city staff.

``lottery draw`` draws a round from its seed, books the wins provisionally and publishes the
record; ``lottery verify`` re-runs a published record (from the database or a file anyone was
given) and says whether it matches. ``booking cancel`` is the city cancelling (a full refund),
``booking no-show`` and ``booking used`` record the day, ``booking sweep`` lapses unpaid ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

COMMANDS = ("lottery", "booking")


def add_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[Any]:
    """Add ``lottery`` and ``booking``; returns the parsers that take ``--db``."""
    lottery = actions.add_parser("lottery", help="draw a facility lottery or verify a draw")
    steps = lottery.add_subparsers(dest="lottery_command", required=True)
    draw = steps.add_parser("draw", help="draw a round, book the wins and publish the record")
    verify = steps.add_parser(
        "verify", help="re-run a published draw from its seed and entries and compare"
    )
    for parser in (draw, verify):
        parser.add_argument("facility", nargs="?", help="facility id, e.g. sogo-taiikukan")
        parser.add_argument("calendar", nargs="?", help="its calendar, e.g. sports")
        parser.add_argument("month", nargs="?", help="month of use, YYYY-MM")
    draw.add_argument("--early", action="store_true", help="draw before the draw day")
    draw.add_argument("--out", type=Path, metavar="FILE", help="also write the record here")
    verify.add_argument("--file", type=Path, metavar="FILE", help="a published record to check")
    booking = actions.add_parser("booking", help="act on a booking as the city")
    acts = booking.add_subparsers(dest="booking_command", required=True)
    cancel = acts.add_parser("cancel", help="the city cancels a booking (a full refund)")
    cancel.add_argument("booking_id")
    cancel.add_argument("--reason", required=True, help="why, for the booking's audit trail")
    for name, what in (("no-show", "nobody came"), ("used", "the booking was used")):
        acts.add_parser(name, help=f"after the day: {what}").add_argument("booking_id")
    acts.add_parser("sweep", help="lapse unpaid provisional bookings past their deadline")
    return [draw, verify, *acts.choices.values()]


def _round(args: argparse.Namespace) -> tuple[str, str, str]:
    if not (args.facility and args.calendar and args.month):
        raise ValueError("name the round: FACILITY CALENDAR MONTH")
    return args.facility, args.calendar, args.month


def _verify(engine: Any, args: argparse.Namespace) -> int:
    from gateway.booking import lottery, lottery_rounds

    if args.file is not None:
        try:
            record = json.loads(args.file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            print(f"machikado gateway: {args.file}: {err}", file=sys.stderr)
            return 2
    else:
        record = lottery_rounds.published(engine, *_round(args))
        if record.get("state") == "open":
            print("The round is not drawn yet; its seed's SHA-256 is", record["seed_sha256"])
            return 1
    problems = lottery.verify(record)
    where = f"{record.get('facility')} {record.get('calendar')} {record.get('month')}"
    if problems:
        print(f"The published draw of {where} does NOT match:")
        print("\n".join(f"  - {p}" for p in problems))
        return 1
    winners = record["result"]["winners"]
    print(
        f"The published draw of {where} matches: re-run from seed {record['seed']} and"
        f" {len(record['entries'])} entries, {sum(len(w) for w in winners.values())} wins."
    )
    return 0


def _draw(engine: Any, args: argparse.Namespace, settings: Any) -> int:
    from gateway.booking.lottery_rounds import draw_round

    record = draw_round(engine, settings, *_round(args), early=args.early)
    booked = [b for wins in record.pop("bookings").values() for b in wins]
    if args.out is not None:
        args.out.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    print(
        f"Drew {record['facility']} {record['calendar']} {record['month']}:"
        f" {len(record['entries'])} entries, {len([b for b in booked if b])} wins booked"
        f" ({len([b for b in booked if not b])} over their caps). Seed {record['seed']}"
        f" (SHA-256 {record['seed_sha256']}); result SHA-256 {record['result_sha256']}."
    )
    return 0


def run(engine: Any, args: argparse.Namespace) -> int:
    """Carry out the command; 1 when the city's rules refuse it or a draw does not match."""
    from gateway.booking import service
    from gateway.booking.errors import BookingError
    from gateway.booking.settings import BookingSettings

    settings = BookingSettings()
    try:
        if args.gateway_command == "lottery":
            if args.lottery_command == "verify":
                return _verify(engine, args)
            return _draw(engine, args, settings)
        with engine.begin() as conn:
            if args.booking_command == "sweep":
                print(f"{len(service.sweep(conn, settings))} unpaid booking(s) lapsed.")
                return 0
            if args.booking_command == "cancel":
                done = service.city_cancel(conn, settings, args.booking_id, args.reason)
                print(
                    f"Booking {done['id']} cancelled by the city; refund {done['refund_yen']} yen."
                )
                return 0
            showed = args.booking_command == "used"
            done = service.record_use(conn, settings, args.booking_id, showed=showed)
            print(f"Booking {done['id']} recorded as {done['state']}.")
            return 0
    except (BookingError, ValueError) as err:
        print(f"machikado gateway: {getattr(err, 'message', err)}", file=sys.stderr)
        return 1
