"""The terminal's token as its file holds it now: a rotated token is used as soon as it is there."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger("machikado.offline_cache")


class TokenFile:
    """Call it for the current token; the file is read again whenever it changes.

    A file that cannot be read or is empty keeps the last good token in use (and is logged), so
    a technician replacing the file never leaves the terminal without one.
    """

    def __init__(self, path: Path, token: str) -> None:
        self.path = path
        self._token = token
        self._seen = self._signature()
        self._lock = threading.Lock()

    def _signature(self) -> tuple[int, int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size, stat.st_ino

    def __call__(self) -> str:
        """The token to send now."""
        signature = self._signature()
        if signature == self._seen:
            return self._token
        with self._lock:
            self._seen = signature
            try:
                token = self.path.read_text(encoding="utf-8").strip()
            except OSError as err:
                log.warning("token file %s: cannot read (%s): the last token stays", self.path, err)
                return self._token
            if not token:
                log.warning("token file %s is empty: the last token stays", self.path)
            elif token != self._token:
                log.info("token file %s changed: the new token is used from now on", self.path)
                self._token = token
            return self._token
