"""Every catalogue is complete in every language, and every message key a core emits is worded."""

from __future__ import annotations

import importlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import devices
from content.languages import LANGUAGE_CODES
from kiosk.service_list import UNFINISHED
from kiosk.services.certificates import messages as certificates
from kiosk.services.jobs import messages as jobs
from kiosk.services.notices import messages as notices
from kiosk.shell import messages as shell
from kiosk.shell.core.messages import Catalogue, Message, read_ts

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
QSTR = re.compile(r'qsTr\(\s*"((?:[^"\\]|\\.)*)"')
KEY = re.compile(
    r'"((?:card|issuance|gateway|payment|docprint|receipt|device|data|service)\.[a-z_.]+)"'
)


# Catalogues read by staff only, in fewer languages: the technician's menu (Japanese, English).
STAFF_CATALOGUES = {KIOSK / "technician" / "messages": ("ja", "en")}


def catalogue_folders() -> list[Path]:
    """The shell's messages/ folder and one per service: what residents read."""
    folders = sorted(KIOSK.glob("**/messages"))
    assert KIOSK / "shell" / "messages" in folders
    return [f for f in folders if f.is_dir() and f not in STAFF_CATALOGUES]


def service_folders() -> list[Path]:
    """The folders of the services the kiosk offers (not those still being built)."""
    return sorted(
        p
        for p in (KIOSK / "services").iterdir()
        if (p / "__init__.py").exists() and p.name not in UNFINISHED
    )


def test_every_service_has_its_own_catalogue():
    for service in service_folders():
        assert sorted((service / "messages").glob("*.ts")), f"{service.name} has no catalogue"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_catalogue_exists_and_is_finished(code):
    for folder in catalogue_folders():
        paths = sorted(folder.glob(f"*_{code}.ts"))
        assert len(paths) == 1, f"{folder}: no catalogue for {code}"
        root = ET.parse(paths[0]).getroot()
        unfinished = [
            m.findtext("source")
            for m in root.iter("message")
            if (t := m.find("translation")) is None
            or t.get("type") in ("unfinished", "obsolete", "vanished")
            or not (t.text or "").strip()
        ]
        assert not unfinished, f"{paths[0].name}: unfinished {unfinished}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_qml_string_is_in_its_own_catalogue(code):
    for folder in catalogue_folders():
        owner = folder.parent
        sources = {src for (_ctx, src) in read_ts(next(folder.glob(f"*_{code}.ts")))}
        for path in owner.rglob("*.qml"):
            found = {m.replace('\\"', '"') for m in QSTR.findall(path.read_text("utf-8"))}
            missing = found - sources
            assert not missing, f"run 'make update-translations': {path.name} lacks {missing}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_arguments_like_percent_1_survive_translation(code):
    for folder in catalogue_folders():
        for m in ET.parse(next(folder.glob(f"*_{code}.ts"))).getroot().iter("message"):
            source, text = m.findtext("source"), m.findtext("translation") or ""
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source


def test_catalogues_are_compiled():
    for folder in catalogue_folders():
        for ts in folder.glob("*.ts"):
            qm = ts.with_suffix(".qm")
            assert qm.exists(), f"{qm.name} missing: run 'make translations'"
            assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} older than its .ts"


def python_messages(module) -> list[Message]:
    """Every Message a messages module defines, in its tables and as constants."""
    found: list[Message] = []
    for value in vars(module).values():
        if isinstance(value, Message):
            found.append(value)
        elif isinstance(value, dict):
            found += [v for v in value.values() if isinstance(v, Message)]
        elif isinstance(value, type):
            found += [v for v in vars(value).values() if isinstance(v, Message)]
    return found


def wording_modules() -> list[ModuleType]:
    """The shell's messages module and every offered service's."""
    found = [shell]
    for folder in service_folders():
        found.append(importlib.import_module(f"kiosk.services.{folder.name}.messages"))
    assert {notices, certificates, jobs} <= set(found)
    return found


