"""A city CA for tests, made in the test with trustme, and a gateway serving TLS with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import trustme

from gateway.tls import TlsSettings
from tools.rigs.gateway import LiveGateway


@dataclass
class Pki:
    """The city's CA and another one, and files of certificates issued by them."""

    folder: Path
    city: trustme.CA
    other: trustme.CA

    def __post_init__(self) -> None:
        self.city.cert_pem.write_to_path(self.folder / "city-ca.pem")
        self.other.cert_pem.write_to_path(self.folder / "other-ca.pem")

    @classmethod
    def make(cls, folder: Path) -> Pki:
        """A fresh city CA and another CA, their certificates written in ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        return cls(folder, trustme.CA(organization_name="Hanamizuki City CA"), trustme.CA())

    @property
    def city_ca(self) -> Path:
        """The city CA's certificate (what a terminal's ``ca_file`` names)."""
        return self.folder / "city-ca.pem"

    @property
    def other_ca(self) -> Path:
        """Another CA's certificate, which did not issue the gateway's."""
        return self.folder / "other-ca.pem"

    def issue(
        self, name: str, *identities: str, ca: trustme.CA | None = None, **dates
    ) -> tuple[Path, Path]:
        """Write a certificate (with its chain; CN = the first identity) and key; their paths."""
        leaf = (ca or self.city).issue_cert(*identities, common_name=identities[0], **dates)
        cert, key = self.folder / f"{name}.pem", self.folder / f"{name}.key"
        leaf.private_key_pem.write_to_path(key)
        leaf.cert_chain_pems[0].write_to_path(cert)
        for blob in leaf.cert_chain_pems[1:]:
            blob.write_to_path(cert, append=True)
        return cert, key


def tls_gateway(folder: Path, cert: Path, key: Path, client_ca: Path | None = None, **options):
    """A started gateway in ``folder`` serving TLS with ``cert`` (client certificates from
    ``client_ca`` when given)."""
    folder.mkdir(parents=True, exist_ok=True)
    return LiveGateway(folder, tls=TlsSettings(cert, key, client_ca), **options).start()
