"""The pcscd polkit rule, run by a JavaScript engine as polkitd runs it (polkit.addRule)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

RULE = Path(__file__).resolve().parents[2] / "packaging" / "polkit" / "60-machikado-pcsc.rules"
# polkitd's side of the contract: addRule keeps the function, Result holds the answers.
HARNESS = """
const rules = [];
const polkit = { addRule: (f) => rules.push(f), Result: { YES: "yes", NO: "no" } };
%s
const asks = %s;
console.log(JSON.stringify(asks.map(([action, user]) => {
    for (const rule of rules) {
        const answer = rule({ id: action, lookup: () => "" }, { user: user });
        if (answer !== undefined && answer !== null) return answer;
    }
    return null;
})));
"""


def answers(asks: list[tuple[str, str]]) -> list[str | None]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is missing: no JavaScript engine to run the polkit rule")
    script = HARNESS % (RULE.read_text(encoding="utf-8"), json.dumps(asks))
    done = subprocess.run(
        [node, "-e", script], capture_output=True, text=True, timeout=30, check=True
    )
    return json.loads(done.stdout)


def test_the_terminal_user_may_use_pcscd_and_its_cards():
    assert answers(
        [
            ("org.debian.pcsc-lite.access_pcsc", "machikado"),
            ("org.debian.pcsc-lite.access_card", "machikado"),
        ]
    ) == ["yes", "yes"]


def test_nobody_else_and_nothing_else_is_granted():
    assert answers(
        [
            ("org.debian.pcsc-lite.access_pcsc", "guest"),
            ("org.debian.pcsc-lite.access_card", "root"),
            ("org.freedesktop.login1.reboot", "machikado"),
        ]
    ) == [None, None, None]
