"""Live language switching: Qt Linguist translations, fonts and keyboard locale per language."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtQml import QQmlEngine

from content.languages import Language, language
from kiosk.ui.qt_notices import _Index
from kiosk.ui.qt_session import QtSession

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """Folder holding the compiled ``kiosk_<code>.qm`` files."""
    return Path(str(resources.files("content") / "translations"))


class MissingTranslationError(RuntimeError):
    """A configured language has no compiled translation."""


class QtLanguages(QAbstractListModel):
    """The configured languages (code, native name) and the translator for the current one."""

    CodeRole = Qt.ItemDataRole.UserRole + 1
    NameRole = Qt.ItemDataRole.UserRole + 2
    FontRole = Qt.ItemDataRole.UserRole + 3
    PromptRole = Qt.ItemDataRole.UserRole + 4
    changed = Signal()

    def __init__(
        self,
        session: QtSession,
        engine: QQmlEngine,
        *,
        folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._engine = engine
        self._languages: list[Language] = [language(c) for c in session.core.languages]
        self._translators: dict[str, QTranslator] = {}
        folder = folder or translations_dir()
        for lang in self._languages:
            translator = QTranslator(self)
            if not translator.load(f"kiosk_{lang.code}.qm", str(folder)):
                raise MissingTranslationError(
                    f"no compiled translation kiosk_{lang.code}.qm in {folder}"
                )
            self._translators[lang.code] = translator
        self._installed: QTranslator | None = None
        self._apply()
        session.languageChanged.connect(self._apply)

    def _apply(self) -> None:
        app = QCoreApplication.instance()
        if self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = self._translators[self._session.language]
        app.installTranslator(self._installed)
        self._engine.retranslate()
        self.changed.emit()

    @Property(str, notify=changed)
    def keyboardLocale(self) -> str:
        """Locale for the on-screen keyboard's layout and input method."""
        return language(self._session.language).keyboard_locale

    @Property(str, notify=changed)
    def speechLocale(self) -> str:
        """Locale for the speech engine's voice."""
        return language(self._session.language).speech_locale

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of languages offered."""
        return 0 if parent.isValid() else len(self._languages)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML delegates."""
        return {
            self.CodeRole: QByteArray(b"code"),
            self.NameRole: QByteArray(b"nativeName"),
            self.FontRole: QByteArray(b"fontFamily"),
            self.PromptRole: QByteArray(b"touchPrompt"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A language's code, native name, font or 'touch to start' prompt."""
        if not index.isValid() or not 0 <= index.row() < len(self._languages):
            return None
        lang = self._languages[index.row()]
        return {
            self.CodeRole: lang.code,
            self.NameRole: lang.native_name,
            Qt.ItemDataRole.DisplayRole: lang.native_name,
            self.FontRole: lang.font_family,
            self.PromptRole: lang.touch_prompt,
        }.get(role)
