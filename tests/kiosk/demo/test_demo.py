"""The demo's identity: demo CA, CRL and cards made once, linked at the embedded gateway."""

import datetime as dt
import json

import pytest
from cryptography import x509

from content.config import DevicesConfig, MachikadoConfig
from devices.smartcard.emulator.factory import DemoCa
from devices.smartcard.emulator.inprocess import EmulatedCardReader
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.demo.setup import (
    DEMO_CARDS,
    DEMO_PIN,
    demo_devices,
    prepare_demo_identity,
    write_demo_crl,
)
from kiosk.services.certificates.adapters.issuance import IssuanceAdapter
from offline_cache.client import GatewayClient
from offline_cache.embedded import EmbeddedGateway

# What each linked demo card's resident may get (the rest of the catalogue is refused).
EXPECTED = {
    "hanako": {
        "juminhyo",
        "juminhyo-kisai",
        "inkan",
        "kazei",
        "koseki-tohon",
        "koseki-shohon",
        "koseki-fuhyo",
    },
    "suzuki": {"juminhyo", "juminhyo-kisai", "kazei"},
    "nguyen": {"juminhyo", "juminhyo-kisai", "inkan", "kazei"},
    "sato": set(),
    "sakura": set(),
}


@pytest.fixture(scope="module")
def identity(tmp_path_factory):
    return prepare_demo_identity(tmp_path_factory.mktemp("demo") / "demo")


def test_cards_are_made_once_with_the_residents_names(identity):
    assert [card.slug for card in identity.cards] == [spec.slug for spec in DEMO_CARDS]
    names = {card.slug: card.name for card in identity.cards}
    assert names["hanako"] == "山田\u3000花子" and names["nguyen"].startswith("グエン")
    again = prepare_demo_identity(identity.directory)
    assert [c.certificate.read_bytes() for c in again.cards if c.certificate] == [
        c.certificate.read_bytes() for c in identity.cards if c.certificate
    ]
    record = identity.cards[0].load()
    assert record.resident.address.startswith("はなみずき市")
    assert json.loads(identity.cards[0].path.read_text())["kind"] == "my_number"
    assert identity.cards[0].path.stat().st_mode & 0o077 == 0
    assert identity.directory.stat().st_mode & 0o077 == 0
    links = identity.embedded_issuance().links
    assert [resident for resident, _ in links] == [
        "R000002",
        "R000005",
        "R000007",
        "R000006",
        "R000004",
    ]


def test_the_crl_is_renewed_before_it_runs_out(identity):
    ca = DemoCa.load(identity.directory)
    assert not write_demo_crl(ca, identity.crl)  # current: left alone
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=25)
    assert write_demo_crl(ca, identity.crl, now=later)
    crl = x509.load_pem_x509_crl(identity.crl.read_bytes())
    assert crl.next_update_utc > later + dt.timedelta(days=20)
    assert write_demo_crl(ca, identity.crl)  # dated in the future: replaced by a current one


def test_demo_devices_fill_only_what_the_configuration_leaves_unset(tmp_path):
    config = demo_devices(
        MachikadoConfig(devices=DevicesConfig(document_printer="cups://A4")), tmp_path
    )
    assert config.devices.card_reader == "emulated://"
    assert config.devices.document_printer == "cups://A4"
    assert config.devices.payment.startswith("emulated://payment?state=")
    assert config.kiosk.headphone_jack == "emulated://"  # plugged from the demo panel


def eligible(gateway_url, token, card):
    client = GatewayClient(gateway_url, token, retries=1)
    port = IssuanceAdapter(client)
    reader = EmulatedCardReader()
    reader.insert(card.load().build())
    nonce = port.nonce()
    proof = CardAdapter(reader).prove(bytearray(DEMO_PIN.encode()), nonce.challenge)
    proof.nonce = nonce.value  # as the flow does
    found = {e.certificate for e in port.eligibility(proof) if e.available}
    client.close()
    return found


def test_the_embedded_gateway_issues_to_every_demo_card(identity, tmp_path):
    gateway = EmbeddedGateway(
        tmp_path / "gw", "demo-kiosk-01", issuance=identity.embedded_issuance()
    )
    url, token = gateway.start()
    try:
        cards = {card.slug: card for card in identity.cards}
        for slug, expected in EXPECTED.items():
            assert eligible(url, token, cards[slug]) == expected, slug
    finally:
        gateway.stop()
    stamp = (tmp_path / "gw" / "linked-cards").read_text().split()
    assert len(stamp) == len(EXPECTED)
    restarted = EmbeddedGateway(
        tmp_path / "gw", "demo-kiosk-01", issuance=identity.embedded_issuance()
    )
    url, token = restarted.start()  # nothing to link again
    try:
        assert eligible(url, token, identity.cards[0]) == EXPECTED["hanako"]
    finally:
        restarted.stop()
