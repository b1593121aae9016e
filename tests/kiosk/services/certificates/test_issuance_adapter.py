"""The issuance port against a real gateway on uvicorn, with emulated cards signing nonces."""

import dataclasses
import datetime as dt
import logging
import uuid

import pytest

from content.municipality import SAMPLE_VERIFICATION_URL
from devices.smartcard.emulator.factory import Resident, create_demo_ca, issue_card
from devices.smartcard.emulator.inprocess import EmulatedCardReader
from gateway.issuance.crl import issue_crl, write_crl
from gateway.issuance.service import IssuanceSettings, link_card
from gateway.issuance.trust import JpkiTrust
from kiosk.blocks.identity.card_adapter import CardAdapter
from kiosk.services.certificates.adapters.issuance import IssuanceAdapter, issuance_key
from kiosk.services.certificates.core.ports import GatewayError, Options, Order, ProofExpiredError
from offline_cache.client import GatewayClient
from tools.rigs.gateway import LiveGateway

PIN = b"2468"
CARDS = {
    "hanako": ("R000002", Resident("山田　花子", "はなみずき市南町一丁目2番3号", "19850412", "2")),
    "suzuki": ("R000005", Resident("鈴木　一郎", "はなみずき市ひばりが丘三丁目7番1号", "19521130")),
    "unlinked": ("", Resident("未登録　者", "はなみずき市新町1", "19700101")),
}


class Clock:
    """The gateway's clock, moved by tests."""

    def __init__(self):
        self.offset = dt.timedelta()

    def __call__(self):
        return dt.datetime.now(dt.UTC) + self.offset


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("issuance-adapter")
    ca = create_demo_ca()
    ca.save(folder)
    write_crl(issue_crl(ca.key, ca.certificate), folder / "ca.crl")
    clock = Clock()
    settings = IssuanceSettings(
        trust=JpkiTrust.from_files(folder / "ca.cert.pem", (folder / "ca.crl",)),
        clock=clock,
        verification_url=SAMPLE_VERIFICATION_URL,
    )
    gateway = LiveGateway(folder, issuance=settings)
    cards = {}
    for slug, (resident_id, face) in CARDS.items():
        cards[slug] = issue_card(ca, face, auth_pin=PIN.decode())
        if resident_id:
            link_card(gateway.engine, settings, resident_id, cards[slug].auth_cert)
    gateway.start()
    yield gateway, cards, clock
    gateway.stop()


@pytest.fixture
def port(world):
    gateway = world[0]
    client = GatewayClient(gateway.url, gateway.token, retries=1, sleep=lambda _s: None)
    yield IssuanceAdapter(client)
    client.close()


def prove(world, port, slug):
    """What the flow does at the PIN: a nonce, then the card signs its challenge."""
    reader = EmulatedCardReader()
    reader.insert(world[1][slug].build())
    nonce = port.nonce()
    proof = CardAdapter(reader).prove(bytearray(PIN), nonce.challenge)
    proof.nonce = nonce.value  # as the flow does: the proof names the nonce it answers
    reader.close()
    return proof, nonce


def test_nonce_eligibility_issue_and_documents(world, port, caplog):
    caplog.set_level(logging.DEBUG)
    proof, nonce = prove(world, port, "hanako")
    assert len(nonce.challenge) == 32
    offered = {e.certificate: e for e in port.eligibility(proof)}
    juminhyo = offered["juminhyo"]
    assert juminhyo.available and juminhyo.fee_yen == 200 and juminhyo.reason == ""
    assert juminhyo.name("ja") == "住民票の写し" and juminhyo.name("en") != juminhyo.name("ja")
    assert offered["inkan"].available and offered["koseki-tohon"].available

    order = Order("juminhyo", 2, Options(household="all", head_relationship=True), 400)
    key = uuid.uuid4().hex
    issued = port.issue(proof, order, key)
    assert issued.documents == 2 and issued.fee_yen == 400
    assert port.issue(proof, order, key) == issued  # a retry never issues twice
    for position in (1, 2):
        assert port.document(issued.issuance_id, position).startswith(b"%PDF-")
    with pytest.raises(GatewayError) as err:
        port.document(issued.issuance_id, 3)
    assert err.value.key == "issuance.unknown_document"
    with pytest.raises(ProofExpiredError) as used:  # the nonce is spent
        port.issue(proof, order, uuid.uuid4().hex)
    assert used.value.key == "issuance.proof_expired"
    for planted in ("山田", "花子", PIN.decode()):
        assert planted not in caplog.text


def test_refusals_have_their_own_keys(world, port):
    proof, _ = prove(world, port, "suzuki")
    offered = {e.certificate: e for e in port.eligibility(proof)}
    assert not offered["inkan"].available
    assert offered["inkan"].reason == "issuance.no_seal_registration"
    assert offered["koseki-tohon"].reason == "issuance.koseki_not_in_city"
    with pytest.raises(GatewayError) as err:
        port.issue(proof, Order("inkan", 1, Options(), 300), uuid.uuid4().hex)
    assert err.value.key == "issuance.no_seal_registration"
    proof, _ = prove(world, port, "suzuki")
    with pytest.raises(GatewayError) as err:
        port.issue(proof, Order("juminhyo", 1, Options(), 150), uuid.uuid4().hex)
    assert err.value.key == "issuance.fee_changed"


def test_an_unlinked_card_and_a_forged_signature(world, port):
    proof, _ = prove(world, port, "unlinked")
    with pytest.raises(GatewayError) as err:
        port.eligibility(proof)
    assert err.value.key == "issuance.card_not_linked"
    proof, _ = prove(world, port, "hanako")
    forged = dataclasses.replace(proof, signature=bytes(256))
    with pytest.raises(GatewayError) as err:
        port.eligibility(forged)
    assert err.value.key == "issuance.bad_signature"


def test_an_expired_nonce_asks_for_the_card_again(world, port):
    proof, _ = prove(world, port, "hanako")
    world[2].offset = dt.timedelta(minutes=11)
    try:
        with pytest.raises(ProofExpiredError):
            port.eligibility(proof)
        with pytest.raises(ProofExpiredError):
            port.issue(proof, Order("juminhyo", 1, Options(), 200), uuid.uuid4().hex)
    finally:
        world[2].offset = dt.timedelta()


def test_no_gateway_is_unreachable(tmp_path):
    gateway = LiveGateway(tmp_path).start()
    url, token = gateway.url, gateway.token
    answer = IssuanceAdapter(GatewayClient(url, token, retries=0)).nonce
    with pytest.raises(GatewayError) as err:
        answer()
    assert err.value.key == "issuance.issuance_not_configured"
    gateway.stop()
    port = IssuanceAdapter(GatewayClient(url, token, retries=1, sleep=lambda _s: None))
    with pytest.raises(GatewayError) as err:
        port.nonce()
    assert err.value.key == "gateway.unreachable"
    with pytest.raises(GatewayError) as err:
        IssuanceAdapter(lambda: None).nonce()
    assert err.value.key == "gateway.unreachable"


def test_keys_of_unknown_codes_stay_generic():
    assert issuance_key("unknown_card") == "issuance.card_not_linked"
    assert issuance_key("certificate_revoked") == "issuance.certificate_revoked"
    assert issuance_key("invalid_request") == "gateway.rejected"
