"""TLS served by the gateway itself: its context, the client certificate, and whose it is.

With ``--client-ca`` the gateway asks every client for a certificate: one that is not from that
CA (or has expired) ends the handshake. A client without one still connects, because residents'
phones open the public routes (QR links, document verification); a route that takes a terminal
token then answers 403. What the handshake cannot know is which terminal the bearer token
belongs to, so each connection's verified certificate is handed to the application in the ASGI
TLS extension (``scope["extensions"]["tls"]``) and the token check compares its subject's common
name with the token's terminal.

Behind a reverse proxy that checks client certificates itself (``--proxy-client-certs``), the
proxy passes the verified certificate in ``X-Client-Cert`` (URL-encoded PEM, nginx's
``$ssl_client_escaped_cert``, or base64 DER); that header is believed only from a trusted proxy
and becomes the same TLS extension.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from cryptography import x509
from cryptography.x509.oid import NameOID
from uvicorn.protocols.http.h11_impl import H11Protocol

from gateway.errors import ApiError

ASGIApp = Callable[..., Any]


@dataclass(frozen=True)
class TlsSettings:
    """The gateway's certificate and key, and the CA its terminals' certificates come from."""

    cert_file: Path
    key_file: Path
    client_ca: Path | None = None

    def context(self) -> ssl.SSLContext:
        """A server context (TLS 1.2 or newer); ``ValueError`` naming the option that is wrong."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        # ssl names no file when one is missing, so each is looked for first
        for option, path in (("--tls-cert", self.cert_file), ("--tls-key", self.key_file)):
            if not Path(path).is_file():
                raise ValueError(f"{option} {path}: no such file")
        try:
            context.load_cert_chain(self.cert_file, self.key_file)
        except (OSError, ssl.SSLError) as err:
            raise ValueError(
                f"--tls-cert {self.cert_file} / --tls-key {self.key_file}: not a certificate and"
                f" its private key in PEM ({_reason(err)})"
            ) from err
        if self.client_ca is not None:
            try:
                context.load_verify_locations(cafile=self.client_ca)
            except FileNotFoundError as err:
                raise ValueError(f"--client-ca {self.client_ca}: no such file") from err
            except (OSError, ssl.SSLError) as err:
                raise ValueError(
                    f"--client-ca {self.client_ca}: not a PEM CA bundle ({_reason(err)})"
                ) from err
            context.verify_mode = ssl.CERT_OPTIONAL  # verified when sent; required per route
        return context


def _reason(err: OSError | ssl.SSLError) -> str:
    return str(getattr(err, "reason", None) or err.strerror or err)


def _tls_extension(transport: asyncio.BaseTransport) -> dict[str, Any]:
    """The ASGI TLS extension of one connection: the client certificate and its subject."""
    ssl_object = transport.get_extra_info("ssl_object")
    return _extension(ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None)


def _extension(der: bytes | None) -> dict[str, Any]:
    chain: list[str] = []
    name: str | None = None
    if der:
        certificate = x509.load_der_x509_certificate(der)
        chain = [ssl.DER_cert_to_PEM_cert(der)]
        name = certificate.subject.rfc4514_string()
    return {
        "server_cert": None,
        "client_cert_chain": chain,
        "client_cert_name": name,
        "client_cert_error": None,
        "tls_version": None,
        "cipher_suite": None,
    }


class TlsPeerProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, adding the connection's TLS extension to each request."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Read the verified client certificate once the handshake is done."""
        super().connection_made(transport)
        extension = _tls_extension(transport)
        inner: ASGIApp = self.app

        async def with_tls(scope: dict[str, Any], receive: Any, send: Any) -> None:
            scope.setdefault("extensions", {})["tls"] = extension
            await inner(scope, receive, send)

        self.app = with_tls


class ProxyClientCertificate:
    """ASGI middleware: a trusted proxy's ``X-Client-Cert`` becomes the request's TLS extension.

    It must see the connection's own address, so it goes outside uvicorn's proxy headers
    middleware. From any other address the header is ignored.
    """

    def __init__(self, app: ASGIApp, trusted_proxies: tuple[str, ...]) -> None:
        self.app = app
        self.networks = [ipaddress.ip_network(p, strict=False) for p in trusted_proxies]

    def _trusted(self, scope: Mapping[str, Any]) -> bool:
        client = scope.get("client")
        try:
            address = ipaddress.ip_address(client[0]) if client else None
        except ValueError:
            return False
        return address is not None and any(address in network for network in self.networks)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Take the forwarded certificate of an HTTP request from a trusted proxy."""
        if scope["type"] == "http" and self._trusted(scope):
            for name, value in scope["headers"]:
                if name == b"x-client-cert" and value.strip():
                    der = _forwarded_der(value.decode("latin-1").strip())
                    if der is not None:
                        scope.setdefault("extensions", {})["tls"] = _extension(der)
                    break
        await self.app(scope, receive, send)


def _forwarded_der(value: str) -> bytes | None:
    """The DER of a forwarded certificate (URL-encoded PEM or base64 DER); None if neither."""
    try:
        if value.startswith(("-----BEGIN", "%2D", "%2d")):
            der = ssl.PEM_cert_to_DER_cert(unquote(value))
        else:
            der = base64.b64decode(value, validate=True)
        x509.load_der_x509_certificate(der)
    except (ValueError, binascii.Error):
        return None
    return der


def certificate_terminal(scope: Mapping[str, Any]) -> str | None:
    """The terminal id a request's client certificate names (its subject's common name)."""
    tls = (scope.get("extensions") or {}).get("tls") or {}
    chain = tls.get("client_cert_chain") or []
    if not chain:
        return None
    certificate = x509.load_pem_x509_certificate(chain[0].encode("ascii"))
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if len(names) == 1 else None


def check_client_certificate(scope: Mapping[str, Any], terminal_id: str) -> None:
    """403 unless the request's client certificate names ``terminal_id``."""
    named = certificate_terminal(scope)
    if named is None:
        raise ApiError(
            403,
            "client_certificate_required",
            "this gateway needs the terminal's client certificate (CN = its terminal id)",
        )
    if named != terminal_id:
        raise ApiError(
            403,
            "client_certificate_mismatch",
            f"the client certificate names terminal {named!r}, the token belongs to another",
        )
