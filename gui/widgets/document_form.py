"""The document form: header fields in two columns above a grid of lines.

A ``DocumentForm`` is a RecordForm (same banner, shape checks, Ctrl+S, Esc asks
first) whose header stands in two columns above a lines grid (lines_grid.py,
where its keys are described). Enter in the header's last field goes into the
grid; Enter on an empty last line goes to Save. Esc drops the cell being
edited, then asks before throwing the form away. Saving calls ONE operation
with the header values and the lines; a refusal that names a line selects
that line. Shape problems in the grid show at once in the banner. A document
that may not be edited (submitted, cancelled, or not the user's to edit)
opens read-only, with buttons for the steps it allows (``add_action``).

An area gives the header's fields and layout, its LinesModel and the save
operation (the storeroom's: gui/warehouse/doc_form.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QPushButton,
    QWidget,
)

from models.errors import DomainError, ValidationError

from ..errors import error_text
from .lines_grid import LinesGrid, LinesModel
from .record_form import FieldSpec, RecordForm

translate = QCoreApplication.translate


class DocumentForm(RecordForm):
    """A document's header (two columns) and lines; ``save_document(values, lines)`` saves it.

    ``rows`` lays out the header: each row names one or two field keys (or a widget
    for the right-hand half). ``lines`` is the document's LinesModel, read-only when
    ``save_document`` is None; ``lines_for_save()`` gives what is saved. The form
    takes ``name`` + "Form" as its object name.
    """

    def __init__(self, name: str, title: str, fields: Sequence[FieldSpec],
                 rows: Sequence[Sequence[str | QWidget]], lines: LinesModel,
                 save_document: Callable[[dict, list[dict]], object] | None,
                 parent: QWidget | None = None, values: Mapping[str, object] | None = None,
                 intro: str = "") -> None:
        self.read_only = save_document is None
        if self.read_only:
            fields = [dataclasses.replace(f, read_only=True) for f in fields]
        self.grid: LinesGrid | None = None
        super().__init__(title, fields, self._save_with_lines, parent, values=values,
                         intro=intro)
        self.setObjectName(f"{name}Form")
        self.save_document = save_document
        self._two_columns(rows)

        self.lines = lines
        lines.setParent(self)
        if not self.read_only and (not lines.lines or not lines.lines[-1].is_blank()):
            lines.append_line()
        self.grid = LinesGrid(lines, self)
        self.grid.leaveForward.connect(self._lines_done)
        self.grid.cellProblem.connect(self.show_cell_problems)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.buttons), self.grid, 1)
        if self.read_only:
            self.save_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                translate("DocForm", "Close"))
        self._chain_tab_order()
        self._lines_baseline = self.lines.snapshot()
        self.resize(1000, 660)
        if self.read_only:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def below_grid(self, *widgets: QWidget) -> None:
        """Show ``widgets`` between the lines and the buttons (totals, the stock on hand)."""
        layout = self.layout()
        at = layout.indexOf(self.buttons)
        for offset, widget in enumerate(widgets):
            layout.insertWidget(at + offset, widget)

    # --- layout ---------------------------------------------------------------------

    def _two_columns(self, rows: Sequence[Sequence[str | QWidget]]) -> None:
        """Move the header from RecordForm's one column into a grid of two.

        A row names one or two field keys; a widget in a row (a note about the field
        before it) takes the right-hand half of the row."""
        form = self.findChild(QFormLayout)
        while form.rowCount():
            form.takeRow(0)
        header = QGridLayout()
        header.setHorizontalSpacing(10)
        for r, keys in enumerate(rows):
            for c, key in enumerate(keys):
                if isinstance(key, QWidget):
                    header.addWidget(key, r, c * 2, 1, 2)
                    continue
                header.addWidget(self.labels[key], r, c * 2, Qt.AlignmentFlag.AlignRight)
                span = 3 if len(keys) == 1 else 1
                header.addWidget(self.fields[key].widget, r, c * 2 + 1, 1, span)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        outer = self.layout()
        at = outer.indexOf(form)
        outer.removeItem(form)
        form.deleteLater()
        outer.insertLayout(at, header)

    def _chain_tab_order(self) -> None:
        if self.grid is None:
            super()._chain_tab_order()
            return
        editors = [f.editor for f in self.fields.values() if not f.spec.read_only]
        editors += [self.grid, self.save_button,
                    self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in zip(editors, editors[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def add_action(self, name: str, text: str, run: Callable[[QWidget], bool]) -> QPushButton:
        """A button for a step on the document (Confirm, Sign, Print…); when ``run`` wrote
        something (returns True) the form closes as accepted."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(f"action_{name}")
        button.setAutoDefault(False)

        def clicked() -> None:
            if run(self):
                self.done(QDialog.DialogCode.Accepted)

        button.clicked.connect(clicked)
        return button

    def show_cell_problems(self) -> None:
        problems = self.lines.problems()
        if problems:
            self.banner.setText("\n".join(text for _r, _k, text in problems))
            self.banner.show()
        else:
            self.banner.hide()

    # --- keys and saving ------------------------------------------------------------

    def _editable(self) -> list[Any]:
        """The fields Enter visits: not read-only, not switched off (a receipt's request no.)."""
        return [f for f in super()._editable() if f.editor.isEnabled()]

    def _advance(self, field_: Any) -> None:
        """Enter in the header's last field goes into the lines, not to Save."""
        editable = self._editable()
        if self.grid is not None and field_ in editable and field_ is editable[-1]:
            self.grid.start()
        else:
            super()._advance(field_)

    def _lines_done(self) -> None:
        self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def is_dirty(self) -> bool:
        if self.read_only:
            return False
        return super().is_dirty() or self.lines.snapshot() != self._lines_baseline

    def save(self) -> bool:
        if self.read_only:
            return False
        return super().save()

    def _save_with_lines(self, values: dict) -> object:
        return self.save_document(values, self.lines.lines_for_save())

    def _save(self) -> bool:
        self.grid.commit_editor()
        self.clear_error()
        self.lines.drop_blank_lines()
        if not self.lines.lines:
            self.lines.append_line()
        header = self.problems()
        cells = self.lines.problems()
        if header or cells:
            self.show_error("\n".join([m for _k, m in header] + [m for _r, _k, m in cells]),
                            [k for k, _m in header])
            if cells and not header:
                self.grid.go(cells[0][0], cells[0][1])
            return False
        try:
            record = self.on_save(self.values())
        except DomainError as exc:
            field_key = exc.field if isinstance(exc, ValidationError) else ""
            self.show_error(error_text(exc), [field_key] if field_key in self.fields else [])
            if field_key == "lines":
                self.grid.focus_line(exc.params.get("line"))
            return False
        self.result_record = record
        self._baseline = self._snapshot()
        self._lines_baseline = self.lines.snapshot()
        self.accept()
        return True
