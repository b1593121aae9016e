"""``machikado outbox dead-letters | requeue``: the writes the gateway refused, for the technician.

The kiosk's and the signage player's outbox stores under ``[cache] data_dir`` are read without
being disturbed; ``requeue`` moves dead letters back in one short transaction, so both are safe
while the terminal runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from content.config import MachikadoConfig
from offline_cache.outbox import DeadLetter, read_dead_letters, requeue_dead_letters

JST = dt.timezone(dt.timedelta(hours=9), "JST")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``outbox`` to the CLI."""
    outbox = commands.add_parser("outbox", help="what the terminal's outbox holds")
    verbs = outbox.add_subparsers(dest="verb", required=True, metavar="VERB")
    dead = verbs.add_parser(
        "dead-letters", help="list the writes the gateway refused for good, with its answer"
    )
    dead.add_argument(
        "--config",
        type=Path,
        help="configuration file (default /etc/machikado/machikado.toml, else built-in defaults)",
    )
    dead.add_argument("--json", action="store_true", help="one JSON document instead of text")
    again = verbs.add_parser(
        "requeue",
        help="send refused writes again under their own keys (once the gateway accepts them)",
    )
    again.add_argument(
        "--config",
        type=Path,
        help="configuration file (default /etc/machikado/machikado.toml, else built-in defaults)",
    )
    which = again.add_mutually_exclusive_group(required=True)
    which.add_argument("keys", nargs="*", default=[], metavar="KEY", help="a dead letter's key")
    which.add_argument("--all", action="store_true", help="every dead letter of every store")


def stores(config: MachikadoConfig) -> dict[str, Path]:
    """The outbox stores a terminal with ``config`` keeps, by the app that writes them."""
    base = config.cache.path()
    return {"kiosk": base / "cache.db", "signage": base / "signage" / "outbox.db"}


def japan_time(moment: str) -> str:
    """An ISO time as Japan time to the minute (the text itself if it is not a time)."""
    try:
        parsed = dt.datetime.fromisoformat(moment)
    except ValueError:
        return moment
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(JST).strftime("%Y-%m-%d %H:%M JST")


def _as_data(letter: DeadLetter) -> dict[str, Any]:
    return {
        "key": letter.key,
        "endpoint": letter.endpoint,
        "status": letter.status,
        "code": letter.code,
        "message": letter.message,
        "attempts": letter.attempts,
        "queued_at": letter.created_at,
        "refused_at": letter.dead_at,
        "body": letter.body,
    }


def run(args: argparse.Namespace, config: MachikadoConfig) -> int:
    """Run an ``outbox`` verb; the exit code."""
    if args.verb == "requeue":
        return _requeue(args, config)
    return _list(args, config)


def _requeue(args: argparse.Namespace, config: MachikadoConfig) -> int:
    """Move dead letters back into their outbox; 1 if a key is unknown or a store unwritable."""
    wanted: list[str] | None = None if args.all else list(args.keys)
    left = set(wanted or ())
    code = total = 0
    for app, path in stores(config).items():
        if not path.is_file():
            continue
        try:
            moved = requeue_dead_letters(path, None if wanted is None else sorted(left))
        except sqlite3.Error as err:
            print(f"machikado: cannot write the outbox store {path}: {err}", file=sys.stderr)
            code = 1
            continue
        left -= set(moved)
        total += len(moved)
        if moved:
            print(f"{app} ({path}): {len(moved)} write(s) queued again: {', '.join(moved)}")
    if total:
        print("The terminal sends them on its next delivery run.")
    elif wanted is None:
        print("No refused writes to queue again.")
    if left:
        print(f"machikado: no dead letter with key {', '.join(sorted(left))}", file=sys.stderr)
        code = 1
    return code


def _list(args: argparse.Namespace, config: MachikadoConfig) -> int:
    """List the dead letters of every outbox store of this terminal; 1 if a store is unreadable."""
    found: dict[str, list[DeadLetter]] = {}
    unreadable: dict[str, str] = {}
    for app, path in stores(config).items():
        if not path.is_file():
            continue
        try:
            found[app] = read_dead_letters(path)
        except sqlite3.Error as err:
            unreadable[app] = f"{path}: {err}"
    if args.json:
        document = {
            "stores": {app: str(path) for app, path in stores(config).items() if app in found},
            "dead_letters": {app: [_as_data(d) for d in letters] for app, letters in found.items()},
            "unreadable": unreadable,
        }
        print(json.dumps(document, ensure_ascii=False, indent=1))
    else:
        _print_text(config, found)
        for problem in unreadable.values():
            print(f"machikado: cannot read the outbox store {problem}", file=sys.stderr)
    return 1 if unreadable else 0


def _print_text(config: MachikadoConfig, found: dict[str, list[DeadLetter]]) -> None:
    if not found:
        paths = ", ".join(str(p) for p in stores(config).values())
        print(f"No outbox store yet (looked for {paths}).")
        return
    for app, letters in found.items():
        path = stores(config)[app]
        if not letters:
            print(f"{app} ({path}): no refused writes.")
            continue
        print(f"{app} ({path}): {len(letters)} refused write(s)")
        for letter in letters:
            tries = f"{letter.attempts} attempt" + ("s" if letter.attempts != 1 else "")
            print(
                f"  {japan_time(letter.dead_at)}  {letter.endpoint}  "
                f"{letter.status} {letter.code}: {letter.message}"
            )
            print(f"      queued {japan_time(letter.created_at)}, {tries}, key {letter.key}")
