"""A live gateway with booking, a JPKI test CA, cards that sign nonces, and a movable clock."""

import base64
import datetime as dt
import itertools
import uuid
from dataclasses import dataclass

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed
from cryptography.x509.oid import NameOID

from content.municipality import SAMPLE_VERIFICATION_URL
from devices.smartcard.emulator.factory import create_demo_ca
from gateway.booking.settings import BookingSettings
from gateway.city_time import CITY_ZONE
from gateway.issuance.crl import issue_crl, write_crl
from gateway.issuance.service import IssuanceSettings, link_card
from gateway.issuance.trust import JpkiTrust
from tools.rigs.gateway import LiveGateway

# 2027-01-20 10:00 in Japan: first-come is open for rooms in March (from 16 January), sports
# for February are between their draw (11 January) and first-come (23 January).
START = dt.datetime(2027, 1, 20, 10, 0, tzinfo=CITY_ZONE)
_names = itertools.count()


class Clock:
    """The booking clock, set and moved by tests."""

    def __init__(self, start=START):
        self.now = start

    def __call__(self):
        return self.now.astimezone(dt.UTC)

    def move(self, **delta):
        self.now += dt.timedelta(**delta)

    def set(self, *args):
        self.now = dt.datetime(*args, tzinfo=CITY_ZONE)


@dataclass
class Card:
    """A card's authentication key and certificate: what the kiosk reads and makes sign."""

    key: rsa.RSAPrivateKey
    certificate: bytes

    def prove(self, nonce):
        digest = bytes.fromhex(nonce["challenge_sha256"])
        signature = self.key.sign(digest, padding.PKCS1v15(), Prehashed(hashes.SHA256()))
        return {
            "auth_certificate": base64.b64encode(self.certificate).decode(),
            "nonce": nonce["nonce"],
            "signature": base64.b64encode(signature).decode(),
        }


class Pki:
    """A JPKI test CA and its CRL; hands out cards with one shared key (keys are slow to make)."""

    def __init__(self, folder):
        self.ca = create_demo_ca()
        self.ca.save(folder)
        self.folder = folder
        self.crl = folder / "jpki.crl"
        write_crl(issue_crl(self.ca.key, self.ca.certificate, []), self.crl)
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def card(self):
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CARD")]))
            .issuer_name(self.ca.certificate.subject)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(True, False, False, False, False, False, False, False, False),
                critical=True,
            )
            .sign(self.ca.key, hashes.SHA256())
        )
        return Card(self.key, cert.public_bytes(serialization.Encoding.DER))

    def trust(self):
        return IssuanceSettings(
            trust=JpkiTrust.from_files(self.folder / "ca.cert.pem", (self.crl,)),
            verification_url=SAMPLE_VERIFICATION_URL,
        )


@pytest.fixture(scope="session")
def pki(tmp_path_factory):
    return Pki(tmp_path_factory.mktemp("booking-jpki"))


@pytest.fixture
def clock():
    return Clock()


class Booker:
    """A terminal's calls to the booking API, as the kiosk makes them."""

    def __init__(self, gateway, pki):
        self.gateway = gateway
        self.pki = pki
        self.url = gateway.url + "/api/v1/booking"
        self.session = requests.Session()
        self.session.headers.update(gateway.headers())

    def resident(self, resident_id="R000002"):
        card = self.pki.card()
        link_card(
            self.gateway.engine, self.gateway.app.state.issuance, resident_id, card.certificate
        )
        return card

    def visitor(self):
        return self.pki.card()

    def proof(self, card):
        answer = self.session.post(f"{self.url}/nonces", timeout=30)
        assert answer.status_code == 201, answer.text
        return card.prove(answer.json())

    def post(self, path, body, key=None):
        headers = {"Idempotency-Key": key or uuid.uuid4().hex}
        return self.session.post(f"{self.url}/{path}", json=body, headers=headers, timeout=60)

    def get(self, path, **kwargs):
        return self.session.get(f"{self.url}/{path}", timeout=30, **kwargs)

    def book(
        self, card, unit, day, divisions, fee, *, facility="tanashi-kominkan", key=None, **extra
    ):
        body = {
            "proof": self.proof(card),
            "facility": facility,
            "unit": unit,
            "date": day,
            "divisions": divisions,
            "expected_fee_yen": fee,
            **extra,
        }
        return self.post("bookings", body, key)

    def confirm(self, booking_id, payment="paid", amount=0, key=None):
        body = {"payment": payment, "amount_yen": amount}
        return self.post(f"bookings/{booking_id}/confirm", body, key)

    def cancel(self, card, booking_id, key=None):
        return self.post(f"bookings/{booking_id}/cancel", {"proof": self.proof(card)}, key)

    def mine(self, card):
        answer = self.session.post(f"{self.url}/mine", json={"proof": self.proof(card)}, timeout=30)
        assert answer.status_code == 200, answer.text
        return answer.json()


def start_gateway(tmp_path, pki, clock, url=None):
    gateway = LiveGateway(tmp_path, url=url, issuance=pki.trust())
    gateway.app.state.booking = BookingSettings(clock=clock)
    return gateway.start()


@pytest.fixture
def gw(tmp_path, pki, clock):
    gateway = start_gateway(tmp_path, pki, clock)
    yield gateway
    gateway.stop()


@pytest.fixture
def booker(gw, pki):
    client = Booker(gw, pki)
    yield client
    client.session.close()


@pytest.fixture
def pg_gw(postgres, tmp_path, pki, clock):
    url = postgres.fresh_database(f"booking_{next(_names)}")
    gateway = start_gateway(tmp_path, pki, clock, url)
    yield gateway
    gateway.stop()


def result(answer):
    assert answer.status_code == 201, answer.text
    return answer.json()["result"]


def error(answer):
    return answer.json()["error"]
