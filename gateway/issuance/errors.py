"""The error issuance answers with: an HTTP status, a stable code and a sentence."""

from __future__ import annotations


class IssuanceError(Exception):
    """An issuance request refused or failed; ``code`` is stable for programs."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
