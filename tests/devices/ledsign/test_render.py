"""Japanese text drawn into DOTS pictures, and the emulator's face as a PNG."""

import pytest
from PIL import Image

from devices.ledsign.codec import Colour, Mode
from devices.ledsign.emulator import LED_COLOURS, PITCH
from devices.ledsign.errors import LedSignConfigError, LedSignContentError
from devices.ledsign.render import FontFile, draw_line, find_japanese_font, text_pictures
from devices.registry import open_device


def test_the_japanese_font_is_noto_sans_cjk():
    font = find_japanese_font()
    assert "NotoSansCJK" in font.path


def test_lines_fill_the_rows_and_cut_after_spaces():
    font = find_japanese_font()
    image, starts = draw_line("駅前", 16, font)
    assert image.height == 16 and len(starts) == 2
    rows = [y for y in range(16) if any(image.getpixel((x, y)) for x in range(image.width))]
    assert rows[-1] - rows[0] >= 13  # a kanji uses (nearly) the whole height
    pictures = text_pictures(
        "まちかど 駅前広場のお知らせ", rows=16, cols=96, colour=Colour.GREEN,
        labels="PQRS", scrolling=False, font=font,
    )  # fmt: skip
    assert [p.label for p in pictures] == ["P", "Q", "R"]
    assert all(p.width == 96 and p.height == 16 for p in pictures)
    assert set("".join(pictures[0].rows)) == {"0", "2"}


def test_rainbow_pictures_change_colour_across_and_mixed_colours_are_refused():
    font = find_japanese_font()
    (picture,) = text_pictures(
        "虹色", rows=16, cols=96, colour=Colour.RAINBOW_1, labels="P", scrolling=True, font=font
    )
    assert len(set("".join(picture.rows)) - {"0"}) >= 3
    with pytest.raises(LedSignContentError) as info:
        text_pictures("混色", rows=16, cols=96, colour=Colour.COLOUR_MIX, labels="P",
                      scrolling=True, font=font)  # fmt: skip
    assert info.value.key == "led_sign.bad_content.colour"


def test_empty_text_and_too_many_lines_are_refused():
    sign = open_device("led_sign", "emulated://led?rows=16&cols=96")
    with pytest.raises(LedSignContentError) as info:
        sign.show_text("   ")
    assert info.value.key == "led_sign.bad_content.empty"
    with pytest.raises(LedSignContentError):
        sign.show_text("一\n二\n三")


def test_a_missing_font_file_is_a_config_error():
    sign = open_device("led_sign", "emulated://led?font=/nonexistent/font.ttc")
    with pytest.raises(LedSignConfigError) as info:
        sign.show_text("駅")
    assert info.value.key == "led_sign.no_font"
    assert isinstance(sign.settings.font, FontFile)


def test_the_face_png_shows_lit_leds_in_the_text_colour(tmp_path):
    sign = open_device("led_sign", "emulated://led?rows=32&cols=192")
    sign.show_text("まちかど駅前\n本日のお知らせ", mode=Mode.HOLD, colour=Colour.AMBER)
    board = sign.link.board
    png = board.save_png(tmp_path / "face.png")
    with Image.open(png) as face:
        assert face.size == (193 * PITCH, 33 * PITCH)
        colours = {face.getpixel((x * PITCH + PITCH, y * PITCH + PITCH))
                   for y in range(32) for x in range(192)}  # fmt: skip
    assert LED_COLOURS["3"] in colours
    assert colours <= {LED_COLOURS["3"], (38, 34, 32)}
