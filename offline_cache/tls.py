"""The terminal's TLS to the gateway: the city's CA, its client certificate, and what failed."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests

from content.config import GatewayConfig
from offline_cache.errors import (
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateUnknownCaError,
    CertificateWrongHostError,
    ClientCertificateRefusedError,
    GatewayTlsError,
)

# OpenSSL's X509_V_ERR_* codes, as ssl.SSLCertVerificationError.verify_code carries them.
_VERIFY_CODES: dict[int, type[GatewayTlsError]] = {
    9: CertificateNotYetValidError,  # CERT_NOT_YET_VALID
    10: CertificateExpiredError,  # CERT_HAS_EXPIRED
    2: CertificateUnknownCaError,  # UNABLE_TO_GET_ISSUER_CERT
    18: CertificateUnknownCaError,  # DEPTH_ZERO_SELF_SIGNED_CERT
    19: CertificateUnknownCaError,  # SELF_SIGNED_CERT_IN_CHAIN
    20: CertificateUnknownCaError,  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    21: CertificateUnknownCaError,  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    24: CertificateUnknownCaError,  # INVALID_CA
    27: CertificateUnknownCaError,  # CERT_UNTRUSTED
    62: CertificateWrongHostError,  # HOSTNAME_MISMATCH
    64: CertificateWrongHostError,  # IP_ADDRESS_MISMATCH
}
# Alerts a server sends about the client's certificate (OpenSSL's reason names).
_CLIENT_CERTIFICATE_ALERTS = (
    "ALERT_CERTIFICATE_REQUIRED",
    "ALERT_BAD_CERTIFICATE",
    "ALERT_UNKNOWN_CA",
    "ALERT_CERTIFICATE_EXPIRED",
    "ALERT_CERTIFICATE_REVOKED",
    "ALERT_CERTIFICATE_UNKNOWN",
    "ALERT_UNSUPPORTED_CERTIFICATE",
    "ALERT_ACCESS_DENIED",
)


@dataclass(frozen=True)
class GatewayTls:
    """Whom the terminal trusts (``ca_file``) and what it shows (``client_cert``/``client_key``)."""

    ca_file: Path | None = None
    client_cert: Path | None = None
    client_key: Path | None = None

    @classmethod
    def from_config(cls, gateway: GatewayConfig) -> GatewayTls:
        """The ``[gateway]`` table's ``ca_file``, ``client_cert`` and ``client_key``."""
        return cls(
            Path(gateway.ca_file) if gateway.ca_file else None,
            Path(gateway.client_cert) if gateway.client_cert else None,
            Path(gateway.client_key) if gateway.client_key else None,
        )

    @property
    def verify(self) -> str | bool:
        """``requests``' ``verify``: the city's CA bundle, or True for the system's trust."""
        return str(self.ca_file) if self.ca_file is not None else True

    @property
    def cert(self) -> str | tuple[str, str] | None:
        """``requests``' ``cert``: the client certificate (and key) to show, if any."""
        if self.client_cert is None:
            return None
        if self.client_key is None:
            return str(self.client_cert)
        return str(self.client_cert), str(self.client_key)


def refuses_client_certificate(
    base_url: str, tls: GatewayTls, timeout: float | tuple[float, float]
) -> bool:
    """After dropped connections: does the gateway answer once no client certificate is shown?

    A gateway that refuses a client certificate during the handshake may just close the
    connection, which on its own looks like a network fault.
    """
    if tls.client_cert is None or not base_url.startswith("https://"):
        return False
    with requests.Session() as probe:
        try:
            answer = probe.get(f"{base_url}/api/v1/health", timeout=timeout, verify=tls.verify)
        except requests.RequestException:
            return False
    return answer.status_code == 200


def _causes(err: BaseException) -> Iterator[BaseException]:
    """``err`` and everything it wraps: causes, contexts, and urllib3's ``reason``/``args``."""
    seen: set[int] = set()
    stack = [err]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        inner = [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args]
        stack.extend(e for e in inner if isinstance(e, BaseException))


def closed_in_handshake(err: BaseException) -> bool:
    """Did the other end just close the connection, with no alert naming a reason?

    A server that refuses the client's certificate in TLS 1.3 may close the connection after
    the handshake; a request with a body written into it then fails as an EOF in the TLS
    layer, not as a dropped connection, though it is the same refusal.
    """
    return any(
        isinstance(cause, ssl.SSLEOFError | ssl.SSLZeroReturnError)
        or getattr(cause, "reason", None) == "UNEXPECTED_EOF_WHILE_READING"
        for cause in _causes(err)
    )


def tls_error(err: BaseException, where: str) -> GatewayTlsError:
    """The error ``err`` stands for: expired, not yet valid, unknown CA, wrong host, refused."""
    for cause in _causes(err):
        if isinstance(cause, ssl.SSLCertVerificationError):
            kind = _VERIFY_CODES.get(cause.verify_code, GatewayTlsError)
            return kind(f"{where}: {cause.verify_message}")
    for cause in _causes(err):
        reason = getattr(cause, "reason", None)
        if isinstance(cause, ssl.SSLError) and isinstance(reason, str):
            if any(reason.endswith(alert) for alert in _CLIENT_CERTIFICATE_ALERTS):
                return ClientCertificateRefusedError(f"{where}: the gateway answered {reason}")
            return GatewayTlsError(f"{where}: {reason}")
    return GatewayTlsError(f"{where}: {type(err).__name__}")
