"""[kiosk.hardware] and [kiosk.payment]: the front panel's layout and what the unit takes."""

from pathlib import Path

import pytest

from content.config import ConfigError, load_config
from content.config.hardware import (
    PARTS,
    CardFace,
    CardReaderKind,
    HardwareLayout,
    PaymentUnitConfig,
    Place,
)

EXAMPLE_CONFIG = Path(__file__).resolve().parents[2] / "packaging" / "machikado.toml"


def load(tmp_path: Path, text: str):
    path = tmp_path / "machikado.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path, environ={})[0]


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text)
    return [str(p) for p in info.value.problems]


def test_every_part_has_a_place_by_default_and_none_is_the_screen():
    places = HardwareLayout().places()
    assert tuple(places) == PARTS
    assert all((p.row, p.column) != ("middle", "center") for p in places.values())


def test_the_example_file_sets_a_layout_and_a_payment_unit():
    config = load_config(EXAMPLE_CONFIG, environ={})[0]
    layout = config.kiosk.hardware
    assert layout.place("document_tray") == Place("bottom", "center")
    assert layout.card_reader_kind is CardReaderKind.SLOT
    assert config.kiosk.payment.notes == (1000,)
    assert "WAON" in config.kiosk.payment.ic_brands


@pytest.mark.parametrize("text", ["right-middle", "middle-right", " Right-Middle "])
def test_a_place_reads_in_either_order(text):
    assert Place.parse(text) == Place("middle", "right")
    assert str(Place.parse(text)) == "right-middle"


def test_a_layout_from_the_file(tmp_path):
    config = load(
        tmp_path,
        '[kiosk.hardware]\ncard_reader = "left-bottom"\ncard_reader_kind = "pad"\n'
        'card_face = "down"\ndocument_tray = "bottom-right"\n',
    )
    layout = config.kiosk.hardware
    assert layout.place("card_reader") == Place("bottom", "left")
    assert layout.card_reader_kind is CardReaderKind.PAD
    assert layout.card_face is CardFace.DOWN
    assert layout.place("document_tray") == Place("bottom", "right")


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("rihgt-middle", "did you mean 'right'?"),
        ("right", "like 'right-middle' or 'bottom-center'"),
        ("left-right", "one of top/middle/bottom and one of left/center/right"),
        ("center-middle", "where the touchscreen is"),
        ("top-middle-left", "like 'right-middle'"),
    ],
)
def test_a_bad_place_names_its_key_and_what_was_expected(tmp_path, value, says):
    found = problems(tmp_path, f'[kiosk.hardware]\nreceipt_slot = "{value}"\n')
    assert len(found) == 1
    assert found[0].startswith("kiosk.hardware.receipt_slot: ")
    assert says in found[0]


def test_an_unknown_reader_kind_lists_the_kinds(tmp_path):
    found = problems(tmp_path, '[kiosk.hardware]\ncard_reader_kind = "swipe"\n')
    assert found == ["kiosk.hardware.card_reader_kind: expected one of 'slot', 'pad', got 'swipe'"]


def test_an_unknown_part_is_suggested(tmp_path):
    found = problems(tmp_path, '[kiosk.hardware]\nrecipt_slot = "left-bottom"\n')
    assert "did you mean 'receipt_slot'?" in found[0]


def test_the_payment_unit_from_the_file(tmp_path):
    config = load(
        tmp_path,
        '[kiosk.payment]\nnotes = [1000, 5000]\ncoins = [100, 500]\nic_brands = ["WAON"]\n',
    )
    assert config.kiosk.payment == PaymentUnitConfig((1000, 5000), (100, 500), ("WAON",))


def test_a_unit_without_cash_or_named_brands_is_allowed(tmp_path):
    config = load(tmp_path, "[kiosk.payment]\nnotes = []\ncoins = []\nic_brands = []\n")
    assert config.kiosk.payment == PaymentUnitConfig((), (), ())


@pytest.mark.parametrize(
    ("text", "path", "says"),
    [
        ("notes = [1000, 3000]", "notes", "among 1000, 2000, 5000, 10000, got [3000]"),
        ("coins = [100, 100]", "coins", "listed twice"),
        ("coins = [25]", "coins", "among 1, 5, 10, 50, 100, 500"),
        ('ic_brands = ["WAON", ""]', "ic_brands", "1 to 24 characters"),
        ('notes = ["1000"]', "notes[0]", "expected an integer"),
    ],
)
def test_a_bad_payment_unit_names_its_key(tmp_path, text, path, says):
    found = problems(tmp_path, f"[kiosk.payment]\n{text}\n")
    assert len(found) == 1 and found[0].startswith(f"kiosk.payment.{path}: ")
    assert says in found[0]


def test_an_environment_variable_moves_a_part():
    config = load_config(environ={"MACHIKADO_KIOSK__HARDWARE__IC_PAD": "right-bottom"})[0]
    assert config.kiosk.hardware.place("ic_pad") == Place("bottom", "right")
