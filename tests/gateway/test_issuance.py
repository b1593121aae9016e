"""Certificate issuance through a real uvicorn, with emulated My Number cards signing nonces."""

import base64
import datetime as dt
import hashlib
import logging
import os
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass

import pytest
import requests
import sqlalchemy as sa
import zxingcpp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID
from PIL import Image

from content.municipality import SAMPLE_VERIFICATION_URL
from devices.smartcard.emulator.factory import (
    CardRecord,
    Resident,
    create_demo_ca,
    issue_card,
)
from devices.smartcard.emulator.inprocess import EmulatedCardReader
from devices.smartcard.pin import Pin
from devices.smartcard.session import MyNumberCard
from gateway.issuance.crl import issue_crl, write_crl
from gateway.issuance.service import IssuanceSettings, link_card
from gateway.issuance.trust import JpkiTrust
from gateway.storage import issuances
from gateway.terminals import add_terminal
from machikado.cli import main
from tools.rigs.gateway import LiveGateway

PIN = "4321"
CARDS = {
    # slug: (resident id in content/sample/residents.json, card face)
    "hanako": ("R000002", Resident("山田　花子", "はなみずき市南町一丁目2番3号", "19850412", "2")),
    "suzuki": (
        "R000005",
        Resident("鈴木　一郎", "はなみずき市ひばりが丘三丁目7番1号", "19521130", "1"),
    ),
    "sato": ("R000006", Resident("佐藤　美咲", "はなみずき市柳沢二丁目8番15号", "19900820", "2")),
    "sakura": (
        "R000004",
        Resident("山田　さくら", "はなみずき市南町一丁目2番3号", "20140601", "2"),
    ),
    "nguyen": (
        "R000007",
        Resident("グエン　ヴァン　アン", "はなみずき市新町四丁目3番9号", "19990101", "1"),
    ),
    "takahashi": (
        "R000008",
        Resident("高橋　健", "はなみずき市南町五丁目6番20号", "19751224", "1"),
    ),
    "revoked": ("R000001", Resident("山田　太郎", "はなみずき市南町一丁目2番3号", "19800401", "1")),
    "unlinked": ("", Resident("未登録　者", "はなみずき市新町1", "19700101", "1")),
}


@dataclass
class Pki:
    ca_dir: object
    ca: object
    other_ca: object
    cards: dict
    crl_path: object


class Clock:
    """The gateway's clock, moved by tests."""

    def __init__(self):
        self.offset = dt.timedelta()

    def __call__(self):
        return dt.datetime.now(dt.UTC) + self.offset


def _expired_copy(ca, record):
    """The same card, its authentication certificate replaced by one that ended yesterday."""
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "EXPIRED0001")]))
        .issuer_name(ca.certificate.subject)
        .public_key(record.auth_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=5 * 365))
        .not_valid_after(now - dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca.key, hashes.SHA256())
    )
    copy = CardRecord.from_json(record.to_json())
    copy.auth_cert = cert.public_bytes(serialization.Encoding.DER)
    return copy


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("jpki")
    ca = create_demo_ca()
    ca.save(folder)
    other_ca = create_demo_ca("JPKI test CA")  # same name, different key: not trusted
    cards = {slug: issue_card(ca, face, auth_pin=PIN) for slug, (_, face) in CARDS.items()}
    cards["foreign"] = issue_card(other_ca, CARDS["hanako"][1], auth_pin=PIN)
    cards["expired"] = _expired_copy(ca, cards["hanako"])
    revoked = x509.load_der_x509_certificate(cards["revoked"].auth_cert).serial_number
    crl_path = folder / "jpki.crl"
    write_crl(issue_crl(ca.key, ca.certificate, [revoked]), crl_path)
    return Pki(folder, ca, other_ca, cards, crl_path)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def gw(tmp_path, pki, clock):
    settings = IssuanceSettings(
        trust=JpkiTrust.from_files(pki.ca_dir / "ca.cert.pem", (pki.crl_path,)),
        clock=clock,
        verification_url=SAMPLE_VERIFICATION_URL,
    )
    gateway = LiveGateway(tmp_path, issuance=settings)
    for slug, (resident_id, _) in CARDS.items():
        if resident_id:
            link_card(gateway.engine, settings, resident_id, pki.cards[slug].auth_cert)
    # The expired card is Hanako's card before renewal: its old certificate was linked too.
    link_card(gateway.engine, settings, "R000002", pki.cards["expired"].auth_cert)
    gateway.settings = settings
    gateway.start()
    yield gateway
    gateway.stop()


