"""Makes a CRL for a demo JPKI CA (the real CRL comes from J-LIS; the gateway only reads it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def issue_crl(
    ca_key: rsa.RSAPrivateKey,
    ca_certificate: x509.Certificate,
    revoked_serials: Iterable[int] = (),
    *,
    valid_days: float = 7,
    now: dt.datetime | None = None,
) -> x509.CertificateRevocationList:
    """A CRL signed by the CA listing ``revoked_serials``, current for ``valid_days``."""
    now = now or dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_certificate.subject)
        .last_update(now - dt.timedelta(minutes=5))
        .next_update(now + dt.timedelta(days=valid_days))
    )
    for serial in revoked_serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(serial)
            .revocation_date(now - dt.timedelta(minutes=1))
            .build()
        )
    return builder.sign(ca_key, hashes.SHA256())


def write_crl(crl: x509.CertificateRevocationList, path: Path) -> None:
    """Write ``crl`` as PEM, replacing the file atomically (the gateway re-reads it)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(crl.public_bytes(serialization.Encoding.PEM))
    tmp.replace(path)
