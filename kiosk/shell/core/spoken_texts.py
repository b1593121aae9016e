"""Every text a set of catalogues can put on screen in one language, as speech would get it.

The screens speak what they show (title, instructions, focused control, alerts), so the
catalogues' finished translations are the texts the kiosk can speak; English speaks the
sources. Qt placeholders get a sample value of the kind the screen fills in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from kiosk.shell.core.messages import catalogue_files, read_ts

_PLACEHOLDER = re.compile(r"%L?(\d)|%n")


def _sample(source: str, index: int) -> str:
    lowered = source.lower()
    if "yen" in lowered:
        return "450"
    if "phone" in lowered or "tel" in lowered:
        return "03-1234-5678"
    if "terminal %1" in lowered and index == 1:
        return "kiosk-01"
    if "as of" in lowered:
        return "9:30"
    return str(index + 2)


def fill(text: str, source: str) -> str:
    """``text`` with its placeholders filled by sample values fitting its English ``source``."""
    return _PLACEHOLDER.sub(lambda m: _sample(source, int(m[1] or 1)), text)


def spoken_texts(folders: Iterable[Path], language: str) -> list[str]:
    """The distinct texts of the catalogues in ``folders`` in ``language``, placeholders filled."""
    texts: dict[str, None] = {}
    for folder in folders:
        if language == "en":
            paths = catalogue_files(folder, "en") or catalogue_files(folder, "ja")
            for path in paths:
                for (_context, source), _text in read_ts(path).items():
                    texts.setdefault(fill(source, source))
            continue
        for path in catalogue_files(folder, language):
            for (_context, source), text in read_ts(path).items():
                texts.setdefault(fill(text, source))
    return [text for text in texts if text.strip()]
