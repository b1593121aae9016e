"""Live language switching: Qt Linguist translations, fonts and keyboard locale per language."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtQml import QQmlEngine

from content.languages import language
from content.phrasing import typeset
from kiosk.shell import messages
from kiosk.shell.core.messages import Catalogue, Message
from kiosk.shell.ui.qt_session import QtSession
from kiosk.shell.ui.row_model import RowListModel


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
        folders: Iterable[Path],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            {
                "nativeName": lambda lang: lang.native_name,
                "code": lambda lang: lang.code,
                "fontFamily": lambda lang: lang.font_family,
                "touchPrompt": lambda lang: typeset(
                    self._words.text(messages.TOUCH_PROMPT, lang.code), lang.code
                ),
                "outOfService": lambda lang: self._word(messages.OUT_OF_SERVICE, lang.code),
                "outOfServiceSorry": lambda lang: self._word(
                    messages.OUT_OF_SERVICE_SORRY, lang.code
                ),
                "outOfServiceContact": lambda lang: self._word(
                    messages.OUT_OF_SERVICE_CONTACT, lang.code
                ),
                "phone": lambda lang: self._word(messages.PHONE, lang.code),
            },
            parent,
        )
        self._session = session
        self._engine = engine
        languages = [language(c) for c in session.core.languages]
        folders = list(folders)
        # The attract loop shows each language's prompt at once: read it from the catalogues.
        self._words = Catalogue.load(folders, session.core.languages)
        self.set_rows(languages)
        self._translators: dict[str, list[QTranslator]] = {}
        for lang in languages:
            self._translators[lang.code] = [self._load(f, lang.code) for f in folders]
        self._installed: list[QTranslator] = []
        self._apply()
        session.languageChanged.connect(self._apply)

    def _word(self, message: Message, code: str) -> str:
        """``message`` in the language ``code``, whatever the session's language is."""
        return typeset(self._words.text(message, code), code)

    def _load(self, folder: Path, code: str) -> QTranslator:
        """The compiled catalogue ``<name>_<code>.qm`` of one folder."""
        found = sorted(folder.glob(f"*_{code}.qm"))
        translator = QTranslator(self)
        if len(found) != 1 or not translator.load(str(found[0])):
            raise MissingTranslationError(f"no compiled catalogue *_{code}.qm in {folder}")
        return translator

    def uninstall(self) -> None:
        """Take this kiosk's catalogues out of the application (when the kiosk closes)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []

    def _apply(self) -> None:
        self.uninstall()
        app = QCoreApplication.instance()
        self._installed = self._translators[self._session.language]
        for translator in self._installed:
            app.installTranslator(translator)
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
