"""The configuration loader: defaults, a full file, environment overrides and error messages."""

import dataclasses
import typing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import content.config.loader
from content.config import (
    CacheConfig,
    ConfigError,
    GatewayConfig,
    MachikadoConfig,
    Profile,
    ScreenGeometry,
    load_config,
)
from content.config.schema import build
from content.languages import LANGUAGE_CODES

EXAMPLE_CONFIG = Path(__file__).resolve().parents[2] / "packaging" / "machikado.toml"

FULL_CONFIG = """
[terminal]
id = "station-07"
profile = "station"
location = "Hanamizuki Station, east exit"

[kiosk]
languages = ["ja", "en", "vi"]
default_language = "en"
idle_timeout_s = 90
idle_warning_s = 15.5
attract_slide_s = 10
speech_engine = "flite"

[kiosk.screen]
width_px = 1080
height_px = 1920
width_mm = 268.0
height_mm = 476.0
fullscreen = false

[gateway]
url = "https://gateway.city.example/api"
token_file = "/etc/machikado/gateway.token"
sync_interval_s = 120

[cache]
data_dir = "/var/lib/machikado"

[devices]
card_reader = "pcsc://"
receipt_printer = "escpos+serial:///dev/ttyUSB0?baud=38400"
document_printer = "cups://Lobby_A4"
led_sign = "alpha+serial:///dev/ttyS1"
payment = "emulated://"
"""


@pytest.fixture(autouse=True)
def no_default_file(tmp_path, monkeypatch):
    """Keep the machine's /etc/machikado/machikado.toml out of every test."""
    monkeypatch.setattr(content.config.loader, "DEFAULT_CONFIG_PATH", tmp_path / "absent.toml")


def write(tmp_path, text, name="machikado.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path, text):
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text), environ={})
    return info.value


def problem_paths(error):
    return [p.path for p in error.problems]


# -- sources ------------------------------------------------------------------------------


def test_built_in_defaults_when_no_file():
    config, source = load_config(environ={})
    assert config == MachikadoConfig()
    assert source == "built-in defaults"
    assert config.terminal.profile is Profile.COMMUNITY_CENTRE
    assert config.kiosk.languages == LANGUAGE_CODES
    assert config.kiosk.default_language == "ja"
    assert config.gateway.url == "embedded"
    assert config.devices.urls() == dict.fromkeys(config.devices.urls(), "")


def test_full_file(tmp_path):
    path = write(tmp_path, FULL_CONFIG)
    config, source = load_config(path, environ={})
    assert source == str(path)
    assert config.terminal.id == "station-07"
    assert config.terminal.profile is Profile.STATION
    assert config.terminal.location == "Hanamizuki Station, east exit"
    assert config.kiosk.languages == ("ja", "en", "vi")
    assert config.kiosk.default_language == "en"
    assert config.kiosk.idle_timeout_s == 90.0
    assert isinstance(config.kiosk.idle_timeout_s, float)
    assert config.kiosk.idle_warning_s == 15.5
    assert config.kiosk.attract_slide_s == 10.0
    assert config.kiosk.speech_engine == "flite"
    assert config.kiosk.screen == ScreenGeometry(1080, 1920, 268.0, 476.0, fullscreen=False)
    assert config.gateway.url == "https://gateway.city.example/api"
    assert config.devices.receipt_printer == "escpos+serial:///dev/ttyUSB0?baud=38400"
    assert config.devices.payment == "emulated://"


def test_default_path_is_read_when_present(tmp_path, monkeypatch):
    path = write(tmp_path, '[terminal]\nid = "from-default"\n', name="default.toml")
    monkeypatch.setattr(content.config.loader, "DEFAULT_CONFIG_PATH", path)
    config, source = load_config(environ={})
    assert config.terminal.id == "from-default"
    assert source == str(path)


