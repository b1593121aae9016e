"""Puts an emulated card into pcscd's virtual reader by speaking vpcd's socket protocol."""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading

from devices.smartcard.emulator.card import CardPulled, EmulatedCard

log = logging.getLogger(__name__)

VPCD_PORT = 35963
CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4
_QUICKACK = getattr(socket, "TCP_QUICKACK", None)


class VpcdError(OSError):
    """vpcd could not be reached (pcscd not running, or vpcd not installed)."""


class VpcdCard:
    """One card in one vpcd slot: ``insert()`` connects to vpcd, ``remove()`` disconnects.

    vpcd (inside pcscd) is the server; each slot listens on ``VPCD_PORT + slot``. A worker
    thread answers vpcd's control messages and APDUs until the card is removed or pulled by
    its script.
    """

    def __init__(
        self, card: EmulatedCard, *, host: str = "127.0.0.1", port: int = VPCD_PORT
    ) -> None:
        self.card = card
        self.host = host
        self.port = port
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.removed = threading.Event()

    @property
    def inserted(self) -> bool:
        """Whether the card is connected to vpcd."""
        return self._sock is not None and not self.removed.is_set()

    def insert(self) -> None:
        """Connect to vpcd: the card appears in the reader at pcscd's next poll."""
        with self._lock:
            if self.inserted:
                return
            try:
                sock = socket.create_connection((self.host, self.port), timeout=5)
            except OSError as err:
                raise VpcdError(
                    f"cannot reach vpcd at {self.host}:{self.port}; is pcscd running with vpcd?"
                ) from err
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sock = sock
            self.removed.clear()
            self._thread = threading.Thread(
                target=self._serve, args=(sock,), name=f"vpcd-card-{self.port}", daemon=True
            )
            self._thread.start()
            log.info("emulated card inserted into vpcd port %d", self.port)

    def remove(self) -> None:
        """Disconnect from vpcd: pcscd reports the card gone at its next poll."""
        with self._lock:
            sock, thread = self._sock, self._thread
            self._sock, self._thread = None, None
        if sock is not None:
            self._close(sock)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        self.card.power_off()

    def _close(self, sock: socket.socket) -> None:
        self.removed.set()
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def _recv_exact(self, sock: socket.socket, size: int) -> bytes | None:
        data = bytearray()
        while len(data) < size:
            if _QUICKACK is not None:
                sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
            chunk = sock.recv(size - len(data))
            if not chunk:
                return None
            data += chunk
        return bytes(data)

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                header = self._recv_exact(sock, 2)
                if header is None:
                    break
                (size,) = struct.unpack("!H", header)
                message = self._recv_exact(sock, size) if size else b""
                if message is None:
                    break
                reply = self._answer(message)
                if reply is not None:
                    sock.sendall(struct.pack("!H", len(reply)) + reply)
        except CardPulled:
            log.info("emulated card pulled by its script on port %d", self.port)
        except OSError:
            pass
        finally:
            self.card.power_off()
            self._close(sock)

    def _answer(self, message: bytes) -> bytes | None:
        if len(message) == 1:
            code = message[0]
            if code == CTRL_ATR:
                return self.card.atr
            if code in (CTRL_OFF, CTRL_RESET):
                self.card.power_off()
            return None
        return self.card.process(message)
