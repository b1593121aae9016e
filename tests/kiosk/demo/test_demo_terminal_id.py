"""The demo's terminal shows a number as the sample city names its kiosks, not a demo label."""

from __future__ import annotations

from content.config import MachikadoConfig, TerminalConfig
from kiosk.demo.setup import DEMO_TERMINAL_ID, demo_devices


def test_a_default_id_becomes_the_sample_citys_kiosk_number(tmp_path):
    config = demo_devices(MachikadoConfig(), tmp_path)
    assert config.terminal.id == DEMO_TERMINAL_ID
    assert "demo" not in config.terminal.id


def test_a_chosen_id_is_kept(tmp_path):
    chosen = MachikadoConfig(terminal=TerminalConfig(id="tanashi-st-03"))
    assert demo_devices(chosen, tmp_path).terminal.id == "tanashi-st-03"
