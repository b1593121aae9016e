"""One contract for the LED board: the adapter over a socat pty, and the in-process emulator."""

import time

import pytest
from PIL import Image, ImageDraw

from devices.ledsign.codec import Colour, Mode, Speed
from devices.ledsign.decoder import PictureCall, Run
from devices.ledsign.errors import (
    LedSignContentError,
    LedSignLineError,
    LedSignNoAnswerError,
    LedSignRefusedError,
)
from devices.ledsign.render import draw_line, find_japanese_font
from devices.monitor import Health

NOTICE = "まちかど駅前 本日のお知らせ"


def lit(rows: list[str]) -> int:
    return sum(ch != "0" for row in rows for ch in row)


def trim(rows: list[str]) -> list[str]:
    """Rows without the blank columns on either side."""
    used = [x for x in range(len(rows[0])) if any(row[x] != "0" for row in rows)]
    return [row[used[0] : used[-1] + 1] for row in rows]


def test_ascii_text_goes_as_a_text_file_with_mode_colour_and_speed(rig):
    rig.sign.show_text("NEXT TRAIN 10:42", mode=Mode.ROTATE, colour=Colour.GREEN, speed=Speed.S4)
    shown = rig.board.showing()
    assert shown.label == "A"
    (page,) = shown.pages
    assert page.mode is Mode.ROTATE and page.speed is Speed.S4
    assert page.items == (Run("NEXT TRAIN 10:42", Colour.GREEN),)
    assert rig.board.memory is not None and rig.board.memory["A"] == "A"
    assert rig.board.sequence == "A"
    assert rig.board.acks and rig.board.rejected == 0 and rig.board.garbage == 0
    assert set("".join(rig.board.dots())) == {"0", "2"}


def test_japanese_text_is_drawn_into_pictures_one_page_each_when_held(rig, tmp_path):
    rig.sign.show_text(NOTICE, mode=Mode.HOLD, colour=Colour.AMBER)
    pages = rig.board.pages()
    assert len(pages) == 3
    assert all(page.mode is Mode.HOLD for page in pages)
    assert [page.items for page in pages] == [
        (PictureCall("P"),),
        (PictureCall("Q"),),
        (PictureCall("R"),),
    ]
    for number in range(3):
        dots = rig.board.dots(number)
        assert len(dots) == 16 and {len(row) for row in dots} == {96}
        assert set("".join(dots)) == {"0", "3"} and lit(dots) > 40
    # the first page shows exactly the first six characters as drawn with the Japanese font
    image, _ = draw_line("まちかど駅前", 16, find_japanese_font())
    expected = [
        "".join("3" if image.getpixel((x, y)) else "0" for x in range(image.width))
        for y in range(16)
    ]
    assert trim(rig.board.dots(0)) == trim(expected)
    wrong, _ = draw_line("まちかど駅全", 16, find_japanese_font())
    assert trim(rig.board.dots(0)) != trim(
        [
            "".join("3" if wrong.getpixel((x, y)) else "0" for x in range(wrong.width))
            for y in range(16)
        ]
    )
    png = rig.board.save_png(tmp_path / "board.png")
    with Image.open(png) as face:
        assert face.size == (970, 170)


def test_scrolling_japanese_runs_all_pictures_on_one_page(rig):
    rig.sign.show_text(NOTICE, mode=Mode.ROTATE, colour=Colour.RED)
    (page,) = rig.board.pages()
    assert page.mode is Mode.ROTATE
    assert [item.label for item in page.items] == ["P", "Q", "R"]
    widths = [rig.board.pictures[label].width for label in "PQR"]
    assert all(width <= 96 for width in widths) and sum(widths) > 96


def test_a_large_board_gets_large_pictures_and_two_lines(big_rig):
    big_rig.sign.show_text("臨時ダイヤ\n運転を見合わせています", colour=Colour.RED)
    (page,) = big_rig.board.pages()
    (call,) = page.items
    assert call.large
    picture = big_rig.board.pictures[call.label]
    assert (picture.height, picture.width) == (32, 192)
    top, bottom = picture.rows[:16], picture.rows[16:]
    assert lit(top) > 50 and lit(bottom) > 50


def test_a_picture_is_shown_in_the_chosen_colour(rig):
    arrow = Image.new("L", (40, 16), 0)
    ImageDraw.Draw(arrow).polygon(
        [(0, 4), (28, 4), (28, 0), (39, 8), (28, 15), (28, 11), (0, 11)], 255
    )
    rig.sign.show_picture(arrow, mode=Mode.WIPE_LEFT, colour=Colour.GREEN)
    (page,) = rig.board.pages()
    assert page.mode is Mode.WIPE_LEFT
    dots = rig.board.dots()
    assert set("".join(dots)) == {"0", "2"} and lit(dots) > 300


def test_pictures_of_the_wrong_height_are_refused_and_nothing_is_sent(rig):
    before = len(rig.board.packets)
    with pytest.raises(LedSignContentError) as info:
        rig.sign.show_picture(Image.new("1", (96, 20)))
    assert info.value.key == "led_sign.bad_content.picture_size"
    assert len(rig.board.packets) == before


def test_text_too_long_for_the_board_is_refused_whole(rig):
    rig.sign.show_text("HELLO")
    with pytest.raises(LedSignContentError) as info:
        rig.sign.show_text("お知らせ" * 20)
    assert info.value.key == "led_sign.bad_content.too_long"
    assert rig.board.showing().pages[0].items == (Run("HELLO", Colour.AMBER),)


def test_clear_blanks_the_board(rig):
    rig.sign.show_text(NOTICE)
    rig.sign.clear()
    assert rig.board.showing() is None
    assert lit(rig.board.dots()) == 0


def test_health_is_available_when_the_board_acknowledges(rig):
    assert rig.sign.health() == Health(True)


def test_a_silent_board_is_reported_not_waited_on(rig):
    rig.sign.show_text("HELLO")
    rig.line.silent = True
    started = time.monotonic()
    with pytest.raises(LedSignNoAnswerError) as info:
        rig.sign.show_text("AGAIN")
    assert info.value.key == "led_sign.no_answer"
    assert rig.sign.health() == Health(False, "led_sign.no_answer")
    assert time.monotonic() - started < 30  # two timeouts of 2 s, with room for a loaded machine
    rig.line.silent = False
    rig.sign.show_text("BACK")
    assert rig.sign.health() == Health(True)


def test_noise_instead_of_an_answer_is_a_line_error(rig):
    rig.line.garbage = b"\x7f\xfe\x13"
    with pytest.raises(LedSignLineError) as info:
        rig.sign.show_text("HELLO")
    assert info.value.key == "led_sign.line_garbage"
    assert rig.sign.health() == Health(False, "led_sign.line_garbage")


def test_a_nak_names_the_reason(rig):
    rig.sign.show_text("HELLO")
    rig.board.refusing = 1 << 3
    with pytest.raises(LedSignRefusedError) as info:
        rig.sign.show_text("AGAIN")
    assert info.value.reason == "buffer_overflow"
    assert info.value.key == "led_sign.refused.buffer_overflow"
    rig.board.refusing = 0
    rig.sign.show_text("AGAIN")
    assert rig.board.showing().pages[0].items == (Run("AGAIN", Colour.AMBER),)


def test_a_board_that_restarted_is_laid_out_again(rig):
    rig.sign.show_text(NOTICE)
    rig.board.power_cycle()  # memory and the ACK setting are gone
    with pytest.raises(LedSignNoAnswerError):
        rig.sign.show_text(NOTICE)
    rig.sign.show_text(NOTICE)
    assert len(rig.board.pages()) == 3 and rig.board.acks