def api(gw, method, path, body=None, key=None, **kwargs):
    headers = gw.headers()
    if key:
        headers["Idempotency-Key"] = key
    return requests.request(
        method, f"{gw.url}/api/v1/{path}", json=body, headers=headers, timeout=60, **kwargs
    )


def card_proof(record, nonce_answer, *, digest=None):
    """What the kiosk does with the card in the reader: read the certificate, PIN, sign."""
    reader = EmulatedCardReader()
    reader.insert(record.build())
    with reader.transaction() as channel:
        card = MyNumberCard(channel)
        card.identify()
        certificate = card.read_auth_certificate()
        card.verify_auth_pin(Pin(PIN))
        signature = card.sign_sha256(digest or bytes.fromhex(nonce_answer["challenge_sha256"]))
    reader.close()
    return {
        "auth_certificate": base64.b64encode(certificate).decode(),
        "nonce": nonce_answer["nonce"],
        "signature": base64.b64encode(signature).decode(),
    }


def nonce(gw):
    answer = api(gw, "POST", "issuance/nonces")
    assert answer.status_code == 201, answer.text
    return answer.json()


def proof_for(gw, slug, pki, **kwargs):
    return card_proof(pki.cards[slug], nonce(gw), **kwargs)


def issue(gw, proof, items, fee, key=None):
    body = {"proof": proof, "items": items, "expected_fee_yen": fee}
    return api(gw, "POST", "issuance", body, key=key or uuid.uuid4().hex)


def error_code(answer):
    return answer.json()["error"]["code"]


def pdf_text(pdf_bytes, tmp_path, name="doc.pdf"):
    path = tmp_path / name
    path.write_bytes(pdf_bytes)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(text.split())  # layout spacing (and 　) removed


def png_of(pdf_bytes, tmp_path, dpi=150, name="page"):
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(pdf_bytes)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(tmp_path / name)],
        check=True,
    )
    return tmp_path / f"{name}.png"


