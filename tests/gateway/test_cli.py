"""``machikado gateway`` for city IT: register, revoke and list terminals; serve."""

import os
import socket
import subprocess
import sys
import time

import requests

from machikado.cli import main


def run(capsys, *args):
    code = main(["gateway", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_terminal_prints_the_token_once(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'g.db'}"
    code, out, err = run(capsys, "--db", db, "add-terminal", "kiosk-tanashi-01")
    assert code == 0
    token = out.strip()
    assert token.startswith("mkt_") and len(token) > 40
    assert "shown only once" in err
    code, out, _ = run(capsys, "--db", db, "list-terminals")
    assert "kiosk-tanashi-01\tactive" in out and token not in out
    code, _, err = run(capsys, "--db", db, "add-terminal", "kiosk-tanashi-01")
    assert code == 2 and "already registered" in err
    code, out, _ = run(capsys, "add-terminal", "kiosk-tanashi-01", "--db", db, "--rotate")
    assert code == 0 and out.strip() != token
    code, out, _ = run(capsys, "--db", db, "revoke-terminal", "kiosk-tanashi-01")
    assert code == 0
    code, _, err = run(capsys, "--db", db, "revoke-terminal", "kiosk-tanashi-01")
    assert code == 2 and "no active terminal" in err
    code, _, err = run(capsys, "--db", db, "add-terminal", "not valid!")
    assert code == 2 and "terminal id" in err


def test_gateway_serves_on_host_and_port(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'g.db'}"
    token = subprocess.run(
        [sys.executable, "-m", "machikado", "gateway", "--db", db, "add-terminal", "k1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "machikado",
            "gateway",
            "--db",
            db,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                reply = requests.get(
                    f"http://127.0.0.1:{port}/api/v1/datasets",
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=2,
                )
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.1)
        assert reply.status_code == 200
        assert "notices" in {d["name"] for d in reply.json()["datasets"]}
    finally:
        server.terminate()
        server.wait(30)
        server.stderr.close()


def test_a_bad_database_url_is_reported(tmp_path, capsys):
    code, _, err = run(capsys, "--db", "nonsense", "list-terminals")
    assert code == 2 and "cannot use the database nonsense" in err
    missing = f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}"
    code, _, err = run(capsys, "--db", missing, "add-terminal", "k1")
    assert code == 2 and "unable to open database file" in err and "\n" not in err.strip()
