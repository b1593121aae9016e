"""Messages and their catalogues: one Qt Linguist catalogue per service, read without Qt.

Screens translate with ``qsTr`` and the ``.qm`` files compiled from a service's ``.ts``
catalogue; Python code that must word something itself (a printed slip, a problem key) names a
:class:`Message` with :func:`translate`, which ``lupdate`` extracts into the same catalogue.
A translator comment goes on the line before, as ``#: …``. The reader lives in
:mod:`content.catalogue`, so that content and signage word things from the same catalogues.
"""

from __future__ import annotations

from content.catalogue import (
    Catalogue,
    CatalogueError,
    Message,
    catalogue_files,
    read_ts,
    translate,
    worded,
)

__all__ = [
    "Catalogue",
    "CatalogueError",
    "Message",
    "catalogue_files",
    "read_ts",
    "translate",
    "worded",
]
