"""The keypad's decisions without Qt: keys to actions, reading order, stepping, volume."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.languages import LANGUAGE_CODES
from kiosk.shell.core import keypad
from kiosk.shell.core.keypad import Action, Box, Focus
from kiosk.shell.core.messages import read_ts

SHELL_MESSAGES = Path(keypad.__file__).resolve().parents[1] / "messages"
ANYWHERE = Focus()
PIN = Focus(secret_entry=True)
FIELD = Focus(text_field=True)


@pytest.mark.parametrize(
    ("key", "action"),
    [
        (keypad.KEY_RIGHT, Action.NEXT),
        (keypad.KEY_DOWN, Action.NEXT),
        (keypad.KEY_LEFT, Action.PREVIOUS),
        (keypad.KEY_UP, Action.PREVIOUS),
        (keypad.KEY_ENTER, Action.ACTIVATE),
        (keypad.KEY_RETURN, Action.ACTIVATE),
        (keypad.KEY_BACK, Action.BACK),
        (keypad.KEY_ESCAPE, Action.BACK),
        (keypad.KEY_HELP, Action.HELP),
        (keypad.KEY_F1, Action.HELP),
        (keypad.KEY_VOLUME_UP, Action.VOLUME_UP),
        (keypad.KEY_MINUS, Action.VOLUME_DOWN),
        (0x41, Action.PASS),  # a letter is not the keypad's
    ],
)
def test_each_keypad_key_has_its_action(key, action):
    assert keypad.decide(key, "", ANYWHERE) is action


def test_pin_keys_go_to_the_entry_and_are_never_named():
    for digit in "0123456789":
        assert keypad.decide(0x30 + int(digit), digit, PIN) is Action.SECRET
    assert keypad.decide(keypad.KEY_BACKSPACE, "\b", PIN) is Action.SECRET  # Delete
    assert keypad.decide(keypad.KEY_ENTER, "\r", PIN) is Action.SECRET  # Confirm
    assert keypad.decide(keypad.KEY_RIGHT, "", PIN) is Action.NEXT  # the way out of the entry
    assert keypad.decide(keypad.KEY_BACK, "", PIN) is Action.BACK


def test_text_fields_keep_the_keys_that_edit_and_digits_pass_elsewhere():
    assert keypad.decide(keypad.KEY_LEFT, "", FIELD) is Action.PASS
    assert keypad.decide(keypad.KEY_BACKSPACE, "\b", FIELD) is Action.PASS
    assert keypad.decide(0x41, "a", FIELD) is Action.PASS
    assert keypad.decide(keypad.KEY_DOWN, "", FIELD) is Action.NEXT  # still a way out
    assert keypad.decide(0x35, "5", ANYWHERE) is Action.PASS


def test_reading_order_is_rows_from_the_top_each_left_to_right():
    boxes = [
        Box(600, 300, 100, 50),  # 0: second row, right
        Box(800, 10, 80, 40),  # 1: header corner, right
        Box(10, 300, 100, 200),  # 2: second row, left, tall
        Box(10, 20, 300, 30),  # 3: header, left
        Box(300, 320, 100, 50),  # 4: second row, middle, a little lower
        Box(10, 900, 100, 50),  # 5: bottom bar
    ]
    assert keypad.reading_order(boxes) == [3, 1, 2, 4, 0, 5]
    assert keypad.reading_order([]) == []


def test_stepping_wraps_both_ways_and_starts_at_either_end():
    assert keypad.step(3, None, True) == 0 and keypad.step(3, None, False) == 2
    assert keypad.step(3, 2, True) == 0 and keypad.step(3, 0, False) == 2
    assert keypad.step(0, None, True) is None


def test_volume_stays_between_one_and_ten():
    assert keypad.volume_step(10, up=True) == 10
    assert keypad.volume_step(1, up=False) == 1  # a key never silences speech
    assert keypad.volume_step(5, up=True) == 6


def test_every_front_panel_place_but_the_screen_has_words():
    assert len(keypad.PLACES) == 8 and ("middle", "center") not in keypad.PLACES
    assert all("%1" not in m.source for m in keypad.PLACES.values())
    assert "%1" in keypad.JACK_PLACE.source


def test_help_leaves_out_empty_lines():
    assert keypad.help_lines("Welcome", "") == ["Welcome"]
    assert keypad.help_lines("", " ") == []


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_keypad_text_is_translated_in_the_shell_catalogue(code):
    catalogue = read_ts(SHELL_MESSAGES / f"shell_{code}.ts")
    for message in keypad.messages():
        assert (message.context, message.source) in catalogue, (code, message.source)
