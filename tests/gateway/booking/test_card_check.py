"""The card is checked before a booking's write opens; refusals and their order are unchanged."""

import base64

import pytest
import sqlalchemy as sa

from gateway.booking.errors import BookingError
from gateway.booking.identity import challenge_digest, check_card, identify
from gateway.issuance.errors import IssuanceError
from gateway.issuance.service import Proof
from gateway.storage import create_db_engine, issuance_nonces, migrate
from tests.gateway.booking.conftest import error, result

DAY = "2027-03-02"


def _slot(proof):
    return {
        "proof": proof,
        "facility": "tanashi-kominkan",
        "unit": "meeting-1",
        "date": DAY,
        "divisions": ["am"],
        "expected_fee_yen": 2700,  # a visitor, one morning
    }


def _forged(proof):
    signature = bytearray(base64.b64decode(proof["signature"]))
    signature[0] ^= 0xFF
    return {**proof, "signature": base64.b64encode(bytes(signature)).decode()}


def test_a_bad_signature_is_refused_and_leaves_the_nonce_usable(booker):
    card = booker.visitor()
    proof = booker.proof(card)
    refused = booker.post("bookings", _slot(_forged(proof)))
    assert refused.status_code == 403 and error(refused)["code"] == "bad_signature"
    booked = result(booker.post("bookings", _slot(proof)))
    assert booked["state"] == "provisional"
    again = booker.post("bookings", _slot(proof))
    assert again.status_code == 409 and error(again)["code"] == "nonce_used"


def test_the_nonce_is_still_judged_before_the_signature(booker):
    card = booker.visitor()
    proof = _forged(booker.proof(card))
    unknown = booker.post("bookings", _slot({**proof, "nonce": "not-a-nonce-we-gave"}))
    assert unknown.status_code == 403 and error(unknown)["code"] == "unknown_nonce"


def test_check_card_answers_the_card_or_why_not_without_raising(pki):
    trust = pki.trust()
    card = pki.card()
    nonce = {"nonce": "n-1", "challenge_sha256": challenge_digest("t-1", "n-1").hex()}
    proof = card.prove(nonce)

    def decoded(p):
        return Proof.decode(p["auth_certificate"], p["nonce"], p["signature"])

    found = check_card(trust, "t-1", decoded(proof))
    assert not isinstance(found, IssuanceError) and found.serial
    for terminal, sent in (("t-1", _forged(proof)), ("t-2", proof)):
        refused = check_card(trust, terminal, decoded(sent))
        assert isinstance(refused, IssuanceError) and refused.code == "bad_signature"


def test_a_nonce_is_refused_as_unknown_used_or_expired_in_that_order_and_taken_once(tmp_path, pki):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'nonces.db'}")
    migrate(engine)
    settings = pki.trust()
    now = settings.clock().timestamp()
    with engine.begin() as conn:
        for nonce, expires, used in (
            ("fresh", now + 300, None),
            ("spent", now - 300, "2027-01-20T00:00:00+00:00"),
            ("stale", now - 300, None),
        ):
            conn.execute(
                issuance_nonces.insert().values(
                    nonce=nonce, terminal_id="t-1", expires_at=expires, used_at=used
                )
            )
    bad_card = IssuanceError(403, "bad_signature", "forged")

    def refusal(nonce, terminal="t-1", checked=bad_card):
        proof = Proof(b"", nonce, b"")
        with pytest.raises((BookingError, IssuanceError)) as err, engine.begin() as conn:
            identify(conn, settings, terminal, proof, consume=True, checked=checked)
        return err.value.code

    assert refusal("never-given") == "unknown_nonce"
    assert refusal("fresh", terminal="t-2") == "unknown_nonce"
    assert refusal("spent") == "nonce_used"
    assert refusal("stale") == "nonce_expired"
    assert refusal("fresh") == "bad_signature"  # and the write rolled back: still unused
    with engine.connect() as conn:
        used = conn.execute(
            sa.select(issuance_nonces.c.used_at).where(issuance_nonces.c.nonce == "fresh")
        ).scalar_one()
    assert used is None
    engine.dispose()
