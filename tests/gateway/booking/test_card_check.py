"""The card is checked before a booking's write opens; refusals and their order are unchanged."""

import base64

from gateway.booking.identity import challenge_digest, check_card
from gateway.issuance.errors import IssuanceError
from gateway.issuance.service import Proof
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
