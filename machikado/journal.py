"""Log records into systemd's journal over its native protocol, with the terminal's own fields.

Under a unit, systemd connects stderr to the journal and says so in ``JOURNAL_STREAM``
(``device:inode`` of that stream). Then each record goes to ``/run/systemd/journal/socket`` as
one datagram of ``FIELD=value`` lines (systemd's native journal protocol) rather than as a
line of text: ``PRIORITY`` from the level, the logger's name, the source line, and the
terminal's fields, so ``journalctl MACHIKADO_DEVICE=receipt`` finds a device's events::

    MACHIKADO_TERMINAL   the terminal's id from the configuration
    MACHIKADO_DEVICE     the device an event is about (``extra={"device": "receipt"}``)
    MACHIKADO_MESSAGE_KEY  the message key of the event (``extra={"key": "printer.paper_out"}``)

Only these names and the record's own text are sent: a resident's data never belongs in a log
message, and no other ``extra`` value is copied into the journal. A record too large for one
datagram goes as a sealed memfd, as sd_journal_send does. A failed send is reported once on
stderr and never raised.
"""

from __future__ import annotations

import array
import errno
import fcntl
import logging
import os
import socket
import struct
import sys
from collections.abc import Mapping

SOCKET = "/run/systemd/journal/socket"
# syslog priorities, as journald stores them
_PRIORITY = ((logging.CRITICAL, 2), (logging.ERROR, 3), (logging.WARNING, 4), (logging.INFO, 6))
# a record's ``extra`` names and the journal fields they become
EXTRA_FIELDS = {"device": "MACHIKADO_DEVICE", "key": "MACHIKADO_MESSAGE_KEY"}
_SEALS = fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_WRITE | fcntl.F_SEAL_SEAL


def stderr_is_journal(env: Mapping[str, str] | None = None) -> bool:
    """Whether systemd connected this process's stderr to the journal (``JOURNAL_STREAM``)."""
    value = (os.environ if env is None else env).get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    if not (device.isdigit() and inode.isdigit()):
        return False
    try:
        stat = os.fstat(2)
    except OSError:
        return False
    return (stat.st_dev, stat.st_ino) == (int(device), int(inode))


def priority(level: int) -> int:
    """The syslog priority of a logging level (debug 7 … critical 2)."""
    for floor, value in _PRIORITY:
        if level >= floor:
            return value
    return 7


def encode(fields: Mapping[str, str]) -> bytes:
    """The native protocol's form of ``fields``: ``KEY=value`` lines, or length-prefixed values.

    A value holding a newline is sent as ``KEY``, a newline, its length as 64-bit little
    endian, the value and a newline.
    """
    out = bytearray()
    for key, value in fields.items():
        data = value.encode("utf-8", "replace")
        if b"\n" in data:
            out += key.encode() + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"
        else:
            out += key.encode() + b"=" + data + b"\n"
    return bytes(out)


class JournalHandler(logging.Handler):
    """Sends each record to journald with its priority, source and the terminal's fields."""

    def __init__(
        self, identifier: str = "machikado", terminal: str = "", address: str = SOCKET
    ) -> None:
        super().__init__()
        self.identifier = identifier
        self.terminal = terminal
        self.address = address
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.set_inheritable(False)
        self._warned = False
        # journald stamps each entry itself; the message is the logger's name and text
        self.setFormatter(logging.Formatter("%(name)s: %(message)s"))

    def fields(self, record: logging.LogRecord) -> dict[str, str]:
        """The journal fields of one record."""
        fields = {
            "MESSAGE": self.format(record),
            "PRIORITY": str(priority(record.levelno)),
            "SYSLOG_IDENTIFIER": self.identifier,
            "LOGGER": record.name,
            "CODE_FILE": record.pathname,
            "CODE_LINE": str(record.lineno),
            "CODE_FUNC": record.funcName,
            "THREAD_NAME": record.threadName or "",
        }
        if self.terminal:
            fields["MACHIKADO_TERMINAL"] = self.terminal
        for name, field in EXTRA_FIELDS.items():
            value = getattr(record, name, None)
            if isinstance(value, str) and value:
                fields[field] = value
        return fields

    def emit(self, record: logging.LogRecord) -> None:
        """Send the record; report a failure once on stderr, never raise."""
        try:
            data = encode(self.fields(record))
            self._send(data)
        except Exception as err:  # a log call must never take the terminal down
            if not self._warned:
                self._warned = True
                print(f"machikado: cannot write to the journal: {err}", file=sys.stderr)

    def _send(self, data: bytes) -> None:
        try:
            self._sock.sendto(data, self.address)
        except OSError as err:
            if err.errno not in (errno.EMSGSIZE, errno.ENOBUFS):
                raise
            self._send_memfd(data)

    def _send_memfd(self, data: bytes) -> None:
        """A record over the datagram limit: its fields in a sealed memfd passed to journald."""
        fd = os.memfd_create("machikado-journal", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            fcntl.fcntl(fd, fcntl.F_ADD_SEALS, _SEALS)
            # (socket.send_fds would drop the address)
            rights = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [fd]))]
            self._sock.sendmsg([b""], rights, 0, self.address)
        finally:
            os.close(fd)

    def close(self) -> None:
        """Close the handler's socket."""
        self._sock.close()
        super().close()
