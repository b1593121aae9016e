"""``machikado gateway import-jobs FILE``: import Hello Work listings, reporting each bad row."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

COMMANDS = ("import-jobs",)


def add_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the job listing commands to ``machikado gateway``."""
    imp = actions.add_parser(
        "import-jobs",
        help="import Hello Work listings from a CSV file (UTF-8 or Shift_JIS); bad rows are"
        " reported and skipped",
    )
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE", help="the CSV file(s)")
    imp.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")


def run(engine: Any, args: argparse.Namespace) -> int:
    """Import each file in turn; exit code 1 if a file or a row could not be imported."""
    from gateway.jobs.importer import ImportFileError, import_file

    status = 0
    for path in args.files:
        try:
            report = import_file(engine, path)
        except ImportFileError as err:
            print(f"machikado gateway: {path}: not imported: {err}", file=sys.stderr)
            status = 1
            continue
        print("\n".join(report.lines()))
        if report.problems:
            status = 1
    return status
