"""Frames byte for byte against the Alpha protocol facts, and the decoder on the same bytes."""

import pytest

from devices.ledsign.codec import (
    Colour,
    Command,
    MemoryEntry,
    Mode,
    Picture,
    Position,
    Speed,
    call_picture,
    checksum,
    configure_memory,
    encode_packet,
    run_sequence,
    set_time,
    text_page,
    write_picture,
    write_string,
    write_text,
)
from devices.ledsign.decoder import (
    Block,
    FrameDecoder,
    LineProblem,
    Packet,
    PictureCall,
    Run,
    parse_picture,
    parse_text,
)
from devices.ledsign.errors import LedSignContentError

HEADER = b"\x00" * 5 + b"\x01Z00"


def test_the_minimal_hold_packet_of_the_protocol():
    # NUL×5 SOH 'Z' '0' '0' STX 'A' 'A' ESC ' ' 'b' <text> EOT: no ETX, no checksum
    frame = encode_packet(
        [write_text("A", [text_page("HELLO", mode=Mode.HOLD, position=Position.MIDDLE)])],
        with_checksum=False,
    )
    assert frame.data == HEADER + b"\x02AA\x1b bHELLO\x04"
    assert frame.parts == (frame.data,)


def test_checksum_is_the_sum_from_stx_through_etx_in_four_upper_hex_digits():
    block = b"\x02AA\x1b aHELLO\x03"
    assert sum(block) == 0x297
    assert checksum(block) == b"0297"
    assert checksum(b"\x02" + b"\xff" * 300 + b"\x03") == b"%04X" % ((2 + 255 * 300 + 3) & 0xFFFF)
    frame = encode_packet(
        [write_text("A", [text_page("HELLO", mode=Mode.ROTATE, position=Position.MIDDLE)])]
    )
    assert frame.data == HEADER + b"\x02AA\x1b aHELLO\x030297\x04"


def test_colour_speed_and_special_modes_are_control_codes_in_the_text():
    page = text_page(
        "ABC", mode=Mode.SNOW, position=Position.TOP, colour=Colour.RED, speed=Speed.S3
    )
    assert page == b'\x1b"n2\x1c1\x17ABC'
    assert text_page("X", mode=Mode.WIPE_LEFT, colour=Colour.RAINBOW_2) == b"\x1b0k\x1cAX"
    assert text_page("X", mode=Mode.CHERRY_BOMB) == b"\x1b0nZX"


def test_a_nested_packet_has_one_header_and_one_eot_with_a_pause_after_each_stx():
    frame = encode_packet([set_time(9, 5), write_string("1", "10:42")])
    first, second = b"\x02E 0905\x03", b"\x02G110:42\x03"
    assert frame.data == HEADER + first + checksum(first) + second + checksum(second) + b"\x04"
    assert frame.parts == (
        HEADER + b"\x02",
        b"E 0905\x03" + checksum(first) + b"\x02",
        b"G110:42\x03" + checksum(second) + b"\x04",
    )
    assert frame.pauses == 2
    assert frame.wire_time(9600) == pytest.approx(len(frame.data) * 10 / 9600 + 0.2)


def test_small_dots_picture_has_its_size_a_pause_then_rows_ending_in_cr():
    picture = Picture(("0120", "3008"), label="P")
    frame = encode_packet([write_picture(picture)])
    block = b"\x02IP0204" + b"0120\r3008\r\x03"
    assert frame.data == HEADER + block + checksum(block) + b"\x04"
    assert frame.parts == (HEADER + b"\x02IP0204", b"0120\r3008\r\x03" + checksum(block) + b"\x04")
    assert call_picture(picture) == b"\x14P"


def test_pictures_taller_than_31_rows_go_as_large_dots():
    picture = Picture(("1" * 192,) * 32, label="P")
    command = write_picture(picture)
    assert command.code == b"M"
    assert command.data.startswith(b"PPPPPPPPP" + b"0020" + b"00C0" + b"1" * 192 + b"\r")
    assert call_picture(picture) == b"\x1fLPPPPPPPPP0000"
    assert parse_picture("M", command.data) == picture


