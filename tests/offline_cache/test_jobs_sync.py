"""Job listings from a real gateway on uvicorn: snapshot, delta, index rebuilt, then offline."""

import datetime as dt

from content.jobs.generator import generate, write_csv
from gateway.jobs.importer import import_jobs
from kiosk.services.jobs.core.model import HelloWorkOffice, JobQuery
from kiosk.services.jobs.core.search import NgramJobSearch
from offline_cache.service import OfflineCache

TODAY = dt.date(2026, 12, 2)
OFFICE = HelloWorkOffice("ハローワーク", "000-0000", "はなみずき市", "0", "8:30〜17:15")


def test_snapshot_then_delta_reach_the_search_and_expiry_holds_offline(live, tmp_path):
    records = [r for r in generate(400, seed=21, today=TODAY) if r["expires"] >= "2026-12-02"]
    import_jobs(live.engine, write_csv(records, encoding="cp932"), today=lambda: TODAY)
    now = [dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)]
    cache = OfflineCache(tmp_path / "terminal", gateway_url=live.url, token=live.token)
    cache.open_store()
    try:
        report = cache.run_once()
        assert report is not None
        jobs = next(r for r in report.results if r.name == "jobs")
        assert jobs.outcome == "snapshot" and jobs.rows == len(records)
        search = NgramJobSearch(cache.jobs_index.index, OFFICE, clock=lambda: now[0])
        assert search.search(JobQuery()).total == len(records)
        first = search.search(JobQuery(words="介護")).total

        # A new file: one listing changed, one new; the terminal receives only those.
        changed = dict(records[0], title="介護職員（夜勤専従）", category="05-01")
        new = dict(records[1], kyujin_no="13150-99999961", title="新しい介護の仕事")
        import_jobs(live.engine, write_csv([changed, new]), today=lambda: TODAY)
        report = cache.run_once()
        jobs = next(r for r in report.results if r.name == "jobs")
        assert jobs.outcome == "delta" and jobs.rows == len(records) + 1
        assert search.listing("13150-99999961").title == "新しい介護の仕事"
        assert search.listing(records[0]["kyujin_no"]).title == "介護職員（夜勤専従）"
        assert search.search(JobQuery(words="夜勤専従")).total == 1
        assert search.search(JobQuery(words="介護")).total >= first + 1

        unchanged = cache.run_once()
        assert next(r for r in unchanged.results if r.name == "jobs").outcome == "unchanged"
        assert not cache.jobs_index.refresh(cache.store)

        # The gateway goes away; days pass; listings still close on their day.
        live.stop()
        assert cache.run_once() is None
        last = max(r["expires"] for r in [*records, new])
        now[0] = dt.datetime.fromisoformat(last + "T15:00:00+00:00")  # 0:00 the day after, JST
        assert search.search(JobQuery()).total == 0
        now[0] -= dt.timedelta(minutes=1)
        closing = sum(r["expires"] == last for r in [*records, new])
        assert search.search(JobQuery()).total == closing > 0
    finally:
        cache.stop()


def test_malformed_rows_from_a_gateway_are_left_out_of_the_index(tmp_path):
    from offline_cache.jobs_index import JobsIndex, build_index

    good = next(generate(1, seed=2, today=TODAY))
    path = tmp_path / "idx.sqlite"
    assert build_index([good, {"title": "no number"}, {**good, "kyujin_no": 5}], path) == 1
    assert JobsIndex(path).size() == 1
