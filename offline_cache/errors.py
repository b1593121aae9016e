"""The offline cache's errors, each with a message key the UI words in every language."""

from __future__ import annotations


class CacheError(Exception):
    """Root of the offline cache's errors; ``key`` names the message shown to people."""

    key = "cache.failed"


class GatewayUnreachableError(CacheError):
    """The gateway did not answer (no network, refused, timed out, cut off) after retries."""

    key = "gateway.unreachable"


class GatewayError(CacheError):
    """The gateway answered with an error; carries its status and JSON error code."""

    key = "gateway.rejected"

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"gateway answered {status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


class GatewayAuthError(GatewayError):
    """The gateway does not accept this terminal's token (unknown or revoked terminal)."""

    key = "gateway.unauthorized"


class GatewayServerError(GatewayError):
    """The gateway failed on its side (5xx) and kept failing after retries."""

    key = "gateway.server_error"


class DeltaUnavailableError(GatewayError):
    """The gateway cannot build a delta from the version held here; fetch the whole dataset."""

    key = "gateway.delta_unavailable"


class GatewayProtocolError(CacheError):
    """A response that is not what the API promises: malformed, oversized or off-schema."""

    key = "gateway.bad_response"


class StoreError(CacheError):
    """The local store cannot be opened or written."""

    key = "store.failed"


class StaleDeltaError(StoreError):
    """A delta that does not start from the version the store holds; it was not applied."""

    key = "store.stale_delta"
