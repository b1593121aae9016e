"""Checks a JPKI user-authentication certificate and its signature over a gateway challenge."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

from gateway.issuance.errors import IssuanceError

CHALLENGE_LABEL = b"machikado-issuance/1"


def challenge_digest(terminal_id: str, nonce: str) -> bytes:
    """The SHA-256 digest the card signs: label, terminal and nonce, so no other use fits it."""
    return hashlib.sha256(
        b"|".join((CHALLENGE_LABEL, terminal_id.encode(), nonce.encode()))
    ).digest()


@dataclass(frozen=True)
class CardIdentity:
    """Who signed: the issuing CA's fingerprint and the certificate's serial number (hex)."""

    issuer: str
    serial: str


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of a certificate's DER, in hex."""
    return certificate.fingerprint(hashes.SHA256()).hex()


def load_certificates(path: Path) -> tuple[x509.Certificate, ...]:
    """Every certificate in a PEM file (or the single certificate of a DER file)."""
    data = path.read_bytes()
    if b"-----BEGIN" in data:
        return tuple(x509.load_pem_x509_certificates(data))
    return (x509.load_der_x509_certificate(data),)


@dataclass
class RevocationLists:
    """CRL files, re-read whenever one changes on disk (the city replaces them as they renew)."""

    paths: tuple[Path, ...]
    _cache: dict[Path, tuple[float, x509.CertificateRevocationList]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def for_issuer(self, issuer: x509.Name) -> list[x509.CertificateRevocationList]:
        """The CRLs issued by ``issuer``; unreadable files count as absent."""
        found = []
        with self._lock:
            for path in self.paths:
                crl = self._read(path)
                if crl is not None and crl.issuer == issuer:
                    found.append(crl)
        return found

    def _read(self, path: Path) -> x509.CertificateRevocationList | None:
        try:
            stamp = os.stat(path).st_mtime_ns
        except OSError:
            return None
        cached = self._cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            data = path.read_bytes()
            crl = (
                x509.load_pem_x509_crl(data)
                if b"-----BEGIN" in data
                else x509.load_der_x509_crl(data)
            )
        except (OSError, ValueError):
            return None
        self._cache[path] = (stamp, crl)
        return crl


@dataclass(frozen=True)
class JpkiTrust:
    """The JPKI CA certificates the gateway trusts and the CRLs it checks revocation against."""

    authorities: tuple[x509.Certificate, ...]
    crls: RevocationLists

    @classmethod
    def from_files(cls, ca_file: Path, crl_files: tuple[Path, ...]) -> JpkiTrust:
        """Trust the CAs in ``ca_file``; check revocation against ``crl_files``."""
        return cls(load_certificates(ca_file), RevocationLists(tuple(crl_files)))

    def verify(
        self, certificate_der: bytes, signature: bytes, digest: bytes, now: dt.datetime
    ) -> CardIdentity:
        """Check chain, dates, usage, revocation and the signature; ``IssuanceError`` if not."""
        try:
            cert = x509.load_der_x509_certificate(certificate_der)
        except ValueError as err:
            raise IssuanceError(
                400, "malformed_certificate", "not a DER X.509 certificate"
            ) from err
        ca = self.issuer_of(cert)
        if not ca.not_valid_before_utc <= now <= ca.not_valid_after_utc:
            raise IssuanceError(403, "ca_not_valid", "the issuing CA is outside its validity")
        if now < cert.not_valid_before_utc:
            raise IssuanceError(
                403, "certificate_not_yet_valid", "the certificate is not valid yet"
            )
        if now > cert.not_valid_after_utc:
            raise IssuanceError(
                403,
                "certificate_expired",
                "the card's certificate has expired; renew it at the city's counter",
            )
        self._check_usage(cert)
        self._check_revocation(cert, ca, now)
        public_key = cert.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise IssuanceError(403, "certificate_not_for_authentication", "not an RSA key")
        try:
            public_key.verify(signature, digest, padding.PKCS1v15(), Prehashed(hashes.SHA256()))
        except InvalidSignature as err:
            raise IssuanceError(
                403, "bad_signature", "the signature does not match the challenge"
            ) from err
        return CardIdentity(fingerprint(ca), format(cert.serial_number, "x"))

    def issuer_of(self, cert: x509.Certificate) -> x509.Certificate:
        """The trusted CA that signed ``cert``; 403 ``untrusted_certificate`` if none did."""
        for ca in self.authorities:
            if ca.subject != cert.issuer:
                continue
            try:
                cert.verify_directly_issued_by(ca)
            except (ValueError, TypeError, InvalidSignature):
                continue
            return ca
        raise IssuanceError(
            403, "untrusted_certificate", "the certificate was not issued by a trusted JPKI CA"
        )

    @staticmethod
    def _check_usage(cert: x509.Certificate) -> None:
        try:
            usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
            basic = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except x509.ExtensionNotFound as err:
            raise IssuanceError(
                403, "certificate_not_for_authentication", "key usage or constraints missing"
            ) from err
        if not usage.digital_signature or basic.ca:
            raise IssuanceError(
                403, "certificate_not_for_authentication", "not an end-entity signing certificate"
            )

    def _check_revocation(
        self, cert: x509.Certificate, ca: x509.Certificate, now: dt.datetime
    ) -> None:
        public_key = ca.public_key()
        current = [
            crl
            for crl in self.crls.for_issuer(ca.subject)
            if isinstance(public_key, rsa.RSAPublicKey)
            and crl.is_signature_valid(public_key)
            and crl.next_update_utc is not None
            and crl.last_update_utc <= now <= crl.next_update_utc
        ]
        if not current:
            raise IssuanceError(
                503,
                "revocation_unavailable",
                "no current revocation list for this CA; issuance is paused",
            )
        for crl in current:
            if crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None:
                raise IssuanceError(
                    403, "certificate_revoked", "the card's certificate has been revoked"
                )


def pem(certificate: x509.Certificate) -> bytes:
    """A certificate as PEM."""
    return certificate.public_bytes(serialization.Encoding.PEM)
