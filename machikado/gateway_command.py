"""``machikado gateway``: serve the API, and register or revoke terminals for city IT."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Add ``gateway`` and its sub-commands to the CLI."""
    gateway = commands.add_parser(
        "gateway", help="run the city's gateway (HTTP API), or manage its terminals"
    )
    gateway.add_argument(
        "--db",
        metavar="URL",
        help="database URL: sqlite:///path.db (default: gateway.db in the user's data directory)"
        " or postgresql://…",
    )
    gateway.add_argument("--host", default="127.0.0.1", help="address to listen on")
    gateway.add_argument("--port", type=int, default=8080, help="port to listen on")
    gateway.add_argument("--fd", type=int, help=argparse.SUPPRESS)
    gateway.add_argument(
        "--no-sample",
        action="store_true",
        help="do not load the sample municipality into an empty database",
    )
    gateway.add_argument(
        "--jpki-ca",
        type=Path,
        metavar="PEM",
        help="the JPKI CA certificate(s) to trust; turns on certificate issuance",
    )
    gateway.add_argument(
        "--jpki-crl",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a CRL of that CA (PEM or DER), re-read whenever replaced; repeat for several",
    )
    actions = gateway.add_subparsers(dest="gateway_command", metavar="ACTION")
    add = actions.add_parser("add-terminal", help="register a terminal and print its token once")
    add.add_argument("terminal_id", metavar="ID", help="the terminal's id, e.g. kiosk-tanashi-01")
    add.add_argument("--description", default="", help="where the terminal stands")
    add.add_argument(
        "--rotate", action="store_true", help="give an already registered terminal a new token"
    )
    revoke = actions.add_parser("revoke-terminal", help="stop a terminal's token from working")
    revoke.add_argument("terminal_id", metavar="ID")
    listing = actions.add_parser("list-terminals", help="list registered terminals")
    link = actions.add_parser(
        "link-card",
        help="link a card's JPKI authentication certificate to a resident (needs --jpki-ca)",
    )
    link.add_argument("resident_id", metavar="RESIDENT", help="the resident's id, e.g. R000002")
    link.add_argument("certificate", type=Path, help="the certificate file (PEM or DER)")
    for sub in (add, revoke, listing, link):
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")


def run(args: argparse.Namespace) -> int:
    """Carry out ``machikado gateway …``; returns the exit code."""
    from sqlalchemy.exc import SQLAlchemyError

    from gateway.issuance.errors import IssuanceError
    from gateway.server import open_database, serve
    from gateway.terminals import TerminalError, add_terminal, list_terminals, revoke_terminal

    try:
        issuance = _issuance(args)
    except (OSError, ValueError) as err:
        print(f"machikado gateway: {err}", file=sys.stderr)
        return 2
    try:
        if args.gateway_command is None:
            serve(
                args.db,
                args.host,
                args.port,
                fd=args.fd,
                sample=not args.no_sample,
                issuance=issuance,
            )
            return 0
        engine = open_database(args.db, sample=not args.no_sample)
    except (SQLAlchemyError, RuntimeError) as err:
        reason = str(err).splitlines()[0]
        print(
            f"machikado gateway: cannot use the database {args.db or ''}: {reason}", file=sys.stderr
        )
        return 2
    try:
        if args.gateway_command == "add-terminal":
            token = add_terminal(engine, args.terminal_id, args.description, rotate=args.rotate)
            print(token)
            print(
                f"Terminal {args.terminal_id} registered. This token is shown only once; put it"
                " in the terminal's configuration.",
                file=sys.stderr,
            )
        elif args.gateway_command == "revoke-terminal":
            revoke_terminal(engine, args.terminal_id)
            print(f"Terminal {args.terminal_id} revoked.")
        elif args.gateway_command == "link-card":
            if issuance is None:
                print(
                    "machikado gateway: link-card needs --jpki-ca and --jpki-crl", file=sys.stderr
                )
                return 2
            from cryptography.hazmat.primitives.serialization import Encoding

            from gateway.issuance.service import link_card
            from gateway.issuance.trust import load_certificates

            certificate = load_certificates(args.certificate)[0]
            link_card(engine, issuance, args.resident_id, certificate.public_bytes(Encoding.DER))
            print(f"Card linked to resident {args.resident_id}.")
        else:
            for terminal in list_terminals(engine):
                state = f"revoked {terminal.revoked_at}" if terminal.revoked_at else "active"
                print(f"{terminal.id}\t{state}\t{terminal.description}")
    except TerminalError as err:
        print(f"machikado gateway: {err}", file=sys.stderr)
        return 2
    except IssuanceError as err:
        print(f"machikado gateway: {err.message}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as err:
        print(f"machikado gateway: cannot read the certificate: {err}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


def _issuance(args: argparse.Namespace) -> Any:
    """Issuance settings from ``--jpki-ca``/``--jpki-crl``, or None when issuance is off."""
    if args.jpki_ca is None:
        if args.jpki_crl:
            raise ValueError("--jpki-crl needs --jpki-ca")
        return None
    if not args.jpki_crl:
        raise ValueError("--jpki-ca needs at least one --jpki-crl: revocation must be checked")
    from gateway.issuance.service import IssuanceSettings
    from gateway.issuance.trust import JpkiTrust

    try:
        trust = JpkiTrust.from_files(args.jpki_ca, tuple(args.jpki_crl))
    except OSError as err:
        raise ValueError(f"cannot read {args.jpki_ca}: {err.strerror}") from err
    except ValueError as err:
        raise ValueError(f"{args.jpki_ca} holds no readable certificate") from err
    return IssuanceSettings(trust=trust)
