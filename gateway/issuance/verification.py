"""The city's public verification address: what a printed certificate's QR code and URL carry."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

OPTION = "--verification-url"


def check_verification_url(url: str) -> str:
    """``url`` if it can be printed on a certificate; ``ValueError`` naming the option otherwise.

    The address is where anyone holding the paper checks it: the city's public https site, the
    verification code appended to it. A loopback, private or unset address would send every
    reader of the paper nowhere, so it is refused.
    """
    if not url:
        raise ValueError(
            f"{OPTION}: expected the city's public https address where a printed verification"
            " code is checked (the code is appended), e.g. https://www.city.example.lg.jp/verify/"
        )
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(f"{OPTION}: expected an https:// address, got {url!r}")
    if _is_local(parts.hostname):
        raise ValueError(
            f"{OPTION}: {url!r} names this machine or a private network; a printed certificate"
            " needs the city's public address"
        )
    if parts.query or parts.fragment or not parts.path.endswith("/"):
        raise ValueError(
            f"{OPTION}: expected an address ending in '/' (the code is appended), got {url!r}"
        )
    return url


def verification_link(base: str, code: str) -> str:
    """The address printed for ``code``: the city's verification address with the code appended."""
    return base + code


def _is_local(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_unspecified