def test_happy_path_issue_print_collect_and_verify(gw, pki, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    proof = proof_for(gw, "hanako", pki)
    offered = api(gw, "POST", "issuance/eligibility", proof)
    assert offered.status_code == 200, offered.text
    available = {c["certificate"]: c for c in offered.json()["certificates"]}
    assert available["juminhyo"]["available"] and available["inkan"]["available"]
    assert available["koseki-tohon"]["available"] and available["juminhyo"]["fee_yen"] == 200
    assert "山田" not in offered.text  # no personal data goes back to the kiosk here

    items = [
        {
            "certificate": "juminhyo",
            "copies": 1,
            "options": {"household": "all", "head_relationship": True, "honseki": True},
        },
        {"certificate": "inkan", "copies": 1},
    ]
    answer = issue(gw, proof, items, 400)
    assert answer.status_code == 201, answer.text
    result = answer.json()["result"]
    assert result["state"] == "requested" and result["fee_yen"] == 400
    assert [d["certificate"] for d in result["documents"]] == ["juminhyo", "inkan"]

    pdfs = []
    for doc in result["documents"]:
        got = requests.get(gw.url + doc["url"], headers=gw.headers(), timeout=30)
        assert got.status_code == 200 and got.headers["content-type"] == "application/pdf"
        assert hashlib.sha256(got.content).hexdigest() == doc["sha256"]
        pdfs.append(got.content)

    text = pdf_text(pdfs[0], tmp_path)
    assert "住民票の写し" in text
    assert "山田花子" in text
    assert "はなみずき市南町一丁目2番3号" in text
    assert "はなみずき市長" in text and result["documents"][0]["verification_code"] in text
    assert "世帯全員（4人）" in text and "記載省略" in text
    seal_text = pdf_text(pdfs[1], tmp_path, "seal.pdf")
    assert "印鑑登録証明書" in seal_text and "00012346" in seal_text

    png = png_of(pdfs[0], tmp_path, dpi=150, name="juminhyo")
    review = os.environ.get("MACHIKADO_REVIEW_DIR")  # where a person wants pages to look at
    if review:
        Image.open(png).save(os.path.join(review, "machikado-certificate.png"))
    decoded = [code.text for code in zxingcpp.read_barcodes(Image.open(png))]
    code = result["documents"][0]["verification_code"]
    # The paper points at the city's public address, never at the gateway that made it.
    assert decoded == [SAMPLE_VERIFICATION_URL + code]
    assert decoded[0] in text
    pending = requests.get(f"{gw.url}/api/v1/verify/{code}", timeout=10).json()
    assert pending["status"] == "pending"

    printed = api(
        gw,
        "POST",
        f"issuance/{result['issuance_id']}/outcome",
        {"outcome": "printed"},
        key=uuid.uuid4().hex,
    )
    assert printed.status_code == 201 and printed.json()["result"]["state"] == "printed"
    settled = api(
        gw,
        "POST",
        f"issuance/{result['issuance_id']}/settlement",
        {"result": "collected", "amount_yen": 400},
        key=uuid.uuid4().hex,
    )
    assert settled.status_code == 201, settled.text
    journal = settled.json()["result"]
    assert [e["state"] for e in journal["journal"]] == ["requested", "printed", "settled"]
    assert journal["settlement"] == "collected"

    verified = requests.get(f"{gw.url}/api/v1/verify/{code}", timeout=10)
    assert verified.status_code == 200
    body = verified.json()
    assert body["status"] == "valid" and body["certificate_name"] == "住民票の写し"
    assert body["sha256"] == result["documents"][0]["sha256"]
    assert body["issuer"] == "はなみずき市役所"
    assert "山田" not in verified.text
    # Printed and settled: the PDFs are no longer kept for download.
    gone = requests.get(gw.url + result["documents"][0]["url"], headers=gw.headers(), timeout=10)
    assert gone.status_code == 410 and error_code(gone) == "document_gone"
    # A typed code in lower case without dashes finds the same certificate.
    typed = result["documents"][1]["verification_code"].replace("-", "").lower()
    assert requests.get(f"{gw.url}/api/v1/verify/{typed}", timeout=10).json()["status"] == "valid"
    # Nothing personal or secret reached the logs.
    for planted in ("山田", "花子", "南町", PIN):
        assert planted not in caplog.text


def test_retry_with_the_same_key_returns_the_same_issuance(gw, pki):
    proof = proof_for(gw, "hanako", pki)
    items = [{"certificate": "juminhyo-kisai", "copies": 2}]
    key = uuid.uuid4().hex
    first = issue(gw, proof, items, 400, key=key)
    again = issue(gw, proof, items, 400, key=key)
    assert first.status_code == again.status_code == 201
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json() == first.json()
    with gw.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(issuances)).scalar() == 1
    # A new key with the used nonce is a new request, and the nonce is spent.
    other = issue(gw, proof, items, 400)
    assert other.status_code == 409 and error_code(other) == "nonce_used"
    changed = issue(gw, proof, [{"certificate": "juminhyo-kisai", "copies": 1}], 200, key=key)
    assert changed.status_code == 422 and error_code(changed) == "idempotency_key_reused"


def test_bad_signature_is_refused_and_does_not_spend_the_nonce(gw, pki):
    answer = nonce(gw)
    forged = card_proof(pki.cards["hanako"], answer, digest=hashlib.sha256(b"other").digest())
    refused = issue(gw, forged, [{"certificate": "juminhyo", "copies": 1}], 200)
    assert refused.status_code == 403 and error_code(refused) == "bad_signature"
    honest = card_proof(pki.cards["hanako"], answer)
    assert issue(gw, honest, [{"certificate": "juminhyo", "copies": 1}], 200).status_code == 201
    # Another card's signature over the right challenge, with Hanako's certificate, is refused.
    mixed = dict(honest, signature=proof_for(gw, "suzuki", pki)["signature"])
    assert error_code(api(gw, "POST", "issuance/eligibility", mixed)) in (
        "bad_signature",
        "nonce_used",
    )


@pytest.mark.parametrize(
    ("slug", "status", "code"),
    [
        ("foreign", 403, "untrusted_certificate"),
        ("expired", 403, "certificate_expired"),
        ("revoked", 403, "certificate_revoked"),
        ("unlinked", 404, "unknown_card"),
    ],
)
def test_certificates_that_do_not_prove_a_resident(gw, pki, slug, status, code):
    proof = proof_for(gw, slug, pki)
    for answer in (
        api(gw, "POST", "issuance/eligibility", proof),
        issue(gw, proof, [{"certificate": "juminhyo", "copies": 1}], 200),
    ):
        assert answer.status_code == status, answer.text
        assert error_code(answer) == code


