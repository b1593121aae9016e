"""Records into the journal over systemd's native protocol, on a datagram socket standing in.

The socket is read the way journald reads /run/systemd/journal/socket: ``KEY=value`` lines or
length-prefixed values, and a sealed memfd passed with SCM_RIGHTS for a record too large for
one datagram.
"""

from __future__ import annotations

import array
import logging
import os
import socket
import struct

import pytest

from machikado.journal import JournalHandler, encode, priority, stderr_is_journal
from machikado.log_time import use_terminal


def decode(data: bytes) -> dict[str, str]:
    """journald's reading of one native-protocol payload."""
    fields, at = {}, 0
    while at < len(data):
        end = data.index(b"\n", at)
        line = data[at:end]
        if b"=" in line:
            key, value = line.split(b"=", 1)
            at = end + 1
        else:
            key = line
            (size,) = struct.unpack("<Q", data[end + 1 : end + 9])
            value = data[end + 9 : end + 9 + size]
            assert data[end + 9 + size : end + 10 + size] == b"\n"
            at = end + 10 + size
        fields[key.decode()] = value.decode()
    return fields


@pytest.fixture
def journald(tmp_path):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "journal.socket"))
    sock.settimeout(5)
    yield sock
    sock.close()


def receive(sock: socket.socket) -> dict[str, str]:
    fds = array.array("i")
    data, ancillary, _, _ = sock.recvmsg(1 << 16, socket.CMSG_SPACE(fds.itemsize))
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(payload[: len(payload) - len(payload) % fds.itemsize])
    if fds:
        assert data == b""
        with os.fdopen(fds[0], "rb") as memfd:
            memfd.seek(0)  # journald maps it whole; the sender's writes moved the shared offset
            return decode(memfd.read())
    return decode(data)


@pytest.fixture
def logger(journald):
    handler = JournalHandler(terminal="kiosk-minami-01", address=journald.getsockname())
    log = logging.getLogger("machikado.test.journal")
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    log.propagate = False
    yield log
    log.removeHandler(handler)
    handler.close()


def test_a_record_carries_priority_source_and_the_terminals_fields(logger, journald):
    logger.warning(
        "paper is out on %s", "the receipt printer", extra={"device": "receipt", "key": "paper_out"}
    )
    fields = receive(journald)
    assert fields["MESSAGE"] == "machikado.test.journal: paper is out on the receipt printer"
    assert fields["PRIORITY"] == "4"
    assert fields["SYSLOG_IDENTIFIER"] == "machikado"
    assert fields["LOGGER"] == "machikado.test.journal"
    assert fields["CODE_FILE"] == __file__ and fields["CODE_FUNC"].startswith("test_a_record")
    assert fields["MACHIKADO_TERMINAL"] == "kiosk-minami-01"
    assert fields["MACHIKADO_DEVICE"] == "receipt"
    assert fields["MACHIKADO_MESSAGE_KEY"] == "paper_out"


def test_no_other_extra_reaches_the_journal(logger, journald):
    logger.info("card read", extra={"resident": "山田　花子", "pin": "4821", "device": "card"})
    fields = receive(journald)
    sent = "\n".join(f"{k}={v}" for k, v in fields.items())
    assert "山田" not in sent and "4821" not in sent
    assert fields["MACHIKADO_DEVICE"] == "card" and "MACHIKADO_MESSAGE_KEY" not in fields


def test_a_traceback_keeps_its_lines(logger, journald):
    try:
        raise ValueError("bad frame")
    except ValueError:
        logger.exception("the LED board refused a frame", extra={"device": "ledsign"})
    fields = receive(journald)
    assert fields["PRIORITY"] == "3"
    assert fields["MESSAGE"].startswith("machikado.test.journal: the LED board refused a frame\n")
    assert "Traceback" in fields["MESSAGE"] and fields["MESSAGE"].endswith("ValueError: bad frame")


def test_a_record_over_the_datagram_limit_goes_as_a_sealed_memfd(logger, journald):
    big = "あ" * 100_000  # 300 kB in UTF-8, over the socket's datagram size
    logger.info("%s", big)
    fields = receive(journald)
    assert fields["MESSAGE"] == f"machikado.test.journal: {big}"


def test_a_missing_journal_is_reported_once_and_never_raised(tmp_path, capsys):
    handler = JournalHandler(address=str(tmp_path / "nobody"))
    log = logging.getLogger("machikado.test.nojournal")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("one")
        log.warning("two")
    finally:
        log.removeHandler(handler)
        handler.close()
    assert capsys.readouterr().err.count("cannot write to the journal") == 1


def test_the_configured_terminal_id_tags_the_roots_journal_handler(journald):
    handler = JournalHandler(address=journald.getsockname())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        use_terminal("station-eki-03")
        assert handler.terminal == "station-eki-03"
    finally:
        root.removeHandler(handler)
        handler.close()


def test_journal_stream_names_this_stderr_or_nothing():
    stat = os.fstat(2)
    assert stderr_is_journal({"JOURNAL_STREAM": f"{stat.st_dev}:{stat.st_ino}"})
    assert not stderr_is_journal({"JOURNAL_STREAM": f"{stat.st_dev}:{stat.st_ino + 1}"})
    assert not stderr_is_journal({"JOURNAL_STREAM": "garbage"})
    assert not stderr_is_journal({})


def test_encoding_and_priorities():
    assert encode({"A": "1", "B": "x\ny"}) == b"A=1\nB\n" + struct.pack("<Q", 3) + b"x\ny\n"
    levels = (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
    assert [priority(level) for level in levels] == [7, 6, 4, 3, 2]
