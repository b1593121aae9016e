"""The cases a hostile tester tried: what the gateway answers now, and what publishing refuses."""

import hashlib
import json
import subprocess
import sys
import time
import zipfile

import pytest
import requests
import sqlalchemy as sa

from gateway.datasets import EtagCache
from gateway.datasets import publish as publish_dataset
from gateway.packages import generate_key, public_key_text, sign_manifest
from gateway.signage import set_publishing_key, signage_report
from gateway.storage import create_db_engine, migrate
from gateway.terminals import revoke_terminal
from gateway.token_cache import TokenCache
from machikado.cli import main
from tests.gateway.test_signage import KEY, archive, play, post_plays
from tools.rigs.gateway import LiveGateway

BEAT = {"terminal_time": "2026-11-22T10:00:00+09:00", "software_version": "1.0"}


def post(live, endpoint, body, key):
    headers = {**live.headers(), "Idempotency-Key": key, "Content-Type": "application/json"}
    data = json.dumps(body)  # allows Infinity, as a terminal's 1e309 arrives
    return requests.post(f"{live.url}/api/v1/{endpoint}", data=data, headers=headers, timeout=10)


@pytest.mark.parametrize(
    ("endpoint", "body", "field"),
    [
        ("signage/plays", {"plays": [play(start="9999-12-31T23:00:00-12:00")]}, "started_at"),
        ("signage/plays", {"plays": [play(item="t1\tforged")]}, "item_id"),
        ("signage/plays", {"plays": [play(continued=1)]}, "continued"),
        ("telemetry/heartbeat", {**BEAT, "cache_age_s": float("inf")}, "cache_age_s"),
        ("telemetry/heartbeat", {**BEAT, "terminal_time": "2026-11-22T10:00:00"}, "terminal_time"),
        ("telemetry/heartbeat", {**BEAT, "software_version": "1.0\x00"}, "software_version"),
        ("telemetry/heartbeat", {**BEAT, "dead_letters": -1}, "dead_letters"),
        ("telemetry/heartbeat", {**BEAT, "dead_letters": True}, "dead_letters"),
        ("telemetry/counters", {"counts": {"printed": True}}, "printed"),
    ],
)
def test_what_the_gateway_cannot_store_is_a_422_naming_the_field(live, endpoint, body, field):
    answer = post(live, endpoint, body, "hardening-0001")
    assert answer.status_code == 422, answer.text
    assert field in answer.json()["error"]["message"]


