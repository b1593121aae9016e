"""Refresh every catalogue from its folder's QML and Python sources with pyside6-lupdate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KIOSK = ROOT / "kiosk"
ALERTS = ROOT / "content" / "alerts"


def catalogues() -> dict[Path, list[Path]]:
    """Each messages/ folder and the source folders whose words it holds."""
    found = {KIOSK / "shell" / "messages": [KIOSK / "shell", KIOSK / "demo"]}
    for service in sorted((KIOSK / "services").iterdir()):
        if (service / "messages").is_dir():
            found[service / "messages"] = [service]
    found[KIOSK / "technician" / "messages"] = [KIOSK / "technician"]
    found[ALERTS / "messages"] = [ALERTS]  # read by content without Qt, and by every surface
    return found


def sources(folders: list[Path]) -> list[str]:
    """The QML and Python files of ``folders``."""
    return sorted(
        str(p)
        for folder in folders
        for p in folder.rglob("*")
        if p.suffix in (".qml", ".py") and "__pycache__" not in p.parts
    )


def main() -> int:
    """Run lupdate once per catalogue; returns its exit code."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    for messages, folders in catalogues().items():
        files = sorted(messages.glob("*.ts"))
        command = [str(lupdate), "-locations", "none", *sources(folders), "-ts", *map(str, files)]
        result = subprocess.run(command, check=False)
        if result.returncode:
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
