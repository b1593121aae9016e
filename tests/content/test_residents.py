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
