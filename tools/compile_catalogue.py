"""Compile one Qt Linguist catalogue to .qm with its translations typeset for phrase breaking.

``compile_catalogue.py shell_ja.ts shell_ja.qm``: the translations of a language that breaks
between phrases (Japanese, やさしい日本語, Chinese, Korean) are passed through
:func:`content.phrasing.typeset` first, so the compiled catalogue already carries the word
joiners and shown readings that the screens need. Typesetting at build time keeps Python out
of ``QTranslator::translate``, which Qt also calls from the QML loader's own thread.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree.ElementTree import ElementTree as Writer

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from content.phrasing import typeset  # noqa: E402


def language_of(path: Path) -> str:
    """The language code of ``<name>_<code>.ts``."""
    return path.stem.split("_", 1)[1]


def typeset_catalogue(source: Path, target: Path) -> None:
    """Write ``source`` to ``target`` with every translation typeset for its language."""
    code = language_of(source)
    root = ElementTree.parse(source).getroot()
    if root is None:
        raise SystemExit(f"{source}: not a catalogue")
    for translation in root.iter("translation"):
        forms = list(translation.iter("numerusform")) or [translation]
        for form in forms:
            if form.text:
                form.text = typeset(form.text, code)
    Writer(root).write(target, encoding="utf-8", xml_declaration=True)


def main(argv: list[str]) -> int:
    """Compile ``argv[0]`` (.ts) into ``argv[1]`` (.qm); lrelease's exit code."""
    source, qm = Path(argv[0]), Path(argv[1])
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    with tempfile.TemporaryDirectory(prefix="machikado-ts-") as folder:
        typeset_ts = Path(folder) / source.name
        typeset_catalogue(source, typeset_ts)
        command = [str(lrelease), "-silent", str(typeset_ts), "-qm", str(qm)]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
