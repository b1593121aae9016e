"""Signage at the gateway: packages published by city IT, proof of play, QR short links, reports."""

import json
import zipfile

import pytest
import requests

from gateway.packages import build_package, generate_key, public_key_text
from gateway.signage import PackageRefusedError, publish_package, set_publishing_key, signage_report
from machikado.cli import main

KEY = generate_key()


@pytest.fixture(autouse=True)
def publishing_key(live):
    """The gateway is configured with the city's publishing key, as city IT sets it up."""
    set_publishing_key(live.engine, public_key_text(KEY))


def schedule(url="https://city.example/notices/gomi"):
    return {
        "playlists": [
            {
                "id": "loop",
                "layer": "default",
                "items": [
                    {"id": "t1", "kind": "text", "duration_s": 8, "text": "駅前広場は工事中です"},
                    {"id": "gomi", "kind": "qr", "duration_s": 10, "url": url, "text": "ごみ"},
                ],
            }
        ]
    }


def archive(tmp_path, version=1, key=KEY, url="https://city.example/notices/gomi", name=None):
    source = tmp_path / f"src-{version}"
    source.mkdir(exist_ok=True)
    (source / "playlist.json").write_text(json.dumps(schedule(url)), encoding="utf-8")
    data = build_package(
        source, key=key, package_id="station", version=version, title="駅前", entry="playlist.json"
    )
    path = tmp_path / (name or f"station-v{version}.zip")
    path.write_bytes(data)
    return path


