"""The checks a signage package passes before use: the same at the gateway and on a terminal.

:func:`check_archive` reads a zip archive once. Every entry is bounded by its declared size before
a byte of it is read, and read in pieces, so a zip bomb costs no more memory than one piece. It
refuses, with a key and a message naming the archive and the entry:

- an archive over the size limit, or one that is not a readable zip (``package.too_large``,
  ``package.not_zip``, ``package.unreadable``);
- no manifest or no signature, or a signature that does not verify with the city's publishing
  key (``package.unsigned``, ``package.bad_signature``);
- a manifest that is not valid (``package.bad_manifest``), assets larger than allowed together;
- a link, an entry the manifest does not list or that appears twice, an asset missing
  (``package.bad_path``, ``package.unexpected_file``, ``package.missing_asset``);
- an asset whose declared or actual size or SHA-256 differs from the manifest
  (``package.hash_mismatch``).

The terminal passes ``write`` to unpack each checked asset as it streams by; the gateway passes
none and keeps only the entry file (``CheckedPackage.entry_bytes``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from content.config.schema import ConfigError
from content.package_manifest import (
    ASSETS_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    PackageAsset,
    PackageManifest,
    parse_manifest,
)

MAX_MANIFEST_BYTES = 1 << 20
MAX_SIGNATURE_BYTES = 1024
MAX_KEPT_ENTRY_BYTES = 4 << 20
CHUNK = 1 << 16

AssetWriter = Callable[[PackageAsset], BinaryIO]
"""Opens where a checked asset's bytes go; the check writes them and closes it."""


