"""A live gateway with booking, a JPKI test CA, and cards that sign as the kiosk's reader does."""

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

from gateway.issuance.service import link_card
from kiosk.blocks.identity.ports import CardProof
from kiosk.services.booking.adapters.gateway import BookingAdapter
from offline_cache.client import GatewayClient
from tests.gateway.booking.conftest import Clock, Pki, start_gateway


class Cards:
    """Hands out residents' and visitors' cards and signs the gateway's nonces with them."""

    def __init__(self, gateway, pki):
        self.gateway = gateway
        self.pki = pki

    def resident(self, resident_id="R000002"):
        card = self.pki.card()
        link_card(
            self.gateway.engine, self.gateway.app.state.issuance, resident_id, card.certificate
        )
        return card

    def visitor(self):
        return self.pki.card()

    def proof(self, port, card):
        nonce = port.nonce()
        signature = self.pki.key.sign(
            nonce.challenge, padding.PKCS1v15(), Prehashed(hashes.SHA256())
        )
        return CardProof(card.certificate, nonce.value, signature)


@pytest.fixture(scope="session")
def booking_pki(tmp_path_factory):
    return Pki(tmp_path_factory.mktemp("kiosk-booking-jpki"))


@pytest.fixture
def gateway_clock():
    return Clock()


@pytest.fixture
def live(tmp_path, booking_pki, gateway_clock):
    gateway = start_gateway(tmp_path, booking_pki, gateway_clock)
    yield gateway
    gateway.stop()


@pytest.fixture
def client(live):
    gateway_client = GatewayClient(
        live.url, live.token, retries=1, backoff_s=0.01, connect_timeout=0.5, read_timeout=20
    )
    yield gateway_client
    gateway_client.close()


@pytest.fixture
def port(client):
    return BookingAdapter(client)


@pytest.fixture
def cards(live, booking_pki):
    return Cards(live, booking_pki)
