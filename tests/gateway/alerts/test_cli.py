"""``machikado gateway alerts …`` and the operator commands, on a private database."""

import pytest

from machikado.cli import main
from tests.content.alerts.samples import sample
from tests.gateway.alerts.feedserver import atom

SCHOOL = "E999990000101"


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'g.db'}"


def run(capsys, db, *args):
    code = main(["gateway", "--db", db, "--no-sample", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_operators_get_a_token_once_and_can_be_revoked(capsys, db):
    code, out, err = run(capsys, db, "add-operator", "bousai-desk", "--description", "防災課")
    assert code == 0 and out.strip().startswith("mko_") and "shown only once" in err
    code, _, err = run(capsys, db, "add-operator", "bousai-desk")
    assert code == 2 and "already registered" in err
    code, out, _ = run(capsys, db, "list-operators")
    assert "bousai-desk\tactive\t防災課" in out and "mko_" not in out
    assert run(capsys, db, "revoke-operator", "bousai-desk")[0] == 0
    code, _, err = run(capsys, db, "revoke-operator", "bousai-desk")
    assert code == 2 and "no active operator" in err
    code, _, err = run(capsys, db, "add-operator", "Not Valid")
    assert code == 2 and "operator id" in err


def test_issue_update_list_cancel_and_audit(capsys, db):
    code, out, err = run(
        capsys, db, "alerts", "issue", "--kind", "evacuation", "--evacuation-level", "4",
        "--headline", "ja=石神井川沿いに避難指示", "--headline", "en=Evacuation order",
        "--instruction", "ja=危険な場所から全員避難", "--area", "jma:1322900",
        "--open-shelter", SCHOOL,
    )  # fmt: skip
    assert code == 0, err
    alert_id = out.strip()
    assert alert_id.startswith("city-") and "active, version 1" in err
    code, out, _ = run(capsys, db, "alerts", "list")
    assert f"city:{alert_id}\tactive\tdanger\tevacuation\t" in out
    assert "+09:00" in out and "石神井川沿いに避難指示" in out
    code, _, err = run(
        capsys, db, "alerts", "update", alert_id, "--kind", "evacuation",
        "--evacuation-level", "5", "--headline", "ja=緊急安全確保",
    )  # fmt: skip
    assert code == 0 and "version 2" in err
    code, out, _ = run(capsys, db, "alerts", "cancel", alert_id)
    assert code == 0 and "cancelled" in out
    code, out, _ = run(capsys, db, "alerts", "list")
    assert out.count("\n") == 1
    code, out, _ = run(capsys, db, "alerts", "history", f"city:{alert_id}")
    actions = [line.split("\t")[2] for line in out.splitlines()[1:]]
    assert actions == ["issued", "updated", "cancelled"]
    assert all("\tcli:" in line and "+09:00\t" in line for line in out.splitlines()[1:])
    code, out, _ = run(capsys, db, "alerts", "list", "--all")
    assert f"city:{alert_id}\tcancelled" in out
    assert run(capsys, db, "alerts", "history", "city:nothing")[0] == 1


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["--level", "danger", "--headline", "en=English only"], "a Japanese (ja) text"),
        (["--level", "danger", "--headline", "避難指示"], "expected LANG=TEXT"),
        (["--headline", "ja=避難指示"], "give --level or --evacuation-level"),
        (["--level", "danger", "--headline", "ja=x", "--open-shelter", "E0"], "shelter list"),
        (["--level", "danger", "--headline", "ja=x", "--expires", "tomorrow"], "--expires"),
    ],
)
def test_bad_requests_are_refused(capsys, db, args, wanted):
    code, _, err = run(capsys, db, "alerts", "issue", "--kind", "evacuation", *args)
    assert code == 2 and wanted in err


def test_changing_an_unknown_alert(capsys, db):
    code, _, err = run(capsys, db, "alerts", "cancel", "city-20260914-00000000")
    assert code == 2 and "no city alert" in err


def test_one_poll_round_from_the_configured_feeds(capsys, db, tmp_path, feeds):
    name = "/developer/xml/data/20260714061208_0_VPWW54_130000.xml"
    url = feeds.publish(name, sample("jma/vpww54_tokyo_heavy_rain.xml"))
    bomb = feeds.publish(
        "/x/20260714061209_0_VPWW54_130000.xml", sample("attacks/billion_laughs.xml")
    )
    entries = [(url, "気象警報", "2026-07-14T06:12:08Z"), (bomb, "x", "2026-07-14T06:12:09Z")]
    feeds.publish("/feed/extra.xml", atom(entries))
    feeds.publish("/feed/extra_l.xml", atom([]))
    config = tmp_path / "machikado.toml"
    config.write_text(
        f'[alerts]\nenabled = true\njma_feeds = ["{feeds.url}/feed/extra.xml"]\n'
        "request_gap_s = 0\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, db, "--config", str(config), "alerts", "poll")
    assert code == 0, err
    assert f"{feeds.url}/feed/extra.xml\tok" in out
    assert "issued\tjma:weather:1322900:heavy_rain" in out
    assert f"refused\t{bomb}\tdtd_forbidden" in out
    code, out, _ = run(capsys, db, "alerts", "documents", "--refused")
    assert "refused\tdtd_forbidden" in out and "the document has a DTD" in out


def test_a_bad_alerts_table_is_refused_by_key(capsys, db, tmp_path):
    config = tmp_path / "machikado.toml"
    config.write_text('[alerts]\narea_codes = ["1322900"]\n', encoding="utf-8")
    code, _, err = run(capsys, db, "--config", str(config), "alerts", "list")
    assert code == 2 and "alerts.area_codes" in err
