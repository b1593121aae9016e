"""``[kiosk.keypad]``: a terminal's own keypad keys, named, checked, and added to the standard."""

from __future__ import annotations

import dataclasses

import pytest

from content.config import ConfigError, MachikadoConfig
from content.config.keypad import KEY_NAMES, KeypadConfig, key_code
from content.config.loader import load_config
from kiosk.shell.core import keypad
from kiosk.shell.core.keypad import Action, Focus


def test_every_action_a_config_names_is_a_keypad_action():
    assert {f.name for f in dataclasses.fields(KeypadConfig)} <= {a.value for a in Action}


def test_named_keys_join_the_standard_ones_and_may_take_one_over():
    config = KeypadConfig(help=("F13",), next=("PageDown",), back=("Help",))
    keys = keypad.keymap(config.codes())
    assert keypad.decide(key_code("F13"), "", Focus(), keys) is Action.HELP
    assert keypad.decide(key_code("PageDown"), "", Focus(), keys) is Action.NEXT
    assert keypad.decide(keypad.KEY_HELP, "", Focus(), keys) is Action.BACK
    assert keypad.decide(keypad.KEY_RIGHT, "", Focus(), keys) is Action.NEXT  # still there


def test_key_names_are_qt_s():
    from PySide6.QtCore import Qt

    for name, code in KEY_NAMES.items():
        assert getattr(Qt.Key, f"Key_{name}").value == code, name


def test_a_wrong_or_doubled_key_is_refused_with_what_was_meant():
    with pytest.raises(ValueError, match="did you mean 'PageDown'"):
        KeypadConfig(next=("PgDown",))
    with pytest.raises(ValueError, match="already the key for next"):
        KeypadConfig(next=("F13",), help=("F13",))
    with pytest.raises(ValueError, match="unknown key '5'"):
        KeypadConfig(activate=("5",))  # digits are the PIN's


def test_the_table_is_read_from_the_configuration_file(tmp_path):
    path = tmp_path / "machikado.toml"
    path.write_text('[kiosk.keypad]\nhelp = ["F13"]\nvolume_up = ["MediaNext"]\n')
    config, _source = load_config(path, environ={})
    assert isinstance(config, MachikadoConfig)
    assert config.kiosk.keypad.codes() == {
        key_code("F13"): "help",
        key_code("MediaNext"): "volume_up",
    }


def test_a_bad_key_in_the_file_names_its_table_and_key(tmp_path):
    path = tmp_path / "machikado.toml"
    path.write_text('[kiosk.keypad]\nhelp = ["F13", "Hlep"]\n')
    with pytest.raises(ConfigError, match=r"kiosk\.keypad\.help.*did you mean 'Help'"):
        load_config(path, environ={})
