"""Signage content packages on the terminal: verified in full, then swapped in atomically.

A package is installed only if it passes :func:`content.package_check.check_archive` (the checks
the gateway runs before publishing: a valid Ed25519 signature by the city's publishing key, every
asset matching its size and SHA-256, no path leaving the package folder, nothing unlisted inside,
not larger than allowed) and is not older than the one in use. Anything else raises
:class:`PackageError` and the last good package stays current.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from content.config.schema import ConfigError
from content.package_check import PackageCheckError, check_archive
from content.package_manifest import MANIFEST_NAME, PackageAsset, PackageManifest, parse_manifest
from offline_cache.errors import CacheError

log = logging.getLogger("machikado.offline_cache")


class PackageError(CacheError):
    """A package that must not be used; ``key`` says why, the message says where."""

    key = "package.invalid"

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class InstalledPackage:
    """A verified package on disk."""

    manifest: PackageManifest
    folder: Path

    def asset(self, path: str) -> Path:
        """Where one of the package's assets lies."""
        return self.folder / "assets" / path


def load_public_key(text: str) -> Ed25519PublicKey:
    """The city's publishing key from base64 of its 32 raw bytes."""
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as err:
        raise PackageError(
            "package.bad_key", "the publishing key is not 32 bytes of base64"
        ) from err


class PackageStore:
    """Installed packages under ``root``: ``current`` points at the one in use."""

    def __init__(self, root: Path, public_key: Ed25519PublicKey, *, max_bytes: int) -> None:
        self.root = root
        self.public_key = public_key
        self.max_bytes = max_bytes
        root.mkdir(parents=True, exist_ok=True)

    @property
    def _current_link(self) -> Path:
        return self.root / "current"

    def current(self) -> InstalledPackage | None:
        """The package in use (the last good one), or None before the first install."""
        link = self._current_link
        if not link.is_symlink():
            return None
        folder = link.resolve()
        try:
            data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
            return InstalledPackage(parse_manifest(data, str(folder)), folder)
        except (OSError, ValueError, ConfigError):
            log.exception("the current package cannot be read")
            return None

    def install(self, archive: Path) -> InstalledPackage:
        """Verify ``archive`` completely, then make it current; ``PackageError`` otherwise."""
        size = archive.stat().st_size
        if size > self.max_bytes:
            raise PackageError(
                "package.too_large", f"{archive.name}: {size} bytes, over {self.max_bytes}"
            )
        staging = self.root / f".staging-{uuid.uuid4().hex}"
        try:
            manifest = self._unpack(archive, staging)
            current = self.current()
            if (
                current is not None
                and current.manifest.id == manifest.id
                and manifest.version <= current.manifest.version
            ):
                raise PackageError(
                    "package.stale",
                    f"{archive.name}: version {manifest.version} is not newer than "
                    f"{current.manifest.version} in use",
                )
            folder = self.root / f"{manifest.id}-v{manifest.version}-{uuid.uuid4().hex[:8]}"
            staging.rename(folder)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self._switch(folder)
        self._prune(keep={folder, *(c.folder for c in [current] if c is not None)})
        log.info("content package %s version %d in use", manifest.id, manifest.version)
        return InstalledPackage(manifest, folder)

    def _unpack(self, archive: Path, staging: Path) -> PackageManifest:
        """Run the package checks the gateway also runs, unpacking each asset as it passes."""
        assets = staging / "assets"

        def write(asset: PackageAsset) -> BinaryIO:
            target = assets / asset.path
            # parse_manifest allows only plain relative paths; this guards the rule once more.
            if not target.resolve().is_relative_to(assets.resolve()):
                raise PackageError(
                    "package.bad_path", f"{archive.name}: {asset.path!r} leaves the package"
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            return target.open("wb")

        staging.mkdir()
        try:
            checked = check_archive(archive, self.public_key, max_bytes=self.max_bytes, write=write)
        except PackageCheckError as err:
            raise PackageError(err.key, str(err)) from err
        (staging / MANIFEST_NAME).write_bytes(checked.manifest_bytes)
        _fsync_tree(staging)
        return checked.manifest

    def _switch(self, folder: Path) -> None:
        """Point ``current`` at ``folder`` in one rename, so a reader sees old or new."""
        temporary = self.root / f".current-{uuid.uuid4().hex}"
        temporary.symlink_to(folder.name)
        os.replace(temporary, self._current_link)
        _fsync_dir(self.root)

    def _prune(self, keep: set[Path]) -> None:
        """Delete packages other than the current and the previous one, and stale staging."""
        for entry in self.root.iterdir():
            if entry.is_symlink() or entry in keep:
                continue
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        elif path.is_dir():
            _fsync_dir(path)
    _fsync_dir(folder)
