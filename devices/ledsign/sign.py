"""The Alpha protocol adapter: updates as nested packets, acknowledged, over any Link.

Before its first update on a connection the adapter lays out the board's memory (one TEXT file
and one DOTS picture per page) and sets the run sequence, so the board shows exactly what was
last sent. Every update is one nested packet written with the pauses the board needs. With
``confirm="ack"`` the board answers each packet with ACK or NAK and a status byte; with
``confirm="read"`` health is checked by reading the TEXT file back; ``confirm="none"`` suits
boards that never answer, whose health is then only that the port opens.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from PIL import Image

from devices.ledsign.codec import (
    ACK,
    NAK,
    PAUSE,
    Colour,
    Command,
    Frame,
    MemoryEntry,
    Mode,
    Picture,
    Position,
    Speed,
    call_picture,
    clear_error_register,
    configure_memory,
    enable_acks,
    encode_packet,
    read_text,
    run_sequence,
    text_page,
    write_picture,
    write_text,
)
from devices.ledsign.decoder import FrameDecoder, Packet
from devices.ledsign.errors import (
    LedSignContentError,
    LedSignError,
    LedSignLineError,
    LedSignNoAnswerError,
    LedSignRefusedError,
)
from devices.ledsign.interface import Matrix
from devices.ledsign.link import Link
from devices.ledsign.render import FontFile, find_japanese_font, pad, text_pictures, to_picture
from devices.monitor import Health

TEXT_LABEL = "A"
TEXT_SIZE = 1024
PICTURE_LABELS = "PQRSTUVW"
CONFIRMS = ("ack", "read", "none")
# NAK status bits, most telling first
NAK_REASONS = (
    (5, "illegal_command"),
    (4, "checksum"),
    (3, "buffer_overflow"),
    (2, "serial_timeout"),
    (1, "framing"),
    (0, "parity"),
)


def nak_reason(status: int) -> str:
    """The first error named by a NAK's status byte."""
    for bit, reason in NAK_REASONS:
        if status & (1 << bit):
            return reason
    return "unknown"


@dataclass(frozen=True)
class SignSettings:
    """How to talk to one board: its face, address, how it answers and how long to wait."""

    matrix: Matrix = field(default_factory=lambda: Matrix(16, 96))
    type_code: str = "Z"
    address: str = "00"
    confirm: str = "ack"
    timeout: float = 2.0
    settle: float = 1.0  # after the memory layout, which the board takes a moment to apply
    font: FontFile | None = None
    always_pictures: bool = False