def cli(capsys, live, *args):
    code = main(["gateway", "--db", str(live.engine.url), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def play(item="gomi", start="2026-11-22T10:00:00+09:00", end="2026-11-22T10:00:10+09:00", **extra):
    return {
        "screen": "station-screen-01",
        "item_id": item,
        "kind": "qr",
        "layer": "default",
        "started_at": start,
        "ended_at": end,
        **extra,
    }


def post_plays(live, body, key="plays-key-0001"):
    headers = {**live.headers(), "Idempotency-Key": key}
    return requests.post(f"{live.url}/api/v1/signage/plays", json=body, headers=headers, timeout=10)


def test_city_it_publishes_and_terminals_fetch_with_etag(live, tmp_path, capsys):
    url = f"{live.url}/api/v1/signage/package"
    missing = requests.get(url, headers=live.headers(), timeout=10)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "no_package"
    path = archive(tmp_path)
    code, out, err = cli(capsys, live, "publish-package", str(path))
    assert code == 0, err
    assert "station version 1" in out and "1 QR links" in out
    info = requests.get(url, headers=live.headers(), timeout=10).json()
    assert (info["package_id"], info["version"], info["size"]) == (
        "station",
        1,
        path.stat().st_size,
    )
    got = requests.get(f"{url}/archive", headers=live.headers(), timeout=10)
    assert got.content == path.read_bytes()
    assert got.headers["ETag"] == f'"{info["sha256"]}"'
    again = requests.get(
        f"{url}/archive",
        headers={**live.headers(), "If-None-Match": got.headers["ETag"]},
        timeout=10,
    )
    assert again.status_code == 304 and again.content == b""
    assert requests.get(f"{url}/archive", timeout=10).status_code == 401
    assert requests.get(url, headers=live.headers("mkt_nobody"), timeout=10).status_code == 401


def test_the_archive_is_served_in_pieces(live, tmp_path, monkeypatch):
    monkeypatch.setattr("gateway.signage.ARCHIVE_CHUNK", 100)
    data = archive(tmp_path).read_bytes()
    assert len(data) > 300
    publish_package(live.engine, data)
    got = requests.get(
        f"{live.url}/api/v1/signage/package/archive", headers=live.headers(), timeout=10
    )
    assert got.content == data
    assert got.headers["Content-Length"] == str(len(data))


def test_terminals_cannot_publish(live, tmp_path):
    data = archive(tmp_path).read_bytes()
    for path in ("/api/v1/signage/package", "/api/v1/signage/package/archive"):
        answer = requests.post(
            f"{live.url}{path}", data=data[:1000], headers=live.headers(), timeout=10
        )
        assert answer.status_code in (404, 405, 413)
    assert requests.get(
        f"{live.url}/api/v1/signage/package", headers=live.headers(), timeout=10
    ).status_code == 404  # fmt: skip


def test_bad_archives_are_refused_at_publishing(live, tmp_path, capsys):
    good = archive(tmp_path)
    foreign = archive(tmp_path, key=generate_key(), name="foreign.zip")
    code, _, err = cli(capsys, live, "publish-package", str(foreign))
    assert code == 2 and "signature does not verify" in err
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK not really a zip" * 10)
    code, _, err = cli(capsys, live, "publish-package", str(junk))
    assert code == 2 and "not a zip file" in err
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[:-40])
    assert cli(capsys, live, "publish-package", str(truncated))[0] == 2
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as out:
        for entry in src.infolist():
            data = src.read(entry)
            if entry.filename == "assets/playlist.json":
                data = json.dumps(schedule("https://evil.example/")).encode()
            out.writestr(entry.filename, data)
    code, _, err = cli(capsys, live, "publish-package", str(tampered))
    assert code == 2 and "tampered.zip: 'assets/playlist.json' declares" in err
    with pytest.raises(PackageRefusedError, match="over"):
        publish_package(live.engine, good.read_bytes(), max_bytes=100)
    assert cli(capsys, live, "publish-package", str(good))[0] == 0
    code, _, err = cli(capsys, live, "publish-package", str(good))
    assert code == 2 and "already the published package" in err
    older = archive(tmp_path, version=1, url="https://city.example/other", name="older.zip")
    code, _, err = cli(capsys, live, "publish-package", str(older))
    assert code == 2 and "not newer" in err


def test_plays_are_applied_once_and_summed_per_day_and_month(live, tmp_path, capsys):
    body = {
        "plays": [
            play(),
            play(start="2026-11-22T10:05:00+09:00", end="2026-11-22T10:05:04+09:00"),
            # the rest of that showing after an emergency: seconds, not another showing
            play(
                start="2026-11-22T10:06:00+09:00", end="2026-11-22T10:06:06+09:00", continued=True
            ),
            # 23:30 UTC on the 30th is 08:30 on 1 December in Japan
            play("t1", "2026-11-30T23:30:00Z", "2026-11-30T23:30:08Z"),
        ]
    }
    first = post_plays(live, body)
    assert first.status_code == 201, first.text
    assert first.json()["result"] == {"plays": 4, "showings": 3}
    replay = post_plays(live, body)
    assert replay.status_code == 201 and replay.headers["Idempotent-Replayed"] == "true"
    days = signage_report(live.engine, "day")
    assert [(d.period, d.item_id, d.showings, d.seconds) for d in days] == [
        ("2026-11-22", "gomi", 2, 20.0),
        ("2026-12-01", "t1", 1, 8.0),
    ]
    months = requests.get(
        f"{live.url}/api/v1/signage/report",
        params={"period": "month", "from": "2026-11-01", "to": "2026-11-30"},
        headers=live.headers(),
        timeout=10,
    ).json()
    assert months["entries"] == [
        {"period": "2026-11", "terminal_id": "test-kiosk-01", "item_id": "gomi",
         "showings": 2, "seconds": 20.0, "scans": 0},
    ]  # fmt: skip
    code, out, _ = cli(capsys, live, "report", "--period", "month")
    assert code == 0
    lines = out.splitlines()
    assert "2026-11\ttest-kiosk-01\tgomi\t2\t20\t0" in lines
    assert "2026-12\t*\t*\t1\t8\t0" in lines


@pytest.mark.parametrize(
    "body",
    [
        {"plays": []},
        {"plays": [play(start="2026-11-22T10:00:00")]},  # no timezone
        {"plays": [play(end="2026-11-22T09:00:00+09:00")]},  # ends before it starts
        {"plays": [play(end="2027-01-24T10:00:00+09:00")]},  # two months long
        {"plays": [play(screen="../etc")]},
        {"plays": [play(extra="field")]},
        {"plays": [play()] * 101},
        {"records": [play()]},
    ],
)
def test_malformed_play_batches_are_refused(live, body):
    answer = post_plays(live, body)
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "invalid_request"
    assert signage_report(live.engine, "day") == []


def test_plays_need_an_idempotency_key(live):
    answer = requests.post(
        f"{live.url}/api/v1/signage/plays",
        json={"plays": [play()]},
        headers=live.headers(),
        timeout=10,
    )
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "missing_idempotency_key"


def test_qr_short_link_counts_and_redirects_only_to_known_urls(live, tmp_path):
    publish_package(live.engine, archive(tmp_path).read_bytes())
    fetched = requests.get(
        f"{live.url}/api/v1/signage/package/archive", headers=live.headers(), timeout=10
    )
    assert fetched.status_code == 200
    link = f"{live.url}/q/test-kiosk-01/gomi"
    for _ in range(3):  # the same phone three times: one scan
        answer = requests.get(link, allow_redirects=False, timeout=10)
        assert answer.status_code == 302
        assert answer.headers["Location"] == "https://city.example/notices/gomi"
    for bad in (
        "/q/test-kiosk-01/t1",  # a text slide has no link
        "/q/test-kiosk-01/unknown",
        "/q/nobody/gomi",
        "/q/test-kiosk-01/https:%2F%2Fevil.example",
        "/q/test-kiosk-01/gomi%0Afake",
        "/q/test-kiosk-01/gomi?next=https://evil.example",
    ):
        answer = requests.get(f"{live.url}{bad}", allow_redirects=False, timeout=10)
        if "next=" in bad:  # extra parameters change nothing
            assert answer.headers["Location"] == "https://city.example/notices/gomi"
            continue
        assert answer.status_code in (404, 422), bad
        assert "Location" not in answer.headers
        assert answer.json()["error"]["code"] in ("unknown_link", "not_found", "invalid_request")
    (line,) = signage_report(live.engine, "day")
    assert (line.terminal_id, line.item_id, line.scans, line.showings) == (
        "test-kiosk-01",
        "gomi",
        1,
        0,
    )


def test_a_scan_for_a_terminal_that_never_fetched_the_package_is_not_counted(live, tmp_path):
    """The link still takes the phone to the notice; the scan is not the terminal's."""
    publish_package(live.engine, archive(tmp_path).read_bytes())
    answer = requests.get(f"{live.url}/q/test-kiosk-01/gomi", allow_redirects=False, timeout=10)
    assert answer.status_code == 302
    assert answer.headers["Location"] == "https://city.example/notices/gomi"
    assert [line.scans for line in signage_report(live.engine, "day")] in ([], [0])


def test_cli_explains_what_it_cannot_do(live, tmp_path, capsys):
    code, _, err = cli(capsys, live, "publish-package", str(tmp_path / "missing.zip"))
    assert code == 2 and "cannot read" in err
    code, _, err = cli(capsys, live, "set-publishing-key", "x")
    assert code == 2 and "not 32 bytes of base64" in err
    code, _, err = cli(capsys, live, "publish-package", str(archive(tmp_path)), "--max-mb", "0")
    assert code == 2 and "--max-mb" in err
    code, _, err = cli(capsys, live, "report", "--from", "yesterday")
    assert code == 2 and "--from/--to" in err
    code, out, _ = cli(capsys, live, "report")
    assert code == 0 and out.splitlines() == ["period\tterminal\titem\tshowings\tseconds\tscans"]
