"""How long a nonce lives: 600 s by default, ``--nonce-ttl`` on ``machikado gateway``."""

import datetime as dt

import pytest
import requests

from content.municipality import SAMPLE_VERIFICATION_URL
from devices.smartcard.emulator.factory import create_demo_ca
from gateway.issuance.crl import issue_crl, write_crl
from gateway.issuance.service import IssuanceSettings
from gateway.issuance.trust import JpkiTrust
from machikado import gateway_command
from machikado.cli import _parser, main
from tools.rigs.gateway import LiveGateway


@pytest.fixture(scope="module")
def trust_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ttl")
    ca = create_demo_ca()
    ca.save(folder)
    write_crl(issue_crl(ca.key, ca.certificate), folder / "ca.crl")
    return folder / "ca.cert.pem", folder / "ca.crl"


def settings_from(argv):
    return gateway_command._issuance(_parser().parse_args(argv))


def test_the_default_nonce_lives_ten_minutes(tmp_path, trust_files):
    ca, crl = trust_files
    settings = IssuanceSettings(
        trust=JpkiTrust.from_files(ca, (crl,)), verification_url=SAMPLE_VERIFICATION_URL
    )
    assert settings.nonce_ttl_s == 600
    gateway = LiveGateway(tmp_path, issuance=settings).start()
    try:
        before = dt.datetime.now(dt.UTC)
        answer = requests.post(
            f"{gateway.url}/api/v1/issuance/nonces", headers=gateway.headers(), timeout=30
        )
        assert answer.status_code == 201, answer.text
        expires = dt.datetime.fromisoformat(answer.json()["expires_at"])
        assert dt.timedelta(seconds=590) <= expires - before <= dt.timedelta(seconds=610)
    finally:
        gateway.stop()


def test_the_command_line_sets_and_checks_the_nonce_lifetime(tmp_path, trust_files, capsys):
    ca, crl = trust_files
    trust = ["gateway", "--jpki-ca", str(ca), "--jpki-crl", str(crl)]
    trust += ["--verification-url", SAMPLE_VERIFICATION_URL]
    assert settings_from(trust).nonce_ttl_s == 600
    assert settings_from([*trust, "--nonce-ttl", "900"]).nonce_ttl_s == 900
    db = f"sqlite:///{tmp_path / 'g.db'}"
    assert main([*trust, "--db", db, "--nonce-ttl", "5", "list-terminals"]) == 2
    assert "--nonce-ttl must be between 30 and 3600" in capsys.readouterr().err
