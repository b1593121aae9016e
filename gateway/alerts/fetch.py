"""HTTP for the feeds: conditional GETs, a byte cap after decompression, a gap between requests.

JMA asks clients not to download files again and blocks heavy users, so every request to a host
waits ``gap_s`` after the previous one, feeds are fetched with If-None-Match/If-Modified-Since,
and bodies are read only up to the document limit (counted after gzip, so a compressed bomb
stops there too).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from gateway import __version__

USER_AGENT = f"machikado-gateway/{__version__} (disaster bulletins for public terminals)"
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A request that failed: ``reason`` is a stable code; ``retry`` says whether it may pass
    later (a network error, a 5xx) or never will (404, 410, too large)."""

    def __init__(self, reason: str, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.retry = retry


@dataclass(frozen=True)
class Fetched:
    """A response: 304 (``body`` empty) or 200 with the body and its validators."""

    status: int
    body: bytes
    etag: str | None
    last_modified: str | None


class Fetcher:
    """GETs with a politeness gap per host, a timeout and a byte cap."""

    def __init__(
        self,
        *,
        gap_s: float,
        timeout_s: float,
        max_bytes: int,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.gap_s = gap_s
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self._sleep = sleep
        self._monotonic = monotonic
        self._last: dict[str, float] = {}

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self.gap_s - (self._monotonic() - last)
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._monotonic()

    def get(self, url: str, *, etag: str = "", last_modified: str = "") -> Fetched:
        """GET ``url``, conditionally when validators are given; :class:`FetchError` on failure."""
        self._wait_turn(urlsplit(url).netloc)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.session.get(
                url, headers=headers, timeout=self.timeout_s, stream=True, allow_redirects=False
            ) as response:
                if response.status_code == 304:
                    return Fetched(304, b"", etag or None, last_modified or None)
                if response.status_code in (404, 410):
                    raise FetchError(
                        f"http_{response.status_code}",
                        f"{url}: HTTP {response.status_code}",
                        retry=False,
                    )
                if response.status_code != 200:
                    raise FetchError(
                        f"http_{response.status_code}",
                        f"{url}: HTTP {response.status_code}",
                        retry=True,
                    )
                body = self._read(url, response)
                return Fetched(
                    200,
                    body,
                    response.headers.get("ETag"),
                    response.headers.get("Last-Modified"),
                )
        except requests.RequestException as err:
            raise FetchError("network", f"{url}: {type(err).__name__}: {err}", retry=True) from err

    def _read(self, url: str, response: requests.Response) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError("too_large", f"{url}: over {self.max_bytes} bytes", retry=False)
            chunks.append(chunk)
        return b"".join(chunks)
