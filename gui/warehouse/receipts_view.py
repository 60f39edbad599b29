"""Receipts (入库单): the list, and the form the storekeeper types from the delivery note.

A draft counts for nothing until the manager confirms it; then its lines go
into stock at their prices. A confirmed receipt is cancelled by the manager
(the goods go back out); a confirmed or cancelled one opens read-only, saying
who confirmed or cancelled it and when.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from models import clock, warehouse

from ..widgets.document_view import CANCEL, NEW, OPEN, PRINT, SUBMIT, DocumentView
from ..widgets.record_form import FieldSpec
from . import words
from .doc_form import DocForm
from .lines_grid import RECEIPT, LinesModel

Receipt = warehouse.Receipt


def _complete(editor: QWidget, values: list[str]) -> None:
    if isinstance(editor, QLineEdit) and not editor.isReadOnly():
        completer = QCompleter(QStringListModel(values, editor), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)


class ReceiptsView(DocumentView):
    """入库单: New (storekeeper), Confirm (manager), Cancel, Print."""

    kind = RECEIPT
    spec = warehouse.RECEIPT_LIST
    steps = warehouse.RECEIPT_STEPS

    def action_texts(self) -> dict[str, tuple[str, str]]:
        return {
            NEW: (self.tr("New receipt"),
                  self.tr("Type a receipt from the supplier's delivery note (Ctrl+N)")),
            OPEN: (self.tr("Open"), self.tr("Open the receipt (Enter)")),
            SUBMIT: (self.tr("Confirm"),
                     self.tr("The manager confirms the receipt: its goods count in stock")),
            CANCEL: (self.tr("Cancel…"),
                     self.tr("Cancel the receipt with the reason; a confirmed one takes its "
                             "goods back out of stock")),
            PRINT: (self.tr("Print"), self.tr("Print the receipt (入库单)")),
        }

    def add_filters(self) -> None:
        self.source_filter = QComboBox(self)
        self.source_filter.setObjectName("sourceFilter")
        self.source_filter.addItem(self.tr("All sources"), None)
        for text, code in words.source_choices():
            self.source_filter.addItem(text, code)
        self.list.add_filter_widget("", self.source_filter, "source")

    def get_document(self, doc_id: int) -> Receipt:
        return warehouse.get_receipt(doc_id)

    def status_text(self, status: str) -> str:
        return words.receipt_status_text(status)

    def title_of(self, doc: Receipt) -> str:
        return self.tr("Receipt {number}").format(number=doc.number)

    # --- the form ---------------------------------------------------------------------

    def build_form(self, doc: Receipt | None, editable: bool) -> DocForm:
        f = words.field_text
        fields = [
            FieldSpec("date", f("date"), "date", required=True),
            FieldSpec("source", f("source"), "combo", required=True,
                      choices=words.source_choices()),
            FieldSpec("supplier", f("supplier"), required=True, field=Receipt.supplier),
            FieldSpec("purchase_request", f("purchase_request"),
                      field=warehouse.PurchaseRequest.number,
                      placeholder=self.tr("Own purchase only: the approved request's number")),
            FieldSpec("delivery_note", f("delivery_note"), field=Receipt.delivery_note),
            FieldSpec("received_by", f("received_by"), field=Receipt.received_by),
            FieldSpec("note", f("note"), field=Receipt.note),
        ]
        rows = [["date", "source"], ["supplier", "purchase_request"],
                ["delivery_note", "received_by"], ["note"]]
        if doc is None:
            title = self.tr("New receipt")
            values: dict[str, Any] = {"date": clock.today(), "source": warehouse.CENTRAL,
                                      "received_by": self.user.full_name}
            lines = []
        else:
            title = self.tr("Receipt {number} — {status}").format(
                number=doc.number, status=self.status_text(doc.status))
            values = {"date": doc.date, "source": doc.source, "supplier": doc.supplier,
                      "purchase_request": doc.purchase_request.number
                      if doc.purchase_request_id else "",
                      "delivery_note": doc.delivery_note, "received_by": doc.received_by,
                      "note": doc.note}
            lines = LinesModel.from_document(warehouse.lines_of(doc), priced=True)
        doc_id = doc.id if doc is not None else None

        def save(v: dict, typed_lines: list[dict]) -> Receipt:
            if v.get("source") != warehouse.SELF:
                v = {**v, "purchase_request": None}
            return warehouse.save_receipt(v, typed_lines, by=self.user, receipt_id=doc_id)

        form = DocForm(RECEIPT, title, fields, rows, save if editable else None, self,
                       values=values, lines=lines,
                       intro=words.document_state(doc, "receipt") if doc else "")
        if editable:
            _complete(form.fields["supplier"].editor, warehouse.recent_suppliers())
            _complete(form.fields["purchase_request"].editor,
                      warehouse.approved_request_numbers())
        source = form.fields["source"].widget
        source.currentIndexChanged.connect(lambda _i: self._source_changed(form))
        self._source_changed(form)
        return form

    @staticmethod
    def _source_changed(form: DocForm) -> None:
        """The purchase request's number: required, and typed, only for an own purchase."""
        own = form.fields["source"].value() == warehouse.SELF
        form.fields["purchase_request"].editor.setEnabled(own and not form.read_only)
        label = html.escape(words.field_text("purchase_request"))
        if own:
            label += ' <span style="color:#c62828">*</span>'
        form.labels["purchase_request"].setText(label)

    # --- the steps --------------------------------------------------------------------

    def submit(self, parent: QWidget, doc: Receipt) -> bool:
        """经理确认: ask, then confirm_receipt."""
        question = self.tr(
            "Confirm receipt {number} from {supplier}: %n line(s), {total} yuan?\n\n"
            "Its goods count in stock from now on.", "", warehouse.line_count(doc)).format(
            number=doc.number, supplier=doc.supplier, total=words.money_text(doc.total))
        if not self.ask(parent, self.title_of(doc), question):
            return False
        return self.do(parent, doc.id,
                       lambda: warehouse.confirm_receipt(doc.id, by=self.user))

    def cancel_operation(self, doc_id: int, reason: str) -> Receipt:
        return warehouse.cancel_receipt(doc_id, reason, by=self.user)

    def cancel_intro(self, doc: Receipt) -> str:
        if doc.status == warehouse.SUBMITTED:
            return self.tr("Receipt {number} is confirmed: its goods go back out of stock, "
                           "dated like the receipt. The receipt stays, marked cancelled."
                           ).format(number=doc.number)
        return self.tr("The draft {number} ends here; its number stays, marked cancelled."
                       ).format(number=doc.number)

    def pdf(self, doc_id: int) -> bytes:
        from reports.warehouse import receipt_pdf

        return receipt_pdf(doc_id)
