"""Purchase requests (物品申购表): what the center asks to buy itself, approved by the manager.

The storekeeper drafts a request (or has one drafted from the items under
their safety stock), the manager approves it, and its number may then be
named on an own-purchase receipt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from models import clock, warehouse
from models.errors import DomainError

from ..errors import show_error
from ..widgets.document_view import CANCEL, NEW, OPEN, PRINT, SUBMIT, DocumentView
from ..widgets.record_form import FieldSpec
from . import words
from .doc_form import DocForm
from .issues_view import department_choices
from .lines_grid import REQUEST, LinesModel

PurchaseRequest = warehouse.PurchaseRequest
LOW = warehouse.steps.LOW


class RequestsView(DocumentView):
    """物品申购表: New and Draft from low stock (storekeeper), Approve (manager), Cancel, Print."""

    kind = REQUEST
    spec = warehouse.REQUEST_LIST
    steps = warehouse.REQUEST_STEPS
    actions_order = (NEW, LOW, OPEN, SUBMIT, CANCEL, PRINT)

    def action_texts(self) -> dict[str, tuple[str, str]]:
        return {
            NEW: (self.tr("New request"), self.tr("Type a purchase request (Ctrl+N)")),
            LOW: (self.tr("Draft from low stock"),
                  self.tr("Draft a request for every item under its safety stock, up to twice "
                          "the safety stock")),
            OPEN: (self.tr("Open"), self.tr("Open the purchase request (Enter)")),
            SUBMIT: (self.tr("Approve"), self.tr("The manager approves the request")),
            CANCEL: (self.tr("Cancel…"), self.tr("Cancel the request with the reason")),
            PRINT: (self.tr("Print"), self.tr("Print the purchase request (物品申购表)")),
        }

    def get_document(self, doc_id: int) -> PurchaseRequest:
        return warehouse.get_request(doc_id)

    def status_text(self, status: str) -> str:
        return words.request_status_text(status)

    def title_of(self, doc: PurchaseRequest) -> str:
        return self.tr("Purchase request {number}").format(number=doc.number)

    def run(self, action: str) -> bool:
        if action == LOW:
            return self.draft_from_low_stock() is not None
        return super().run(action)

    # --- the form ---------------------------------------------------------------------

    def build_form(self, doc: PurchaseRequest | None, editable: bool) -> DocForm:
        f = words.field_text
        fields = [
            FieldSpec("date", f("date"), "date", required=True),
            FieldSpec("department", f("request_department"), "combo",
                      choices=department_choices(doc.department_id if doc else None)),
            FieldSpec("requested_by", f("requested_by"), field=PurchaseRequest.requested_by),
            FieldSpec("reason", f("reason"), field=PurchaseRequest.reason),
        ]
        rows = [["date", "department"], ["requested_by", "reason"]]
        if doc is None:
            title = self.tr("New purchase request")
            values: dict[str, Any] = {"date": clock.today(),
                                      "requested_by": self.user.full_name}
            lines = []
        else:
            title = self.tr("Purchase request {number} — {status}").format(
                number=doc.number, status=self.status_text(doc.status))
            values = {"date": doc.date, "department": doc.department_id,
                      "requested_by": doc.requested_by, "reason": doc.reason}
            lines = LinesModel.from_document(warehouse.lines_of(doc), priced=True)
        doc_id = doc.id if doc is not None else None

        def save(v: dict, typed_lines: list[dict]) -> PurchaseRequest:
            return warehouse.save_request(v, typed_lines, by=self.user, request_id=doc_id)

        return DocForm(REQUEST, title, fields, rows, save if editable else None, self,
                       values=values, lines=lines,
                       intro=words.document_state(doc, "request") if doc else "")

    # --- the steps --------------------------------------------------------------------

    def draft_from_low_stock(self) -> PurchaseRequest | None:
        """申购: a draft for what is under its safety stock, opened at once to be checked."""
        try:
            request = warehouse.draft_request_from_low_stock(by=self.user)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self._changed(request.id)
        self.open_document(request.id)
        return request

    def submit(self, parent: QWidget, doc: PurchaseRequest) -> bool:
        question = self.tr("Approve purchase request {number}: %n line(s), about {total} "
                           "yuan?\n\nIts number may then be named on a receipt.", "",
                           warehouse.line_count(doc)).format(number=doc.number,
                                                     total=words.money_text(doc.total))
        if not self.ask(parent, self.title_of(doc), question):
            return False
        return self.do(parent, doc.id,
                       lambda: warehouse.approve_request(doc.id, by=self.user))

    def cancel_operation(self, doc_id: int, reason: str) -> PurchaseRequest:
        return warehouse.cancel_request(doc_id, reason, by=self.user)

    def cancel_intro(self, doc: PurchaseRequest) -> str:
        return self.tr("Purchase request {number} can no longer be named on a receipt; it "
                       "stays, marked cancelled.").format(number=doc.number)

    def pdf(self, doc_id: int) -> bytes:
        from reports.warehouse import purchase_request_pdf

        return purchase_request_pdf(doc_id)
