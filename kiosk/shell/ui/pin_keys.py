"""What a physical keyboard's keys do on a PIN page: digits, Backspace, Escape and Enter."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt


class PinEntry(Protocol):
    """Whatever takes a PIN's digits (a flow, or its identity check)."""

    def press_digit(self, digit: str) -> None:
        """One more digit."""
        ...

    def delete_digit(self) -> None:
        """Take back the last digit."""
        ...

    def clear_pin(self) -> None:
        """Start the PIN again."""
        ...

    def submit_pin(self) -> None:
        """Check the PIN typed."""
        ...


def press_pin_key(entry: PinEntry, key: int, text: str) -> bool:
    """Pass one key to ``entry``; True when the key meant something on a PIN page."""
    if key == Qt.Key.Key_Backspace.value:
        entry.delete_digit()
    elif key == Qt.Key.Key_Escape.value:
        entry.clear_pin()
    elif key in (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value):
        entry.submit_pin()
    elif len(text) == 1 and text in "0123456789":
        entry.press_digit(text)
    else:
        return False
    return True
