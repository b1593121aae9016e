"""What ``machikado demo`` adds to a kiosk: emulated devices, demo My Number cards, issuance.

A demo JPKI CA and cards for several sample residents are made once into the data directory;
the embedded gateway trusts that CA, checks a CRL kept current here, and has the cards linked
to their residents. Every demo card's PIN is ``1234``. Nothing here is used by
``machikado kiosk``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from content.config import MachikadoConfig, TerminalConfig
from content.residents import ResidentRegistry, load_sample_residents
from devices.smartcard.emulator.factory import (
    CardFileError,
    CardRecord,
    DemoCa,
    Resident,
    create_demo_ca,
    issue_card,
)
from offline_cache.embedded import EmbeddedIssuance
from offline_cache.service import OfflineCache

DEMO_PIN = "1234"
CRL_VALID_DAYS = 30
CRL_RENEW_DAYS = 7


@dataclass(frozen=True)
class CardSpec:
    """One demo card: whose it is (a sample resident, or none) and what it shows off."""

    slug: str
    resident_id: str
    offers: Mapping[str, str]
    kind: str = "my_number"
    label: str = ""


# Chosen so the eligibility rules show: all of them, no 印鑑登録 and 本籍 elsewhere, no 戸籍,
# the DV-protection flag, under 15; then the two cards that are not accepted.
DEMO_CARDS = (
    CardSpec("hanako", "R000002", {"ja": "すべての証明書", "en": "every certificate"}),
    CardSpec(
        "suzuki",
        "R000005",
        {"ja": "印鑑登録なし・本籍は他市", "en": "no seal registration; 本籍 in another city"},
    ),
    CardSpec("nguyen", "R000007", {"ja": "戸籍なし（外国籍）", "en": "no 戸籍 (foreign resident)"}),
    CardSpec(
        "sato",
        "R000006",
        {"ja": "DV等支援措置：窓口のみ", "en": "DV protection: counter only"},
    ),
    CardSpec("sakura", "R000004", {"ja": "15歳未満", "en": "under 15"}),
    CardSpec(
        "juki",
        "",
        {"ja": "使えないカード", "en": "refused"},
        kind="juki",
        label="住基カード（旧）",
    ),
    CardSpec(
        "other",
        "",
        {"ja": "使えないカード", "en": "refused"},
        kind="other",
        label="マイナンバーカードではないカード",
    ),
)


@dataclass(frozen=True)
class DemoCard:
    """A demo card made on disk: its face name, what it shows off, and its files."""

    slug: str
    resident_id: str
    name: str
    offers: Mapping[str, str]
    path: Path
    certificate: Path | None

    def load(self) -> CardRecord:
        """The card record (keys, certificates, PIN counters) from its file."""
        return CardRecord.load(self.path)


@dataclass(frozen=True)
class DemoIdentity:
    """The demo CA, its CRL and the demo cards, all in one directory."""

    directory: Path
    ca_certificate: Path
    crl: Path
    cards: tuple[DemoCard, ...]

    def embedded_issuance(self) -> EmbeddedIssuance:
        """Issuance for the embedded gateway: trust the demo CA, link the residents' cards."""
        links = tuple(
            (card.resident_id, card.certificate)
            for card in self.cards
            if card.resident_id and card.certificate is not None
        )
        return EmbeddedIssuance(self.ca_certificate, (self.crl,), links)


def _face(registry: ResidentRegistry, resident_id: str) -> Resident:
    resident = registry.get(resident_id)
    if resident is None:
        raise ValueError(f"the sample municipality has no resident {resident_id}")
    sex = {"男": "1", "女": "2"}.get(resident.sex, "9")
    return Resident(resident.name, resident.address, resident.birth_date.replace("-", ""), sex)


def _load_or_create_ca(directory: Path) -> DemoCa:
    if (directory / "ca.key.pem").exists():
        return DemoCa.load(directory)
    ca = create_demo_ca("Machikado demo JPKI CA")
    ca.save(directory)
    return ca


def write_demo_crl(ca: DemoCa, path: Path, *, now: dt.datetime | None = None) -> bool:
    """Write an empty CRL of ``ca`` unless the one at ``path`` is current for a week more.

    Returns True when a new one was written (the gateway re-reads a replaced CRL file).
    """
    now = now or dt.datetime.now(dt.UTC)
    try:
        current = x509.load_pem_x509_crl(path.read_bytes())
        next_update = current.next_update_utc
        if (
            current.issuer == ca.certificate.subject
            and current.is_signature_valid(ca.certificate.public_key())  # type: ignore[arg-type]
            and next_update is not None
            and next_update - now > dt.timedelta(days=CRL_RENEW_DAYS)
            and current.last_update_utc <= now
        ):
            return False
    except (OSError, ValueError):
        pass
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.certificate.subject)
        .last_update(now - dt.timedelta(minutes=5))
        .next_update(now + dt.timedelta(days=CRL_VALID_DAYS))
        .sign(ca.key, hashes.SHA256())
    )
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(crl.public_bytes(serialization.Encoding.PEM))
    tmp.replace(path)
    return True


