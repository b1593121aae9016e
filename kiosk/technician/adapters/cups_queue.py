"""Puts a CUPS queue back in service after a refill: enabled, accepting, its tray error cleared.

A backend that reported an empty tray leaves ``media-empty-error`` in the queue's reasons even
once it is enabled again, until the printer itself says otherwise; a technician who has refilled
the tray clears it (``lpadmin -o printer-state-reasons=none``) so the test page can go out and
show whether the paper is really there.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import cups

log = logging.getLogger(__name__)


def queue_address(url: str) -> tuple[str, str | None, int | None]:
    """Queue name, server host and port of a ``cups://Queue[?server=host:port]`` URL."""
    parts = urlsplit(url)
    queue = parts.netloc or parts.path.strip("/")
    server = parse_qs(parts.query).get("server", [""])[-1]
    if not server:
        return queue, None, None
    host, _, port = server.rpartition(":")
    return queue, host, int(port)


def resume_queue(url: str) -> bool:
    """Enable the queue, let it accept jobs and clear its reasons; False if the server refused."""
    queue, host, port = queue_address(url)
    host = host or cups.getServer()
    port = port or cups.getPort()
    try:
        connection = cups.Connection(host=host, port=port)
        connection.enablePrinter(queue)
        connection.acceptJobs(queue)
    except (cups.IPPError, RuntimeError) as err:
        log.warning("print queue not resumed: %s", err)
        return False
    lpadmin = shutil.which("lpadmin")
    if lpadmin is None:
        log.warning("lpadmin is missing: the queue's reasons stay until the printer clears them")
        return True
    server = f"{host}:{port}" if not host.startswith("/") else host
    done = subprocess.run(
        [lpadmin, "-h", server, "-p", queue, "-o", "printer-state-reasons=none"],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    if done.returncode != 0:
        log.warning("print queue reasons not cleared: %s", done.stderr.strip()[:200])
    return True


def resumer(url: str) -> Callable[[], bool] | None:
    """The function that resumes the queue ``url`` names, or None for a queue that is not CUPS."""
    if urlsplit(url).scheme != "cups":
        return None
    return lambda: resume_queue(url)
