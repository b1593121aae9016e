"""A PIN as a short-lived value: format-checked on creation, wiped after one card operation."""

from __future__ import annotations

from typing import NoReturn

from devices.smartcard.errors import PinFormatError

_DIGITS = frozenset(b"0123456789")


class Pin:
    """A 4-digit card PIN held in a wipeable buffer; never printed, logged or compared by value.

    The format is checked here, before anything is sent to a card, so a typo never costs a try.
    ``clear()`` overwrites the buffer; the card session calls it as soon as the PIN was used.
    """

    __slots__ = ("_buffer",)

    def __init__(self, digits: str | bytes | bytearray, *, length: int = 4) -> None:
        raw = bytearray(digits.encode("ascii", "replace") if isinstance(digits, str) else digits)
        try:
            if len(raw) != length or any(byte not in _DIGITS for byte in raw):
                raise PinFormatError(f"a PIN must be exactly {length} digits 0-9")
        except PinFormatError:
            raw[:] = bytes(len(raw))
            raise
        self._buffer = raw

    @property
    def cleared(self) -> bool:
        """Whether the PIN was already used and wiped."""
        return not self._buffer

    def take(self) -> bytearray:
        """The PIN's ASCII bytes for the one VERIFY that uses them; raises if already cleared."""
        if not self._buffer:
            raise PinFormatError("this PIN was already used and cleared; ask for it again")
        return self._buffer

    def clear(self) -> None:
        """Overwrite the digits and forget them."""
        self._buffer[:] = bytes(len(self._buffer))
        del self._buffer[:]

    def __enter__(self) -> Pin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.clear()

    def __repr__(self) -> str:
        return "Pin(****)" if self._buffer else "Pin(<cleared>)"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("a PIN cannot be pickled")
