"""``machikado diag``: the technician's status, self-tests, logs and bundle over SSH.

Text for a person (times in the terminal's time zone), ``--json`` for scripts. Every action is
written to the terminal's audit log as ``cli:<user>``, like the kiosk's menu does for a
technician. Exit codes: 0 healthy, 1 degraded, 2 down (or a configuration that cannot be read).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import re
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

EXIT_CODES = """exit codes:
  0  healthy: everything installed works
  1  degraded: the terminal serves, but something needs a technician (a device, the cache,
     the gateway while cached data lasts, a failed self-test, a bundle not written)
  2  down: it cannot serve residents (no gateway and nothing cached), or the configuration
     cannot be read
"""
TARGETS = ("card_reader", "receipt_printer", "document_printer", "led_sign", "payment", "gateway")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``diag`` and its actions to the ``machikado`` command line."""
    diag = commands.add_parser(
        "diag",
        help="technician diagnostics: status, self-tests, logs, diagnostics bundle",
        description="The terminal's status, device self-tests, logs and diagnostics bundle, "
        "as the kiosk's technician menu shows them. Each action is audited.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    diag.add_argument("--config", type=Path, help="configuration file (as for machikado kiosk)")
    diag.add_argument("--json", action="store_true", help="JSON for scripts instead of text")
    actions = diag.add_subparsers(dest="diag_command", metavar="ACTION")
    actions.add_parser("status", help="versions, system, network, cache, devices (the default)")
    selftest = actions.add_parser("selftest", help="run device self-tests (all by default)")
    selftest.add_argument(
        "targets", nargs="*", metavar="TARGET", help=f"some of: {', '.join(TARGETS)}"
    )
    selftest.add_argument("--trace", action="store_true", help="show serial traffic as hex")
    logs = actions.add_parser("logs", help="recent log lines of the terminal")
    logs.add_argument("--device", choices=TARGETS[:-1], help="only lines about this device")
    logs.add_argument(
        "--level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
    )
    logs.add_argument("--limit", type=int, default=50)
    actions.add_parser("counters", help="sessions, certificates, receipts, pages, paper, errors")
    actions.add_parser("audit", help="the latest audit entries")
    export = actions.add_parser("export", help="write the diagnostics bundle and upload it")
    export.add_argument(
        "--out", type=Path, help="folder to write into (default: [technician] usb_dir)"
    )
    actions.add_parser(
        "hash-pin", help="read a technician's PIN twice and print its hash for [technician] pins"
    )


def who() -> str:
    """The audit's name for this command's user: ``cli:<login>``."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return "cli:" + (re.sub(r"[^a-z0-9_.-]", "_", user.lower())[:32] or "unknown")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if hasattr(value, "value") and type(value).__module__.startswith("kiosk."):
        return value.value
    return value


def _print_json(value: Any) -> None:
    print(json.dumps(_plain(value), ensure_ascii=False, indent=2, sort_keys=True))


def run(args: argparse.Namespace) -> int:
    """Carry out ``machikado diag …``; returns the exit code."""
    from content.config import load_config
    from machikado.log_time import use_zone

    if args.diag_command == "hash-pin":
        return _hash_pin()
    config, source = load_config(args.config)
    use_zone(config.terminal.zone)
    from kiosk.technician.adapters.build import for_cli

    technician = for_cli(config, source)
    try:
        action = args.diag_command or "status"
        zone = config.terminal.zone
        if action == "status":
            return _status(technician, zone, args.json)
        if action == "selftest":
            unknown = [t for t in args.targets if t not in TARGETS]
            if unknown:
                print(
                    f"machikado diag: unknown target {unknown[0]!r}; "
                    f"expected some of {', '.join(TARGETS)}",
                    file=sys.stderr,
                )
                return 2
            return _selftest(technician, args.targets or list(TARGETS), zone, args)
        if action == "logs":
            return _logs(technician, zone, args)
        if action == "counters":
            return _counters(technician, zone, args.json)
        if action == "audit":
            return _audit(technician, zone, args.json)
        return _export(technician, args.out or Path(config.technician.usb_dir), args.json)
    finally:
        technician.store.close()


def _hash_pin() -> int:
    from content.config.technician import hash_problem
    from kiosk.technician.core.access import PIN_DIGITS, hash_pin

    low, high = PIN_DIGITS
    first = getpass.getpass(f"Technician PIN ({low} to {high} digits): ")
    if not first.isdigit() or not low <= len(first) <= high:
        print(f"machikado diag: a PIN is {low} to {high} digits", file=sys.stderr)
        return 2
    if getpass.getpass("The same PIN again: ") != first:
        print("machikado diag: the two PINs differ", file=sys.stderr)
        return 2
    hashed = hash_pin(first)
    assert hash_problem(hashed) is None
    print(hashed)
    return 0


def _local(moment: dt.datetime | None, zone: ZoneInfo) -> str:
    if moment is None:
        return "never"
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z")


def _span(seconds: float | None) -> str:
    if seconds is None:
        return "never"
    seconds = int(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {secs} s"
    return f"{secs} s"


def _bytes(count: int) -> str:
    size = float(count)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if size < 1024 or unit == "TiB":
            return f"{size:.1f} {unit}" if unit != "B" else f"{int(size)} B"
        size /= 1024
    return f"{count} B"


def _check(value: bool | None) -> str:
    return "n/a" if value is None else ("ok" if value else "FAILED")


def status_text(status: Any, zone: ZoneInfo) -> str:
    """The status as a person reads it."""
    level = status.level
    v, r, n = status.versions, status.resources, status.network
    lines = [
        f"Machikado diagnostics: terminal {status.terminal_id}, {_local(status.taken_at, zone)}",
        f"Overall        {level.value.upper()} (exit {level.exit_code})",
        "",
        f"Software       machikado {v.software}, Python {v.python}"
        + (f", PySide6 {v.qt}" if v.qt else ""),
        f"Configuration  {v.config}",
        f"System         {v.os_release or 'unknown OS'}, kernel {v.kernel}, "
        f"up {_span(status.uptime_s)}",
        f"Last restart   {status.last_restart}",
        f"CPU            load {r.load_1m:g} on {r.cpu_count} core(s)",
        f"Memory         {_bytes(r.memory_available_bytes)} available of "
        f"{_bytes(r.memory_total_bytes)}",
    ]
    for disk in r.disks:
        lines.append(
            f"Disk           {disk.path}: {_bytes(disk.free_bytes)} free of "
            f"{_bytes(disk.total_bytes)} ({disk.free_ratio:.0%})"
        )
    network = f"{n.gateway_url}: {'reachable' if n.reachable else 'NOT reachable'}"
    network += f", DNS {_check(n.dns_ok)}, TLS {_check(n.tls_ok)}"
    if n.clock_offset_s is not None:
        network += f", clock offset {n.clock_offset_s:+.1f} s"
    if n.round_trip_ms is not None:
        network += f", {n.round_trip_ms:g} ms"
    if n.problem:
        network += f" [{n.problem}]"
    lines.append(f"Network        {network}")
    if status.datasets:
        for number, data in enumerate(status.datasets):
            label = "Cache" if number == 0 else ""
            lines.append(
                f"{label:<15}{data.name}: {_span(data.age_s)} old, {data.rows} row(s), "
                f"synced {_local(data.synced_at, zone)}"
            )
    else:
        lines.append("Cache          nothing synced yet")
    lines.append(
        f"Outbox         {status.outbox_pending} waiting, {status.outbox_dead} refused for good"
    )
    lines.append(f"Service        {'OUT OF SERVICE' if status.out_of_service else 'in service'}")
    lines.append("Devices")
    for device in status.devices:
        if not device.installed:
            state = "not installed"
        elif not device.available:
            state = f"UNAVAILABLE  {device.reason}"
        elif device.warning:
            state = f"warning      {device.warning}"
        else:
            state = "ok" + "".join(f"  ({d.value})" for d in device.details)
        address = f"  {device.address}" if device.address else ""
        lines.append(f"  {device.kind:<18}{state}{address}")
    return "\n".join(lines)


def _status(technician: Any, zone: ZoneInfo, as_json: bool) -> int:
    status = technician.diagnostics.status(who())
    if as_json:
        from kiosk.technician.adapters.bundle import status_json

        _print_json({"exit_code": status.level.exit_code, **status_json(status)})
    else:
        print(status_text(status, zone))
    return int(status.level.exit_code)


def result_text(result: Any, zone: ZoneInfo, *, trace: bool = False) -> str:
    """One self-test result as a person reads it."""
    outcome = {"passed": "PASSED", "failed": "FAILED", "not_installed": "not installed"}
    lines = [
        f"{result.target:<18}{outcome[result.outcome.value]:<14}{result.key}"
        f"  ({result.duration_s:.1f} s, {_local(result.started_at, zone)})"
    ]
    lines += [f"    {d.name.removeprefix('selftest.detail.')}: {d.value}" for d in result.details]
    if trace and result.trace:
        lines.append("    serial trace:")
        lines += [f"      {line}" for line in result.trace]
    return "\n".join(lines)


def _selftest(technician: Any, targets: list[str], zone: ZoneInfo, args: argparse.Namespace) -> int:
    results = [technician.diagnostics.self_test(who(), target) for target in targets]
    failed = [r for r in results if r.outcome.value == "failed"]
    if args.json:
        from kiosk.technician.adapters.records import result_json

        _print_json({"exit_code": 1 if failed else 0, "results": [result_json(r) for r in results]})
    else:
        for result in results:
            print(result_text(result, zone, trace=args.trace))
        print(f"\n{len(results) - len(failed)} of {len(results)} passed or not installed")
    return 1 if failed else 0


def _logs(technician: Any, zone: ZoneInfo, args: argparse.Namespace) -> int:
    lines = technician.diagnostics.logs(
        who(), device=args.device or "", level=args.level, limit=max(1, args.limit)
    )
    if args.json:
        _print_json({"lines": lines})
        return 0
    for line in reversed(lines):
        device = f" [{line.device}]" if line.device else ""
        print(f"{_local(line.at, zone)} {line.level:<8} {line.source}{device}: {line.message}")
    if not lines:
        print("No log lines match.")
    return 0


def _counters(technician: Any, zone: ZoneInfo, as_json: bool) -> int:
    counts = technician.diagnostics.counters()
    if as_json:
        _print_json({"since": counts.since, "counts": dict(counts.values)})
        return 0
    print(f"Counters since {_local(counts.since, zone)}")
    for name, value in counts.values.items():
        print(f"  {name:<14}{value}")
    return 0


def _audit(technician: Any, zone: ZoneInfo, as_json: bool) -> int:
    entries = technician.diagnostics.audit_entries(50)
    if as_json:
        _print_json({"entries": [entry.as_json() for entry in entries]})
        return 0
    for entry in entries:
        print(
            f"{_local(entry.at, zone)}  {entry.who or '-':<16}{entry.action.value:<18}"
            f"{entry.target:<18}{entry.outcome}"
        )
    return 0


def _export(technician: Any, folder: Path, as_json: bool) -> int:
    results = technician.diagnostics.last_results()
    result = technician.diagnostics.export_bundle(who(), folder)
    ok = result.key == "bundle.exported"
    if as_json:
        _print_json({"exit_code": 0 if ok else 1, **dataclasses.asdict(result)})
    elif ok:
        print(f"Wrote {result.path} ({_bytes(result.size_bytes)}, {len(results)} test result(s))")
        for member in result.members:
            print(f"  {member}")
        print("Queued for the gateway." if result.uploaded else "Not queued for the gateway.")
    else:
        print(f"machikado diag: bundle not written to {folder}: {result.key}", file=sys.stderr)
    return 0 if ok else 1
