"""Run every benchmark and collect their JSON results into bench-results/results.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "bench-results"


def main() -> int:
    """Run each ``benchmarks/*.py`` in turn; returns non-zero if one fails."""
    scripts = sorted(p for p in HERE.glob("*.py") if p.name != "run_all.py")
    results, failed = [], []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
        lines = run.stdout.strip().splitlines()
        if run.returncode != 0 or not lines:
            failed.append(script.name)
            print(run.stderr[-2000:], file=sys.stderr)
            continue
        result = json.loads(lines[-1])
        results.append(result)
        print(json.dumps(result))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {RESULTS / 'results.json'}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
