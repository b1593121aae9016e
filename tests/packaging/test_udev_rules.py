"""The udev rules read by udev(7)'s grammar, and what they give each kind of device.

(``udevadm verify`` comes with systemd 253 and Debian 12 has 252, whose ``udevadm test`` needs
a real device; so the rules are parsed and followed here, the site's example rules included.)
"""

from __future__ import annotations

import re
from pathlib import Path

RULES = Path(__file__).resolve().parents[2] / "packaging" / "udev"
# udev(7)'s keys this project's rules may use: matches (== !=) and assignments (= += :=).
MATCH = {"ACTION", "SUBSYSTEM", "KERNEL", "ATTRS", "ENV"}
ASSIGN = {"SYMLINK", "GROUP", "MODE", "TAG", "ENV", "GOTO", "LABEL"}
TOKEN = re.compile(r'\s*([A-Z]+)(?:\{([^}]+)\})?(==|!=|\+=|:=|=)"([^"]*)"\s*(?:,|$)')
Rule = list[tuple[str, str, str, str]]


def parse(text: str) -> list[Rule]:
    """Each rule (continuations joined) as (key, attribute, operator, value) tokens."""
    parsed = []
    for line in re.sub(r"\\\n", " ", text).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rule, at = [], 0
        while at < len(line):
            found = TOKEN.match(line, at)
            assert found, f"cannot read {line[at:]!r}"
            key, attr, op, value = found.groups()
            rule.append((key, attr or "", op, value))
            at = found.end()
        parsed.append(rule)
    return parsed


def shipped() -> list[Rule]:
    return parse((RULES / "70-machikado.rules").read_text(encoding="utf-8"))


def local_examples() -> list[Rule]:
    text = (RULES / "69-machikado-local.rules").read_text(encoding="utf-8")
    return parse("\n".join(line[1:] for line in text.splitlines() if line.startswith("#SUB")))


def _matches(value: str, have: str) -> bool:
    def glob(alt: str) -> str:
        return "".join(
            ".*" if c == "*" else "[0-9]" if c == "#" else re.escape(c)
            for c in alt.replace("[0-9]", "#")
        )

    return any(re.fullmatch(glob(alt), have) for alt in value.split("|"))


def apply(rules: list[Rule], device: dict[str, str]) -> dict[str, list[str]]:
    """What ``rules`` give a device (its properties, parents' ATTRS flattened into it)."""
    props = dict(device)
    given: dict[str, list[str]] = {"SYMLINK": [], "GROUP": [], "MODE": [], "TAG": []}
    skip_to = None
    for rule in rules:
        if skip_to is not None:
            if ("LABEL", "", "=", skip_to) in rule:
                skip_to = None
            continue
        hit = all(
            _matches(value, props.get(f"{key}{{{attr}}}" if attr else key, "")) == (op == "==")
            for key, attr, op, value in rule
            if op in ("==", "!=")
        )
        if not hit:
            continue
        for key, attr, op, value in rule:
            if key == "ENV" and op == "=":
                props[f"ENV{{{attr}}}"] = value
            elif key == "GOTO":
                skip_to = value
            elif key in given and op in ("=", "+="):
                given[key].append(value)
    return given


def test_every_key_and_operator_is_one_udev_knows():
    for rule in shipped() + local_examples():
        for key, _, op, _ in rule:
            assert key in (MATCH if op in ("==", "!=") else ASSIGN), rule
    labels = {v for rule in shipped() for k, _, _, v in rule if k == "LABEL"}
    gotos = {v for rule in shipped() for k, _, _, v in rule if k == "GOTO"}
    assert gotos and gotos <= labels


FTDI_LED = {
    "ACTION": "add",
    "SUBSYSTEM": "tty",
    "KERNEL": "ttyUSB0",
    "ATTRS{idVendor}": "0403",
    "ATTRS{idProduct}": "6001",
    "ATTRS{serial}": "A10ABCDE",
}
CH340_RECEIPT = {
    "ACTION": "add",
    "SUBSYSTEM": "tty",
    "KERNEL": "ttyUSB1",
    "ATTRS{idVendor}": "1a86",
    "ATTRS{idProduct}": "7523",
    "ENV{ID_PATH}": "pci-0000:00:14.0-usb-0:2:1.0",
}
EPSON_USBLP = {
    "ACTION": "add",
    "SUBSYSTEM": "usbmisc",
    "KERNEL": "lp0",
    "ATTRS{idVendor}": "04b8",
    "ATTRS{idProduct}": "0e28",
}


def test_a_named_adapter_gets_its_link_and_the_dialout_group():
    given = apply(local_examples() + shipped(), FTDI_LED)
    assert given["SYMLINK"] == ["machikado/ledsign"]
    assert given["GROUP"] == ["dialout"] and given["MODE"] == ["0660"]
    assert given["TAG"] == ["systemd"]
    given = apply(local_examples() + shipped(), CH340_RECEIPT)
    assert given["SYMLINK"] == ["machikado/receipt"] and given["GROUP"] == ["dialout"]


def test_an_adapter_on_another_port_or_with_another_serial_gets_nothing():
    other_port = dict(CH340_RECEIPT, **{"ENV{ID_PATH}": "pci-0000:00:14.0-usb-0:3:1.0"})
    other_serial = dict(FTDI_LED, **{"ATTRS{serial}": "FT0THER1"})
    for device in (other_port, other_serial):
        assert apply(local_examples() + shipped(), device)["SYMLINK"] == []


def test_a_usb_receipt_printer_gets_its_link_and_the_lp_group():
    given = apply(shipped(), EPSON_USBLP)
    assert given["SYMLINK"] == ["machikado/usb-receipt"] and given["GROUP"] == ["lp"]
    office = dict(EPSON_USBLP, **{"ATTRS{idVendor}": "04f9"})
    assert apply(shipped(), office)["SYMLINK"] == []


def test_nothing_is_done_on_removal():
    removed = dict(EPSON_USBLP, ACTION="remove")
    assert apply(shipped(), removed) == {"SYMLINK": [], "GROUP": [], "MODE": [], "TAG": []}
