"""The embedded gateway: ``machikado gateway`` as a child process on a free loopback port."""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from content.municipality import SAMPLE_VERIFICATION_URL
from offline_cache.errors import CacheError

log = logging.getLogger("machikado.offline_cache")


class EmbeddedGatewayError(CacheError):
    """The embedded gateway did not start; the message carries the end of its output."""

    key = "gateway.embedded_failed"


_LIBC = ctypes.CDLL(None, use_errno=True)
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the process that started it dies (Linux prctl)."""
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def default_command() -> list[str]:
    """How to run the ``machikado`` CLI from this interpreter.

    ``-P`` keeps the working directory off ``sys.path``: a terminal started from inside a source
    checkout runs its installed gateway, not the checkout's.
    """
    return [sys.executable, "-P", "-m", "machikado"]


@dataclass(frozen=True)
class EmbeddedIssuance:
    """Certificate issuance for the embedded gateway: a JPKI CA, its CRLs, and cards to link.

    ``links`` pairs a sample resident's id with a card's authentication certificate file; each
    pair is linked once (``link-card``) and remembered beside the database.
    ``verification_url`` is printed on the certificates: the sample city's public-looking one.
    """

    jpki_ca: Path
    jpki_crls: tuple[Path, ...]
    links: tuple[tuple[str, Path], ...] = ()
    verification_url: str = SAMPLE_VERIFICATION_URL

    def args(self) -> list[str]:
        """The ``machikado gateway`` options that turn issuance on."""
        args = ["--jpki-ca", str(self.jpki_ca), "--verification-url", self.verification_url]
        for crl in self.jpki_crls:
            args += ["--jpki-crl", str(crl)]
        return args


class EmbeddedGateway:
    """Starts and stops a private gateway with its SQLite file in ``data_dir``."""

    def __init__(
        self,
        data_dir: Path,
        terminal_id: str,
        *,
        command: list[str] | None = None,
        start_timeout_s: float = 60.0,
        issuance: EmbeddedIssuance | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.terminal_id = terminal_id
        self.command = command or default_command()
        self.start_timeout_s = start_timeout_s
        self.issuance = issuance
        self.db_url = f"sqlite:///{data_dir / 'gateway.db'}"
        self.url: str | None = None
        self.token: str | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log_path = data_dir / "gateway.log"

    def _register(self, *, rotate: bool) -> subprocess.CompletedProcess[str]:
        """``add-terminal`` for this terminal: a new token, beside the old one with ``rotate``."""
        return subprocess.run(
            [
                *self.command,
                "gateway",
                "--db",
                self.db_url,
                "add-terminal",
                self.terminal_id,
                *(["--rotate"] if rotate else []),
                "--description",
                "this terminal (embedded gateway)",
            ],
            capture_output=True,
            text=True,
            timeout=self.start_timeout_s,
            check=False,
        )

    def start(self) -> tuple[str, str]:
        """Register this terminal (new token each start), serve, wait until ready; (url, token)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fresh = not (self.data_dir / "gateway.db").exists()
        registered = self._register(rotate=not fresh)
        if registered.returncode != 0 and "not registered" in registered.stderr:
            registered = self._register(rotate=False)  # a database kept from another terminal id
        if registered.returncode != 0 or not registered.stdout.strip():
            raise EmbeddedGatewayError(
                f"registering the terminal failed: {registered.stderr.strip()[-800:]}"
            )
        token = registered.stdout.strip().splitlines()[0]
        issuance_args = self._link_cards(fresh) if self.issuance is not None else []
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(128)
        port = listener.getsockname()[1]
        try:
            with open(self._log_path, "ab") as out:
                self._process = subprocess.Popen(
                    [
                        *self.command,
                        "gateway",
                        "--db",
                        self.db_url,
                        *issuance_args,
                        "--fd",
                        str(listener.fileno()),
                    ],
                    pass_fds=(listener.fileno(),),
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    env={**os.environ, "PYTHONUNBUFFERED": "1"},
                    preexec_fn=_die_with_parent,
                )
        finally:
            listener.close()
        url = f"http://127.0.0.1:{port}"
        self._wait_ready(url)
        self.url, self.token = url, token
        log.info("embedded gateway ready on %s", url)
        return url, token

    def _link_cards(self, fresh: bool) -> list[str]:
        """Link the cards not linked yet (all of them in a new database); the serve options."""
        assert self.issuance is not None
        args = self.issuance.args()
        stamp = self.data_dir / "linked-cards"
        if fresh:
            stamp.unlink(missing_ok=True)
        try:
            done = set(stamp.read_text(encoding="ascii").split())
        except (OSError, UnicodeDecodeError):
            done = set()
        for resident_id, certificate in self.issuance.links:
            mark = f"{resident_id}:{_digest(certificate)}"
            if mark in done:
                continue
            linked = subprocess.run(
                [
                    *self.command,
                    "gateway",
                    "--db",
                    self.db_url,
                    *args,
                    "link-card",
                    resident_id,
                    str(certificate),
                ],
                capture_output=True,
                text=True,
                timeout=self.start_timeout_s,
                check=False,
            )
            if linked.returncode != 0:
                raise EmbeddedGatewayError(
                    f"linking a demo card failed: {linked.stderr.strip()[-800:]}"
                )
            done.add(mark)
            stamp.write_text("".join(f"{line}\n" for line in sorted(done)), encoding="ascii")
        return args

    def _wait_ready(self, url: str) -> None:
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise EmbeddedGatewayError(f"the gateway exited: {self._tail()}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                    return
            time.sleep(0.1)
        self.stop()
        raise EmbeddedGatewayError(f"the gateway did not answer in time: {self._tail()}")

    def _tail(self) -> str:
        try:
            return self._log_path.read_text(errors="replace")[-800:].strip()
        except OSError:
            return ""

    @property
    def running(self) -> bool:
        """The child process is alive."""
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        """Stop the child (SIGTERM, then SIGKILL after 10 s)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _digest(path: Path) -> str:
    """A short fingerprint of a file's bytes (what a link stamp remembers)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:32]
    except OSError as err:
        raise EmbeddedGatewayError(f"cannot read {path}: {err.strerror}") from err