def test_malformed_proofs_are_clear_errors(gw, pki):
    proof = proof_for(gw, "hanako", pki)
    broken = dict(proof, auth_certificate="AAAA")
    assert error_code(api(gw, "POST", "issuance/eligibility", broken)) == "malformed_certificate"
    not_b64 = dict(proof, signature="@@@")
    answer = api(gw, "POST", "issuance/eligibility", not_b64)
    assert answer.status_code == 422 and error_code(answer) == "invalid_request"


def test_stale_or_missing_crl_pauses_issuance(gw, pki):
    proof = proof_for(gw, "hanako", pki)
    saved = pki.crl_path.read_bytes()
    try:
        old = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
        write_crl(issue_crl(pki.ca.key, pki.ca.certificate, now=old, valid_days=7), pki.crl_path)
        answer = api(gw, "POST", "issuance/eligibility", proof)
        assert answer.status_code == 503 and error_code(answer) == "revocation_unavailable"
        # A CRL signed by someone else than the CA does not count either.
        write_crl(issue_crl(pki.other_ca.key, pki.ca.certificate), pki.crl_path)
        assert error_code(api(gw, "POST", "issuance/eligibility", proof)) == (
            "revocation_unavailable"
        )
    finally:
        pki.crl_path.write_bytes(saved)
    assert api(gw, "POST", "issuance/eligibility", proof).status_code == 200


def test_reused_expired_and_foreign_nonces(gw, pki, clock, tmp_path):
    proof = proof_for(gw, "hanako", pki)
    assert issue(gw, proof, [{"certificate": "juminhyo", "copies": 1}], 200).status_code == 201
    reused = issue(gw, proof, [{"certificate": "juminhyo", "copies": 1}], 200)
    assert reused.status_code == 409 and error_code(reused) == "nonce_used"

    late = proof_for(gw, "hanako", pki)
    clock.offset = dt.timedelta(minutes=11)
    expired = issue(gw, late, [{"certificate": "juminhyo", "copies": 1}], 200)
    assert expired.status_code == 403 and error_code(expired) == "nonce_expired"
    clock.offset = dt.timedelta()

    other_token = add_terminal(gw.engine, "test-kiosk-02")
    theirs = requests.post(
        f"{gw.url}/api/v1/issuance/nonces", headers=gw.headers(other_token), timeout=10
    ).json()
    stolen = card_proof(pki.cards["hanako"], theirs)
    answer = issue(gw, stolen, [{"certificate": "juminhyo", "copies": 1}], 200)
    assert answer.status_code == 403 and error_code(answer) == "unknown_nonce"


@pytest.mark.parametrize(
    ("slug", "certificate", "code"),
    [
        ("suzuki", "inkan", "no_seal_registration"),
        ("suzuki", "koseki-tohon", "koseki_not_in_city"),
        ("suzuki", "koseki-fuhyo", "koseki_not_in_city"),
        ("nguyen", "koseki-shohon", "no_koseki"),
        ("sato", "juminhyo", "issuance_restricted"),
        ("sakura", "juminhyo", "resident_under_15"),
        ("takahashi", "inkan", "resident_moved_out"),
    ],
)
def test_ineligible_requests_each_have_their_own_code(gw, pki, slug, certificate, code):
    proof = proof_for(gw, slug, pki)
    offered = {
        c["certificate"]: c
        for c in api(gw, "POST", "issuance/eligibility", proof).json()["certificates"]
    }
    assert offered[certificate]["available"] is False
    assert offered[certificate]["reason"] == code
    answer = issue(
        gw,
        proof,
        [{"certificate": certificate, "copies": 1}],
        200 if "koseki" not in certificate else 400,
    )
    assert answer.status_code == 403 and error_code(answer) == code
    with gw.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(issuances)).scalar() == 0


def test_what_suzuki_may_still_get(gw, pki):
    proof = proof_for(gw, "suzuki", pki)
    offered = {
        c["certificate"]: c["available"]
        for c in api(gw, "POST", "issuance/eligibility", proof).json()["certificates"]
    }
    assert offered == {
        "juminhyo": True,
        "juminhyo-kisai": True,
        "inkan": False,
        "kazei": True,
        "koseki-tohon": False,
        "koseki-shohon": False,
        "koseki-fuhyo": False,
    }


