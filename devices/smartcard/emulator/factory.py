"""Makes demo cards: a "JPKI test CA", residents' cards signed by it, saved as JSON files."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from devices.smartcard.emulator.card import (
    ATR_JUKI,
    ATR_MY_NUMBER,
    ATR_OTHER,
    Application,
    CardFile,
    CardKey,
    EmulatedCard,
    PinRecord,
    basic_four_tlv,
    my_number_ef,
    token,
)
from devices.smartcard.mynumber import JPKI_AID, JUKI_AID, SUPPORT_AID, JpkiFile, SupportFile

FORMAT = "machikado-emulated-card/1"
KINDS = ("my_number", "juki", "other")
SIGN_CERT, SIGN_CA_CERT, SIGN_KEY, SIGN_PIN = 0x0001, 0x0002, 0x001A, 0x001B
MY_NUMBER_EF, JUKI_PIN = 0x0001, 0x001C


class CardFileError(ValueError):
    """A card or CA file that cannot be read back (wrong format, broken field)."""


@dataclass(frozen=True)
class DemoCa:
    """The demo certificate authority that issues the emulated cards' certificates."""

    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    def save(self, directory: Path) -> None:
        """Write ``ca.key.pem`` (owner-only) and ``ca.cert.pem`` into ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        key_path = directory / "ca.key.pem"
        key_pem = self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(key_pem)
        (directory / "ca.cert.pem").write_bytes(
            self.certificate.public_bytes(serialization.Encoding.PEM)
        )

    @classmethod
    def load(cls, directory: Path) -> DemoCa:
        """Read a CA written by ``save``."""
        try:
            key = serialization.load_pem_private_key((directory / "ca.key.pem").read_bytes(), None)
            cert = x509.load_pem_x509_certificate((directory / "ca.cert.pem").read_bytes())
        except (OSError, ValueError) as err:
            raise CardFileError(f"no readable demo CA in {directory}: {err}") from err
        if not isinstance(key, rsa.RSAPrivateKey):
            raise CardFileError("the demo CA key is not an RSA key")
        return cls(key, cert)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def create_demo_ca(common_name: str = "JPKI test CA") -> DemoCa:
    """A new self-signed RSA-2048 CA named ``common_name`` (clearly not the real JPKI CA)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Machikado demo"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return DemoCa(key, cert)


