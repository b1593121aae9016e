"""Expiry in Japan time while offline, 公開範囲, paging, sort, and no memory of the person."""

import dataclasses
import datetime as dt
import sys
import threading
import time

from content.jobs.generator import generate
from kiosk.services.jobs.core.model import JobQuery
from kiosk.services.jobs.core.search import NgramJobSearch
from tests.kiosk.services.jobs.core.conftest import NOW, OFFICE, TODAY


def _open_on(records, day):
    return [r for r in records if r["expires"] >= day.isoformat()]


def test_listings_disappear_after_their_expiry_day_in_japan_time(records, search, clock):
    last_day = min(r["expires"] for r in records if r["expires"] >= TODAY.isoformat())
    day = dt.date.fromisoformat(last_day)
    closing = [r["kyujin_no"] for r in records if r["expires"] == last_day]
    # 23:59 in Japan on the expiry day: still open.
    clock[0] = dt.datetime.combine(day, dt.time(14, 59), tzinfo=dt.UTC)
    assert search.search(JobQuery()).total == len(_open_on(records, day))
    assert search.listing(closing[0]) is not None
    # 00:00 in Japan the next day (still 15:00 UTC of the expiry day): gone, with no sync.
    clock[0] = dt.datetime.combine(day, dt.time(15, 0), tzinfo=dt.UTC)
    after = search.search(JobQuery(page_size=100))
    assert after.total == len(_open_on(records, day + dt.timedelta(days=1)))
    assert after.total == len(_open_on(records, day)) - len(closing)
    assert search.listing(closing[0]) is None
    assert sum(after.facets["city"].values()) == after.total


def test_hidden_employers_are_neither_shown_nor_searchable(records, search):
    hidden = next(r for r in records if r["disclosure"] != "public" and r["expires"] >= "2027")
    listing = search.listing(hidden["kyujin_no"])
    assert listing is not None
    assert listing.employer_name is None and listing.contact_phone is None
    assert listing.employer_address is None
    public = next(r for r in records if r["disclosure"] == "public" and r["expires"] >= "2027")
    shown = search.listing(public["kyujin_no"])
    assert shown is not None and shown.employer_name == public["employer_name"]
    raw = {r["kyujin_no"]: r for r in generate(2000, seed=15, today=TODAY)}
    secret = raw[hidden["kyujin_no"]]["employer_name"]
    assert secret
    found = search.search(JobQuery(words=secret, page_size=100))
    assert hidden["kyujin_no"] not in {i.kyujin_no for i in found.items}
    assert all(i.employer_name in (None, secret) for i in found.items)


def test_unhidden_names_in_a_record_are_still_removed(records, index, clock):
    leaked = dict(next(r for r in records if r["disclosure"] == "hidden"))
    leaked["employer_name"] = "株式会社ひみつ"
    from kiosk.services.jobs.core.listing import listing_from_record

    assert listing_from_record(leaked).employer_name is None


def test_pages_cover_the_results_once_newest_first(search):
    first = search.search(JobQuery(words="介護", page_size=7))
    seen = []
    for page in range(first.pages):
        seen += [i for i in search.search(JobQuery(words="介護", page_size=7, page=page)).items]
    assert len(seen) == first.total == len({i.kyujin_no for i in seen})
    assert [i.received for i in seen] == sorted((i.received for i in seen), reverse=True)
    beyond = search.search(JobQuery(words="介護", page_size=7, page=first.pages + 3))
    assert beyond.items == () and beyond.total == first.total


def test_relevance_puts_title_matches_first(search):
    results = search.search(JobQuery(words="看護師", sort="relevance", page_size=5))
    assert results.sort == "relevance"
    assert all("看護師" in i.title for i in results.items)
    broad = search.search(JobQuery(sort="relevance"))
    assert broad.sort == "newest"  # no words: nothing to rank by


