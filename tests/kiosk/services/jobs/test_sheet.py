"""A listing worded for the screen without Qt: labels and units translated, its words Japanese."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kiosk.services.jobs import messages
from kiosk.services.jobs.adapters.office import MITAKA
from kiosk.services.jobs.core.model import JobQuery
from kiosk.services.jobs.core.search import NgramJobSearch
from kiosk.services.jobs.ui import sheet
from kiosk.shell.core.messages import Catalogue
from tests.kiosk.services.jobs.walk import NOW, make_index

CATALOGUE = Catalogue.load([Path(messages.__file__).parent / "messages"], ["ja", "en", "pt-BR"])


def words(language: str):
    return lambda message: CATALOGUE.text(message, language)


@pytest.fixture(scope="module")
def listing(tmp_path_factory):
    index = make_index(tmp_path_factory.mktemp("jobs"), count=200)
    search = NgramJobSearch(lambda: index, MITAKA, clock=lambda: NOW)
    item = next(i for i in search.search(JobQuery(page_size=50)).items if i.employer_name)
    yield search.listing(item.kyujin_no)
    index.close()


def test_a_wage_carries_its_unit_and_digits_as_the_language_writes_them():
    assert sheet.wage(words("en"), "en", "monthly", 245000, 350000) == (
        "245,000 to 350,000 yen a month"
    )
    assert sheet.wage(words("ja"), "ja", "monthly", 245000, 350000) == "月給 245,000〜350,000円"
    assert sheet.wage(words("ja"), "ja", "hourly", 1200, 1200) == "時給 1,200円"
    assert sheet.wage(words("pt-BR"), "pt-BR", "daily", 9000, None) == "9.000 ienes por dia"


def test_age_limits_are_worded_and_no_limit_says_so():
    en = words("en")
    assert sheet.age(en, None, None) == "Any age"
    assert sheet.age(en, None, 59) == "Up to 59 years old"
    assert sheet.age(en, 60, None) == "60 years old or more"
    assert sheet.age(en, 18, 35) == "18 to 35 years old"


def test_the_sheet_keeps_the_listing_japanese_and_labels_it_in_the_language(listing):
    rows = {r.key: r for r in sheet.sheet(words("en"), "en", listing)}
    assert next(iter(rows)) == "kyujin_no"
    assert rows["kyujin_no"].value == listing.kyujin_no
    assert rows["description"].label == "Work" and rows["description"].value == listing.description
    assert rows["employer"].value == listing.employer_name
    assert "yen a" in rows["wage"].value
    assert all(r.value for r in rows.values())  # an empty field is left out
    japanese = {r.key: r for r in sheet.sheet(words("ja"), "ja", listing)}
    assert japanese["description"].label == "仕事の内容"
    assert japanese["description"].value == listing.description


def test_a_hidden_employer_is_never_named(listing):
    hidden = dataclasses.replace(listing, employer_name=None, disclosure="hidden")
    rows = {r.key: r.value for r in sheet.sheet(words("ja"), "ja", hidden)}
    assert rows["employer"] == "事業所の意向により非公開"
    assert listing.employer_name not in sheet.spoken(words("ja"), "ja", hidden)


def test_read_aloud_says_the_title_place_and_wage(listing):
    said = sheet.spoken(words("en"), "en", listing)
    assert said.startswith(listing.title)
    assert "Wage: " in said and "Place of work: " in said and "\n" not in said