def prepare_demo_identity(
    directory: Path, registry: ResidentRegistry | None = None
) -> DemoIdentity:
    """Make the demo CA and cards once into ``directory``; renew the CRL when it runs out."""
    directory.mkdir(parents=True, exist_ok=True)
    os.chmod(directory, 0o700)  # the cards' private keys live here
    ca = _load_or_create_ca(directory)
    crl = directory / "ca.crl.pem"
    write_demo_crl(ca, crl)
    registry = registry or load_sample_residents()
    cards = []
    for spec in DEMO_CARDS:
        path = directory / f"card-{spec.slug}.json"
        face = (
            _face(registry, spec.resident_id)
            if spec.resident_id
            else Resident(spec.label, "", "19700101")
        )
        try:
            record = CardRecord.load(path)
        except CardFileError:
            record = issue_card(
                ca, face, auth_pin=DEMO_PIN, kind=spec.kind, label=spec.label or face.name
            )
            record.save(path)
        certificate = None
        if record.auth_cert:
            certificate = directory / f"card-{spec.slug}.cert.der"
            if not certificate.exists() or certificate.read_bytes() != record.auth_cert:
                certificate.write_bytes(record.auth_cert)
        cards.append(
            DemoCard(
                spec.slug,
                spec.resident_id,
                face.name,
                spec.offers,
                path,
                certificate,
            )
        )
    return DemoIdentity(directory, directory / "ca.cert.pem", crl, tuple(cards))


# The demo terminal's number on its receipts and screens, as the sample city names its kiosks.
DEMO_TERMINAL_ID = "hanamizuki-cc-01"


def demo_devices(config: MachikadoConfig, state_dir: Path) -> MachikadoConfig:
    """``config`` with an emulated device for every kiosk device it leaves unset, open all day.

    A terminal id left at the built-in default becomes the sample city's own kiosk number.
    """
    payment_state = quote(str(state_dir / "payment.json"))
    emulated = {
        "card_reader": "emulated://",
        "payment": f"emulated://payment?state={payment_state}",
        "document_printer": f"emulated://document?output={quote(str(state_dir / 'printed'))}",
        "receipt_printer": "emulated://receipt?paper=58",
    }
    chosen = {kind: url for kind, url in emulated.items() if not getattr(config.devices, kind)}
    # A demo can be tried at any hour: the service stays open round the clock.
    always = dataclasses.replace(config.certificates, hours="00:00-24:00", closed_days=())
    # Headphones plugged from the demo panel, unless a real jack is named.
    kiosk = config.kiosk
    if kiosk.headphone_jack == "auto":
        kiosk = dataclasses.replace(kiosk, headphone_jack="emulated://")
    terminal = config.terminal
    if terminal.id == TerminalConfig().id:  # not chosen: numbered as the sample city numbers them
        terminal = dataclasses.replace(terminal, id=DEMO_TERMINAL_ID)
    return dataclasses.replace(
        config,
        terminal=terminal,
        kiosk=kiosk,
        devices=dataclasses.replace(config.devices, **chosen),
        certificates=always,
    )


@dataclass
class DemoSetup:
    """The demo's additions, prepared before the kiosk is built."""

    config: MachikadoConfig
    identity: DemoIdentity
    panel: Any = None

    @classmethod
    def prepare(cls, config: MachikadoConfig) -> DemoSetup:
        """Make (or reuse) the demo cards in the data directory; emulated devices for the rest."""
        directory = config.cache.path() / "demo"
        identity = prepare_demo_identity(directory)
        return cls(demo_devices(config, directory), identity)

    def open_cache(self) -> OfflineCache:
        """The cache as ``machikado kiosk`` opens it; an embedded gateway issues to demo cards."""
        config = self.config
        gateway = config.gateway
        cache = OfflineCache(
            config.cache.path(),
            gateway_url=gateway.url,
            token=None if gateway.url == "embedded" else gateway.read_token(),
            terminal_id=config.terminal.id,
            sync_interval_s=gateway.sync_interval_s,
            embedded_issuance=self.identity.embedded_issuance(),
        )
        cache.open_store()
        return cache
