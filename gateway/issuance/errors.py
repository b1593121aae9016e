"""The error issuance answers with: the gateway's one error type, raised by the issuance domain."""

from __future__ import annotations

from gateway.errors import ApiError


class IssuanceError(ApiError):
    """An issuance request refused or failed; ``code`` is stable for programs."""
