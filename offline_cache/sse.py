"""Server-sent events (the ``text/event-stream`` format): lines and events read as they arrive,
and a stream closed under the thread reading it."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import requests

MAX_LINE_BYTES = 1024 * 1024
MAX_EVENT_BYTES = 4 * 1024 * 1024


class StreamFormatError(ValueError):
    """A stream that is not ``text/event-stream`` (an oversized line or event, not UTF-8)."""


@dataclass(frozen=True)
class ServerEvent:
    """One event: its name (``message`` if unnamed), its data, and the last id seen."""

    name: str
    data: str
    id: str | None


def events(lines: Iterable[bytes]) -> Iterator[ServerEvent | None]:
    """The events of ``lines`` (without their line ends); ``None`` for each comment line, so
    that a reader sees the heartbeats too."""
    name, data, last_id, size = "", list[str](), None, 0
    for raw in lines:
        if len(raw) > MAX_LINE_BYTES:
            raise StreamFormatError("a line of the stream is over the size limit")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise StreamFormatError("the stream is not UTF-8") from err
        if not line:
            if data:
                yield ServerEvent(name or "message", "\n".join(data), last_id)
            name, data, size = "", [], 0
            continue
        if line.startswith(":"):
            yield None
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            name = value
        elif field == "data":
            size += len(raw)
            if size > MAX_EVENT_BYTES:
                raise StreamFormatError("an event of the stream is over the size limit")
            data.append(value)
        elif field == "id" and "\x00" not in value:
            last_id = value


def lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of a byte stream as it arrives, without their ``\\n`` or ``\\r\\n``."""
    pending = b""
    for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            yield line.removesuffix(b"\r")
        if len(pending) > MAX_LINE_BYTES:
            raise StreamFormatError("a line of the stream is over the size limit")


def close_stream(response: requests.Response) -> None:
    """Close a stream another thread is reading: shut its socket down, so the read returns."""
    connection = getattr(response.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    response.close()
