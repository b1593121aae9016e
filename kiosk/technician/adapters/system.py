"""The terminal's own state: versions, uptime, CPU, memory, disk, and the link to its gateway.

Read from /proc, ``os`` and ``shutil``; the network checks resolve the gateway's host name,
open a TCP connection, make a TLS handshake with the configured trust and client certificate,
and ask ``/api/v1/health``, whose ``Date`` header gives the clock offset.
"""

from __future__ import annotations

import email.utils
import hashlib
import importlib.metadata
import ipaddress
import os
import platform
import shutil
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import requests

from kiosk.technician.core.model import EMBEDDED_UNCHECKED, Disk, Network, Resources, Versions
from offline_cache.errors import GatewayTlsError
from offline_cache.tls import GatewayTls, refuses_client_certificate, tls_error

HEALTH_PATH = "/api/v1/health"
ME_PATH = "/api/v1/terminals/me"


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def os_release(path: Path = Path("/etc/os-release")) -> str:
    """The operating system's PRETTY_NAME, or "" when it is not known."""
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.partition("=")[2].strip().strip('"')
    except OSError:
        pass
    return ""


def config_version(source: str) -> str:
    """Where the configuration came from and the first 12 hex digits of its file's SHA-256."""
    path = Path(source.split(" + ")[0])
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError:
        return source
    return f"{source} (sha256 {digest})"


def versions(config_source: str) -> Versions:
    """The software and configuration versions of this terminal."""
    return Versions(
        software=_package_version("machikado") or "unknown",
        config=config_version(config_source),
        python=platform.python_version(),
        qt=_package_version("PySide6-Essentials"),
        os_release=os_release(),
        kernel=platform.release(),
    )


def machine_uptime_s() -> float:
    """Seconds since the machine started (0 when /proc is not there)."""
    try:
        return float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0


def process_uptime_s(pid: int | None = None) -> float:
    """Seconds since process ``pid`` (this one by default) started."""
    try:
        stat = Path(f"/proc/{pid or os.getpid()}/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return 0.0
    return max(0.0, machine_uptime_s() - start_ticks / os.sysconf("SC_CLK_TCK"))


def _meminfo() -> dict[str, int]:
    values: dict[str, int] = {}
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            name, _, rest = line.partition(":")
            parts = rest.split()
            if parts and parts[0].isdigit():
                values[name] = int(parts[0]) * 1024
    except OSError:
        pass
    return values


def _rss_bytes() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def resources(paths: Sequence[Path]) -> Resources:
    """CPU load, memory and free disk space on each of ``paths``' file systems."""
    memory = _meminfo()
    disks = []
    for path in paths:
        try:
            usage = shutil.disk_usage(path)
        except OSError:
            continue
        disks.append(Disk(str(path), usage.free, usage.total))
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    return Resources(
        cpu_count=os.cpu_count() or 1,
        load_1m=round(load, 2),
        memory_total_bytes=memory.get("MemTotal", 0),
        memory_available_bytes=memory.get("MemAvailable", 0),
        process_rss_bytes=_rss_bytes(),
        disks=tuple(disks),
    )


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host == "localhost"
    return True


def _tls_problem(err: BaseException) -> str:
    """The offline cache's key for a failed handshake (expired, unknown CA, wrong host …)."""
    key = tls_error(err, "").key
    return "network.tls_failed" if key == GatewayTlsError.key else key


def _token_problem(url: str, tls: GatewayTls | None, token: str, timeout_s: float) -> str:
    """What the gateway says of this terminal's token and certificate, "" when it takes them."""
    try:
        reply = requests.get(
            url.rstrip("/") + ME_PATH,
            timeout=timeout_s,
            headers={"Authorization": f"Bearer {token}"},
            verify=tls.verify if tls is not None else True,
            cert=tls.cert if tls is not None else None,
        )
    except requests.RequestException:
        return "network.no_answer"
    if reply.status_code == 401:
        return "gateway.unauthorized"
    if reply.status_code == 403:
        try:
            code = reply.json()["error"]["code"]
        except (ValueError, KeyError, TypeError):
            code = ""
        if code in ("client_certificate_required", "client_certificate_mismatch"):
            return f"gateway.{code}"
    return "" if reply.ok else "network.gateway_error"


def check_network(
    url: str | None,
    tls: GatewayTls | None = None,
    timeout_s: float = 3.0,
    token: Callable[[], str | None] | None = None,
) -> Network:
    """Resolve, connect, shake hands, ask the gateway's health and, with ``token``, whether it
    takes this terminal's token and certificate; the first failure is named.

    ``url`` None means an embedded gateway that is not running in this process's reach.
    """
    if not url:
        return Network("embedded", reachable=False, problem=EMBEDDED_UNCHECKED)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    dns_ok: bool | None = None
    if not _is_address(host):
        try:
            socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            dns_ok = True
        except OSError:
            return Network(url, reachable=False, dns_ok=False, problem="network.dns_failed")
    try:
        connection = socket.create_connection((host, port), timeout=timeout_s)
    except OSError:
        return Network(url, reachable=False, dns_ok=dns_ok, problem="network.unreachable")
    tls_ok: bool | None = None
    with connection:
        if parts.scheme == "https":
            tls = tls or GatewayTls()
            context = ssl.create_default_context(
                cafile=str(tls.ca_file) if tls.ca_file is not None else None
            )
            if tls.client_cert is not None:
                context.load_cert_chain(
                    str(tls.client_cert), str(tls.client_key) if tls.client_key else None
                )
            try:
                with context.wrap_socket(connection, server_hostname=host):
                    tls_ok = True
            except (ssl.SSLError, OSError) as err:
                return Network(
                    url, reachable=False, dns_ok=dns_ok, tls_ok=False, problem=_tls_problem(err)
                )
    sent = time.time()
    try:
        reply = requests.get(
            url.rstrip("/") + HEALTH_PATH,
            timeout=timeout_s,
            verify=tls.verify if tls is not None else True,
            cert=tls.cert if tls is not None else None,
        )
    except requests.RequestException:
        # TLS 1.3 refuses a client certificate after the handshake, by closing the connection
        refused = tls is not None and refuses_client_certificate(url.rstrip("/"), tls, timeout_s)
        problem = "gateway.client_certificate_refused" if refused else "network.no_answer"
        return Network(url, False, dns_ok, tls_ok, problem=problem)
    received = time.time()
    offset = None
    date = reply.headers.get("Date")
    if date:
        try:
            # The header has whole seconds: the gateway's clock was within [Date, Date + 1).
            stamped = email.utils.parsedate_to_datetime(date).timestamp() + 0.5
            offset = round(stamped - (sent + received) / 2, 1)
        except (TypeError, ValueError):
            offset = None
    problem = "" if reply.ok else "network.gateway_error"
    given = token() if token is not None else None
    if problem == "" and given:
        problem = _token_problem(url, tls, given, timeout_s)
    if problem == "" and offset is not None and abs(offset) > 60:
        problem = "network.clock_off"
    return Network(
        url,
        reachable=reply.ok,
        dns_ok=dns_ok,
        tls_ok=tls_ok,
        clock_offset_s=offset,
        round_trip_ms=round((received - sent) * 1000, 1),
        problem=problem,
    )
