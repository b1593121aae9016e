"""The card emulator itself: real status words, persistent counters, files, transports, CLI."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

from devices.errors import DeviceConfigError
from devices.registry import open_device
from devices.smartcard import apdu
from devices.smartcard.emulator.cli import main
from devices.smartcard.emulator.factory import CardFileError, CardRecord
from devices.smartcard.emulator.inprocess import EmulatedCardReader
from devices.smartcard.emulator.vpcd import VpcdCard, VpcdError
from devices.smartcard.errors import WrongPinError
from devices.smartcard.pcsc import PcscCardReader
from devices.smartcard.pin import Pin
from devices.smartcard.session import MyNumberCard

from .conftest import PIN, VPCD_PREFIX, wait_for


def sw(card, hexstr: str) -> int:
    return apdu.split_response(card.process(bytes.fromhex(hexstr.replace(" ", "")))).sw


def test_status_words_match_the_real_card(records):
    card = records["my_number"].build()
    assert sw(card, "00 B0 00 00 04") == 0x6986  # nothing selected
    assert sw(card, "00 A4 04 0C 05 A000000001") == 0x6A82
    assert sw(card, "00 A4 04 0C 0A D392F000260100000001") == 0x9000
    assert sw(card, "00 A4 02 0C 02 0099") == 0x6A82
    assert sw(card, "00 CA 00 00 00") == 0x6D00
    assert sw(card, "A0 A4 00 00 02 3F00") == 0x6E00
    assert sw(card, "01 A4 04 0C 0A D392F000260100000001") == 0x6881
    assert sw(card, "00 A4 02 0C 02 000A") == 0x9000
    assert sw(card, "00 B0 7F 00 04") == 0x6B00  # past the end
    assert sw(card, "00 A4 02 0C 02 0001") == 0x9000
    assert sw(card, "00 B0 00 00 04") == 0x6982  # signature cert needs its password
    assert sw(card, "00 A4 02 0C 02 0017") == 0x9000
    assert sw(card, "80 2A 00 80 01 00 00") == 0x6982
    assert sw(card, "00 A4 02 0C 02 0018") == 0x9000
    assert sw(card, "00 20 00 80") == 0x63C3
    assert sw(card, "00 20 00 80 04 30303030") == 0x63C2
    assert sw(card, "00 20 00 80 04 30303030") == 0x63C1
    assert sw(card, "00 20 00 80 04 30303030") == 0x63C0  # the blocking attempt
    assert sw(card, "00 20 00 80 04 " + PIN.encode().hex()) == 0x6984  # blocked afterwards
    assert sw(card, "00 20 00 80") == 0x63C0


def test_pin_counters_survive_power_cycles_and_files(records, tmp_path):
    record = records["my_number"]
    card = record.build()
    reader = EmulatedCardReader()
    reader.insert(card)
    with reader.transaction() as channel, pytest.raises(WrongPinError):
        MyNumberCard(channel).verify_auth_pin(Pin("0000"))
    assert record.pins["auth"].tries_left == 2
    card.power_off()
    path = tmp_path / "card.json"
    record.save(path)
    again = CardRecord.load(path).build()
    assert sw(again, "00 A4 04 0C 0A D392F000260100000001") == 0x9000
    assert sw(again, "00 A4 02 0C 02 0018") == 0x9000
    assert sw(again, "00 20 00 80") == 0x63C2
    assert sw(again, "00 20 00 80 04 " + PIN.encode().hex()) == 0x9000
    assert sw(again, "00 20 00 80") == 0x63C3


def test_sign_input_limits_and_support_ap_protection(records):
    card = records["my_number"].build()
    for command in ("00A4040C0AD392F000260100000001", "00A4020C020018"):
        assert sw(card, command) == 0x9000
    assert sw(card, "0020008004" + PIN.encode().hex()) == 0x9000
    assert sw(card, "00A4020C020017") == 0x9000
    too_long = "802A0080F6" + "00" * 246 + "00"
    assert sw(card, too_long) == 0x6700
    assert sw(card, "00A4040C0AD3921000310001010408") == 0x9000
    assert sw(card, "00A4020C020002") == 0x9000
    assert sw(card, "00B0000000") == 0x6982


def test_a_missing_vpcd_is_a_clear_error(records):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(VpcdError, match="pcscd"):
        VpcdCard(records["my_number"].build(), port=port).insert()


def test_slow_answers_still_work(harness, records):
    card = records["my_number"].build()
    card.script.delay_s = 0.05
    harness.insert(card)
    with harness.reader.transaction() as channel:
        MyNumberCard(channel).identify()


def test_registry_opens_both_readers():
    reader = open_device("card_reader", "pcsc://?reader=Virtual%20PCD&reads=short")
    assert isinstance(reader, PcscCardReader) and reader.reader_prefix == VPCD_PREFIX
    emulated = open_device("card_reader", "emulated://?slots=2")
    assert isinstance(emulated, EmulatedCardReader) and len(emulated.readers()) == 2
    for bad in ("pcsc://?reads=fast", "pcsc://?colour=red", "emulated://?slots=x"):
        with pytest.raises(DeviceConfigError):
            open_device("card_reader", bad)


def test_cli_makes_cards_and_refuses_bad_input(tmp_path, capsys):
    assert main(["create-ca", str(tmp_path / "ca")]) == 0
    assert main(["create-ca", str(tmp_path / "ca")]) == 1
    card = tmp_path / "hanako.json"
    base = ["create-card", str(card), "--ca", str(tmp_path / "ca"), "--name", "試験 花子"]
    base += ["--address", "まちかど市1", "--birth-date", "19900101", "--sex", "2"]
    assert main([*base, "--pin", "12a4"]) == 1
    assert main([*base, "--pin", PIN, "--blocked"]) == 0
    capsys.readouterr()
    assert main(["show", str(card)]) == 0
    shown = capsys.readouterr().out
    assert "PIN auth: 0 of 3 tries left" in shown
    assert PIN not in shown and "試験" not in shown.replace("label: 試験 花子", "")
    (tmp_path / "broken.json").write_text("{}")
    assert main(["show", str(tmp_path / "broken.json")]) == 1
    assert main(["remove", str(card)]) == 1
    with pytest.raises(CardFileError):
        CardRecord.from_json('{"format": "something else"}')


def test_cli_demo_set_and_insert_remove_through_pcscd(pcscd, tmp_path):
    assert main(["demo-set", str(tmp_path), "--pin", PIN]) == 0
    card = tmp_path / "suzuki.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "devices.smartcard.emulator", "insert", str(card), "--slot", "1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    reader = PcscCardReader(VPCD_PREFIX)
    try:
        assert "inserted" in process.stdout.readline()
        name = reader.readers()[1]
        wait_for(lambda: reader.card_present(name), "the CLI's card")
        with reader.transaction(name) as channel:
            session = MyNumberCard(channel)
            session.identify()
            with pytest.raises(WrongPinError):
                session.verify_auth_pin(Pin("0000"))
        assert main(["remove", str(card)]) == 0
        assert process.wait(timeout=10) == 0
        wait_for(lambda: not reader.card_present(name), "the card to leave")
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)
        process.stdout.close()
        reader.close()
    assert CardRecord.load(card).pins["auth"].tries_left == 2
    time.sleep(1.0)


def test_emulated_url_can_hold_card_files(records, tmp_path):
    path = tmp_path / "card.json"
    records["my_number"].save(path)
    reader = open_device("card_reader", f"emulated://?card={path}")
    assert reader.card_present()
    with reader.transaction() as channel:
        assert MyNumberCard(channel).read_auth_certificate() == records["my_number"].auth_cert
    with pytest.raises(DeviceConfigError, match="card 1"):
        open_device("card_reader", f"emulated://?card={tmp_path / 'missing.json'}")
    with pytest.raises(DeviceConfigError):
        open_device("card_reader", f"emulated://?slots=1&card={path}&card={path}")