@pytest.mark.parametrize(
    ("items", "fee", "status", "code"),
    [
        ([{"certificate": "juminhyo", "copies": 2}], 200, 409, "fee_changed"),
        ([{"certificate": "passport", "copies": 1}], 200, 422, "unknown_certificate"),
        (
            [{"certificate": "inkan", "copies": 1, "options": {"honseki": True}}],
            200,
            422,
            "option_not_offered",
        ),
        (
            [{"certificate": "juminhyo", "copies": 6}, {"certificate": "kazei", "copies": 5}],
            2200,
            422,
            "too_many_copies",
        ),
        ([{"certificate": "juminhyo", "copies": 0}], 0, 422, "invalid_request"),
    ],
)
def test_bad_choices_are_refused_without_spending_the_nonce(gw, pki, items, fee, status, code):
    proof = proof_for(gw, "hanako", pki)
    answer = issue(gw, proof, items, fee)
    assert answer.status_code == status and error_code(answer) == code
    assert issue(gw, proof, [{"certificate": "kazei", "copies": 1}], 200).status_code == 201


def test_failed_print_ends_in_a_refund_and_void_codes(gw, pki):
    proof = proof_for(gw, "hanako", pki)
    result = issue(gw, proof, [{"certificate": "kazei", "copies": 1}], 200).json()["result"]
    path = f"issuance/{result['issuance_id']}"
    early = api(
        gw,
        "POST",
        f"{path}/settlement",
        {"result": "collected", "amount_yen": 200},
        key=uuid.uuid4().hex,
    )
    assert early.status_code == 409 and error_code(early) == "not_printed_yet"
    failed_key = uuid.uuid4().hex
    failed = api(
        gw,
        "POST",
        f"{path}/outcome",
        {"outcome": "failed", "detail": "docprint.media_empty"},
        key=failed_key,
    )
    assert failed.status_code == 201
    replay = api(
        gw,
        "POST",
        f"{path}/outcome",
        {"outcome": "failed", "detail": "docprint.media_empty"},
        key=failed_key,
    )
    assert replay.json() == failed.json()
    twice = api(gw, "POST", f"{path}/outcome", {"outcome": "printed"}, key=uuid.uuid4().hex)
    assert twice.status_code == 409 and error_code(twice) == "invalid_transition"
    charge = api(
        gw,
        "POST",
        f"{path}/settlement",
        {"result": "collected", "amount_yen": 200},
        key=uuid.uuid4().hex,
    )
    assert charge.status_code == 409 and error_code(charge) == "charge_without_certificates"
    gone = requests.get(gw.url + result["documents"][0]["url"], headers=gw.headers(), timeout=10)
    assert gone.status_code == 410
    wrong = api(
        gw,
        "POST",
        f"{path}/settlement",
        {"result": "refunded", "amount_yen": 50},
        key=uuid.uuid4().hex,
    )
    assert wrong.status_code == 422 and error_code(wrong) == "wrong_amount"
    refunded = api(
        gw,
        "POST",
        f"{path}/settlement",
        {"result": "refunded", "amount_yen": 0},
        key=uuid.uuid4().hex,
    )
    assert refunded.status_code == 201
    states = [e["state"] for e in refunded.json()["result"]["journal"]]
    assert states == ["requested", "failed", "settled"]
    code = result["documents"][0]["verification_code"]
    assert requests.get(f"{gw.url}/api/v1/verify/{code}", timeout=10).json()["status"] == "void"


