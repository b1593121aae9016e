"""The sample municipality: the bundled files validate, and bad ones name the key path."""

import json
import shutil

import pytest

from content.config import ConfigError
from content.municipality import load_municipality, load_sample_municipality, sample_folder


def test_sample_city_is_complete_and_labelled_fictional():
    city = load_sample_municipality()
    assert "架空" in city.note and "fictional" in city.note
    kinds = {f.kind for f in city.facilities}
    assert {"kominkan", "chiku_kaikan", "gymnasium", "ground"} <= kinds
    assert all(f.rooms for f in city.facilities)
    juminhyo = next(c for c in city.certificates if c.id == "juminhyo")
    assert juminhyo.fee_yen < juminhyo.counter_fee_yen


@pytest.fixture
def folder(tmp_path):
    for name in ("facilities.json", "certificates.json"):
        shutil.copy(sample_folder() / name, tmp_path / name)
    return tmp_path


def edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_bad_room_names_its_path(folder):
    edit(folder / "facilities.json", lambda d: d["facilities"][0]["rooms"][1].update(capacity=0))
    with pytest.raises(ConfigError, match=r"facilities\[0\]\.rooms\[1\]\.capacity"):
        load_municipality(folder)


def test_bad_certificate(folder):
    edit(folder / "certificates.json", lambda d: d["certificates"][0]["name"].pop("vi"))
    with pytest.raises(ConfigError, match=r"certificates\[0\]\.name: missing text for vi"):
        load_municipality(folder)


def test_missing_and_broken_files(folder):
    (folder / "certificates.json").unlink()
    with pytest.raises(ConfigError, match="file not found"):
        load_municipality(folder)
    (folder / "certificates.json").write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid"):
        load_municipality(folder)
