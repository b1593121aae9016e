"""Terminal tokens: rotation without downtime, last use and address, expiry of silent terminals."""

import datetime as dt

import pytest
import requests
import sqlalchemy as sa

from gateway import storage, terminals
from gateway.telemetry import record_heartbeat
from gateway.terminals import (
    TerminalError,
    add_terminal,
    expire_silent,
    find_by_token,
    list_terminals,
    revoke_terminal,
    terminal_status,
)
from machikado.cli import main


@pytest.fixture
def engine(tmp_path):
    engine = storage.create_db_engine(f"sqlite:///{tmp_path / 'g.db'}")
    storage.migrate(engine)
    yield engine
    engine.dispose()


def _age_use(engine, terminal_id, seconds):
    """Pretend the terminal's last recorded use was ``seconds`` ago."""
    then = (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds)).replace(microsecond=0)
    with engine.begin() as conn:
        conn.execute(
            storage.terminal_use.update()
            .where(storage.terminal_use.c.terminal_id == terminal_id)
            .values(used_at=then.isoformat())
        )


def test_the_old_token_works_until_the_new_one_is_used(engine):
    old = add_terminal(engine, "kiosk-1")
    new = add_terminal(engine, "kiosk-1", rotate=True)
    assert terminal_status(engine, "kiosk-1").rotation_issued_at is not None
    for _ in range(3):
        assert find_by_token(engine, old).id == "kiosk-1"
    assert find_by_token(engine, new).id == "kiosk-1"
    assert find_by_token(engine, old) is None
    assert find_by_token(engine, new).id == "kiosk-1"
    assert terminal_status(engine, "kiosk-1").rotation_issued_at is None


def test_a_second_rotation_replaces_the_unused_one(engine):
    old = add_terminal(engine, "kiosk-1")
    first = add_terminal(engine, "kiosk-1", rotate=True)
    second = add_terminal(engine, "kiosk-1", rotate=True)
    assert find_by_token(engine, first) is None
    assert find_by_token(engine, old).id == "kiosk-1"
    assert find_by_token(engine, second).id == "kiosk-1"
    assert find_by_token(engine, old) is None


def test_revoking_stops_the_rotated_token_too(engine):
    add_terminal(engine, "kiosk-1")
    new = add_terminal(engine, "kiosk-1", rotate=True)
    revoke_terminal(engine, "kiosk-1")
    assert find_by_token(engine, new) is None
    back = add_terminal(engine, "kiosk-1", rotate=True)
    found = find_by_token(engine, back)
    assert found.id == "kiosk-1" and found.revoked_at is None


def test_a_rotated_token_of_a_revoked_terminal_does_not_revive_it(engine):
    add_terminal(engine, "kiosk-1")
    new = add_terminal(engine, "kiosk-1", rotate=True)
    with engine.begin() as conn:  # revoked by another process without touching rotations
        conn.execute(storage.terminals.update().values(revoked_at=storage.now_iso()))
    assert find_by_token(engine, new) is None


def test_last_use_is_recorded_at_most_once_a_minute(engine, monkeypatch):
    token = add_terminal(engine, "kiosk-1")
    assert terminal_status(engine, "kiosk-1").last_used_at is None
    writes = []
    real = terminals._record_use
    monkeypatch.setattr(terminals, "_record_use", lambda *a: (writes.append(a), real(*a))[1])
    for _ in range(20):
        find_by_token(engine, token, address="192.0.2.10")
    assert len(writes) == 1
    status = terminal_status(engine, "kiosk-1")
    assert status.last_address == "192.0.2.10" and status.last_used_at is not None
    find_by_token(engine, token, address="192.0.2.11")  # a new address is news at once
    assert terminal_status(engine, "kiosk-1").last_address == "192.0.2.11"
    _age_use(engine, "kiosk-1", 61)
    find_by_token(engine, token, address="192.0.2.11")
    assert len(writes) == 3


def test_revoked_terminals_are_not_recorded_as_used(engine):
    token = add_terminal(engine, "kiosk-1")
    revoke_terminal(engine, "kiosk-1")
    assert find_by_token(engine, token).revoked_at is not None
    assert terminal_status(engine, "kiosk-1").last_used_at is None


def test_silent_terminals_expire(engine):
    busy = add_terminal(engine, "kiosk-busy")
    add_terminal(engine, "kiosk-silent")
    add_terminal(engine, "kiosk-new")
    find_by_token(engine, busy, address="192.0.2.1")
    with engine.begin() as conn:
        long_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=40)).replace(microsecond=0)
        conn.execute(
            storage.terminals.update()
            .where(storage.terminals.c.id.in_(["kiosk-silent", "kiosk-busy"]))
            .values(created_at=long_ago.isoformat())
        )
    would = expire_silent(engine, dt.timedelta(days=30), dry_run=True)
    assert [s.terminal.id for s in would] == ["kiosk-silent"]
    assert terminal_status(engine, "kiosk-silent").terminal.revoked_at is None
    _age_use(engine, "kiosk-busy", 31 * 86400)
    expired = expire_silent(engine, dt.timedelta(days=30))
    assert [s.terminal.id for s in expired] == ["kiosk-busy", "kiosk-silent"]
    states = {s.terminal.id: s.terminal.revoked_at is not None for s in list_terminals(engine)}
    assert states == {"kiosk-busy": True, "kiosk-new": False, "kiosk-silent": True}
    assert find_by_token(engine, busy).revoked_at is not None
    assert expire_silent(engine, dt.timedelta(days=30)) == []


