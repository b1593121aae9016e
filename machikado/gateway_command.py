"""``machikado gateway``: serve the API, and register or revoke terminals for city IT."""

from __future__ import annotations

import argparse
import sys


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
    for sub in (add, revoke, listing):
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")


def run(args: argparse.Namespace) -> int:
    """Carry out ``machikado gateway …``; returns the exit code."""
    from sqlalchemy.exc import SQLAlchemyError

    from gateway.server import open_database, serve
    from gateway.terminals import TerminalError, add_terminal, list_terminals, revoke_terminal

    try:
        if args.gateway_command is None:
            serve(args.db, args.host, args.port, fd=args.fd, sample=not args.no_sample)
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
        else:
            for terminal in list_terminals(engine):
                state = f"revoked {terminal.revoked_at}" if terminal.revoked_at else "active"
                print(f"{terminal.id}\t{state}\t{terminal.description}")
    except TerminalError as err:
        print(f"machikado gateway: {err}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0
