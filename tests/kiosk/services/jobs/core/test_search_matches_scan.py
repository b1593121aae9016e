"""The n-gram search answers exactly what a scan of every listing answers."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.jobs.codes import CATEGORY_BY_KEY, EMPLOYMENT_KINDS, SHIFT_BANDS, TAGS, WAGE_STEPS
from content.jobs.facets import search_text
from kiosk.services.jobs.core.model import JobQuery
from kiosk.services.jobs.core.reference import prepare, scan
from kiosk.services.jobs.core.search import NgramJobSearch
from tests.kiosk.services.jobs.core.conftest import NOW, OFFICE, TODAY

COMMON = [
    "介護",
    "事務",
    "保育",
    "看護",
    "護",
    "士",
    "看護師",
    "介護職員",
    "週休二日",
    "パート",
    "ドライバー",
    "かいご",
    "ｶｲｺﾞ",
    "Ｅｘｃｅｌ",
    "excel",
    "フォークリフト",
    "田無",
    "清瀬",
    "未経験",
    "正社員",
    "髙橋",
    "ヶ丘",
    "東京都",
    "駅近",
    "ﾍﾙﾊﾟｰ",
    "調理補助",
    "ＷＥＢ",
    "ない語",
]


_PREPARED = {}


def _prepared(records):
    if id(records) not in _PREPARED:
        _PREPARED[id(records)] = prepare(records)
    return _PREPARED[id(records)]


def _all(results_facets):
    return {k: {v: c for v, c in d.items() if c} for k, d in results_facets.items()}


def _check(records, index, query):
    search = NgramJobSearch(lambda: index, OFFICE, clock=lambda: NOW)
    keys, counts = scan(_prepared(records), query, TODAY)
    size = max(1, len(keys))
    got = search.search(JobQuery(**{**query.__dict__, "page_size": 100, "page": 0}))
    everything = list(got.items)
    page = 1
    while len(everything) < got.total:
        everything += search.search(
            JobQuery(**{**query.__dict__, "page_size": 100, "page": page})
        ).items
        page += 1
    assert got.total == len(keys), query
    assert [i.kyujin_no for i in everything] == keys, query
    assert _all(got.facets) == _all(counts), query
    assert size


def _fragment(records, data):
    text = search_text(data.draw(st.sampled_from(records)))
    text = text.replace("\n", " ")
    n = data.draw(st.sampled_from([1, 2, 2, 3, 4, 6]))
    start = data.draw(st.integers(0, max(0, len(text) - n)))
    return text[start : start + n].strip() or "介護"


words = st.sampled_from(COMMON)
filters = st.fixed_dictionaries(
    {},
    optional={
        "cities": st.frozensets(st.sampled_from(["13229", "13211", "13221", "13999"]), max_size=2),
        "category": st.sampled_from(sorted(CATEGORY_BY_KEY)),
        "lines": st.frozensets(
            st.sampled_from(["西武新宿線", "JR中央線", "はなみずき線"]), max_size=2
        ),
        "employment": st.frozensets(st.sampled_from([c.key for c in EMPLOYMENT_KINDS]), max_size=2),
        "full_part": st.frozensets(st.sampled_from(["full", "part"]), max_size=1),
        "shift": st.frozensets(st.sampled_from([c.key for c in SHIFT_BANDS]), max_size=2),
        "days_off": st.frozensets(st.sampled_from(["sat", "sun", "annual_120"]), max_size=2),
        "tags": st.frozensets(st.sampled_from([c.key for c in TAGS]), max_size=2),
        "age": st.integers(15, 80),
    },
)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), extra=filters)
def test_words_and_filters_match_the_scan(records, index, data, extra):
    chosen = data.draw(
        st.lists(
            st.one_of(words, st.builds(lambda: _fragment(records, data))), min_size=0, max_size=2
        )
    )
    if data.draw(st.booleans()):
        unit = data.draw(st.sampled_from(sorted(WAGE_STEPS)))
        extra["wage_unit"] = unit
        extra["wage_min"] = data.draw(st.sampled_from((0, *WAGE_STEPS[unit], 1234)))
    _check(records, index, JobQuery(words=" ".join(chosen), **extra))


def test_every_common_word_alone_matches_the_scan(records, index):
    for word in COMMON:
        _check(records, index, JobQuery(words=word))


def test_two_character_terms_find_what_a_substring_test_finds(records, index, search):
    for word in ("介護", "事務", "保育", "看護"):
        expected = sum(
            word in search_text(r) and r["expires"] >= TODAY.isoformat() for r in records
        )
        assert expected > 0
        assert search.search(JobQuery(words=word)).total >= expected


def test_scripts_and_widths_find_the_same_listings(search):
    kanji = search.search(JobQuery(words="介護")).total
    assert kanji > 0
    assert search.search(JobQuery(words="ｶｲｺﾞ")).total == kanji
    assert search.search(JobQuery(words="かいご")).total == kanji
    assert (
        search.search(JobQuery(words="excel")).total
        == search.search(JobQuery(words="ＥＸＣＥＬ")).total
    )


def test_today_is_japan_time():
    assert (
        dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)
        .astimezone(dt.timezone(dt.timedelta(hours=9)))
        .date()
        == TODAY
    )


def test_the_count_per_age_matches_the_scan(records, index):
    search = NgramJobSearch(lambda: index, OFFICE, clock=lambda: NOW)
    for query in (
        JobQuery(),
        JobQuery(words="介護", full_part=frozenset({"part"})),
        JobQuery(category="05-01", age=70),  # the query's own age is left out of its counts
    ):
        counts = search.age_counts(query)
        assert set(counts) == set(range(15, 100))
        for age in (15, 17, 18, 30, 59, 60, 99):
            keys, _ = scan(_prepared(records), JobQuery(**{**query.__dict__, "age": age}), TODAY)
            assert counts[age] == len(keys), (query, age)
