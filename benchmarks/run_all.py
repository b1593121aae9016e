"""Run every benchmark, collect their JSON into bench-results/results.json and print the table.

``run_all.py NAME…`` runs only those, into bench-results/partial.json and partial.md.

Each ``benchmarks/*.py`` runs in its own process; its last stdout line is its JSON result. A
result names its main figure (``figure`` or ``name``, ``value``, ``unit``, ``baseline``,
``ratio``, ``goal``, ``meets_goal``) and may list more figures under ``more`` in the same
shape. The table has one row per figure; ``results.json`` keeps every result whole, with the
machine it ran on. The exit status is non-zero when a benchmark fails to run or a figure
misses its goal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "bench-results"
TIMEOUT_S = 3600
JST = dt.timezone(dt.timedelta(hours=9), "JST")
COLUMNS = ("figure", "value", "baseline", "ratio", "goal", "pass/fail")


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    system = platform.platform()
    try:
        fields = dict(
            line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if line
        )
        system = fields.get("PRETTY_NAME", system).strip('"')
    except (OSError, ValueError):
        pass
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = ""
    return {
        "cpu": cpu or platform.processor(),
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "system": system,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "finished": dt.datetime.now(JST).strftime("%Y-%m-%d %H:%M JST"),
    }


def _number(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    return str(value)


def rows(result: dict[str, Any]) -> list[tuple[str, ...]]:
    """The table rows of one benchmark's result: its main figure and its ``more``."""
    out = []
    for figure in [result, *result.get("more", [])]:
        unit = figure.get("unit", "")
        verdict = figure.get("meets_goal")
        out.append(
            (
                str(figure.get("figure") or figure.get("name", "?")),
                f"{_number(figure.get('value'))} {unit}".strip(),
                _number(figure.get("baseline")),
                _number(figure.get("ratio")),
                _number(figure.get("goal")),
                "—" if verdict is None else ("pass" if verdict else "FAIL"),
            )
        )
    return out


def table(results: list[dict[str, Any]], failed: list[str]) -> list[tuple[str, ...]]:
    """Every figure's row, then a row per benchmark that did not run."""
    out = [row for result in results for row in rows(result)]
    out += [(name, "did not run", "", "", "", "FAIL") for name in failed]
    return out


def render_text(lines: list[tuple[str, ...]]) -> str:
    """The table in fixed-width columns for the terminal."""
    widths = [max(len(row[i]) for row in [COLUMNS, *lines]) for i in range(len(COLUMNS))]
    text = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [COLUMNS, *lines]
    ]
    text.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(text)


def render_markdown(lines: list[tuple[str, ...]], where: dict[str, Any]) -> str:
    """The table as Markdown, with the machine under it (for the README)."""
    out = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    out += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in lines]
    out.append("")
    out.append(
        f"Measured {where['finished']} on {where['cpu']} ({where['cores']} cores, "
        f"{where['memory_gb']} GB), {where['system']}, Python {where['python']}, "
        f"PySide6 {where['pyside6']}; load average at the end {where['load_average']}."
    )
    return "\n".join(out) + "\n"


def run(script: Path) -> tuple[dict[str, Any] | None, float]:
    """Run one benchmark; its JSON result (None if it failed) and its seconds."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-X", "faulthandler", str(script)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        print(f"{script.name}: no result after {TIMEOUT_S} s", file=sys.stderr)
        return None, time.monotonic() - started
    seconds = time.monotonic() - started
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        print(f"{script.name} failed ({done.returncode}):", file=sys.stderr)
        print(done.stderr[-3000:], file=sys.stderr)
        return None, seconds
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except json.JSONDecodeError:
        print(f"{script.name}: the last line is not JSON: {lines[-1][:200]}", file=sys.stderr)
        return None, seconds
    return result, seconds


def main() -> int:
    """Run the benchmarks (all, or those named) and write the results."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("only", nargs="*", help="benchmark names, e.g. sync card")
    args = parser.parse_args()
    scripts = sorted(p for p in HERE.glob("*.py") if p.name != "run_all.py")
    if args.only:
        scripts = [p for p in scripts if p.stem in args.only]
    results, failed = [], []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        result, seconds = run(script)
        if result is None:
            failed.append(script.stem)
            continue
        result["script"] = script.name
        result["run_seconds"] = round(seconds, 1)
        results.append(result)
        print(json.dumps(result, ensure_ascii=False), flush=True)
    where = machine()
    lines = table(results, failed)
    RESULTS.mkdir(exist_ok=True)
    document = {"machine": where, "results": results, "failed": failed}
    # A run of some benchmarks only leaves the last full run's results alone.
    stem = "partial" if args.only else "results"
    json_path, table_path = RESULTS / f"{stem}.json", RESULTS / f"{stem}.md"
    json_path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    table_path.write_text(render_markdown(lines, where))
    print()
    print(render_text(lines))
    print()
    print(render_markdown(lines, where).splitlines()[-1])
    print(f"wrote {json_path} and {table_path}")
    missed = [row[0] for row in lines if row[-1] == "FAIL"]
    if missed:
        print(f"missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