def test_a_restarted_terminal_reconciles_what_is_open(gw, pki):
    first = issue(gw, proof_for(gw, "hanako", pki), [{"certificate": "juminhyo", "copies": 1}], 200)
    second = issue(gw, proof_for(gw, "hanako", pki), [{"certificate": "kazei", "copies": 1}], 200)
    ids = [first.json()["result"]["issuance_id"], second.json()["result"]["issuance_id"]]
    api(gw, "POST", f"issuance/{ids[1]}/outcome", {"outcome": "printed"}, key=uuid.uuid4().hex)

    open_now = api(gw, "GET", "issuance/unsettled").json()["issuances"]
    assert {(i["issuance_id"], i["state"], i["next"]) for i in open_now} == {
        (ids[0], "requested", "report_outcome"),
        (ids[1], "printed", "collect_fee"),
    }
    api(gw, "POST", f"issuance/{ids[0]}/outcome", {"outcome": "failed"}, key=uuid.uuid4().hex)
    steps = {
        i["issuance_id"]: i["next"]
        for i in api(gw, "GET", "issuance/unsettled").json()["issuances"]
    }
    assert steps == {ids[0]: "refund_fee", ids[1]: "collect_fee"}
    api(
        gw,
        "POST",
        f"issuance/{ids[0]}/settlement",
        {"result": "refunded", "amount_yen": 0},
        key=uuid.uuid4().hex,
    )
    api(
        gw,
        "POST",
        f"issuance/{ids[1]}/settlement",
        {"result": "collected", "amount_yen": 200},
        key=uuid.uuid4().hex,
    )
    assert api(gw, "GET", "issuance/unsettled").json()["issuances"] == []

    other = add_terminal(gw.engine, "test-kiosk-03")
    foreign = requests.get(
        gw.url + f"/api/v1/issuance/{ids[1]}/documents/1", headers=gw.headers(other), timeout=10
    )
    assert foreign.status_code == 404 and error_code(foreign) == "unknown_issuance"


def test_verification_of_unknown_codes(gw):
    answer = requests.get(f"{gw.url}/api/v1/verify/AAAA-BBBB-CCCC-DDDD", timeout=10)
    assert answer.status_code == 404 and error_code(answer) == "unknown_code"
    bad = requests.get(f"{gw.url}/api/v1/verify/x", timeout=10)
    assert bad.status_code == 422


def test_a_gateway_without_jpki_settings_says_so(live):
    answer = requests.post(f"{live.url}/api/v1/issuance/nonces", headers=live.headers(), timeout=10)
    assert answer.status_code == 503 and error_code(answer) == "issuance_not_configured"
    assert requests.post(f"{live.url}/api/v1/issuance/nonces", timeout=10).status_code == 401


def test_city_it_links_cards_and_serves_issuance_from_the_command_line(pki, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'g.db'}"
    trust = [
        *("--jpki-ca", str(pki.ca_dir / "ca.cert.pem"), "--jpki-crl", str(pki.crl_path)),
        *("--verification-url", SAMPLE_VERIFICATION_URL),
    ]
    certificate = tmp_path / "hanako.der"
    certificate.write_bytes(pki.cards["hanako"].auth_cert)
    assert main(["gateway", "--db", db, *trust, "link-card", "R000002", str(certificate)]) == 0
    assert "linked to resident R000002" in capsys.readouterr().out
    assert main(["gateway", "--db", db, *trust, "link-card", "R999999", str(certificate)]) == 2
    assert "no resident R999999" in capsys.readouterr().err
    foreign = tmp_path / "foreign.der"
    foreign.write_bytes(pki.cards["foreign"].auth_cert)
    assert main(["gateway", "--db", db, *trust, "link-card", "R000002", str(foreign)]) == 2
    assert "not issued by a trusted JPKI CA" in capsys.readouterr().err
    assert main(["gateway", "--db", db, "link-card", "R000002", str(certificate)]) == 2
    assert "needs --jpki-ca" in capsys.readouterr().err
    assert (
        main(
            ["gateway", "--db", db, "--jpki-ca", str(pki.ca_dir / "ca.cert.pem"), "list-terminals"]
        )
        == 2
    )
    assert "revocation must be checked" in capsys.readouterr().err

    token = subprocess.run(
        [sys.executable, "-m", "machikado", "gateway", "--db", db, "add-terminal", "k1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "machikado", "gateway", "--db", db, "--port", str(port), *trust],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )
    try:
        url = f"http://127.0.0.1:{port}/api/v1"
        headers = {"Authorization": f"Bearer {token}"}
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = requests.post(f"{url}/issuance/nonces", headers=headers, timeout=5)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.1)
        assert answer.status_code == 201
        proof = card_proof(pki.cards["hanako"], answer.json())
        offered = requests.post(
            f"{url}/issuance/eligibility", json=proof, headers=headers, timeout=30
        )
        assert offered.status_code == 200, offered.text
    finally:
        server.terminate()
        server.wait(30)
