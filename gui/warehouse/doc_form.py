"""The document form (入库单 / 出库单 / 物品申购表): header fields, a grid of lines, live totals.

A ``DocForm`` is a RecordForm (same banner, shape checks, Ctrl+S, Esc asks
first) whose header stands in two columns above a lines grid (lines_grid.py,
where its keys are described). Enter in the header's last field goes into the
grid; Enter on an empty last line goes to Save. Esc drops the cell being
edited, then asks before throwing the form away. Saving calls ONE operation
with the header values and the lines; a refusal that names a line selects
that line. Shape problems in the grid show at once in the banner.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from models import warehouse
from models.errors import DomainError, ValidationError

from ..errors import error_text
from ..widgets.record_form import FieldSpec, RecordForm
from . import words
from .lines_grid import ISSUE, QTY_PLACES, REQUEST, Line, LinesGrid, LinesModel, parse_number


class DocForm(RecordForm):
    """A document's header (two columns) and lines; ``save_document(values, lines)`` saves it.

    ``rows`` lays out the header: each row names one or two field keys. A read-only
    form (a submitted or cancelled document, or a user who may not edit) shows the
    same fields and lines; its ``add_action`` buttons run steps on the document.
    """

    def __init__(self, kind: str, title: str, fields: Sequence[FieldSpec],
                 rows: Sequence[Sequence[str | QWidget]],
                 save_document: Callable[[dict, list[dict]], object] | None,
                 parent: QWidget | None = None, values: Mapping[str, object] | None = None,
                 lines: Sequence[Line] = (), intro: str = "") -> None:
        self.read_only = save_document is None
        if self.read_only:
            fields = [dataclasses.replace(f, read_only=True) for f in fields]
        self.grid: LinesGrid | None = None
        super().__init__(title, fields, self._save_with_lines, parent, values=values,
                         intro=intro)
        self.setObjectName(f"{kind}Form")
        self.kind = kind
        self.save_document = save_document
        self._two_columns(rows)

        self.lines = LinesModel(kind, self.read_only, self)
        self.lines.set_lines(lines)
        if not self.read_only and (not lines or not self.lines.lines[-1].is_blank()):
            self.lines.append_line()
        self.grid = LinesGrid(self.lines, self)
        self.grid.leaveForward.connect(self._lines_done)
        self.grid.cellProblem.connect(self.show_cell_problems)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("documentTotal")
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label.setStyleSheet("font-weight: bold;")
        self.stock_label = QLabel(self)
        self.stock_label.setObjectName("stockOnHand")
        self.stock_label.setVisible(kind == ISSUE and not self.read_only)
        self.lines.totalsChanged.connect(self.update_total)
        if kind == ISSUE:
            self.grid.delegate.typing.connect(self._typing)
            self.grid.selectionModel().currentRowChanged.connect(
                lambda current, _prev: self.show_stock(current.row()))
            self.lines.dataChanged.connect(lambda first, _last: self.show_stock(first.row()))
        layout = self.layout()
        at = layout.indexOf(self.buttons)
        layout.insertWidget(at, self.grid, 1)
        layout.insertWidget(at + 1, self.stock_label)
        layout.insertWidget(at + 2, self.total_label)
        if self.read_only:
            self.save_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self._chain_tab_order()
        self.update_total()
        self._lines_baseline = self.lines.snapshot()
        self.resize(1000, 660)
        if self.read_only:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

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

    # --- figures --------------------------------------------------------------------

    def update_total(self) -> None:
        from reports.paper import amount_in_words

        total = self.lines.total()
        count = len(self.lines.lines_for_save())
        if total is None:
            self.total_label.setText(self.tr("%n line(s)", "", count))
            return
        caption = self.tr("Cost") if self.kind == ISSUE else (
            self.tr("Estimated total") if self.kind == REQUEST else self.tr("Total"))
        self.total_label.setText(self.tr("{lines}    {caption}: {amount} yuan    In words: {words}")
                                 .format(lines=self.tr("%n line(s)", "", count), caption=caption,
                                         amount=words.money_text(total),
                                         words=amount_in_words(total)))

    def _typing(self, row: int, key: str, text: str) -> None:
        if key == "qty":
            asked, _problem = parse_number(text, "", QTY_PLACES) if text.strip() else (None, "")
            self.show_stock(row, asked)

    def show_stock(self, row: int, asked: Decimal | None = None) -> None:
        """库存 12 盒 for the current issue line, red when more is asked for."""
        if self.kind != ISSUE or self.read_only or not 0 <= row < len(self.lines.lines):
            return
        line = self.lines.lines[row]
        if line.item is None:
            self.stock_label.setText("")
            return
        item = line.item
        text = f"{item.code} {words.item_text(item)}: {words.stock_text(item.qty, item.unit)}"
        short = self.lines.short(line, asked)
        if short:
            text += self.tr(" — less than the {asked} {unit} asked for").format(
                asked=warehouse.fmt_qty(asked if asked is not None else self.lines.quantity(line)),
                unit=item.unit)
        self.stock_label.setText(text)
        self.stock_label.setStyleSheet(f"color: {words.RED}; font-weight: bold;" if short else "")

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
