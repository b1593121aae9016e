"""The QML engine as both apps build it: import folders, image providers, warnings kept."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6.QtGui import QWindow
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)


def collect_warnings(engine: QQmlApplicationEngine) -> list[str]:
    """A list that fills with the engine's QML warnings, each also logged."""
    warnings: list[str] = []

    def on_warnings(messages: list[QQmlError]) -> None:
        for message in messages:
            warnings.append(message.toString())
            log.warning("QML: %s", message.toString())

    engine.warnings.connect(on_warnings)
    return warnings


def build_engine(
    import_dirs: Iterable[Path], images: Mapping[str, Callable[[], QQuickImageProvider]]
) -> tuple[QQmlApplicationEngine, list[str]]:
    """A new engine with ``import_dirs`` and an image provider per name; and its warnings.

    ``images`` make the providers (each engine owns its own, as Qt deletes them with it).
    """
    engine = QQmlApplicationEngine()
    warnings = collect_warnings(engine)
    for name, make in images.items():
        engine.addImageProvider(name, make())
    for folder in import_dirs:
        engine.addImportPath(str(folder))
    return engine, warnings


def load_window(
    engine: QQmlApplicationEngine, module: str, name: str, warnings: list[str]
) -> QWindow:
    """Load ``module``'s ``name`` and return its window; RuntimeError naming what went wrong."""
    engine.loadFromModule(module, name)
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QWindow):
        raise RuntimeError(f"the {module} QML did not load: " + "; ".join(warnings))
    return roots[0]
