"""An import template at the desk (the items', the signs'): where to save or read the
workbook, and a refused import.

The file dialogs start in the desk's export folder (a view imports ``ask_save_path`` /
``ask_open_path`` by name, so its tests replace them there); a refused import lists every
bad row with its row number, its column and the reason, to read and copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import ValidationError

from ..desk import desk_settings
from ..errors import error_text

XLSX_FILTER = "Excel (*.xlsx)"


def ask_save_path(parent: QWidget, title: str, name: str) -> str:
    """Where to save a workbook ("" when the clerk cancelled). Tests replace this."""
    folder = Path(str(desk_settings().value("export/folder", str(Path.home()))))
    path, _ = QFileDialog.getSaveFileName(parent, title, str(folder / name), XLSX_FILTER)
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path


def ask_open_path(parent: QWidget, title: str) -> str:
    """Which workbook to read ("" when the clerk cancelled). Tests replace this."""
    folder = str(desk_settings().value("export/folder", str(Path.home())))
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, XLSX_FILTER)
    return path


class ImportProblemsDialog(QDialog):
    """Every bad row of a refused import, with its row number and reason, to read and copy."""

    def __init__(self, file_name: str, refused, columns: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        """``refused``: the import's ImportRefused; ``columns``: its (header, key) pairs."""
        super().__init__(parent)
        self.setObjectName("importProblemsDialog")
        self.setWindowTitle(self.tr("Import refused"))
        self.resize(640, 420)
        self.text = "\n".join(self.problem_lines(refused, columns))
        intro = QLabel(self.tr("%n row(s) of {file} cannot be imported, so nothing was imported. "
                               "Correct them in the file and import it again.", "",
                               len(refused.problems)).format(file=file_name))
        intro.setObjectName("importIntro")
        intro.setWordWrap(True)
        self.problems = QPlainTextEdit(self.text)
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyProblems")
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)

    def problem_lines(self, refused, columns: Sequence[tuple[str, str]]) -> list[str]:
        """Row 4, 类别: There is no sign kind 灯箱. — one line per bad row."""
        headers = {key: header for header, key in columns}
        lines = []
        for problem in refused.problems:
            column = headers.get(problem.message.field, "") if isinstance(
                problem.message, ValidationError) else ""
            where = (self.tr("Row {row}, {column}").format(row=problem.row, column=column)
                     if column else self.tr("Row {row}").format(row=problem.row))
            lines.append(f"{where}: {error_text(problem.message)}")
        return lines

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