def test_category_filter_counts_show_sibling_categories(search):
    care = search.search(JobQuery(category="05"))
    assert care.total == care.count("category", "05") > 0
    assert care.count("category", "07") > 0  # another category is still offered with its count
    sub = search.search(JobQuery(category="05-01"))
    assert 0 < sub.total < care.total


def test_facet_counts_update_with_the_words(search):
    everything = search.search(JobQuery())
    care = search.search(JobQuery(words="介護"))
    assert care.count("category", "05") < everything.count("category", "05")
    assert care.count("category", "14") == 0


def test_unknown_words_find_nothing_and_every_count_is_zero(search):
    results = search.search(JobQuery(words="存在しない語ｘｙｚ"))
    assert results.total == 0 and results.items == ()
    assert all(c == 0 for facet in results.facets.values() for c in facet.values())


def test_listing_by_number_accepts_full_width_digits(records, search):
    number = next(r["kyujin_no"] for r in records if r["expires"] >= "2027")
    wide = number.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    found = search.listing(wide)
    assert found is not None and found.kyujin_no == number
    assert found.office_code == number[:5]
    assert search.listing("00000-00000000") is None


def test_before_the_first_sync_the_search_is_empty():
    search = NgramJobSearch(lambda: None, OFFICE)
    assert search.search(JobQuery(words="介護")).total == 0
    assert search.listing("13150-00000001") is None
    assert search.as_of() is None and search.places() == () and search.stations() == ()
    assert len(search.categories()) == 14
    assert set(search.age_counts(JobQuery()).values()) == {0}


def test_places_stations_and_office(search):
    names = {p.code: p.name_ja for p in search.places()}
    assert names["13229"] == "西東京市" and names["13999"] == "はなみずき市"
    stations = {s.name_ja: s.lines for s in search.stations()}
    assert "西武新宿線" in stations["田無"]
    assert search.office() == OFFICE
    assert search.as_of() == TODAY


def test_forget_drops_the_words_of_the_session(search):
    search.search(JobQuery(words="介護 パート"))
    assert search._words
    search.forget()
    assert not search._words


def test_a_page_size_is_bounded(search):
    results = search.search(dataclasses.replace(JobQuery(), page_size=10_000))
    assert len(results.items) == 100
    assert search.search(JobQuery(page_size=0)).page_size == 1


def test_the_office_follows_the_terminal_s_city():
    from kiosk.services.jobs.core.offices import office_for_city

    assert office_for_city("13229").name_ja == "ハローワーク三鷹"
    assert office_for_city("13999").name_ja == "ハローワークはなみずき"  # the sample city's
    assert office_for_city("99999").name_ja == "ハローワークはなみずき"  # the sample city's


def test_searches_reads_and_counts_from_several_threads_take_turns(records, index):
    """The kiosk's runner has several threads: answers stay exact and forget() never waits."""
    search = NgramJobSearch(lambda: index, OFFICE, clock=lambda: NOW)
    terms = ["介護", "事務", "保育", "看護", "護", "士", "パート", "ドライバー", "正社員"]
    # More words than the cache holds, so entries are evicted while others are looked up.
    words = [f"{a} {b}" for a in terms for b in terms if a != b][:70]
    expected = {w: search.search(JobQuery(words=w)).total for w in words}
    numbers = [r["kyujin_no"] for r in records[:40]]
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i, w in enumerate(words[offset:] + words[:offset]):
                assert search.search(JobQuery(words=w)).total == expected[w], w
                if i % 10 == 0:
                    search.age_counts(JobQuery(words=w))
                search.listing(numbers[i % len(numbers)])
        except BaseException as err:  # handed to the test's thread
            errors.append(err)

    threads = [threading.Thread(target=work, args=(n * 17,)) for n in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch often, so that unguarded caches would clash
    try:
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            started = time.monotonic()
            search.forget()
            assert time.monotonic() - started < 0.05  # it does not wait for a search
            time.sleep(0.005)
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    search.forget()
    assert not search._words
