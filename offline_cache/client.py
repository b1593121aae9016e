"""The terminal's HTTP client for the gateway: token, timeouts, bounded bodies, retries."""

from __future__ import annotations

import json
import logging
import random
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import requests
import urllib3

from content.config.model import is_loopback_url
from offline_cache import jsontext
from offline_cache.errors import (
    ClientCertificateMismatchError,
    ClientCertificateRefusedError,
    ClientCertificateRequiredError,
    DeltaUnavailableError,
    GatewayAuthError,
    GatewayError,
    GatewayProtocolError,
    GatewayServerError,
    GatewayUnreachableError,
)
from offline_cache.tls import (
    GatewayTls,
    closed_in_handshake,
    refuses_client_certificate,
    tls_error,
)

log = logging.getLogger("machikado.offline_cache")
ProgressFn = Callable[[int, int | None], None]


class _TransientError(Exception):
    """A failure worth another attempt (network fault, cut-off body, 5xx, 429)."""


class _DroppedError(_TransientError):
    """The connection closed or was reset before an answer."""


@dataclass(frozen=True)
class Reply:
    """A decoded JSON answer, with its ETag, the gateway's Date and the bytes on the wire."""

    status: int
    payload: Any
    etag: str | None
    date: str | None
    wire_bytes: int


