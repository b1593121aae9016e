"""The verification address printed on certificates is the city's public one, never a loopback."""

from __future__ import annotations

import pytest

from content.municipality import SAMPLE_VERIFICATION_URL
from devices.smartcard.emulator.factory import create_demo_ca
from gateway.issuance.crl import issue_crl, write_crl
from gateway.issuance.service import IssuanceSettings
from gateway.issuance.trust import JpkiTrust
from gateway.issuance.verification import check_verification_url, verification_link
from machikado.cli import main
from offline_cache.embedded import EmbeddedIssuance


@pytest.fixture(scope="module")
def trust_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("verify")
    ca = create_demo_ca()
    ca.save(folder)
    write_crl(issue_crl(ca.key, ca.certificate), folder / "ca.crl")
    return folder / "ca.cert.pem", folder / "ca.crl"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.city.hanamizuki.example/shomei/kensho/",
        "https://verify.example.jp/",
        "https://www.city.example.lg.jp/kensho/",
    ],
)
def test_a_public_https_address_is_taken(url):
    assert check_verification_url(url) == url


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("", "expected the city's public https address"),
        ("http://www.city.example.jp/verify/", "expected an https:// address"),
        ("https://127.0.0.1:8080/api/v1/verify/", "names this machine"),
        ("https://localhost/verify/", "names this machine"),
        ("https://[::1]/verify/", "names this machine"),
        ("https://192.168.1.20/verify/", "private network"),
        ("https://0.0.0.0/verify/", "names this machine"),
        ("https://www.city.example.jp/verify", "ending in '/'"),
        ("https://www.city.example.jp/verify/?c=", "ending in '/'"),
        ("verify.example.jp/", "expected an https:// address"),
    ],
)
def test_an_address_nobody_can_reach_is_refused_naming_the_option(url, says):
    with pytest.raises(ValueError) as caught:
        check_verification_url(url)
    assert str(caught.value).startswith("--verification-url: ")
    assert says in str(caught.value)


def test_the_code_is_appended():
    assert verification_link(SAMPLE_VERIFICATION_URL, "ABCD-EFGH") == (
        "https://www.city.hanamizuki.example/shomei/kensho/ABCD-EFGH"
    )


def test_issuance_cannot_be_set_up_without_it(trust_files):
    trust = JpkiTrust.from_files(trust_files[0], (trust_files[1],))
    with pytest.raises(ValueError, match="--verification-url"):
        IssuanceSettings(trust=trust)
    assert IssuanceSettings(trust=trust, verification_url=SAMPLE_VERIFICATION_URL)


def test_the_gateway_command_refuses_a_loopback_address(trust_files, tmp_path, capsys):
    ca, crl = trust_files
    base = ["gateway", "--db", f"sqlite:///{tmp_path / 'g.db'}"]
    trust = ["--jpki-ca", str(ca), "--jpki-crl", str(crl)]
    assert main([*base, *trust, "list-terminals"]) == 2
    assert "--verification-url: expected the city's public" in capsys.readouterr().err
    loopback = ["--verification-url", "http://127.0.0.1:8080/api/v1/verify/"]
    assert main([*base, *trust, *loopback, "list-terminals"]) == 2
    assert "--verification-url: expected an https:// address" in capsys.readouterr().err
    public = ["--verification-url", SAMPLE_VERIFICATION_URL]
    assert main([*base, *trust, *public, "list-terminals"]) == 0


def test_the_demo_prints_the_sample_citys_public_looking_address(tmp_path):
    issuance = EmbeddedIssuance(tmp_path / "ca.pem", (tmp_path / "ca.crl",))
    args = issuance.args()
    assert args[args.index("--verification-url") + 1] == SAMPLE_VERIFICATION_URL
    assert SAMPLE_VERIFICATION_URL.startswith("https://") and ".example/" in SAMPLE_VERIFICATION_URL
