"""The sample resident registry and its schema."""

import json

import pytest

from content.config.schema import ConfigError
from content.municipality import sample_folder
from content.residents import load_residents, load_sample_residents


def test_sample_registry_has_the_cases_issuance_needs():
    registry = load_sample_residents()
    assert len(registry.residents) == 8
    people = {r.id: r for r in registry.residents}
    assert people["R000002"].seal is not None and people["R000005"].seal is None
    assert people["R000002"].koseki.in_city and not people["R000005"].koseki.in_city
    assert people["R000006"].dv_protection
    assert people["R000008"].status == "moved_out"
    assert [r.id for r in registry.household(people["R000004"])] == [
        "R000001",
        "R000002",
        "R000003",
        "R000004",
    ]
    assert registry.get("R999999") is None


def test_bad_entries_name_their_key_path(tmp_path):
    data = json.loads((sample_folder() / "residents.json").read_text(encoding="utf-8"))
    data["residents"][1]["birth_date"] = "1985-02-30"
    data["residents"][2]["sex"] = "x"
    data["residents"][3]["id"] = "R000001"
    path = tmp_path / "residents.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_residents(path)
    text = str(info.value)
    assert "residents[1].birth_date" in text and "1985-02-30" in text
    assert "residents[2].sex" in text


def test_missing_and_broken_files(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_residents(tmp_path / "none.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid UTF-8 JSON"):
        load_residents(broken)


def test_the_juminhyo_fields_of_a_move_are_there_and_checked(tmp_path):
    people = {r.id: r for r in load_sample_residents().residents}
    taro = people["R000001"]
    assert (taro.address_since, taro.notified) == ("2008-04-01", "2008-04-07")
    assert taro.previous_address == "架空県あおば市中央三丁目1番1号"
    assert people["R000003"].previous_address == ""  # born in the city
    assert people["R000008"].address_since == "2015-03-20"  # moved within the city
    assert load_sample_residents().kana_on_juminhyo

    data = json.loads((sample_folder() / "residents.json").read_text(encoding="utf-8"))
    data["residents"][0]["notified"] = "2008-03-01"  # before the move it reports
    data["residents"][1]["address_set"] = "2009-02-30"
    data["residents"][2]["address_set"] = "2001-01-01"  # before becoming a resident
    path = tmp_path / "residents.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_residents(path)
    problems = {p.path: p.message for p in info.value.problems}
    assert "before the day the address was set" in problems["residents[0].notified"]
    assert "2009-02-30" in problems["residents[1].address_set"]
    assert "before becoming a resident" in problems["residents[2].address_set"]
