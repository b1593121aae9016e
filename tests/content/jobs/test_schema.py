"""The CSV listing shape: round trip, the 翌々月末 rule, and bad values named by column."""

import datetime as dt

import pytest

from content.jobs.generator import generate, last_day_of_month_after_next
from content.jobs.schema import RowError, format_row, parse_row, public_record


@pytest.fixture(scope="module")
def records():
    return list(generate(300, seed=3))


def test_generated_records_survive_the_csv_round_trip(records):
    for record in records:
        assert parse_row(format_row(record)) == record


def test_generated_numbers_are_unique_and_shaped(records):
    numbers = [r["kyujin_no"] for r in records]
    assert len(set(numbers)) == len(numbers)
    assert all(len(n) == 14 and n[5] == "-" for n in numbers)


@pytest.mark.parametrize(
    ("received", "expires"),
    [
        (dt.date(2026, 1, 8), dt.date(2026, 3, 31)),
        (dt.date(2026, 11, 30), dt.date(2027, 1, 31)),
        (dt.date(2026, 12, 1), dt.date(2027, 2, 28)),
        (dt.date(2027, 12, 15), dt.date(2028, 2, 29)),
    ],
)
def test_default_expiry_is_the_end_of_the_month_after_next(received, expires):
    assert last_day_of_month_after_next(received) == expires


def test_most_generated_listings_follow_the_default_expiry(records):
    default = sum(
        r["expires"]
        == last_day_of_month_after_next(dt.date.fromisoformat(r["received"])).isoformat()
        for r in records
    )
    assert default / len(records) > 0.8


def test_full_width_digits_and_ascii_dates_are_read(records):
    row = format_row(records[0])
    row["賃金下限"] = "１，２００"
    row["受付年月日"] = records[0]["received"]
    assert parse_row(row)["wage_min"] == 1200


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("求人番号", "1234-567", "5桁-8桁"),
        ("受付年月日", "2026年13月1日", "日付"),
        ("賃金下限", "時給千円", "数ではありません"),
        ("雇用形態", "正社員?", "使えません"),
        ("就業時間", "朝から晩まで", "就業時間"),
        ("休日", "毎日曜", "休日"),
        ("こだわり条件", "高収入", "こだわり条件"),
        ("職種", "", "空です"),
        ("就業場所市区町村コード", "1322", "5桁"),
    ],
)
def test_a_bad_value_names_its_column_and_reason(records, column, value, reason):
    row = format_row(records[0])
    row[column] = value
    with pytest.raises(RowError) as caught:
        parse_row(row)
    assert caught.value.column == column
    assert reason in caught.value.reason


def test_cross_field_rules(records):
    row = format_row(records[0])
    row["紹介期限日"] = "2020年1月1日"
    with pytest.raises(RowError, match="紹介期限日"):
        parse_row(row)


def test_hidden_employers_are_removed_for_terminals(records):
    hidden = next(r for r in records if r["disclosure"] != "public")
    shown = next(r for r in records if r["disclosure"] == "public")
    assert public_record(hidden)["employer_name"] is None
    assert public_record(hidden)["contact_phone"] is None
    assert public_record(shown)["employer_name"] == shown["employer_name"]
