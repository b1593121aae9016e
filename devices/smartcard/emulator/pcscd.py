"""Makes sure pcscd runs with vpcd's virtual readers; starts it only if none is running."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from devices.smartcard.errors import CardError, PcscUnavailableError

PID_FILE = Path("/run/pcscd/pcscd.pid")
VPCD_CONFIG = Path("/etc/reader.conf.d/vpcd")
VPCD_PREFIX = "Virtual PCD"
LOCK_FILE = Path(tempfile.gettempdir()) / "machikado-vpcd.lock"


def pcscd_running() -> bool:
    """Whether a pcscd process owns the pid file."""
    try:
        os.kill(int(PID_FILE.read_text().strip()), 0)
    except (OSError, ValueError):
        return False
    return True


def vpcd_readers() -> list[str]:
    """The vpcd reader names pcscd shows now (empty if pcscd does not answer)."""
    from devices.smartcard.pcsc import PcscCardReader

    reader = PcscCardReader(VPCD_PREFIX)
    try:
        return reader.readers()
    except CardError:
        return []
    finally:
        reader.close()


@contextmanager
def vpcd_service(timeout: float = 20.0) -> Iterator[list[str]]:
    """pcscd with vpcd for the ``with`` block; yields the vpcd reader names.

    An already running pcscd is used as it is and left running; otherwise one is started in
    the foreground and stopped (and waited for) when the block ends. A lock file makes other
    users of vpcd on this machine (a second test run, the benchmark) wait their turn.
    """
    with _exclusive_vpcd(timeout * 30):
        yield from _run(timeout)


@contextmanager
def _exclusive_vpcd(wait: float) -> Iterator[None]:
    """Hold the machine-wide vpcd lock: its two slots and one pcscd serve one user at a time."""
    LOCK_FILE.touch(exist_ok=True)
    with LOCK_FILE.open("r+") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    message = "another program keeps the vpcd readers busy"
                    raise PcscUnavailableError(message) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _run(timeout: float) -> Iterator[list[str]]:
    """Start pcscd if needed, yield the vpcd readers, stop what was started."""
    started: subprocess.Popen[bytes] | None = None
    if not pcscd_running():
        binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
        if not Path(binary).exists():
            raise PcscUnavailableError("pcscd is not installed (Debian package pcscd)")
        if not VPCD_CONFIG.exists():
            raise PcscUnavailableError("vpcd is not installed (Debian package vsmartcard-vpcd)")
        started = subprocess.Popen(
            [binary, "--foreground"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + timeout
        readers = vpcd_readers()
        while not readers:
            if started is not None and started.poll() is not None:
                raise PcscUnavailableError(f"pcscd exited with status {started.returncode}")
            if time.monotonic() > deadline:
                raise PcscUnavailableError("pcscd shows no 'Virtual PCD' readers; is vpcd set up?")
            time.sleep(0.2)
            readers = vpcd_readers()
        yield readers
    finally:
        if started is not None:
            started.send_signal(signal.SIGTERM)
            try:
                started.wait(timeout=10)
            except subprocess.TimeoutExpired:
                started.kill()
                started.wait()
