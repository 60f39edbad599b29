"""The storeroom's document form (入库单 / 出库单 / 物品申购表): the header, the item
lines, live totals with the amount in words, and for an issue slip the stock on hand.

The form itself (two-column header, the lines grid, keys, saving, read-only
with its steps) is gui.widgets.document_form; the lines are the storeroom's
(lines_grid.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from models import warehouse

from ..widgets.document_form import DocumentForm
from ..widgets.record_form import FieldSpec
from . import words
from .lines_grid import ISSUE, QTY_PLACES, REQUEST, Line, LinesModel, parse_number


class DocForm(DocumentForm):
    """A receipt's, issue slip's or purchase request's form; ``kind`` says which.

    ``save_document(values, lines)`` saves it; None opens it read-only (a submitted
    or cancelled document, or a user who may not edit), with ``add_action`` buttons
    for its steps.
    """

    def __init__(self, kind: str, title: str, fields: Sequence[FieldSpec],
                 rows: Sequence[Sequence[str | QWidget]],
                 save_document: Callable[[dict, list[dict]], object] | None,
                 parent: QWidget | None = None, values: Mapping[str, object] | None = None,
                 lines: Sequence[Line] = (), intro: str = "") -> None:
        self.kind = kind
        model = LinesModel(kind, save_document is None)
        model.set_lines(lines)
        super().__init__(kind, title, fields, rows, model, save_document, parent, values=values,
                         intro=intro)
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
        self.below_grid(self.stock_label, self.total_label)
        self.update_total()

    # --- figures --------------------------------------------------------------------

    def update_total(self) -> None:
        from reports.paper import amount_in_words

        total = self.lines.total()
        count = len(self.lines.lines_for_save())
        if total is None:
            self.total_label.setText(self.tr("%n line(s)", "", count))
            return
        caption = (self.tr("Cost at today's average") if self.lines.estimated()
                   else self.tr("Cost")) if self.kind == ISSUE else (
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