def test_machikado_config_variable_selects_the_file(tmp_path):
    path = write(tmp_path, '[terminal]\nid = "from-env-file"\n', name="other.toml")
    config, source = load_config(environ={"MACHIKADO_CONFIG": str(path)})
    assert config.terminal.id == "from-env-file"
    assert source == str(path)


def test_example_config_in_packaging_loads():
    if not EXAMPLE_CONFIG.exists():
        pytest.skip(f"{EXAMPLE_CONFIG} not written yet")
    config, source = load_config(EXAMPLE_CONFIG, environ={})
    assert isinstance(config, MachikadoConfig)
    assert source == str(EXAMPLE_CONFIG)


# -- files that cannot be read --------------------------------------------------------------


def test_explicit_missing_file(tmp_path):
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError, match="file not found") as info:
        load_config(path, environ={})
    assert str(path) in str(info.value)


def test_malformed_toml(tmp_path):
    error = load_error(tmp_path, "[kiosk\nidle_timeout_s = 30\n")
    assert "not valid TOML" in str(error)
    assert str(tmp_path / "machikado.toml") in str(error)


# -- validation messages ----------------------------------------------------------------------


def test_unknown_key_names_its_path_and_suggests(tmp_path):
    error = load_error(tmp_path, "[kiosk]\nidle_timeout = 30\n")
    assert problem_paths(error) == ["kiosk.idle_timeout"]
    assert "did you mean 'idle_timeout_s'" in str(error)


def test_unknown_table_is_reported(tmp_path):
    error = load_error(tmp_path, "[kiosks]\nidle_timeout_s = 30\n")
    assert problem_paths(error) == ["kiosks"]
    assert "did you mean 'kiosk'" in str(error)


def test_wrong_type_names_path_and_expected_type(tmp_path):
    error = load_error(tmp_path, '[kiosk.screen]\nwidth_px = "wide"\n')
    assert problem_paths(error) == ["kiosk.screen.width_px"]
    assert "expected an integer" in str(error)
    assert "'wide'" in str(error)


def test_bool_is_not_an_integer(tmp_path):
    error = load_error(tmp_path, "[kiosk.screen]\nwidth_px = true\n")
    assert problem_paths(error) == ["kiosk.screen.width_px"]
    assert "expected an integer" in str(error)


def test_bool_is_not_a_number(tmp_path):
    error = load_error(tmp_path, "[kiosk]\nidle_timeout_s = false\n")
    assert problem_paths(error) == ["kiosk.idle_timeout_s"]


def test_bad_profile_lists_allowed_values(tmp_path):
    error = load_error(tmp_path, '[terminal]\nprofile = "airport"\n')
    assert problem_paths(error) == ["terminal.profile"]
    for profile in Profile:
        assert repr(profile.value) in str(error)


def test_several_problems_reported_at_once(tmp_path):
    error = load_error(
        tmp_path,
        '[terminal]\nprofile = "airport"\n'
        "[kiosk]\nidle_timeout = 30\n"
        '[kiosk.screen]\nwidth_px = "wide"\n'
        '[gateway]\nurl = "ftp://city.example"\n',
    )
    assert sorted(problem_paths(error)) == [
        "gateway.token_file",  # needed by any gateway that is not the embedded one
        "gateway.url",
        "kiosk.idle_timeout",
        "kiosk.screen.width_px",
        "terminal.profile",
    ]
    assert "5 problem(s)" in str(error)


def test_default_language_must_be_configured(tmp_path):
    error = load_error(tmp_path, '[kiosk]\nlanguages = ["ja", "en"]\ndefault_language = "ko"\n')
    assert problem_paths(error) == ["kiosk.default_language"]
    assert "'ko'" in str(error)


def test_unknown_language_code(tmp_path):
    error = load_error(tmp_path, '[kiosk]\nlanguages = ["ja", "fr"]\n')
    assert problem_paths(error) == ["kiosk.languages"]
    assert "'fr'" in str(error)