def test_memory_layout_and_run_sequence():
    command = configure_memory(
        [
            MemoryEntry("A", "A", size=1024),
            MemoryEntry("1", "B", size=32),
            MemoryEntry("P", "D", dots=(16, 96)),
        ]
    )
    assert command == Command(b"E", b"$AAU0400FF001BL00200000PDU10602000")
    assert configure_memory([]).data == b"$"
    assert run_sequence("AB").data == b".SUAB"
    assert run_sequence("A", obey_times=True, locked=True).data == b".TLA"


@pytest.mark.parametrize(
    "call",
    [
        lambda: text_page("駅"),
        lambda: write_text("ab"),
        lambda: write_string("0", "x"),
        lambda: write_string("1", "x" * 126),
        lambda: Picture(("12", "1")),
        lambda: Picture(("19",)),
        lambda: encode_packet([]),
    ],
)
def test_what_a_board_cannot_take_is_refused(call):
    with pytest.raises(LedSignContentError):
        call()


def frames_for_decoding():
    return encode_packet(
        [
            write_picture(Picture(("010", "333"), label="Q")),
            write_text(
                "A",
                [
                    text_page("GO", mode=Mode.ROLL_UP, colour=Colour.GREEN, speed=Speed.S5),
                    text_page(call_picture(Picture(("1",), label="Q")), mode=Mode.HOLD),
                ],
            ),
        ]
    ).data


def test_decoder_takes_the_stream_in_any_pieces():
    data = frames_for_decoding()
    whole = FrameDecoder().feed(data)
    decoder = FrameDecoder()
    pieces = [item for byte in data for item in decoder.feed(bytes([byte]))]
    assert pieces == whole
    (packet,) = whole
    assert packet.type_code == "Z" and packet.address == "00" and packet.checksums_ok
    assert [block.code for block in packet.blocks] == ["I", "A"]
    assert parse_picture("I", packet.blocks[0].data) == Picture(("010", "333"), label="Q")
    text = parse_text(packet.blocks[1].data)
    assert text.label == "A"
    assert [(page.mode, page.speed, page.items) for page in text.pages] == [
        (Mode.ROLL_UP, Speed.S5, (Run("GO", Colour.GREEN),)),
        (Mode.HOLD, None, (PictureCall("Q"),)),
    ]


def test_decoder_counts_garbage_and_keeps_going():
    decoder = FrameDecoder()
    out = decoder.feed(b"\xff\x13noise" + frames_for_decoding())
    assert decoder.garbage == 7
    assert [type(item) for item in out] == [Packet]


def test_a_wrong_checksum_is_flagged():
    data = bytearray(encode_packet([write_text("A", [text_page("HI")])]).data)
    data[-2] = ord("0") if data[-2] != ord("0") else ord("1")
    (packet,) = FrameDecoder().feed(bytes(data))
    assert not packet.checksums_ok


def test_a_cut_packet_is_dropped_when_the_next_one_starts():
    good = encode_packet([write_text("A", [text_page("HI")])]).data
    out = FrameDecoder().feed(good[:14] + good)
    assert isinstance(out[0], LineProblem) and out[0].kind == "truncated"
    assert isinstance(out[1], Packet)


def test_more_than_a_second_without_a_character_ends_a_packet():
    good = encode_packet([write_text("A", [text_page("HI")])]).data
    decoder = FrameDecoder()
    assert decoder.feed(good[:12], now=10.0) == []
    assert decoder.feed(good[12:], now=11.5) == [LineProblem("gap", 6)]
    (packet,) = decoder.feed(good, now=11.6)
    assert packet.blocks == (Block("A", b"A\x1b0bHI", True),)


def test_a_packet_without_checksums_decodes():
    frame = encode_packet([write_text("A", [text_page("HI")])], with_checksum=False)
    (packet,) = FrameDecoder().feed(frame.data)
    assert packet.blocks == (Block("A", b"A\x1b0bHI", None),)


def test_a_picture_whose_rows_do_not_match_its_size_is_not_taken():
    with pytest.raises(ValueError):
        parse_picture("I", b"P0204010\r333\r")
