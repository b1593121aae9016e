"""A :class:`~kiosk.shell.core.messages.Message` in the language whose translators are installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.shell.core.messages import Message


def tr(message: Message | None) -> str:
    """``message`` translated by the installed catalogues ('' for None)."""
    if message is None:
        return ""
    return QCoreApplication.translate(message.context, message.source)
