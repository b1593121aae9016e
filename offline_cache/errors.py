"""The offline cache's errors, each with a message key the UI words in every language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class CacheError(Exception):
    """Root of the offline cache's errors; ``key`` names the message shown to people."""

    key = "cache.failed"


class GatewayUnreachableError(CacheError):
    """The gateway did not answer (no network, refused, timed out, cut off) after retries."""

    key = "gateway.unreachable"


class GatewayError(CacheError):
    """The gateway answered with an error; carries its status and JSON error code.

    ``detail`` holds the error's other fields (the slot taken, the cap reached), for the UI to
    say which.
    """

    key = "gateway.rejected"

    def __init__(
        self, status: int, code: str, message: str, detail: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(f"gateway answered {status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.detail = dict(detail or {})


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


class GatewayTlsError(GatewayUnreachableError):
    """The secure connection to the gateway failed; the subclass says why (never retried)."""

    key = "gateway.tls_failed"


class CertificateExpiredError(GatewayTlsError):
    """The gateway's certificate has expired."""

    key = "gateway.certificate_expired"


class CertificateNotYetValidError(GatewayTlsError):
    """The gateway's certificate is not valid yet: often this terminal's clock is wrong."""

    key = "gateway.certificate_not_yet_valid"


class CertificateUnknownCaError(GatewayTlsError):
    """The gateway's certificate is not from a CA this terminal trusts (``[gateway] ca_file``)."""

    key = "gateway.certificate_unknown_ca"


class CertificateWrongHostError(GatewayTlsError):
    """The gateway's certificate is for another host name or address than ``[gateway] url``."""

    key = "gateway.certificate_wrong_host"


class ClientCertificateRefusedError(GatewayTlsError):
    """The gateway ends the handshake when this terminal shows its client certificate."""

    key = "gateway.client_certificate_refused"


class ClientCertificateRequiredError(GatewayAuthError):
    """The gateway needs a client certificate and this terminal sent none."""

    key = "gateway.client_certificate_required"


class ClientCertificateMismatchError(GatewayAuthError):
    """This terminal's client certificate names another terminal than its token."""

    key = "gateway.client_certificate_mismatch"