class GatewayClient:
    """One ``requests.Session`` to the gateway, safe to share between worker threads.

    ``token`` is the terminal's token, or a function giving the current one (a token file read
    again when it changes, so a rotated token is used from the next request on). ``tls`` names
    the CA to trust instead of the system's and the client certificate to show.
    """

    def __init__(
        self,
        base_url: str,
        token: str | Callable[[], str],
        *,
        tls: GatewayTls | None = None,
        connect_timeout: float = 3.05,
        read_timeout: float = 20.0,
        retries: int = 4,
        backoff_s: float = 0.5,
        max_backoff_s: float = 30.0,
        max_wire_bytes: int = 256 * 1024 * 1024,
        max_json_bytes: int = 1024 * 1024 * 1024,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.retries = retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.max_wire_bytes = max_wire_bytes
        self.max_json_bytes = max_json_bytes
        self._sleep = sleep
        self._jitter = jitter
        self._token = token if callable(token) else (lambda: token)
        self.tls = tls or GatewayTls()
        self._session = requests.Session()
        self._session.headers.update({"Accept": "application/json"})
        if self.base_url.startswith("http://") and not is_loopback_url(self.base_url):
            log.warning(
                "INSECURE: the gateway %s is reached over plain HTTP ([gateway] allow_insecure):"
                " this terminal's token and residents' requests cross the network unencrypted",
                self.base_url,
            )

    def close(self) -> None:
        """Close the pooled connections."""
        self._session.close()

    def get(
        self,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        etag: str | None = None,
        progress: ProgressFn | None = None,
    ) -> Reply:
        """GET ``/api/v1/{path}`` with retries; a 304 comes back as a reply with no payload."""
        headers = {"If-None-Match": etag} if etag else {}
        return self._call("GET", path, params=params, headers=headers, progress=progress)

    def post(self, path: str, body: dict[str, Any], idempotency_key: str) -> Reply:
        """POST JSON with an ``Idempotency-Key``; safe to retry, the gateway applies it once."""
        headers = {"Idempotency-Key": idempotency_key, "Content-Type": "application/json"}
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return self._call("POST", path, data=data, headers=headers)

    def download(self, path: str, dest: Path, *, max_bytes: int, etag: str | None = None) -> Reply:
        """GET a binary body into ``dest``, streamed and bounded; a 304 leaves ``dest`` alone."""
        # Asked unencoded, so the bytes counted against the limit are the bytes on the wire.
        headers = {"Accept": "application/zip, application/json", "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        return self._retrying(
            "GET", path, lambda: self._download_once(path, dest, headers, max_bytes)
        )

    def get_bytes(self, path: str, *, accept: str = "application/octet-stream") -> bytes:
        """GET a binary body (a PDF) into memory with retries, bounded by ``max_wire_bytes``."""
        reply = self._retrying("GET", path, lambda: self._bytes_once(path, accept))
        assert isinstance(reply.payload, bytes)
        return reply.payload

    def stream(
        self, path: str, *, headers: dict[str, str], read_timeout: float
    ) -> requests.Response:
        """Open a long-lived GET (server-sent events) once, no retries: the caller reads it
        and closes it. ``read_timeout`` is the longest silence taken before it counts as cut.

        Raises the error an answer other than 200 stands for, or ``GatewayUnreachableError``.
        """
        try:
            response = self._send(
                "GET", path, headers=headers, timeout=(self.timeout[0], read_timeout)
            )
        except _TransientError as err:
            raise GatewayUnreachableError(f"GET {path}: {err}") from err
        if response.status_code == 200:
            return response
        with response:
            try:
                raw = self._read(response, None)
            except _TransientError as err:
                raise GatewayUnreachableError(f"GET {path}: {err}") from err
        try:
            _raise_for(response.status_code, self._decode(response, raw))
        except _ServerFailureError as err:
            raise GatewayServerError(err.status, err.code, err.message) from err

    def _call(self, method: str, path: str, **kwargs: Any) -> Reply:
        return self._retrying(method, path, lambda: self._once(method, path, **kwargs))

    def _retrying(self, method: str, path: str, once: Callable[[], Reply]) -> Reply:
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                cap = min(self.max_backoff_s, self.backoff_s * 2 ** (attempt - 1))
                self._sleep(cap * self._jitter())  # full jitter
            try:
                return once()
            except _TransientError as err:
                last = err
                log.info("gateway %s %s: attempt %d failed: %s", method, path, attempt + 1, err)
        if isinstance(last, _ServerFailureError):
            raise GatewayServerError(last.status, last.code, last.message) from last
        if isinstance(last, _DroppedError) and refuses_client_certificate(
            self.base_url, self.tls, self.timeout
        ):
            raise ClientCertificateRefusedError(
                f"{method} {path}: the gateway drops connections that show this terminal's"
                f" client certificate ({self.tls.client_cert})"
            ) from last
        raise GatewayUnreachableError(f"{method} {path}: {last}") from last

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One streamed request; a network failure is transient, any other a protocol error."""
        url = f"{self.base_url}/api/v1/{path}"
        headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {self._token()}"}
        timeout = kwargs.pop("timeout", self.timeout)
        try:
            # verify and cert per request: a session's own would lose to REQUESTS_CA_BUNDLE
            return self._session.request(
                method,
                url,
                timeout=timeout,
                stream=True,
                headers=headers,
                verify=self.tls.verify,
                cert=self.tls.cert,
                **kwargs,
            )
        except requests.exceptions.SSLError as err:  # before ConnectionError, its base
            if closed_in_handshake(err):
                raise _DroppedError("closed during the TLS handshake") from err
            raise tls_error(err, f"{method} {path}") from err
        except requests.Timeout as err:
            raise _TransientError(type(err).__name__) from err
        except requests.ConnectionError as err:
            raise _DroppedError(type(err).__name__) from err
        except requests.RequestException as err:
            raise GatewayProtocolError(f"{method} {path}: {type(err).__name__}") from err

    def _once(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str],
        data: bytes | None = None,
        progress: ProgressFn | None = None,
    ) -> Reply:
        response = self._send(method, path, params=params, headers=headers, data=data)
        with response:
            raw = self._read(response, progress)
        etag = response.headers.get("ETag")
        date = response.headers.get("Date")
        if response.status_code == 304:
            return Reply(304, None, etag, date, len(raw))
        payload = self._decode(response, raw)
        if response.status_code < 400:
            return Reply(response.status_code, payload, etag, date, len(raw))
        _raise_for(response.status_code, payload)

    def _bytes_once(self, path: str, accept: str) -> Reply:
        # Asked unencoded: the bounded read below counts the bytes as they are used.
        headers = {"Accept": f"{accept}, application/json", "Accept-Encoding": "identity"}
        response = self._send("GET", path, headers=headers)
        with response:
            raw = self._read(response, None)
        if response.status_code >= 400:
            _raise_for(response.status_code, self._decode(response, raw))
        if response.headers.get("Content-Encoding", "identity").lower() != "identity":
            raise GatewayProtocolError(f"{path}: an encoded body was not asked for")
        etag = response.headers.get("ETag")
        return Reply(response.status_code, raw, etag, response.headers.get("Date"), len(raw))

    def _download_once(
        self, path: str, dest: Path, headers: dict[str, str], max_bytes: int
    ) -> Reply:
        response = self._send("GET", path, headers=headers)
        with response:
            etag = response.headers.get("ETag")
            date = response.headers.get("Date")
            if response.status_code == 304:
                return Reply(304, None, etag, date, 0)
            if response.status_code >= 400:
                raw = self._read(response, None)
                _raise_for(response.status_code, self._decode(response, raw))
            declared = response.headers.get("Content-Length")
            total = int(declared) if declared and declared.isdigit() else None
            if total is not None and total > max_bytes:
                raise GatewayProtocolError(f"{path}: {total} bytes is over the limit {max_bytes}")
            if response.headers.get("Content-Encoding", "identity").lower() != "identity":
                raise GatewayProtocolError(f"{path}: an encoded body was not asked for")
            size = 0
            try:
                with dest.open("wb") as out:
                    while chunk := response.raw.read(256 * 1024, decode_content=False):
                        size += len(chunk)
                        if size > max_bytes:
                            raise GatewayProtocolError(f"{path}: over the limit {max_bytes}")
                        out.write(chunk)
            except (urllib3.exceptions.HTTPError, OSError) as err:
                if isinstance(err, FileNotFoundError | PermissionError):
                    raise
                raise _TransientError(f"body cut off after {size} bytes") from err
            if total is not None and size != total:
                raise _TransientError(f"body cut off after {size} of {total} bytes")
        return Reply(response.status_code, None, etag, date, size)

    def _read(self, response: requests.Response, progress: ProgressFn | None) -> bytes:
        declared = response.headers.get("Content-Length")
        total = int(declared) if declared and declared.isdigit() else None
        if total is not None and total > self.max_wire_bytes:
            raise GatewayProtocolError(f"response of {total} bytes is over the limit")
        chunks, size = [], 0
        try:
            while True:
                chunk = response.raw.read(256 * 1024, decode_content=False)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_wire_bytes:
                    raise GatewayProtocolError("response is over the size limit")
                chunks.append(chunk)
                if progress:
                    progress(size, total)
        except (urllib3.exceptions.HTTPError, OSError) as err:
            raise _TransientError(f"body cut off after {size} bytes") from err
        if total is not None and size != total:
            raise _TransientError(f"body cut off after {size} of {total} bytes")
        return b"".join(chunks)

    def _decode(self, response: requests.Response, raw: bytes) -> Any:
        encoding = response.headers.get("Content-Encoding", "").lower()
        text = raw
        if encoding == "gzip":
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                text = inflater.decompress(raw, self.max_json_bytes + 1)
            except zlib.error as err:
                raise GatewayProtocolError("response is not valid gzip") from err
            if len(text) > self.max_json_bytes or inflater.unconsumed_tail:
                raise GatewayProtocolError("decompressed response is over the size limit")
            if not inflater.eof:
                raise _TransientError("gzip body cut off")
        elif encoding not in ("", "identity"):
            raise GatewayProtocolError(f"unexpected Content-Encoding {encoding!r}")
        if not text and response.status_code >= 400:
            return None
        try:
            return jsontext.loads(text)
        except ValueError as err:  # JSONDecodeError and UnicodeDecodeError among them
            if response.status_code >= 400:
                return None
            raise GatewayProtocolError(
                f"{response.status_code} response is not JSON: {str(err)[:80]}"
            ) from err


class _ServerFailureError(_TransientError):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.message = message


def _raise_for(status: int, payload: Any) -> NoReturn:
    """Raise the error a 4xx/5xx answer stands for (transient ones are retried)."""
    code, message = _error_of(payload, status)
    if status in (500, 502, 503, 504, 429, 408):
        raise _ServerFailureError(status, code, message)
    if status == 401:
        raise GatewayAuthError(401, code, message)
    if status == 403 and code == "client_certificate_required":
        raise ClientCertificateRequiredError(403, code, message)
    if status == 403 and code == "client_certificate_mismatch":
        raise ClientCertificateMismatchError(403, code, message)
    if status == 403 and code == "client_certificate_refused":  # a proxy's word on our certificate
        raise ClientCertificateRefusedError(f"the gateway's proxy refused it: {message}")
    if status == 410:
        raise DeltaUnavailableError(410, code, message)
    raise GatewayError(status, code, message, _detail_of(payload))


def _detail_of(payload: Any) -> dict[str, Any]:
    """The error's fields beside its code and message (a JSON object's, nothing else)."""
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        return {k: v for k, v in payload["error"].items() if k not in ("code", "message")}
    return {}


def _error_of(payload: Any, status: int) -> tuple[str, str]:
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        error = payload["error"]
        return str(error.get("code", "error"))[:100], str(error.get("message", ""))[:500]
    return "error", f"HTTP {status}"
