"""The error every flow can explain to a resident: it carries a message key, not wording."""

from __future__ import annotations


class FlowError(Exception):
    """A failure a flow knows how to explain; ``key`` is the message key ('card.removed')."""

    def __init__(self, key: str, message: str = "") -> None:
        super().__init__(message or key)
        self.key = key
