"""The diagnostics bundle: a .tar.gz of logs, the configuration without secrets, versions, device
states, counters, the audit trail and recent self-test results — and nothing personal.

Secrets are removed twice: the configuration's secret keys (tokens, keys, passwords, the PIN
hashes and the technicians' ids) are left out as it is written, and then every member is
searched for the terminal's token, each PIN hash and each technician id, which are replaced.
The bundle is written to the USB stick's folder and queued for the gateway in parts small
enough for its request size limit.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import enum
import hashlib
import io
import json
import logging
import os
import tarfile
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from content.config import MachikadoConfig
from kiosk.technician.adapters.logfile import LogFile
from kiosk.technician.adapters.records import result_json
from kiosk.technician.core.model import BundleResult, SelfTestResult, Status
from kiosk.technician.core.ports import AuditLog, CounterStore, StatusSource

log = logging.getLogger(__name__)
REMOVED = "(removed)"
PART_BYTES = 32 * 1024  # base64 of a part stays well under the gateway's 64 KiB request limit
MAX_PARTS = 64
LOG_LINES = 3000
# Configuration keys whose values never leave the terminal, by the end of their names.
_SECRET_WORDS = ("token", "key", "secret", "password", "pins", "cert")


def _plain(value: Any) -> Any:
    """Dataclasses, enums, tuples and datetimes as JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def redacted_config(config: MachikadoConfig) -> dict[str, Any]:
    """The configuration as tables, each secret value replaced by ``(removed)``."""

    def walk(table: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in table.items():
            if any(word in name for word in _SECRET_WORDS):
                out[name] = REMOVED if value else value
            elif isinstance(value, dict):
                out[name] = walk(value)
            else:
                out[name] = value
        return out

    tables: dict[str, Any] = _plain(config)
    tables = walk(tables)
    tables["technician"]["technicians"] = len(config.technician.pins)
    return tables


def status_json(status: Status) -> dict[str, Any]:
    """The status as JSON values (with the level it adds up to)."""
    data: dict[str, Any] = _plain(status)
    data["level"] = status.level.value
    return data


class Scrubber:
    """Replaces every known secret in a text: the token, the PIN hashes, the technicians' ids."""

    def __init__(self, secrets: Sequence[str]) -> None:
        # Longest first, so a secret inside another is not left half replaced.
        self._secrets = sorted({s for s in secrets if len(s) >= 3}, key=len, reverse=True)

    def text(self, text: str) -> str:
        """``text`` with every secret replaced by ``(removed)``."""
        for secret in self._secrets:
            text = text.replace(secret, REMOVED)
        return text


def secrets_of(config: MachikadoConfig) -> list[str]:
    """What must not appear in a bundle: the terminal's token, PIN hashes, technicians' ids."""
    found = [*config.technician.pins.values(), *config.technician.pins.keys()]
    if config.gateway.token_file:
        try:
            token = Path(config.gateway.token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            token = ""
        if token:
            found.append(token)
    return found


class DiagnosticsBundle:
    """Builds, writes and uploads the bundle (the :class:`BundleExporter` of the terminal)."""

    def __init__(
        self,
        *,
        config: MachikadoConfig,
        status: StatusSource,
        counters: CounterStore,
        audit: AuditLog,
        logs: LogFile,
        enqueue: Callable[..., str] | None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._config = config
        self._status = status
        self._counters = counters
        self._audit = audit
        self._logs = logs
        self._enqueue = enqueue
        self._clock = clock

    def members(self, results: Sequence[SelfTestResult]) -> dict[str, bytes]:
        """The bundle's files by name, secrets already removed."""
        scrub = Scrubber(secrets_of(self._config))
        status = self._status.status()
        ids = {
            who: f"technician-{n}" for n, who in enumerate(sorted(self._config.technician.pins), 1)
        }
        audit = [
            {
                **entry.as_json(),
                "who": ids.get(entry.who, "cli" if entry.who.startswith("cli") else ""),
            }
            for entry in self._audit.recent(500)
        ]
        counters = self._counters.counters()
        log_lines = [
            json.dumps(_plain(entry), ensure_ascii=False)
            for entry in reversed(self._logs.recent(level="DEBUG", limit=LOG_LINES))
        ]
        texts = {
            "versions.json": _json(_plain(status.versions)),
            "status.json": _json(status_json(status)),
            "config.json": _json(redacted_config(self._config)),
            "selftests.json": _json([result_json(r) for r in results]),
            "counters.json": _json({"since": counters.since.isoformat(), **counters.values}),
            "audit.json": _json(audit),
            "logs/terminal.jsonl": "\n".join(log_lines) + ("\n" if log_lines else ""),
        }
        return {name: scrub.text(text).encode("utf-8") for name, text in texts.items()}

    def file_name(self) -> str:
        """``machikado-diag-<terminal>-<date>-<time>.tar.gz``, in the terminal's time zone."""
        local = self._clock().astimezone(self._config.terminal.zone)
        return f"machikado-diag-{self._config.terminal.id}-{local:%Y%m%d-%H%M%S}.tar.gz"

    def build(self, results: Sequence[SelfTestResult]) -> bytes:
        """The bundle as .tar.gz bytes."""
        buffer = io.BytesIO()
        stamp = self._clock().timestamp()
        with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
            for name, data in self.members(results).items():
                info = tarfile.TarInfo(f"machikado-diag/{name}")
                info.size, info.mtime, info.mode = len(data), int(stamp), 0o644
                archive.addfile(info, io.BytesIO(data))
        return buffer.getvalue()

    def export(self, destination: Path, results: Sequence[SelfTestResult]) -> BundleResult:
        """Write the bundle into ``destination`` and queue it for the gateway."""
        if not destination.is_dir():
            return BundleResult("", 0, (), False, "bundle.no_stick")
        data = self.build(results)
        members = tuple(sorted(self.members_of(data)))
        target = destination / self.file_name()
        uploaded = self._upload(data, target.name)
        part = destination / f".{target.name}.part"
        try:
            with part.open("wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, target)
        except OSError as err:
            log.warning("diagnostics bundle not written: %s", err.strerror)
            with contextlib.suppress(OSError):
                part.unlink()
            return BundleResult("", len(data), members, uploaded, "bundle.write_failed")
        return BundleResult(str(target), len(data), members, uploaded, "bundle.exported")

    @staticmethod
    def members_of(data: bytes) -> list[str]:
        """The member names of a bundle."""
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            return [member.name for member in archive.getmembers()]

    def _upload(self, data: bytes, name: str) -> bool:
        """Queue the bundle for the gateway in parts; False without an outbox or when too big."""
        if self._enqueue is None:
            return False
        parts = [data[i : i + PART_BYTES] for i in range(0, len(data), PART_BYTES)]
        if len(parts) > MAX_PARTS:
            log.warning("diagnostics bundle too big to upload (%d bytes)", len(data))
            return False
        bundle_id = uuid.uuid4().hex
        digest = hashlib.sha256(data).hexdigest()
        for number, part in enumerate(parts):
            self._enqueue(
                f"technician_bundle/{bundle_id}",
                {
                    "name": name,
                    "part": number,
                    "parts": len(parts),
                    "sha256": digest,
                    "data": base64.b64encode(part).decode("ascii"),
                },
                key=f"bundle-{bundle_id}-{number}",
            )
        return True


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