class PackageCheckError(ValueError):
    """An archive that must not be used: ``key`` says why, the message says where."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class CheckedPackage:
    """An archive that passed every check: its manifest, the signed bytes and the entry file.

    ``entry_bytes`` is ``None`` when the entry file is over ``MAX_KEPT_ENTRY_BYTES``.
    """

    manifest: PackageManifest
    manifest_bytes: bytes
    entry_bytes: bytes | None


def check_archive(
    archive: Path | bytes,
    public_key: Ed25519PublicKey,
    *,
    max_bytes: int,
    name: str = "",
    write: AssetWriter | None = None,
) -> CheckedPackage:
    """Check ``archive`` (a file, or its bytes) completely; ``PackageCheckError`` otherwise.

    ``name`` is how messages call the archive (by default its file name).
    """
    source: Path | io.BytesIO
    if isinstance(archive, bytes):
        name, size, source = name or "the archive", len(archive), io.BytesIO(archive)
    else:
        name, source = name or archive.name, archive
        try:
            size = archive.stat().st_size
        except OSError as err:
            raise PackageCheckError("package.unreadable", f"{name}: {err.strerror}") from err
    if size > max_bytes:
        raise PackageCheckError("package.too_large", f"{name}: {size} bytes, over {max_bytes}")
    try:
        with zipfile.ZipFile(source) as zf:
            return _check(zf, public_key, max_bytes, name, write)
    except zipfile.BadZipFile as err:
        raise PackageCheckError("package.not_zip", f"{name}: not a zip file ({err})") from err
    except (EOFError, OSError, zipfile.LargeZipFile, NotImplementedError) as err:
        raise PackageCheckError("package.unreadable", f"{name}: {err}") from err


def _check(
    zf: zipfile.ZipFile,
    public_key: Ed25519PublicKey,
    max_bytes: int,
    name: str,
    write: AssetWriter | None,
) -> CheckedPackage:
    entries = _entries(zf, name)
    manifest, manifest_bytes = _verified_manifest(zf, entries, public_key, name)
    if manifest.total_size > max_bytes:
        raise PackageCheckError(
            "package.too_large", f"{name}: assets total {manifest.total_size} bytes"
        )
    _match_entries(entries, manifest, name)
    entry_bytes = None
    for asset in manifest.assets:
        keep = asset.path == manifest.entry and asset.size <= MAX_KEPT_ENTRY_BYTES
        data = _stream_asset(zf, entries[ASSETS_PREFIX + asset.path], asset, name, write, keep)
        if keep:
            entry_bytes = data
    return CheckedPackage(manifest, manifest_bytes, entry_bytes)


def _entries(zf: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    """Every entry by name; links, odd compression, encryption and repeated names refused."""
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageCheckError("package.bad_path", f"{name}: {info.filename!r} is a link")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageCheckError(
                "package.unreadable", f"{name}: {info.filename!r} uses an unknown compression"
            )
        if info.flag_bits & 0x1:
            raise PackageCheckError("package.unreadable", f"{name}: {info.filename!r} is encrypted")
        if info.is_dir():
            continue
        if info.filename in entries:
            raise PackageCheckError(
                "package.unexpected_file", f"{name}: {info.filename!r} is in the archive twice"
            )
        entries[info.filename] = info
    return entries


def _verified_manifest(
    zf: zipfile.ZipFile,
    entries: dict[str, zipfile.ZipInfo],
    public_key: Ed25519PublicKey,
    name: str,
) -> tuple[PackageManifest, bytes]:
    info, sig_info = entries.get(MANIFEST_NAME), entries.get(SIGNATURE_NAME)
    if info is None or sig_info is None:
        raise PackageCheckError("package.unsigned", f"{name}: no signed manifest")
    if info.file_size > MAX_MANIFEST_BYTES or sig_info.file_size > MAX_SIGNATURE_BYTES:
        raise PackageCheckError("package.bad_manifest", f"{name}: manifest too large")
    manifest_bytes = _read_bounded(zf, info, info.file_size, name)
    signature_text = _read_bounded(zf, sig_info, sig_info.file_size, name)
    try:
        signature = base64.b64decode(signature_text.strip(), validate=True)
        public_key.verify(signature, manifest_bytes)
    except (InvalidSignature, binascii.Error, ValueError) as err:
        raise PackageCheckError(
            "package.bad_signature", f"{name}: the manifest's signature does not verify"
        ) from err
    try:
        data = json.loads(manifest_bytes.decode("utf-8"))
        manifest = parse_manifest(data, f"{name}:{MANIFEST_NAME}")
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as err:
        raise PackageCheckError("package.bad_manifest", f"{name}: manifest is not JSON") from err
    except ConfigError as err:
        raise PackageCheckError("package.bad_manifest", str(err)) from err
    return manifest, manifest_bytes


def _match_entries(
    entries: dict[str, zipfile.ZipInfo], manifest: PackageManifest, name: str
) -> None:
    """The archive holds exactly the manifest, its signature and the listed assets, as listed."""
    expected = {ASSETS_PREFIX + a.path: a for a in manifest.assets}
    for filename in entries:
        if filename not in expected and filename not in (MANIFEST_NAME, SIGNATURE_NAME):
            raise PackageCheckError(
                "package.unexpected_file", f"{name}: {filename!r} is not in the manifest"
            )
    for filename, asset in expected.items():
        info = entries.get(filename)
        if info is None:
            raise PackageCheckError("package.missing_asset", f"{name}: {filename!r} is missing")
        if info.file_size != asset.size:
            raise PackageCheckError(
                "package.hash_mismatch",
                f"{name}: {filename!r} declares {info.file_size} bytes, the manifest lists"
                f" {asset.size}",
            )


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """An entry's bytes, read in pieces and refused as soon as they pass ``limit``."""
    parts: list[bytes] = []
    total = 0
    with zf.open(info) as source:
        while chunk := source.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise PackageCheckError(
                    "package.hash_mismatch", f"{name}: {info.filename!r} is larger than declared"
                )
            parts.append(chunk)
    return b"".join(parts)


def _stream_asset(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    asset: PackageAsset,
    name: str,
    write: AssetWriter | None,
    keep: bool,
) -> bytes | None:
    """Stream one asset through its size and SHA-256 checks (into ``write``); kept if asked."""
    digest = hashlib.sha256()
    kept: list[bytes] = []
    written = 0
    out = write(asset) if write is not None else None
    try:
        with zf.open(info) as source:
            while chunk := source.read(CHUNK):
                written += len(chunk)
                if written > asset.size:  # a zip bomb or a lying manifest: stop at once
                    raise PackageCheckError(
                        "package.hash_mismatch", f"{name}: {asset.path!r} is larger than listed"
                    )
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
                if keep:
                    kept.append(chunk)
    except zipfile.BadZipFile as err:  # a bad CRC: the bytes are not what was packed
        raise PackageCheckError(
            "package.hash_mismatch", f"{name}: {asset.path!r} is damaged ({err})"
        ) from err
    finally:
        if out is not None:
            out.close()
    if written != asset.size or digest.hexdigest() != asset.sha256:
        raise PackageCheckError(
            "package.hash_mismatch", f"{name}: {asset.path!r} does not match its size and SHA-256"
        )
    return b"".join(kept) if keep else None