class AlphaSign:
    """An Alpha protocol board behind a Link (serial port, pty, or the in-process emulator)."""

    def __init__(self, link: Link, settings: SignSettings | None = None) -> None:
        self.link = link
        self.settings = settings or SignSettings()
        self.matrix = self.settings.matrix
        self._lock = threading.Lock()
        self._ready = False
        self._last_health = Health(True)
        self._font = self.settings.font

    def __enter__(self) -> AlphaSign:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- wire ---------------------------------------------------------------------------

    def _bits(self) -> int:
        return self.link.framing.bits_per_char

    def _wire_time(self, size: int) -> float:
        baud = self.link.baud
        return size * self._bits() / baud if baud else 0.0

    def frame(self, commands: Sequence[Command]) -> Frame:
        """The packet this board gets for ``commands``."""
        return encode_packet(
            commands, type_code=self.settings.type_code, address=self.settings.address
        )

    def _write(self, frame: Frame) -> None:
        """Send the parts, pausing after each one has left the wire."""
        self.link.discard_input()
        for number, part in enumerate(frame.parts):
            started = time.monotonic()
            wire = self._wire_time(len(part))
            self.link.write(part, timeout=self.settings.timeout + 3 * wire)
            if number < frame.pauses:
                left = started + wire + PAUSE - time.monotonic()
                if left > 0:
                    time.sleep(left)

    def _await_ack(self, tail: int) -> None:
        deadline = time.monotonic() + self.settings.timeout + self._wire_time(tail)
        received = b""
        while len(received) < 2:
            left = deadline - time.monotonic()
            data = self.link.read(left) if left > 0 else b""
            if not data:
                if received:
                    raise LedSignLineError("the board's answer stopped after one byte")
                raise LedSignNoAnswerError("the LED board did not acknowledge the update")
            received += data
        answer, status = received[0], received[1]
        if answer not in (ACK, NAK) or not 0x40 <= status <= 0x7F or len(received) > 2:
            raise LedSignLineError("the LED board's answer is not ACK or NAK")
        if answer == NAK:
            reason = nak_reason(status)
            raise LedSignRefusedError(f"the LED board refused the update: {reason}", reason=reason)

    def _await_packet(self) -> Packet:
        decoder = FrameDecoder()
        deadline = time.monotonic() + self.settings.timeout
        while True:
            left = deadline - time.monotonic()
            data = self.link.read(left) if left > 0 else b""
            if not data:
                raise LedSignNoAnswerError("the LED board did not answer a read")
            for item in decoder.feed(data):
                if isinstance(item, Packet) and item.checksums_ok:
                    return item
                raise LedSignLineError("the LED board's answer is not a readable packet")
            if decoder.garbage:
                raise LedSignLineError("the LED board answered with noise")

    def _send(self, commands: Sequence[Command]) -> None:
        frame = self.frame(commands)
        try:
            self._write(frame)
            if self.settings.confirm == "ack":
                self._await_ack(len(frame.parts[-1]))
        except LedSignError:
            self._ready = False  # the board may have restarted: lay out its memory again
            raise

    # -- updates ------------------------------------------------------------------------

    def _memory(self) -> list[MemoryEntry]:
        entries = [MemoryEntry(TEXT_LABEL, "A", size=TEXT_SIZE)]
        rows, cols = self.matrix.rows, self.matrix.cols
        if Picture(("0" * cols,) * rows).small:
            entries += [MemoryEntry(label, "D", dots=(rows, cols)) for label in PICTURE_LABELS]
        return entries

    def _prepare(self) -> None:
        if self._ready:
            return
        setup = [configure_memory(self._memory()), run_sequence(TEXT_LABEL)]
        if self.settings.confirm == "ack":
            setup.insert(0, enable_acks())
        self._send(setup)
        time.sleep(self.settings.settle)
        self._ready = True

    def _update(self, commands: Sequence[Command]) -> None:
        with self._lock:
            self._prepare()
            self._send(commands)
        self._last_health = Health(True)

    def _japanese_font(self) -> FontFile:
        if self._font is None:
            self._font = find_japanese_font()
        return self._font

    def text_commands(
        self, text: str, *, mode: Mode, colour: Colour, speed: Speed | None
    ) -> list[Command]:
        """The commands that show ``text``: a TEXT file, or pictures and a TEXT calling them."""
        if not text.strip():
            raise LedSignContentError("there is no text to show", key="led_sign.bad_content.empty")
        native = text.isascii() and text.isprintable() and not self.settings.always_pictures
        if native:
            if len(text) > TEXT_SIZE - 8:
                raise LedSignContentError(
                    "the text is longer than the board's file", key="led_sign.bad_content.too_long"
                )
            page = text_page(text, mode=mode, position=Position.FILL, colour=colour, speed=speed)
            return [write_text(TEXT_LABEL, [page])]
        pictures = text_pictures(
            text,
            rows=self.matrix.rows,
            cols=self.matrix.cols,
            colour=colour,
            labels=PICTURE_LABELS,
            scrolling=mode.scrolls,
            font=self._japanese_font(),
        )
        return self.picture_commands(pictures, mode=mode, speed=speed)

    def picture_commands(
        self, pictures: Sequence[Picture], *, mode: Mode, speed: Speed | None = None
    ) -> list[Command]:
        """Write ``pictures`` and a TEXT file showing them: one page each, or one scrolling."""
        calls = [call_picture(picture) for picture in pictures]
        if mode.scrolls:
            pages = [text_page(b"".join(calls), mode=mode, speed=speed)]
        else:
            pages = [text_page(call, mode=mode, speed=speed) for call in calls]
        return [*(write_picture(p) for p in pictures), write_text(TEXT_LABEL, pages)]

    def show_text(
        self,
        text: str,
        *,
        mode: Mode = Mode.HOLD,
        colour: Colour = Colour.AMBER,
        speed: Speed | None = None,
    ) -> None:
        """Show ``text`` with ``mode``; Japanese is drawn with a Japanese font into pictures."""
        self._update(self.text_commands(text, mode=mode, colour=colour, speed=speed))

    def show_picture(
        self, image: Image.Image, *, mode: Mode = Mode.HOLD, colour: Colour = Colour.AMBER
    ) -> None:
        """Show ``image`` (the board's height; wider ones run over several pictures)."""
        rows, cols = self.matrix.rows, self.matrix.cols
        if image.height != rows:
            raise LedSignContentError(
                f"a picture for this board is {rows} dots high, not {image.height}",
                key="led_sign.bad_content.picture_size",
            )
        mono = image.convert("L").point(lambda value: 255 if value >= 128 else 0).convert("1")
        pieces = [
            mono.crop((x, 0, min(x + cols, mono.width), rows)) for x in range(0, mono.width, cols)
        ]
        if len(pieces) > len(PICTURE_LABELS):
            raise LedSignContentError(
                "the picture is wider than the board keeps", key="led_sign.bad_content.too_long"
            )
        if not mode.scrolls:
            pieces = [pad(piece, cols) for piece in pieces]
        pictures = [
            to_picture(p, colour, label) for p, label in zip(pieces, PICTURE_LABELS, strict=False)
        ]
        self._update(self.picture_commands(pictures, mode=mode))

    def clear(self) -> None:
        """Empty the TEXT file the board shows."""
        self._update([write_text(TEXT_LABEL)])

    # -- health -------------------------------------------------------------------------

    def _probe(self) -> Health:
        confirm = self.settings.confirm
        if confirm == "ack":
            self._send([enable_acks(), clear_error_register()])
        elif confirm == "read":
            self._write(self.frame([read_text(TEXT_LABEL)]))
            self._await_packet()
        else:
            self.link.discard_input()  # opens the port
            return Health(True, warning="led_sign.unconfirmed")
        return Health(True)

    def health(self) -> Health:
        """Whether the board answers; during an update, the state from the last check."""
        if not self._lock.acquire(blocking=False):
            return self._last_health
        try:
            health = self._probe()
        except LedSignError as err:
            self._ready = False
            health = Health(False, err.key)
        finally:
            self._lock.release()
        self._last_health = health
        return health

    def close(self) -> None:
        """Close the link."""
        with self._lock:
            self.link.close()
            self._ready = False