def test_dead_letters_are_stored_and_shown(live, capsys):
    assert post(live, "telemetry/heartbeat", {**BEAT, "dead_letters": 3}, "beat-00001").ok
    me = requests.get(f"{live.url}/api/v1/terminals/me", headers=live.headers(), timeout=10)
    assert me.json()["heartbeat"]["dead_letters"] == 3
    assert main(["gateway", "--db", str(live.engine.url), "list-terminals"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[5] == "dead letters" and lines[1].split("\t")[5] == "3"


def test_plays_count_at_most_their_items_scheduled_seconds(live, tmp_path):
    set_publishing_key(live.engine, public_key_text(KEY))
    assert (
        main(["gateway", "--db", str(live.engine.url), "publish-package", str(archive(tmp_path))])
        == 0
    )
    month = play(end="2026-12-22T10:00:00+09:00")  # "gomi" is scheduled for 10 s
    answer = post_plays(live, {"plays": [month] * 100})
    assert answer.status_code == 201 and answer.json()["result"]["cut_to_schedule"] == 100
    (line,) = signage_report(live.engine, "day")
    assert (line.showings, line.seconds) == (100, 1000.0)


def test_reports_escape_control_characters(live, capsys):
    with live.engine.begin() as conn:  # a row stored before item ids were checked
        conn.exec_driver_sql(
            "INSERT INTO signage_plays VALUES ('2026-11-22', 'k1', 's1', 'a\tb\nc', 1, 8.0)"
        )
    assert main(["gateway", "--db", str(live.engine.url), "report"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "2026-11-22\tk1\ta\\tb\\nc\t1\t8\t0"


def test_a_revoked_token_stops_working_within_the_cache_bound(tmp_path):
    live = LiveGateway(tmp_path, token_cache_s=1.0).start()
    try:
        url = f"{live.url}/api/v1/terminals/me"
        assert requests.get(url, headers=live.headers(), timeout=10).status_code == 200
        revoke_terminal(live.engine, "test-kiosk-01")
        revoked_at = time.monotonic()
        while requests.get(url, headers=live.headers(), timeout=10).status_code == 200:
            assert time.monotonic() - revoked_at < 1.0 + 0.5
            time.sleep(0.05)
        assert requests.get(url, headers=live.headers(), timeout=10).status_code == 401
    finally:
        live.stop()


def test_the_token_cache_keeps_found_terminals_for_its_bound_only():
    now = [0.0]
    cache = TokenCache(5.0, clock=lambda: now[0])
    loads = []

    def load():
        loads.append(1)
        return "terminal" if len(loads) < 3 else None

    assert cache.find("t", load) == "terminal"
    now[0] = 4.9
    assert cache.find("t", load) == "terminal" and len(loads) == 1
    now[0] = 5.0
    assert cache.find("t", load) == "terminal" and len(loads) == 2
    now[0] = 10.0
    assert cache.find("t", load) is None and len(loads) == 3
    assert cache.find("t", load) is None and len(loads) == 4  # unknown tokens are not kept


# -- publishing refuses what a terminal refuses ----------------------------------------------


def rebuilt(good, path, *, change=None, extra=None, manifest_change=None, key=KEY):
    """``good`` rewritten: entries changed, added, or the manifest changed and signed again."""
    with zipfile.ZipFile(good) as src:
        entries = {info.filename: src.read(info) for info in src.infolist()}
    manifest = json.loads(entries["manifest.json"])
    if manifest_change:
        manifest_change(manifest)
        entries["manifest.json"] = json.dumps(manifest).encode()
        entries["manifest.sig"] = sign_manifest(entries["manifest.json"], key)
    entries.update(change or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries.items():
            out.writestr(name, data)
        for info, data in extra or []:
            out.writestr(info, data)
    return path


def symlink_entry(name):
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o120777 << 16
    return info, b"/etc/passwd"


def publish(live, capsys, path, *extra):
    code = main(["gateway", "--db", str(live.engine.url), "publish-package", str(path), *extra])
    return code, capsys.readouterr().err


def test_publishing_needs_the_configured_key(live, tmp_path, capsys):
    code, err = publish(live, capsys, archive(tmp_path))
    assert code == 2 and "no publishing key is configured" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("foreign key", "signature does not verify"),
        ("changed asset", "does not match its size and SHA-256"),
        ("dotdot path", "expected a relative path"),
        ("absolute path", "expected a relative path"),
        ("symlink", "is a link"),
        ("lying size", "declares"),
        ("unlisted entry", "is not in the manifest"),
        ("huge version", "expected 1 to 2147483647"),
        ("zip bomb manifest", "manifest too large"),
    ],
)
def test_publishing_refuses_what_terminals_refuse(live, tmp_path, capsys, case, message):
    set_publishing_key(live.engine, public_key_text(KEY))
    good = archive(tmp_path)
    body = json.loads(zipfile.ZipFile(good).read("assets/playlist.json"))
    same_size = json.dumps(body).replace("gomi", "evil").encode()
    path = tmp_path / "bad.zip"

    def move(to):
        return lambda m: m["assets"][0].update(path=to)

    if case == "foreign key":
        path = archive(tmp_path, key=generate_key(), name="bad.zip")
    elif case == "changed asset":
        rebuilt(good, path, change={"assets/playlist.json": same_size})
    elif case == "dotdot path":
        rebuilt(good, path, manifest_change=move("../../x"))
    elif case == "absolute path":
        rebuilt(good, path, manifest_change=move("/etc/x"))
    elif case == "symlink":
        rebuilt(good, path, extra=[symlink_entry("assets/link")])
    elif case == "lying size":
        rebuilt(good, path, manifest_change=lambda m: m["assets"][0].update(size=5))
    elif case == "unlisted entry":
        rebuilt(good, path, change={"assets/../../x": b"x"})
    elif case == "huge version":
        rebuilt(good, path, manifest_change=lambda m: m.update(version=10**20))
    else:
        rebuilt(good, path, change={"manifest.json": b" " * (8 << 20)})
    code, err = publish(live, capsys, path)
    assert code == 2 and message in err and "Traceback" not in err, err
    assert requests.get(
        f"{live.url}/api/v1/signage/package", headers=live.headers(), timeout=10
    ).status_code == 404  # fmt: skip


def zeros_package(path, size, *, listed_size=None):
    """A signed package whose asset is ``size`` zero bytes (a few kB deflated), built in pieces."""
    piece = b"\0" * (1 << 20)
    digest = hashlib.sha256()
    for _ in range(size // len(piece)):
        digest.update(piece)
    playlist = json.dumps({"playlists": []}).encode()
    manifest = {
        "format": 1, "id": "zeros", "version": 1, "created": "2026-11-22T10:00:00+09:00",
        "title": "zeros", "entry": "playlist.json",
        "assets": [
            {"path": "playlist.json", "size": len(playlist),
             "sha256": hashlib.sha256(playlist).hexdigest()},
            {"path": "zeros.bin", "size": listed_size or size, "sha256": digest.hexdigest()},
        ],
    }  # fmt: skip
    manifest_bytes = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("manifest.json", manifest_bytes)
        out.writestr("manifest.sig", sign_manifest(manifest_bytes, KEY))
        out.writestr("assets/playlist.json", playlist)
        with out.open("assets/zeros.bin", "w") as entry:
            for _ in range(size // len(piece)):
                entry.write(piece)
    return path


def peak_rss_mb(live, path, max_mb):
    """``publish-package`` in its own process: its exit code, stderr and peak memory in MB."""
    probe = (
        "import resource, subprocess, sys;"
        "code = subprocess.run(sys.argv[1:]).returncode;"
        "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)"
    )
    command = [sys.executable, "-m", "machikado", "gateway", "--db", str(live.engine.url)]
    command += ["publish-package", str(path), "--max-mb", str(max_mb)]
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], capture_output=True, text=True, timeout=300
    )
    code, peak = done.stdout.split()[-2:]
    return int(code), done.stderr, int(peak)


def test_a_zip_bomb_is_bounded_by_declared_sizes_and_streamed(live, tmp_path, capsys):
    set_publishing_key(live.engine, public_key_text(KEY))
    size = 64 << 20
    bomb = zeros_package(tmp_path / "bomb.zip", size)
    assert bomb.stat().st_size < 1 << 20  # 64 MB of assets in under 1 MB
    code, err, _ = peak_rss_mb(live, bomb, 1)
    assert code == 2 and "assets total" in err and "Traceback" not in err
    liar = zeros_package(tmp_path / "liar.zip", size, listed_size=1000)
    assert main(["gateway", "--db", str(live.engine.url), "publish-package", str(liar)]) == 2
    assert "declares" in capsys.readouterr().err
    code, err, small = peak_rss_mb(live, archive(tmp_path, name="small.zip"), 128)
    assert code == 0, err
    # Allowed in size, the 64 MB asset is checked in pieces: memory stays that of a small one.
    code, err, streamed = peak_rss_mb(live, bomb, 128)
    assert code == 0, err
    assert streamed - small < 32, (small, streamed)


def test_an_unchanged_dataset_answers_304_after_one_query_then_none(tmp_path):
    live = LiveGateway(tmp_path, token_cache_s=5.0, etag_cache_s=60.0).start()
    try:
        statements = []
        sa.event.listen(
            live.engine, "before_cursor_execute", lambda *args: statements.append(args[2])
        )
        url = f"{live.url}/api/v1/datasets/notices"
        etag = requests.get(url, headers=live.headers(), timeout=10).headers["ETag"]
        polls = {**live.headers(), "If-None-Match": etag}
        statements.clear()
        assert requests.get(url, headers=polls, timeout=10).status_code == 304
        # The token is cached: reading the ETag is the one query, and it takes no write lock.
        assert "BEGIN IMMEDIATE" not in statements
        (only,) = [statement for statement in statements if not statement.startswith("BEGIN")]
        assert "FROM datasets" in only and "count" not in only.lower()
        statements.clear()
        assert requests.get(url, headers=polls, timeout=10).status_code == 304
        assert statements == []
    finally:
        live.stop()


def test_the_etag_cache_sees_a_new_version_within_its_bound(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'g.db'}")
    migrate(engine)
    now = [0.0]
    cache = EtagCache(1.0, clock=lambda: now[0])
    publish_dataset(engine, "things", {"a": 1})
    first = cache.load(engine, "things")
    publish_dataset(engine, "things", {"a": 2})
    now[0] = 0.9
    assert cache.cached("things") == first
    now[0] = 1.0
    assert cache.cached("things") is None
    assert cache.load(engine, "things") != first
    assert cache.load(engine, "nothing") is None and cache.cached("nothing") is None
    engine.dispose()
