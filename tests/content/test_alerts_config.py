"""``[alerts]``: defaults for the sample city, every bad value named by its key path."""

from content.config import ConfigError, load_config
from content.config.alerts import SAMPLE_AREA_CODES, AlertsConfig


def test_defaults_poll_nothing_and_know_the_sample_city():
    config = AlertsConfig()
    assert not config.enabled and "jma:1322900" in config.area_codes
    assert config.area_codes == SAMPLE_AREA_CODES
    assert [p.name for p in config.positions] == ["はなみずき市役所"]
    assert AlertsConfig.long_feed(config.jma_feeds[0]).endswith("/feed/extra_l.xml")


def test_a_city_table_loads(tmp_path):
    path = tmp_path / "machikado.toml"
    path.write_text(
        "[alerts]\nenabled = true\nshow_drills = true\n"
        'cap_feeds = ["https://alerts.city.example/cap.atom"]\n'
        'area_codes = ["jma:1322900", "seismic:351"]\n'
        '[[alerts.positions]]\nname = "田無駅前"\nlat = 35.727\nlon = 139.541\n',
        encoding="utf-8",
    )
    config, _ = load_config(path, environ={})
    assert config.alerts.show_drills and config.alerts.positions[0].name == "田無駅前"


def test_every_bad_value_is_named(tmp_path):
    path = tmp_path / "machikado.toml"
    path.write_text(
        '[alerts]\narea_codes = ["1322900"]\ncap_feeds = ["file:///etc/passwd"]\n'
        "poll_interval_s = 1\nmax_document_kb = 1\n"
        'shelters_file = "a.csv"\n'
        '[[alerts.positions]]\nname = ""\nlat = 35.7\nlon = 200\n',
        encoding="utf-8",
    )
    try:
        load_config(path, environ={})
    except ConfigError as err:
        paths = {problem.path for problem in err.problems}
    assert paths == {
        "alerts.area_codes",
        "alerts.cap_feeds",
        "alerts.poll_interval_s",
        "alerts.max_document_kb",
        "alerts.shelters_stay_file",
        "alerts.positions[0].name",
        "alerts.positions[0].lon",
    }
