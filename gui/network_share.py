"""The clerk is told, once per file in a session, that the database is on a network share."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models import storage

from .errors import error_text

_warned: set[str] = set()


def warn_if_on_a_network_share(db_path: str | Path, parent: QWidget | None = None) -> bool:
    """Show models.storage's warning when ``db_path`` is on a share; True when it was shown."""
    key = os.path.normcase(os.path.abspath(db_path))
    if key in _warned:
        return False
    warning = storage.network_share_warning(db_path)
    if warning is None:
        return False
    _warned.add(key)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("NetworkShare", "The database is on a network share"),
        error_text(warning),
    )
    return True