@pytest.mark.parametrize("module", wording_modules(), ids=lambda m: m.__name__)
def test_every_python_message_has_wording_in_all_seven_languages(module):
    words = Catalogue.load(catalogue_folders(), LANGUAGE_CODES)
    found = python_messages(module)
    assert found
    for message in found:
        missing = [code for code in LANGUAGE_CODES if not words.has(message, code)]
        assert not missing, f"{message} has no wording in {missing}"


def emitted_keys(*folders: Path) -> set[str]:
    """Message keys written as literals in the Python of ``folders``."""
    keys: set[str] = set()
    for folder in folders:
        for path in folder.rglob("*.py"):
            keys.update(KEY.findall(path.read_text("utf-8")))
    return keys


DEVICES = Path(devices.__file__).parent


def test_every_key_the_certificate_service_can_emit_is_worded():
    """Its core, its adapters, the blocks it stands on and the devices' own error keys."""
    keys = emitted_keys(
        KIOSK / "services" / "certificates",
        KIOSK / "blocks",
        DEVICES / "smartcard",
        DEVICES / "docprint",
        DEVICES / "receipt",
        DEVICES / "payment",
    )
    assert {"card.removed", "payment.timeout", "docprint.service_down"} <= keys
    generic = {certificates.PROBLEM_OTHER, shell.REASON_OTHER}
    unworded = sorted(
        k for k in keys if certificates.problem(k) in generic and k != "software_error"
    )
    assert not unworded, f"no wording for {unworded}"


def test_every_key_the_job_search_can_emit_is_worded():
    """Its flow's own keys, and the receipt printer's (worded as the shell words them)."""
    source = "".join(p.read_text("utf-8") for p in (KIOSK / "services" / "jobs").rglob("*.py"))
    keys = set(re.findall(r'"(jobs\.[a-z_]+)"', source))
    keys |= emitted_keys(KIOSK / "blocks" / "slips", DEVICES / "receipt")
    assert {"jobs.search_failed", "jobs.slip_full"} <= keys
    assert any(k.startswith("receipt.") for k in keys)
    generic = {jobs.PROBLEM_OTHER, shell.REASON_OTHER}
    unworded = sorted(k for k in keys if jobs.problem(k) in generic)
    assert not unworded, f"no wording for {unworded}"


def test_every_key_the_shell_can_emit_is_worded():
    keys = emitted_keys(KIOSK / "shell", DEVICES) - {"device.led_sign"}
    keys = {k for k in keys if k.startswith(("device.", "service.", "data.", "docprint."))}
    keys |= {f"device.{kind}.not_installed" for kind in ("card_reader", "payment")}
    keys |= {"data.notices.not_synced"}
    unworded = sorted(k for k in keys if shell.reason(k) is shell.REASON_OTHER)
    assert not unworded, f"no wording for {unworded}"


def test_every_gateway_refusal_reason_is_worded():
    """The codes the gateway's ``refusal`` gives for a certificate a resident cannot get here."""
    source = (Path(__file__).resolve().parents[2] / "gateway/issuance/documents.py").read_text()
    body = source[source.index("def refusal(") :].split("\ndef ", 1)[0]
    reasons = set(re.findall(r'IssuanceError\(\s*403,\s*"([a-z_0-9]+)"', body))
    assert "no_seal_registration" in reasons
    unworded = sorted(r for r in reasons if r not in certificates.UNAVAILABLE)
    assert not unworded, unworded


@pytest.mark.parametrize("folder", sorted(STAFF_CATALOGUES), ids=lambda f: f.parent.name)
def test_every_staff_catalogue_is_finished_in_its_languages(folder):
    from kiosk.technician import messages as technician

    codes = STAFF_CATALOGUES[folder]
    assert sorted(p.stem.split("_", 1)[1] for p in folder.glob("*.ts")) == sorted(codes)
    words = Catalogue.load([folder], codes)
    for message in python_messages(technician):
        missing = [code for code in codes if not words.has(message, code)]
        assert not missing, f"{message} has no wording in {missing}"
    for ts in folder.glob("*.ts"):
        for m in ET.parse(ts).getroot().iter("message"):
            source, text = m.findtext("source"), m.findtext("translation") or ""
            assert text.strip(), f"{ts.name}: unfinished {source}"
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        assert ts.with_suffix(".qm").exists(), f"{ts.stem}.qm missing: run 'make translations'"
