"""Signage content packages: the manifest's schema and the exact bytes that get signed.

A package is a zip file holding ``manifest.json`` (UTF-8 JSON), ``manifest.sig`` (the
base64 Ed25519 signature of manifest.json's exact bytes, by the city's publishing key) and
``assets/<path>`` for every asset the manifest lists with its size and SHA-256.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from content.config.schema import build, require

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
ASSETS_PREFIX = "assets/"
FORMAT = 1
MAX_VERSION = 2**31 - 1  # a 32-bit integer, as the gateway's databases store it
MAX_ID_LENGTH = 64
MAX_TITLE_LENGTH = 200
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def safe_relative_path(path: str) -> bool:
    """True for a plain relative POSIX path that stays inside its folder (no '..', no '/x')."""
    if not path or len(path) > 200 or path.startswith("/") or "\\" in path:
        return False
    segments = path.split("/")
    return all(_SEGMENT.fullmatch(s) and s not in (".", "..") for s in segments)


@dataclass(frozen=True)
class PackageAsset:
    """One file of a package: where it goes, how big it is and its SHA-256."""

    path: str
    size: int
    sha256: str

    def __post_init__(self) -> None:
        require(
            safe_relative_path(self.path),
            "path",
            f"expected a relative path of letters, digits, '.', '_', '-' and '/', "
            f"got {self.path!r}",
        )
        require(self.size >= 0, "size", "expected 0 or more bytes")
        require(bool(_SHA256.fullmatch(self.sha256)), "sha256", "expected 64 lowercase hex digits")


@dataclass(frozen=True)
class PackageManifest:
    """What a package is and holds; ``entry`` names the asset the player starts from."""

    format: int
    id: str
    version: int
    created: str
    title: str
    entry: str
    assets: tuple[PackageAsset, ...]

    def __post_init__(self) -> None:
        require(self.format == FORMAT, "format", f"expected {FORMAT}, got {self.format}")
        require(
            bool(_SEGMENT.fullmatch(self.id)) and len(self.id) <= MAX_ID_LENGTH,
            "id",
            f"expected a plain name of at most {MAX_ID_LENGTH} characters, got {self.id[:80]!r}",
        )
        require(1 <= self.version <= MAX_VERSION, "version", f"expected 1 to {MAX_VERSION}")
        require(
            len(self.title) <= MAX_TITLE_LENGTH and self.title.isprintable(),
            "title",
            f"expected at most {MAX_TITLE_LENGTH} printable characters",
        )
        paths = [a.path for a in self.assets]
        require(len(set(paths)) == len(paths), "assets", "an asset is listed twice")
        require(self.entry in paths, "entry", f"{self.entry!r} is not among the assets")

    @property
    def total_size(self) -> int:
        """Bytes of all assets together."""
        return sum(asset.size for asset in self.assets)


def parse_manifest(data: Any, source: str) -> PackageManifest:
    """Validate a decoded manifest; ``ConfigError`` naming each bad key."""
    return build(PackageManifest, data, source=source)
