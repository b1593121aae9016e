"""Building and signing signage content packages (the city's side).

``python -m gateway.packages keygen KEY.pem`` makes the city's Ed25519 publishing key and prints
its public half for the terminals' configuration; ``python -m gateway.packages build SRC OUT.zip
--key KEY.pem --id ID --version N --title T --entry playlist.json`` packs every file under SRC.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from content.config.schema import ConfigError
from content.package_manifest import (
    ASSETS_PREFIX,
    FORMAT,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    parse_manifest,
)


def generate_key() -> Ed25519PrivateKey:
    """A new publishing key."""
    return Ed25519PrivateKey.generate()


def public_key_text(key: Ed25519PrivateKey) -> str:
    """The public half as base64 of its 32 raw bytes (what a terminal is configured with)."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign_manifest(manifest_bytes: bytes, key: Ed25519PrivateKey) -> bytes:
    """The ``manifest.sig`` content for these exact manifest bytes."""
    return base64.b64encode(key.sign(manifest_bytes)) + b"\n"


def build_package(
    source: Path,
    *,
    key: Ed25519PrivateKey,
    package_id: str,
    version: int,
    title: str,
    entry: str,
) -> bytes:
    """Pack every file under ``source`` with a signed manifest; ``ConfigError`` if invalid."""
    files = sorted(p for p in source.rglob("*") if p.is_file())
    names = [path.relative_to(source).as_posix() for path in files]
    assets = []
    for path, name in zip(files, names, strict=True):
        data = path.read_bytes()
        assets.append({"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {
        "format": FORMAT,
        "id": package_id,
        "version": version,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "title": title,
        "entry": entry,
        "assets": assets,
    }
    parse_manifest(manifest, source=str(source))  # refuse to sign what terminals would refuse
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST_NAME, manifest_bytes)
        archive.writestr(SIGNATURE_NAME, sign_manifest(manifest_bytes, key))
        for path, name in zip(files, names, strict=True):
            archive.write(path, ASSETS_PREFIX + name)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """The city IT's command line for publishing keys and packages."""
    parser = argparse.ArgumentParser(prog="python -m gateway.packages", description=__doc__)
    actions = parser.add_subparsers(dest="action", required=True)
    keygen = actions.add_parser("keygen", help="make a publishing key; prints its public half")
    keygen.add_argument("key", type=Path)
    pack = actions.add_parser("build", help="pack and sign a folder")
    pack.add_argument("source", type=Path)
    pack.add_argument("output", type=Path)
    pack.add_argument("--key", type=Path, required=True)
    pack.add_argument("--id", required=True)
    pack.add_argument("--version", type=int, required=True)
    pack.add_argument("--title", required=True)
    pack.add_argument("--entry", required=True)
    args = parser.parse_args(argv)
    if args.action == "keygen":
        if args.key.exists():
            print(f"{args.key} exists; refusing to overwrite a publishing key", file=sys.stderr)
            return 2
        key = generate_key()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        args.key.touch(mode=0o600)
        args.key.write_bytes(pem)
        print(public_key_text(key))
        return 0
    loaded = serialization.load_pem_private_key(args.key.read_bytes(), password=None)
    if not isinstance(loaded, Ed25519PrivateKey):
        print(f"{args.key} is not an Ed25519 key", file=sys.stderr)
        return 2
    try:
        data = build_package(
            args.source,
            key=loaded,
            package_id=args.id,
            version=args.version,
            title=args.title,
            entry=args.entry,
        )
    except ConfigError as err:
        print(f"cannot build the package: {err}", file=sys.stderr)
        return 2
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