def test_the_api_records_the_calling_address(live):
    answer = requests.get(f"{live.url}/api/v1/terminals/me", headers=live.headers(), timeout=10)
    assert answer.status_code == 200
    status = terminal_status(live.engine, "test-kiosk-01")
    assert status.last_address == "127.0.0.1"


def test_forwarded_headers_are_ignored_without_a_trusted_proxy(tmp_path):
    from tools.rigs.gateway import LiveGateway

    for proxies, expected in (((), "127.0.0.1"), (("127.0.0.1",), "198.51.100.7")):
        folder = tmp_path / str(len(proxies))
        folder.mkdir()
        gateway = LiveGateway(folder, trusted_proxies=proxies).start()
        try:
            headers = {**gateway.headers(), "X-Forwarded-For": "198.51.100.7"}
            answer = requests.get(f"{gateway.url}/api/v1/terminals/me", headers=headers, timeout=10)
            assert answer.status_code == 200
            assert terminal_status(gateway.engine, "test-kiosk-01").last_address == expected
        finally:
            gateway.stop()


def _cli(capsys, *args):
    code = main(["gateway", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_terminals_shows_last_use_address_and_software(engine, tmp_path, capsys):
    db = str(engine.url)
    token = add_terminal(engine, "kiosk-1", "駅前")
    add_terminal(engine, "kiosk-2")
    find_by_token(engine, token, address="192.0.2.44")
    with engine.begin() as conn:
        record_heartbeat(
            conn,
            "kiosk-1",
            {
                "terminal_time": storage.now_iso(),
                "software_version": "0.9.3",
                "health": {},
                "cache_age_s": None,
            },
        )
    code, out, _ = _cli(capsys, "--db", db, "list-terminals")
    assert code == 0
    lines = out.splitlines()
    heading = ["terminal", "state", "last use (Japan time)", "address", "software"]
    assert lines[0].split("\t")[:5] == heading
    one = lines[1].split("\t")
    assert (
        one[0] == "kiosk-1"
        and one[1] == "active"
        and one[3:] == ["192.0.2.44", "0.9.3", "0", "駅前"]
    )
    assert dt.datetime.fromisoformat(one[2]).utcoffset() == dt.timedelta(hours=9)
    assert lines[2].split("\t")[:5] == ["kiosk-2", "active", "never", "-", "-"]
    code, out, err = _cli(capsys, "--db", db, "add-terminal", "kiosk-1", "--rotate")
    assert code == 0 and out.strip().startswith("mkt_")
    assert "keeps working until the terminal first uses this one" in err
    code, out, _ = _cli(capsys, "--db", db, "list-terminals")
    assert "not yet used" in out.splitlines()[1]


def test_expire_from_the_command_line(engine, capsys):
    db = str(engine.url)
    add_terminal(engine, "kiosk-1")
    with engine.begin() as conn:
        conn.execute(storage.terminals.update().values(created_at="2020-01-01T00:00:00+00:00"))
    code, out, _ = _cli(capsys, "--db", db, "expire", "--silent-days", "7", "--dry-run")
    assert code == 0 and "kiosk-1\twould be revoked" in out
    code, out, _ = _cli(capsys, "--db", db, "expire", "--silent-days", "7")
    assert code == 0 and "kiosk-1\trevoked" in out and "1 terminal(s)" in out
    code, _, err = _cli(capsys, "--db", db, "expire", "--silent-days", "0")
    assert code == 2 and "--silent-days" in err
    with engine.connect() as conn:
        assert conn.execute(sa.select(storage.terminals.c.revoked_at)).scalar() is not None


def test_rotation_last_use_and_expiry_on_postgresql(postgres):
    engine = storage.create_db_engine(postgres.fresh_database("gateway_tokens"))
    try:
        storage.migrate(engine)
        old = add_terminal(engine, "kiosk-1")
        new = add_terminal(engine, "kiosk-1", rotate=True)
        assert find_by_token(engine, old, address="192.0.2.5").id == "kiosk-1"
        assert find_by_token(engine, new, address="192.0.2.6").id == "kiosk-1"
        assert find_by_token(engine, old) is None
        status = terminal_status(engine, "kiosk-1")
        assert status.last_address == "192.0.2.6" and status.rotation_issued_at is None
        _age_use(engine, "kiosk-1", 8 * 86400)
        assert [s.terminal.id for s in expire_silent(engine, dt.timedelta(days=7))] == ["kiosk-1"]
    finally:
        engine.dispose()


def test_rotating_a_terminal_that_is_not_registered_is_refused(engine):
    """A misspelt id with --rotate must not register a new terminal and give it the token."""
    add_terminal(engine, "hanamizuki-cc-01")
    with pytest.raises(TerminalError, match="'hanamizuki-cc-1' is not registered"):
        add_terminal(engine, "hanamizuki-cc-1", rotate=True)
    assert [t.terminal.id for t in list_terminals(engine)] == ["hanamizuki-cc-01"]
