"""Lint every QML file with qmllint; any warning fails (QML holds layout only, and cleanly)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Every folder that holds QML modules: the shell, each service, the demo, the signage player.
IMPORT_PATHS = sorted(p for p in ROOT.glob("*/**/qml") if ".venv" not in p.parts)


def main() -> int:
    """Run qmllint over all QML files of the project; returns the exit code."""
    files = sorted(p for p in ROOT.glob("*/**/*.qml") if ".venv" not in p.parts)
    if not files:
        print("qmllint: no QML files found", file=sys.stderr)
        return 1
    qmllint = Path(sys.executable).with_name("pyside6-qmllint")
    command = [str(qmllint)]
    for path in IMPORT_PATHS:
        command += ["-I", str(path)]
    result = subprocess.run(
        command + [str(f) for f in files], capture_output=True, text=True, check=False
    )
    output = (result.stdout + result.stderr).strip()
    problems = [line for line in output.splitlines() if line.startswith(("Warning", "Error"))]
    if output:
        print(output)
    if result.returncode != 0 or problems:
        print(f"qmllint: {len(problems)} warning(s) in {len(files)} files", file=sys.stderr)
        return 1
    print(f"qmllint: {len(files)} files clean")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
