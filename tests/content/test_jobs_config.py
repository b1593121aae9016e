"""``[jobs]``: the terminal's municipality picks its Hello Work office; a bad code is named."""

import pytest

from content.config import ConfigError, load_config
from content.config.jobs import JobsConfig
from content.jobs.generator import SAMPLE_CITY_CODE


def test_the_default_is_the_sample_city():
    assert JobsConfig().city_code == SAMPLE_CITY_CODE


def test_a_city_table_and_an_override_load(tmp_path):
    path = tmp_path / "machikado.toml"
    path.write_text('[jobs]\ncity_code = "13229"\n', encoding="utf-8")
    config, _ = load_config(path, environ={})
    assert config.jobs.city_code == "13229"
    config, _ = load_config(path, environ={"MACHIKADO_JOBS__CITY_CODE": "13204"})
    assert config.jobs.city_code == "13204"


@pytest.mark.parametrize(
    ("code", "said"),
    [("1322", "5-digit JIS code"), ("西東京市", "5-digit JIS code"), ("13101", "no Hello Work")],
)
def test_a_code_that_names_no_office_is_refused_by_its_key_path(tmp_path, code, said):
    path = tmp_path / "machikado.toml"
    path.write_text(f'[jobs]\ncity_code = "{code}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    problems = info.value.problems
    assert [p.path for p in problems] == ["jobs.city_code"]
    assert said in problems[0].message
