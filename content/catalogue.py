"""Messages and their Qt Linguist catalogues, read without Qt.

Screens translate with ``qsTr`` and the ``.qm`` files compiled from a ``.ts`` catalogue; Python
code that must word something itself (a printed slip, a problem key, an alert's fixed parts)
names a :class:`Message` with :func:`translate`, which ``lupdate`` extracts into the catalogue of
its folder. A translator comment goes on the line before, as ``#: …``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException, ElementTree

from content.phrasing import show_readings


@dataclass(frozen=True)
class Message:
    """A text to translate: its catalogue context and its English source."""

    context: str
    source: str


def translate(context: str, source: str) -> Message:
    """Mark ``source`` for translation in ``context`` (lupdate extracts every call)."""
    return Message(context, source)


def worded(
    key: str, table: Mapping[str, Message], families: Mapping[str, Message]
) -> Message | None:
    """The wording of ``key`` in ``table``, or of its family (by prefix); None if neither."""
    if key in table:
        return table[key]
    for prefix, message in families.items():
        if key.startswith(prefix):
            return message
    return None


class CatalogueError(ValueError):
    """A catalogue file could not be read."""


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of one ``.ts`` file, by (context, source)."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError, DefusedXmlException) as err:
        raise CatalogueError(f"{path.name}: {err}") from err
    if root is None or root.tag != "TS":
        raise CatalogueError(f"{path.name}: not a Qt Linguist catalogue")
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                found[(name, source)] = translation.text
    return found


def catalogue_files(folder: Path, language: str) -> list[Path]:
    """The ``<name>_<language>.ts`` catalogues in ``folder``."""
    return sorted(folder.glob(f"*_{language}.ts"))


class Catalogue:
    """Translations of the messages of one or more catalogue folders, in every language."""

    def __init__(self, tables: Mapping[str, Mapping[tuple[str, str], str]]) -> None:
        self._tables = {language: dict(table) for language, table in tables.items()}

    @classmethod
    def load(cls, folders: Iterable[Path], languages: Iterable[str]) -> Catalogue:
        """Read every catalogue of ``languages`` in ``folders``."""
        folders = list(folders)
        tables: dict[str, dict[tuple[str, str], str]] = {}
        for language in languages:
            table = tables.setdefault(language, {})
            for folder in folders:
                for path in catalogue_files(folder, language):
                    table.update(read_ts(path))
        return cls(tables)

    def has(self, message: Message, language: str) -> bool:
        """True when ``message`` has a finished translation in ``language``."""
        return (message.context, message.source) in self._tables.get(language, {})

    def text(self, message: Message, language: str) -> str:
        """``message`` in ``language``, readings shown; its English source when it has none."""
        return show_readings(self.marked(message, language))

    def marked(self, message: Message, language: str) -> str:
        """``message`` in ``language`` as written, readings still marked ``{漢字|かんじ}``, to
        compose with other texts before :func:`content.phrasing.show_readings`."""
        table = self._tables.get(language, {})
        return table.get((message.context, message.source), message.source)
