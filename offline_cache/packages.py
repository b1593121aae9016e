"""Signage content packages on the terminal: verified in full, then swapped in atomically.

A package is installed only if its manifest carries a valid Ed25519 signature by the city's
publishing key, every asset matches its size and SHA-256, no path leaves the package folder,
nothing unlisted is inside, and it is not larger than allowed nor older than the one in use.
Anything else raises :class:`PackageError` and the last good package stays current.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import shutil
import stat
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from content.config.schema import ConfigError
from content.package_manifest import (
    ASSETS_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    PackageManifest,
    parse_manifest,
)
from offline_cache.errors import CacheError

log = logging.getLogger("machikado.offline_cache")

MAX_MANIFEST_BYTES = 1 << 20
CHUNK = 1 << 16


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
        try:
            with zipfile.ZipFile(archive) as zf:
                manifest, manifest_bytes = self._verified_manifest(zf, archive.name)
                self._check_entries(zf, manifest, archive.name)
                staging.mkdir()
                for asset in manifest.assets:
                    self._extract(zf, asset.path, asset.size, asset.sha256, staging, archive.name)
        except zipfile.BadZipFile as err:
            raise PackageError("package.not_zip", f"{archive.name}: not a zip file") from err
        except (EOFError, zipfile.LargeZipFile) as err:
            raise PackageError("package.unreadable", f"{archive.name}: {err}") from err
        (staging / MANIFEST_NAME).write_bytes(manifest_bytes)
        _fsync_tree(staging)
        return manifest

    def _verified_manifest(self, zf: zipfile.ZipFile, name: str) -> tuple[PackageManifest, bytes]:
        try:
            info = zf.getinfo(MANIFEST_NAME)
            sig_info = zf.getinfo(SIGNATURE_NAME)
        except KeyError as err:
            raise PackageError("package.unsigned", f"{name}: no signed manifest") from err
        if info.file_size > MAX_MANIFEST_BYTES or sig_info.file_size > 1024:
            raise PackageError("package.bad_manifest", f"{name}: manifest too large")
        manifest_bytes = zf.read(info)
        try:
            signature = base64.b64decode(zf.read(sig_info).strip(), validate=True)
            self.public_key.verify(signature, manifest_bytes)
        except (InvalidSignature, binascii.Error, ValueError) as err:
            raise PackageError(
                "package.bad_signature", f"{name}: the manifest's signature does not verify"
            ) from err
        try:
            data = json.loads(manifest_bytes.decode("utf-8"))
            manifest = parse_manifest(data, f"{name}:{MANIFEST_NAME}")
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise PackageError("package.bad_manifest", f"{name}: manifest is not JSON") from err
        except ConfigError as err:
            raise PackageError("package.bad_manifest", str(err)) from err
        if manifest.total_size > self.max_bytes:
            raise PackageError(
                "package.too_large", f"{name}: assets total {manifest.total_size} bytes"
            )
        return manifest, manifest_bytes

    def _check_entries(self, zf: zipfile.ZipFile, manifest: PackageManifest, name: str) -> None:
        expected = {ASSETS_PREFIX + a.path for a in manifest.assets}
        expected |= {MANIFEST_NAME, SIGNATURE_NAME}
        for info in zf.infolist():
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackageError(
                    "package.unreadable", f"{name}: {info.filename!r} uses an unknown compression"
                )
            if stat.S_ISLNK(info.external_attr >> 16):
                raise PackageError("package.bad_path", f"{name}: {info.filename!r} is a link")
            if info.is_dir():
                continue
            if info.filename not in expected:
                raise PackageError(
                    "package.unexpected_file", f"{name}: {info.filename!r} is not in the manifest"
                )
        for path in expected:
            if path not in zf.namelist():
                raise PackageError("package.missing_asset", f"{name}: {path!r} is missing")

    def _extract(
        self,
        zf: zipfile.ZipFile,
        path: str,
        size: int,
        sha256: str,
        staging: Path,
        name: str,
    ) -> None:
        target = staging / "assets" / path
        # parse_manifest allows only plain relative paths; this guards the rule once more.
        if not target.resolve().is_relative_to(staging.resolve()):
            raise PackageError("package.bad_path", f"{name}: {path!r} leaves the package")
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        written = 0
        with zf.open(ASSETS_PREFIX + path) as source, target.open("wb") as out:
            while chunk := source.read(CHUNK):
                written += len(chunk)
                if written > size:  # a zip bomb or a lying manifest: stop at once
                    raise PackageError(
                        "package.hash_mismatch", f"{name}: {path!r} is larger than listed"
                    )
                digest.update(chunk)
                out.write(chunk)
        if written != size or digest.hexdigest() != sha256:
            raise PackageError(
                "package.hash_mismatch", f"{name}: {path!r} does not match its size and SHA-256"
            )

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
