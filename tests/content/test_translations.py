"""Every UI string is translated, for every language, and the sources match the QML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from content.languages import LANGUAGE_CODES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "content" / "translations"
QML = ROOT / "kiosk" / "ui" / "qml"
QSTR = re.compile(r'qsTr\(\s*"((?:[^"\\]|\\.)*)"')


def messages(code: str) -> list[ET.Element]:
    return list(ET.parse(TRANSLATIONS / f"kiosk_{code}.ts").getroot().iter("message"))


def qml_strings() -> set[str]:
    found = set()
    for path in QML.rglob("*.qml"):
        found.update(m.replace('\\"', '"') for m in QSTR.findall(path.read_text("utf-8")))
    return found


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_message_is_finished(code):
    unfinished = [
        m.findtext("source")
        for m in messages(code)
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "obsolete", "vanished")
        or not (t.text or "").strip()
    ]
    assert not unfinished, f"kiosk_{code}.ts: unfinished {unfinished}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_qml_string_is_in_the_translation_file(code):
    sources = {m.findtext("source") for m in messages(code)}
    missing = qml_strings() - sources
    assert not missing, f"run 'make update-translations': kiosk_{code}.ts lacks {missing}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_arguments_like_percent_1_survive_translation(code):
    for m in messages(code):
        source, text = m.findtext("source"), m.findtext("translation") or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source


def test_translations_are_compiled():
    for code in LANGUAGE_CODES:
        ts = TRANSLATIONS / f"kiosk_{code}.ts"
        qm = TRANSLATIONS / f"kiosk_{code}.qm"
        assert qm.exists(), f"{qm.name} missing: run 'make translations'"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} older than its .ts"
