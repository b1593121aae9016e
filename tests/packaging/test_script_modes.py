"""Every script the project runs by its path is committed executable."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _committed_modes() -> dict[str, str]:
    listing = subprocess.run(
        ["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    modes: dict[str, str] = {}
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        modes[path] = meta.split()[0]
    return modes


def test_every_committed_script_with_a_shebang_is_executable() -> None:
    """A script that lost its x bit stops `make test` at its first step on a fresh clone."""
    not_executable = [
        path
        for path, mode in _committed_modes().items()
        if mode == "100644"
        and (ROOT / path).is_file()
        and (ROOT / path).read_bytes()[:2] == b"#!"
        and not path.endswith(".py")
    ]
    assert not_executable == [], f"committed without the executable bit: {not_executable}"