def _issue(ca: DemoCa, key: rsa.RSAPrivateKey, common_name: str) -> bytes:
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
                    x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                ]
            )
        )
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=5 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), False
        )
        .sign(ca.key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


@dataclass
class Resident:
    """The person a demo card belongs to (the card face's four items)."""

    name: str
    address: str
    birth_date: str
    sex: str = "9"


@dataclass
class CardRecord:
    """Everything an emulated card holds, in a form that saves to and loads from JSON."""

    kind: str
    atr: bytes
    label: str
    resident: Resident | None = None
    my_number: str = ""
    auth_key: rsa.RSAPrivateKey | None = None
    auth_cert: bytes = b""
    ca_cert: bytes = b""
    sign_key: rsa.RSAPrivateKey | None = None
    sign_cert: bytes = b""
    pins: dict[str, PinRecord] = field(default_factory=dict)

    def build(self) -> EmulatedCard:
        """An ``EmulatedCard`` whose PIN counters are this record's (changes flow back here)."""
        applications: list[Application] = []
        if self.kind in ("my_number", "juki"):
            jpki = Application(JPKI_AID)
            jpki.files[JpkiFile.TOKEN] = CardFile(
                token("JPKIAPICCTOKEN2" if self.kind == "my_number" else "JPKIAPICCTOKEN")
            )
            if self.auth_key is not None:
                jpki.files[JpkiFile.AUTH_CERT] = CardFile(self.auth_cert)
                jpki.files[JpkiFile.AUTH_CA_CERT] = CardFile(self.ca_cert)
                jpki.keys[JpkiFile.AUTH_KEY] = CardKey(self.auth_key, JpkiFile.AUTH_PIN)
                jpki.pins[JpkiFile.AUTH_PIN] = self.pins["auth"]
            if self.sign_key is not None:
                jpki.files[SIGN_CERT] = CardFile(self.sign_cert, pin=SIGN_PIN)
                jpki.files[SIGN_CA_CERT] = CardFile(self.ca_cert)
                jpki.keys[SIGN_KEY] = CardKey(self.sign_key, SIGN_PIN)
                jpki.pins[SIGN_PIN] = self.pins["sign"]
            applications.append(jpki)
        if self.kind == "my_number" and self.resident is not None:
            support = Application(SUPPORT_AID)
            r = self.resident
            support.files[SupportFile.BASIC_FOUR] = CardFile(
                basic_four_tlv(r.name, r.address, r.birth_date, r.sex), pin=SupportFile.PIN
            )
            support.files[MY_NUMBER_EF] = CardFile(
                my_number_ef(self.my_number), pin=SupportFile.PIN
            )
            support.pins[SupportFile.PIN] = self.pins["support"]
            applications.append(support)
            juki = Application(JUKI_AID)
            juki.pins[JUKI_PIN] = self.pins["juki"]
            applications.append(juki)
        return EmulatedCard(self.atr, applications, label=self.label)

    def to_json(self) -> str:
        """The record as JSON (keys as PKCS#8 PEM, certificates base64 DER, PINs hashed)."""

        def pem(key: rsa.RSAPrivateKey | None) -> str | None:
            if key is None:
                return None
            return key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ).decode("ascii")

        return json.dumps(
            {
                "format": FORMAT,
                "kind": self.kind,
                "label": self.label,
                "atr": self.atr.hex(),
                "resident": None if self.resident is None else vars(self.resident),
                "my_number": self.my_number,
                "auth_key": pem(self.auth_key),
                "sign_key": pem(self.sign_key),
                "auth_cert": base64.b64encode(self.auth_cert).decode(),
                "sign_cert": base64.b64encode(self.sign_cert).decode(),
                "ca_cert": base64.b64encode(self.ca_cert).decode(),
                "pins": {
                    name: {
                        "salt": p.salt.hex(),
                        "digest": p.digest.hex(),
                        "tries_left": p.tries_left,
                        "max_tries": p.max_tries,
                    }
                    for name, p in self.pins.items()
                },
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> CardRecord:
        """Read a record written by ``to_json``; ``CardFileError`` names what is wrong."""
        try:
            raw = json.loads(text)
            if raw.get("format") != FORMAT:
                raise CardFileError(f"not a {FORMAT} file")

            def key(value: str | None) -> rsa.RSAPrivateKey | None:
                if value is None:
                    return None
                loaded = serialization.load_pem_private_key(value.encode("ascii"), None)
                if not isinstance(loaded, rsa.RSAPrivateKey):
                    raise CardFileError("card keys must be RSA keys")
                return loaded

            return cls(
                kind=raw["kind"],
                atr=bytes.fromhex(raw["atr"]),
                label=raw["label"],
                resident=None if raw["resident"] is None else Resident(**raw["resident"]),
                my_number=raw["my_number"],
                auth_key=key(raw["auth_key"]),
                sign_key=key(raw["sign_key"]),
                auth_cert=base64.b64decode(raw["auth_cert"]),
                sign_cert=base64.b64decode(raw["sign_cert"]),
                ca_cert=base64.b64decode(raw["ca_cert"]),
                pins={
                    name: PinRecord(
                        bytes.fromhex(p["salt"]),
                        bytes.fromhex(p["digest"]),
                        int(p["tries_left"]),
                        int(p["max_tries"]),
                    )
                    for name, p in raw["pins"].items()
                },
            )
        except CardFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise CardFileError(f"broken card file: {err.__class__.__name__} {err}") from err

    def save(self, path: Path) -> None:
        """Write the record atomically (owner-only: it holds private keys)."""
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(self.to_json())
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> CardRecord:
        """Read a record from ``path``."""
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except OSError as err:
            raise CardFileError(f"cannot read card file {path}: {err.strerror}") from err


def _pins(auth_pin: str, support_pin: str, sign_password: str) -> dict[str, PinRecord]:
    return {
        "auth": PinRecord.create(auth_pin, 3, secrets.token_bytes(16)),
        "support": PinRecord.create(support_pin, 3, secrets.token_bytes(16)),
        "juki": PinRecord.create(support_pin, 3, secrets.token_bytes(16)),
        "sign": PinRecord.create(sign_password, 5, secrets.token_bytes(16)),
    }


def issue_card(
    ca: DemoCa,
    resident: Resident,
    *,
    auth_pin: str = "1234",
    support_pin: str | None = None,
    sign_password: str = "DEMO1234",
    my_number: str | None = None,
    kind: str = "my_number",
    label: str = "",
) -> CardRecord:
    """A new card for ``resident``: fresh RSA-2048 keys, certificates from ``ca``, PINs set."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    support_pin = support_pin or auth_pin
    if kind == "other":
        return CardRecord("other", ATR_OTHER, label or "not a My Number card")
    serial = secrets.token_hex(8).upper()
    auth_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    record = CardRecord(
        kind=kind,
        atr=ATR_MY_NUMBER if kind == "my_number" else ATR_JUKI,
        label=label or resident.name,
        resident=resident,
        my_number=my_number or "".join(secrets.choice("0123456789") for _ in range(12)),
        auth_key=auth_key,
        auth_cert=_issue(ca, auth_key, serial),
        ca_cert=ca.certificate.public_bytes(serialization.Encoding.DER),
        pins=_pins(auth_pin, support_pin, sign_password),
    )
    if kind == "my_number":
        record.sign_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        record.sign_cert = _issue(ca, record.sign_key, resident.name)
    return record
