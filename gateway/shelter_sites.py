"""The city's designated sites, published to terminals as the ``shelters`` dataset.

The gateway reads them from ``[alerts] shelters_file`` / ``shelters_stay_file`` (the national
open-data CSV files) or takes the sample city's, publishes them at start, and — with
:class:`SiteFileWatcher` — again whenever the files change. Publishing replaces the whole list
in one version; a restart with the same files publishes nothing new. Terminals sync the dataset
like any other and read it offline (``offline_cache.shelters``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from content.config.alerts import AlertsConfig
from content.shelters.model import Site
from content.shelters.rows import DATASET, site_rows
from gateway.alerts.settings import load_sites
from gateway.datasets import publish

log = logging.getLogger("machikado.gateway.shelters")


def publish_sites(engine: Engine, sites: Iterable[Site]) -> int:
    """Publish ``sites`` as the whole ``shelters`` dataset; its version afterwards.

    Two gateway processes starting together on one database may publish the same list at once:
    the one that loses the race finds the rows there and publishes nothing more.
    """
    rows = site_rows(sites)
    try:
        return publish(engine, DATASET, rows, replace=True)
    except IntegrityError:
        return publish(engine, DATASET, rows, replace=True)


def _stamp(config: AlertsConfig) -> tuple[tuple[str, float, int], ...]:
    """The files' modification times and sizes (a missing file counts as a change too)."""
    stamps = []
    for name in (config.shelters_file, config.shelters_stay_file):
        try:
            stat = Path(name).stat()
        except OSError:
            stamps.append((name, -1.0, -1))
        else:
            stamps.append((name, stat.st_mtime, stat.st_size))
    return tuple(stamps)


class SiteFileWatcher:
    """Publishes the city's sites again when its shelter files change (checked every
    ``interval_s`` seconds on a daemon thread); ``on_sites`` hears each list published.

    A file that cannot be read, or is not shelter data, is logged and the list published
    before stays in force: terminals never lose their shelters to a half-copied file.
    """

    def __init__(
        self,
        engine: Engine,
        config: AlertsConfig,
        *,
        interval_s: float = 30.0,
        on_sites: Callable[[tuple[Site, ...]], None] | None = None,
    ) -> None:
        self.engine = engine
        self.config = config
        self.interval_s = interval_s
        self.on_sites = on_sites
        self._seen = _stamp(config) if config.shelters_file else ()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check(self) -> bool:
        """Publish the files if they changed since last seen; True when a new list was read."""
        if not self.config.shelters_file:
            return False
        stamp = _stamp(self.config)
        if stamp == self._seen:
            return False
        self._seen = stamp
        try:
            loaded = load_sites(self.config)
        except ValueError as err:
            log.warning("shelter files not published again: %s", err)
            return False
        for problem in loaded.problems:
            log.warning("shelter file row left out: %s", problem)
        version = publish_sites(self.engine, loaded.sites)
        log.info("shelters dataset at version %d: %d sites", version, len(loaded.sites))
        if self.on_sites is not None:
            self.on_sites(loaded.sites)
        return True

    def start(self) -> None:
        """Start watching (nothing to watch for the sample city's built-in list)."""
        if not self.config.shelters_file or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="shelter-files", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and wait for a check in progress."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.check()
            except Exception:  # a database hiccup must not end the watch
                log.exception("shelter files could not be published")