@pytest.mark.parametrize("url", ["embedded", "http://127.0.0.1:8080", "https://city.example/"])
def test_gateway_url_accepted(tmp_path, url):
    text = f'[gateway]\nurl = "{url}"\ntoken_file = "/etc/machikado/gateway.token"\n'
    config, _ = load_config(write(tmp_path, text), environ={})
    assert config.gateway.url == url


def test_a_city_gateway_needs_a_token_file(tmp_path):
    error = load_error(tmp_path, '[gateway]\nurl = "https://city.example/"\n')
    assert problem_paths(error) == ["gateway.token_file"]


def test_token_is_read_from_its_file(tmp_path):
    token = tmp_path / "gateway.token"
    config = GatewayConfig(url="https://city.example/", token_file=str(token))
    with pytest.raises(ConfigError, match="cannot read"):
        config.read_token()
    token.write_text("\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="empty"):
        config.read_token()
    token.write_text("s3cret-token\n", encoding="utf-8")
    assert config.read_token() == "s3cret-token"


def test_cache_dir_defaults_to_the_users_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert CacheConfig().path() == tmp_path / "machikado"
    assert CacheConfig(data_dir="/var/lib/machikado").path() == Path("/var/lib/machikado")


@pytest.mark.parametrize("url", ["", "city.example", "ftp://city.example", "https://"])
def test_gateway_url_rejected(tmp_path, url):
    error = load_error(tmp_path, f'[gateway]\nurl = "{url}"\n')
    assert problem_paths(error) == ["gateway.url", "gateway.token_file"]


def test_device_url_with_unknown_scheme(tmp_path):
    error = load_error(tmp_path, '[devices]\nreceipt_printer = "lpt://1"\n')
    assert problem_paths(error) == ["devices.receipt_printer"]
    assert "escpos+serial" in str(error)


@given(st.integers(min_value=10, max_value=3600))
def test_idle_timeout_in_range_validates(seconds):
    config = build(MachikadoConfig, {"kiosk": {"idle_timeout_s": seconds}}, source="test")
    assert config.kiosk.idle_timeout_s == seconds


@given(st.integers(max_value=9))
def test_idle_timeout_below_ten_fails(seconds):
    with pytest.raises(ConfigError) as info:
        build(MachikadoConfig, {"kiosk": {"idle_timeout_s": seconds}}, source="test")
    assert problem_paths(info.value) == ["kiosk.idle_timeout_s"]


# -- environment overrides ------------------------------------------------------------------


def test_environment_overrides_defaults():
    environ = {
        "MACHIKADO_KIOSK__IDLE_TIMEOUT_S": "30",
        "MACHIKADO_KIOSK__LANGUAGES": '["ja","en"]',
        "MACHIKADO_TERMINAL__ID": "abc",
        "PATH": "/usr/bin",
    }
    config, source = load_config(environ=environ)
    assert config.kiosk.idle_timeout_s == 30.0
    assert config.kiosk.languages == ("ja", "en")
    assert config.terminal.id == "abc"
    assert source.startswith("built-in defaults")
    for name in ("MACHIKADO_KIOSK__IDLE_TIMEOUT_S", "MACHIKADO_TERMINAL__ID"):
        assert name in source
    assert "PATH" not in source


def test_environment_overrides_the_file(tmp_path):
    path = write(tmp_path, FULL_CONFIG)
    config, source = load_config(path, environ={"MACHIKADO_KIOSK__SCREEN__WIDTH_PX": "1280"})
    assert config.kiosk.screen.width_px == 1280
    assert config.kiosk.screen.height_px == 1920
    assert source == f"{path} + MACHIKADO_KIOSK__SCREEN__WIDTH_PX"


def test_environment_override_is_validated():
    with pytest.raises(ConfigError) as info:
        load_config(environ={"MACHIKADO_KIOSK__IDLE_TIMEOUT_S": "5"})
    assert problem_paths(info.value) == ["kiosk.idle_timeout_s"]
    assert "MACHIKADO_KIOSK__IDLE_TIMEOUT_S" in str(info.value)


def test_a_variable_that_is_no_override_is_only_warned_about(caplog):
    # Another tool's variable (or a test's) must not keep a kiosk from starting.
    config, source = load_config(environ={"MACHIKADO_KIOSK": "30", "MACHIKADO_FOO": "1"})
    assert source == "built-in defaults"
    assert config == MachikadoConfig()
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warned) == 2
    assert "MACHIKADO_FOO is not read by machikado" in warned[0]
    assert "MACHIKADO_KIOSK__IDLE_TIMEOUT_S" in warned[0]  # the variables it does read


