"""Signed content packages: only a verified package is ever used, the last good one stays."""

from __future__ import annotations

import base64
import json
import zipfile

import pytest

from gateway.packages import build_package, generate_key, public_key_text, sign_manifest
from offline_cache.packages import PackageError, PackageStore, load_public_key

KEY = generate_key()
MAX = 1 << 20


@pytest.fixture
def source(tmp_path):
    folder = tmp_path / "src"
    (folder / "img").mkdir(parents=True)
    (folder / "playlist.json").write_text('{"items": ["img/festival.png"]}', encoding="utf-8")
    (folder / "img" / "festival.png").write_bytes(b"\x89PNG fake image bytes")
    return folder


@pytest.fixture
def store(tmp_path):
    return PackageStore(tmp_path / "packages", load_public_key(public_key_text(KEY)), max_bytes=MAX)


def package(tmp_path, source, version=1, name="pkg.zip", key=KEY):
    data = build_package(
        source, key=key, package_id="loop", version=version, title="秋の案内", entry="playlist.json"
    )
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rewrite(path, change):
    """Copy the zip's entries through ``change(name, data) -> (name, data) | None``."""
    with zipfile.ZipFile(path) as zf:
        entries = [(i.filename, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            result = change(name, data)
            if result is not None:
                zf.writestr(*result)


def test_a_good_package_becomes_current(tmp_path, source, store):
    installed = store.install(package(tmp_path, source))
    assert installed.manifest.title == "秋の案内"
    assert installed.asset("img/festival.png").read_bytes() == b"\x89PNG fake image bytes"
    assert store.current().folder == installed.folder


def test_a_newer_version_replaces_it_and_the_old_one_is_kept_as_previous(tmp_path, source, store):
    first = store.install(package(tmp_path, source, 1, "v1.zip"))
    (source / "playlist.json").write_text('{"items": []}', encoding="utf-8")
    second = store.install(package(tmp_path, source, 2, "v2.zip"))
    assert store.current().manifest.version == 2
    assert first.folder.exists() and second.folder.exists()
    third = store.install(package(tmp_path, source, 3, "v3.zip"))
    assert not first.folder.exists() and second.folder.exists() and third.folder.exists()


def refused(store, path, key):
    before = store.current()
    with pytest.raises(PackageError) as info:
        store.install(path)
    assert info.value.key == key, info.value
    after = store.current()
    assert (before and before.folder) == (after and after.folder)
    assert not [p for p in store.root.iterdir() if p.name.startswith(".staging")]
    return info.value


@pytest.fixture
def good(tmp_path, source, store):
    store.install(package(tmp_path, source, 1, "good.zip"))


def test_a_tampered_asset_is_refused(tmp_path, source, store, good):
    path = package(tmp_path, source, 2)
    rewrite(path, lambda n, d: (n, b"\x89PNG other bytes!!!!!") if n.endswith(".png") else (n, d))
    refused(store, path, "package.hash_mismatch")


def test_a_tampered_manifest_is_refused(tmp_path, source, store, good):
    path = package(tmp_path, source, 2)
    rewrite(
        path,
        lambda n, d: (
            (n, d.replace("秋".encode(), "冬".encode())) if n == "manifest.json" else (n, d)
        ),
    )
    refused(store, path, "package.bad_signature")


def test_a_package_signed_by_another_key_is_refused(tmp_path, source, store, good):
    refused(store, package(tmp_path, source, 2, key=generate_key()), "package.bad_signature")


def test_an_unsigned_package_is_refused(tmp_path, source, store):
    path = package(tmp_path, source)
    rewrite(path, lambda n, d: None if n == "manifest.sig" else (n, d))
    refused(store, path, "package.unsigned")


def test_a_truncated_package_is_refused(tmp_path, source, store, good):
    path = package(tmp_path, source, 2)
    path.write_bytes(path.read_bytes()[:-40])
    refused(store, path, "package.not_zip")


def test_an_oversized_package_is_refused(tmp_path, source, store, good):
    (source / "big.bin").write_bytes(b"\0" * (MAX + 1))
    refused(store, package(tmp_path, source, 2), "package.too_large")


def test_an_older_version_is_refused(tmp_path, source, store):
    store.install(package(tmp_path, source, 5, "v5.zip"))
    refused(store, package(tmp_path, source, 4, "v4.zip"), "package.stale")


def test_an_unlisted_file_is_refused(tmp_path, source, store, good):
    path = package(tmp_path, source, 2)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("assets/extra.sh", b"echo hi")
    refused(store, path, "package.unexpected_file")


def signed_zip(path, manifest, files):
    manifest_bytes = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", manifest_bytes)
        zf.writestr("manifest.sig", sign_manifest(manifest_bytes, KEY))
        for name, data in files.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("bad", ["../../etc/passwd", "/etc/passwd", "a/../../b", "a\\b", ".."])
def test_paths_that_leave_the_package_are_refused_even_when_signed(tmp_path, store, bad):
    manifest = {
        "format": 1,
        "id": "loop",
        "version": 1,
        "created": "2026-11-22T00:00:00+00:00",
        "title": "x",
        "entry": bad,
        "assets": [{"path": bad, "size": 2, "sha256": "0" * 64}],
    }
    path = signed_zip(tmp_path / "evil.zip", manifest, {"assets/" + bad: b"hi"})
    error = refused(store, path, "package.bad_manifest")
    assert "assets[0].path" in str(error)
    assert not (tmp_path / "etc").exists()


def test_an_asset_larger_than_listed_stops_at_the_listed_size(tmp_path, store):
    manifest = {
        "format": 1,
        "id": "loop",
        "version": 1,
        "created": "2026-11-22T00:00:00+00:00",
        "title": "x",
        "entry": "a.bin",
        "assets": [{"path": "a.bin", "size": 10, "sha256": "0" * 64}],
    }
    path = signed_zip(tmp_path / "bomb.zip", manifest, {"assets/a.bin": b"\0" * 100_000})
    refused(store, path, "package.hash_mismatch")


def test_a_bad_publishing_key_in_the_configuration():
    with pytest.raises(PackageError) as info:
        load_public_key(base64.b64encode(b"short").decode())
    assert info.value.key == "package.bad_key"


def test_the_city_it_command_line(tmp_path, source, capsys):
    from gateway.packages import main

    key_path = tmp_path / "publish.pem"
    assert main(["keygen", str(key_path)]) == 0
    public = capsys.readouterr().out.strip()
    assert oct(key_path.stat().st_mode & 0o777) == "0o600"
    assert main(["keygen", str(key_path)]) == 2  # never overwrites a key
    out = tmp_path / "loop.zip"
    args = ["build", str(source), str(out), "--key", str(key_path), "--id", "loop"]
    assert main([*args, "--version", "1", "--title", "t", "--entry", "playlist.json"]) == 0
    store = PackageStore(tmp_path / "p", load_public_key(public), max_bytes=MAX)
    assert store.install(out).manifest.id == "loop"
    assert main([*args, "--version", "2", "--title", "t", "--entry", "missing.json"]) == 2


def test_an_unknown_compression_is_refused(tmp_path, source, store, good):
    path = package(tmp_path, source, 2)
    with zipfile.ZipFile(path) as zf:
        entries = [(i, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w") as zf:
        for info, data in entries:
            zf.writestr(info, data, compress_type=zipfile.ZIP_BZIP2)
    refused(store, path, "package.unreadable")
