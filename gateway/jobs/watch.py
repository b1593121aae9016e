"""A folder the gateway watches for Hello Work CSV files to import.

A ``*.csv`` file that has stopped growing is imported, then moved into ``imported/`` (or
``rejected/`` when nothing of it could be used) with a ``.report.txt`` beside it that lists
every skipped line and its reason.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from sqlalchemy.engine import Engine

from gateway.jobs.importer import ImportFileError, ImportReport, import_file

log = logging.getLogger("machikado.gateway.jobs")


def _move(path: Path, folder: Path, lines: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    n = 1
    while target.exists():
        target = folder / f"{path.stem}.{n}{path.suffix}"
        n += 1
    path.replace(target)
    target.with_name(target.name + ".report.txt").write_text("\n".join(lines) + "\n", "utf-8")
    return target


def import_folder(engine: Engine, folder: Path, sizes: dict[Path, int]) -> list[ImportReport]:
    """Import every settled CSV file in ``folder`` once; ``sizes`` remembers sizes between scans."""
    reports = []
    for path in sorted(folder.glob("*.csv")) + sorted(folder.glob("*.CSV")):
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            continue
        if sizes.get(path) != size:  # still being written, or first seen: look again next scan
            sizes[path] = size
            continue
        sizes.pop(path, None)
        try:
            report = import_file(engine, path)
        except ImportFileError as err:
            log.warning("job file %s rejected: %s", path.name, err)
            _move(path, folder / "rejected", [f"{path.name}: not imported: {err}"])
            continue
        for line in report.lines():
            log.info("%s", line)
        _move(path, folder / "imported", report.lines())
        reports.append(report)
    return reports


class JobFolderWatcher:
    """Scans a folder every ``interval_s`` seconds on a daemon thread and imports what arrives."""

    def __init__(self, engine: Engine, folder: Path, interval_s: float = 5.0) -> None:
        self.engine = engine
        self.folder = folder
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start watching."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._thread = threading.Thread(target=self._run, name="job-folder", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and wait for the scan in progress."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        sizes: dict[Path, int] = {}
        while not self._stop.is_set():
            try:
                import_folder(self.engine, self.folder, sizes)
            except Exception:
                log.exception("job folder scan failed")
            self._stop.wait(self.interval_s)