def test_a_misspelt_override_stops_start_up_with_the_name_meant():
    with pytest.raises(ConfigError) as info:
        load_config(environ={"MACHIKADO_KIOSK_IDLE_TIMEOUT_S": "30"})
    assert problem_paths(info.value) == ["MACHIKADO_KIOSK_IDLE_TIMEOUT_S"]
    assert "did you mean MACHIKADO_KIOSK__IDLE_TIMEOUT_S?" in str(info.value)


@pytest.mark.parametrize("value", ["90\n", "a\nb", "x\ry", "tab\there", "nul\x00"])
def test_an_override_with_a_line_break_is_refused_not_cut(value):
    with pytest.raises(ConfigError) as info:
        load_config(environ={"MACHIKADO_TERMINAL__LOCATION": value})
    assert problem_paths(info.value) == ["MACHIKADO_TERMINAL__LOCATION"]
    assert "expected the value on one line" in str(info.value)


def test_a_bad_override_names_its_variable():
    with pytest.raises(ConfigError) as info:
        load_config(environ={"MACHIKADO_KIOSK__IDLE_TIMEOUT_S": "soon"})
    (problem,) = info.value.problems
    assert problem.path == "kiosk.idle_timeout_s"
    assert problem.message.endswith("(from MACHIKADO_KIOSK__IDLE_TIMEOUT_S)")


# -- bounds and start-up ----------------------------------------------------------------------


def numeric_keys(cls=MachikadoConfig, prefix=""):
    """Every number in the configuration (alone or in a list), as (key path, type)."""
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        tp, path = hints[field.name], f"{prefix}{field.name}"
        if dataclasses.is_dataclass(tp):
            yield from numeric_keys(tp, path + ".")
        elif tp in (int, float) or typing.get_args(tp)[:1] in ((int,), (float,)):
            yield path, tp


HUGE = [9223372036854775807, -9223372036854775807, 1e308, float("inf"), float("nan")]


@pytest.mark.parametrize("key", [path for path, _tp in numeric_keys()])
@pytest.mark.parametrize("huge", HUGE, ids=["max-int64", "min-int64", "1e308", "inf", "nan"])
def test_every_number_is_bounded(key, huge):
    *tables, name = key.split(".")
    tp = dict(numeric_keys())[key]
    value = [huge] if typing.get_origin(tp) is tuple else huge
    if isinstance(huge, float) and tp is int:
        value = huge  # a float where an integer is wanted
    data = {name: value}
    for table in reversed(tables):
        data = {table: data}
    with pytest.raises(ConfigError) as info:
        build(MachikadoConfig, data, source="test")
    assert key in problem_paths(info.value) or f"{key}[0]" in problem_paths(info.value)


def test_several_bad_values_in_one_table_are_all_reported(tmp_path):
    error = load_error(
        tmp_path,
        "[kiosk.screen]\nwidth_px = 9223372036854775807\nheight_px = 10\n"
        'width_mm = inf\nheight_mm = "tall"\n'
        "[kiosk]\nidle_timeout_s = 1\nidle_warning_s = 1000\nattract_slide_s = 0\n",
    )
    assert sorted(problem_paths(error)) == [
        "kiosk.attract_slide_s",
        "kiosk.idle_timeout_s",
        "kiosk.idle_warning_s",
        "kiosk.screen.height_mm",
        "kiosk.screen.height_px",
        "kiosk.screen.width_mm",
        "kiosk.screen.width_px",
    ]
    assert "expected 320 to 16384 pixels, got 9223372036854775807" in str(error)


