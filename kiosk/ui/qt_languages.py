"""Live language switching: Qt Linguist translations, fonts and keyboard locale per language."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtQml import QQmlEngine

from content.languages import language
from kiosk.ui.qt_session import QtSession
from kiosk.ui.row_model import RowListModel


def translations_dir() -> Path:
    """Folder holding the compiled ``kiosk_<code>.qm`` files."""
    return Path(str(resources.files("content") / "translations"))


class MissingTranslationError(RuntimeError):
    """A configured language has no compiled translation."""


class QtLanguages(RowListModel):
    """The configured languages (code, native name…) and the translator for the current one."""

    changed = Signal()

    def __init__(
        self,
        session: QtSession,
        engine: QQmlEngine,
        *,
        folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            {
                "nativeName": lambda lang: lang.native_name,
                "code": lambda lang: lang.code,
                "fontFamily": lambda lang: lang.font_family,
                "touchPrompt": lambda lang: lang.touch_prompt,
            },
            parent,
        )
        self._session = session
        self._engine = engine
        languages = [language(c) for c in session.core.languages]
        self.set_rows(languages)
        self._translators: dict[str, QTranslator] = {}
        folder = folder or translations_dir()
        for lang in languages:
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
