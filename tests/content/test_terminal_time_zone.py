"""``[terminal] time_zone``: Japan time by default, any IANA zone by name, else a clear error."""

from __future__ import annotations

import pytest

from content.config import ConfigError, load_config


def _load(tmp_path, text: str):
    path = tmp_path / "machikado.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path, environ={})[0]


def test_japan_time_by_default(tmp_path):
    config = _load(tmp_path, "")
    assert config.terminal.time_zone == "Asia/Tokyo"
    assert config.terminal.zone.key == "Asia/Tokyo"


def test_a_zone_by_its_iana_name(tmp_path):
    config = _load(tmp_path, '[terminal]\ntime_zone = "America/New_York"\n')
    assert config.terminal.zone.key == "America/New_York"


def test_the_environment_overrides_the_zone(tmp_path):
    path = tmp_path / "machikado.toml"
    path.write_text("", encoding="utf-8")
    config, _ = load_config(path, environ={"MACHIKADO_TERMINAL__TIME_ZONE": "Asia/Seoul"})
    assert config.terminal.zone.key == "Asia/Seoul"


@pytest.mark.parametrize("bad", ["JST+9", "Mars/Olympus", "asia/tokyo", "", "../../etc/passwd"])
def test_an_unknown_zone_is_an_error_naming_the_key(tmp_path, bad):
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, f'[terminal]\ntime_zone = "{bad}"\n')
    (problem,) = caught.value.problems
    assert problem.path == "terminal.time_zone"
    assert "IANA time zone" in problem.message and repr(bad) in problem.message


def test_a_zone_that_is_not_text_is_an_error(tmp_path):
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, "[terminal]\ntime_zone = 9\n")
    assert caught.value.problems[0].path == "terminal.time_zone"