def test_a_folder_given_as_the_file_is_named(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path, environ={})
    assert info.value.source == str(tmp_path)
    assert str(info.value.problems[0]) == "is a folder; expected a TOML file"


def test_start_up_checks_the_data_folder_and_the_token(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    path = write(
        tmp_path,
        f'[cache]\ndata_dir = "{blocker / "data"}"\n'
        '[gateway]\nurl = "https://city.example"\n'
        f'token_file = "{tmp_path / "no-token"}"\n',
    )
    config, _ = load_config(path, environ={})  # without an app nothing is touched
    assert config.cache.data_dir == str(blocker / "data")
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={}, app="kiosk")
    assert problem_paths(info.value) == ["cache.data_dir", "gateway.token_file"]
    assert "cannot be created" in str(info.value)
    assert f"cannot read {tmp_path / 'no-token'}" in str(info.value)


def test_start_up_makes_a_missing_data_folder(tmp_path):
    path = write(tmp_path, f'[cache]\ndata_dir = "{tmp_path / "a" / "b"}"\n')
    load_config(path, environ={}, app="signage")
    assert (tmp_path / "a" / "b").is_dir()


# -- certificates ---------------------------------------------------------------------------


def test_certificate_hours_and_closed_days(tmp_path):
    text = '[certificates]\nhours = "07:00-21:30"\nclosed_days = ["12-31", "01-01"]\n'
    config, _ = load_config(write(tmp_path, text), environ={})
    assert config.certificates.hours == "07:00-21:30"
    assert config.certificates.closed_days == ("12-31", "01-01")


@pytest.mark.parametrize(
    "text",
    [
        'hours = "23:00-06:30"',
        'hours = "6:30-23:00"',
        'closed_days = ["12/29"]',
        'closed_days = ["13-01"]',
        "payment_timeout_s = 5",
    ],
)
def test_bad_certificate_settings_name_their_key(tmp_path, text):
    error = load_error(tmp_path, f"[certificates]\n{text}\n")
    key = text.split(" ")[0]
    assert problem_paths(error) == [f"certificates.{key}"]


def test_the_citys_contact_for_residents(tmp_path):
    text = '[city]\ncontact_text = "市民課（1階）"\ncontact_phone = "0120-000-000"\n'
    config, _ = load_config(write(tmp_path, text), environ={})
    assert config.city.contact_text == "市民課（1階）"
    assert config.city.contact_phone == "0120-000-000"


@pytest.mark.parametrize(
    "text", ['contact_phone = "call the desk"', f'contact_text = "{"x" * 201}"']
)
def test_a_bad_city_contact_names_its_key(tmp_path, text):
    error = load_error(tmp_path, f"[city]\n{text}\n")
    assert problem_paths(error) == [f"city.{text.split(' ')[0]}"]


@pytest.mark.parametrize("key", ["!" * 44, "A" * 42 + "==", "QUJD"])
def test_a_publishing_key_must_be_32_bytes_of_base64(tmp_path, key):
    error = load_error(tmp_path, f'[signage]\npublic_key = "{key}"\n')
    assert problem_paths(error) == ["signage.public_key"]


def test_the_terminals_position(tmp_path):
    path = tmp_path / "machikado.toml"
    path.write_text("[terminal]\nlat = 35.7\nlon = 139\n", encoding="utf-8")
    terminal = load_config(path, environ={})[0].terminal
    assert (terminal.lat, terminal.lon) == (35.7, 139.0)


@pytest.mark.parametrize(
    ("text", "key"), [("lat = 91", "terminal.lat"), ("lon = -181", "terminal.lon")]
)
def test_a_position_off_the_globe_names_its_key(tmp_path, text, key):
    error = load_error(tmp_path, f"[terminal]\n{text}\n")
    assert problem_paths(error) == [key]
