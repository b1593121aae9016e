"""CSV import: encodings, bad rows with their line and reason, one transaction, idempotence."""

import codecs
import datetime as dt
import json

import pytest
import sqlalchemy as sa

from content.jobs.generator import generate, write_csv
from content.jobs.schema import HEADERS
from gateway.datasets import dataset_info
from gateway.jobs import importer
from gateway.jobs.importer import ImportFileError, decode, import_file, import_jobs
from gateway.jobs.watch import import_folder
from gateway.storage import create_db_engine, dataset_rows, datasets, migrate

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def engine(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'gw.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def records():
    return [r for r in generate(120, seed=8, today=TODAY) if r["expires"] >= TODAY.isoformat()]


def _rows(engine):
    with engine.connect() as conn:
        return {
            key: json.loads(data)
            for key, data in conn.execute(
                sa.select(dataset_rows.c.key, dataset_rows.c.data).where(
                    dataset_rows.c.dataset == "jobs", dataset_rows.c.deleted.is_(False)
                )
            )
        }


def _import(engine, data, **kw):
    return import_jobs(engine, data, today=lambda: TODAY, **kw)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "utf-16"])
def test_every_usual_encoding_imports_the_same_listings(engine, records, encoding):
    report = _import(engine, write_csv(records, encoding=encoding))
    assert report.imported == len(records) and not report.problems
    rows = _rows(engine)
    assert set(rows) == {r["kyujin_no"] for r in records}
    assert report.encoding in (encoding, "utf-8-sig" if encoding == "utf-8-sig" else encoding)


def test_shift_jis_with_a_utf8_bom_variant_is_read():
    text = "求人番号,職種\r\n"
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text
    assert decode(text.encode("cp932")) == (text, "cp932")


def test_bytes_that_are_no_known_encoding_reject_the_file(engine):
    with pytest.raises(ImportFileError, match="Shift_JIS"):
        _import(engine, "求人番号".encode("cp932") + b"\x82\x20\x82\x20")
    assert dataset_info(engine, "jobs") is None


def test_missing_columns_reject_the_file_and_name_them(engine):
    with pytest.raises(ImportFileError, match="紹介期限日"):
        _import(engine, ",".join(h for h in HEADERS if h != "紹介期限日").encode())
    with pytest.raises(ImportFileError, match="empty"):
        _import(engine, b"")


def test_bad_rows_are_reported_by_line_and_skipped(engine, records):
    lines = write_csv(records[:6]).decode("utf-8-sig").split("\r\n")
    lines[2] = lines[2].replace("年", "ねん", 1)  # a date nobody can read
    lines[4] = ",".join(lines[4].split(",")[:5])  # a short row
    lines.insert(6, lines[5])  # the same 求人番号 twice
    report = _import(engine, "\r\n".join(lines).encode("utf-8"))
    by_line = {p.line: p.reason for p in report.problems}
    assert set(by_line) == {3, 5, 7}
    assert "受付年月日" in by_line[3]
    assert "列の数" in by_line[5]
    assert "重複" in by_line[7]
    assert report.imported == 4 and report.rows == 7
    assert len(_rows(engine)) == 4
    assert any("line 3" in line for line in report.lines())


def test_reimporting_the_same_file_changes_nothing(engine, records):
    data = write_csv(records, encoding="cp932")
    first = _import(engine, data)
    second = _import(engine, data)
    assert first.changed and not second.changed
    assert second.version == first.version


def test_a_failure_after_the_rows_are_written_imports_nothing(engine, records, monkeypatch):
    _import(engine, write_csv(records[:3]))
    before = _rows(engine)
    changed = [dict(r, title="変更後の職種") for r in records]
    real_execute = sa.engine.Connection.execute
    written = []

    def execute(self, statement, *args, **kwargs):
        if isinstance(statement, sa.Update) and statement.table is datasets:
            assert written, "the rows are written before the version"
            raise sa.exc.OperationalError("update", {}, Exception("disk full"))
        result = real_execute(self, statement, *args, **kwargs)
        if isinstance(statement, sa.Insert | sa.Update) and statement.table is dataset_rows:
            written.append(statement)
        return result

    monkeypatch.setattr(sa.engine.Connection, "execute", execute)
    with pytest.raises(sa.exc.OperationalError):
        _import(engine, write_csv(changed))
    monkeypatch.undo()
    assert written
    assert _rows(engine) == before


def test_hidden_employers_never_reach_the_dataset(engine, records):
    _import(engine, write_csv(records))
    rows = _rows(engine)
    hidden = [r for r in records if r["disclosure"] != "public"]
    assert hidden
    for r in hidden:
        assert rows[r["kyujin_no"]]["employer_name"] is None
        assert rows[r["kyujin_no"]]["contact_phone"] is None


def test_expired_listings_are_left_out_and_pruned(engine, records):
    _import(engine, write_csv(records))
    later = dt.date.fromisoformat(min(r["expires"] for r in records)) + dt.timedelta(days=1)
    report = import_jobs(engine, write_csv(records[:1]), today=lambda: later)
    rows = _rows(engine)
    assert all(r["expires"] >= later.isoformat() for r in rows.values())
    assert len(rows) < len(records)
    assert report.changed


def test_the_watched_folder_imports_settled_files_and_moves_them(engine, records, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "week1.csv").write_bytes(write_csv(records, encoding="cp932"))
    (folder / "broken.csv").write_bytes(b"\xff\xfe\x00")
    sizes = {}
    monkey = importer._today
    try:
        importer._today = lambda: TODAY
        assert import_folder(engine, folder, sizes) == []  # first sight: wait for it to settle
        reports = import_folder(engine, folder, sizes)
    finally:
        importer._today = monkey
    assert [r.imported for r in reports] == [len(records)]
    assert (folder / "imported" / "week1.csv").exists()
    assert "imported" in (folder / "imported" / "week1.csv.report.txt").read_text("utf-8")
    assert (folder / "rejected" / "broken.csv").exists()
    assert not list(folder.glob("*.csv"))


def test_import_file_reports_an_unreadable_path(engine, tmp_path):
    with pytest.raises(ImportFileError, match="cannot read"):
        import_file(engine, tmp_path / "missing.csv")


def test_the_command_line_imports_and_reports_bad_lines(tmp_path, records, capsys):
    from machikado.cli import main

    lines = write_csv(records[:4], encoding="cp932").split(b"\r\n")
    lines[2] = lines[2].replace("年".encode("cp932"), b"x", 1)
    path = tmp_path / "hw.csv"
    path.write_bytes(b"\r\n".join(lines))
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    code = main(["gateway", "--no-sample", "import-jobs", str(path), "--db", url])
    out = capsys.readouterr().out
    assert code == 1  # a row was skipped
    assert "line 3" in out and "(cp932)" in out
    missing = main(["gateway", "import-jobs", str(tmp_path / "nope.csv"), "--db", url])
    assert missing == 1
    assert "not imported" in capsys.readouterr().err
