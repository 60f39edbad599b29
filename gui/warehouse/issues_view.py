"""Issue slips (出库单 / 领料单): the list, and the slip the storekeeper types at the counter.

Nothing leaves the store until the duty officer signs the slip; then each line
goes out at the moving average cost, and the signed slip shows its unit costs
and amounts. While a line is typed, the stock on hand of its item is shown
(red when more is asked for). The repair order the goods are for is picked from
a list (order_picker.py); it shows its room and what was wrong, and proposes the
receiving department, the receiver and the purpose.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from models import clock, people, repairs, warehouse
from models.errors import DomainError

from ..widgets.document_view import CANCEL, NEW, OPEN, PRINT, SUBMIT, DocumentView
from ..widgets.record_form import FieldSpec
from . import words
from .doc_form import DocForm
from .lines_grid import ISSUE, LinesModel
from .order_picker import OrderCompleter, OrderProposals

IssueSlip = warehouse.IssueSlip


def department_choices(current_id: int | None = None) -> list[tuple[str, int]]:
    """The departments in use, plus the document's own one even if it is no longer in use."""
    out = [(d.name, d.id) for d in people.departments()]
    if current_id is not None and all(i != current_id for _n, i in out):
        try:
            dep = people.get_department(current_id)
        except DomainError:
            return out
        out.append((dep.name, dep.id))
    return out


def find_order(number: str) -> repairs.RepairOrder | None:
    """The repair order of a typed number, None when there is none (or nothing is typed)."""
    number = number.strip()
    if not number:
        return None
    try:
        return repairs.get_by_number(number)
    except DomainError:
        return None


def repair_order_note(number: str, order: repairs.RepairOrder | None = None) -> tuple[str, bool]:
    """(what the order is about, True when the number is wrong) for a typed order number."""
    number = number.strip()
    if not number:
        return "", False
    order = order if order is not None else find_order(number)
    if order is None:
        return QCoreApplication.translate("IssueSlipsView", "There is no repair order {number}.").format(
            number=number), True
    text = f"{order.location}: {order.content}"
    if order.status == repairs.CANCELLED:
        return QCoreApplication.translate("IssueSlipsView", "{order} (cancelled: nothing is issued for "
                                                 "it)").format(order=text), True
    return text, False


class IssueSlipsView(DocumentView):
    """出库单: New (storekeeper), Sign (duty officer), Cancel, Print."""

    kind = ISSUE
    spec = warehouse.ISSUE_LIST
    steps = warehouse.ISSUE_STEPS

    def action_texts(self) -> dict[str, tuple[str, str]]:
        return {
            NEW: (self.tr("New issue slip"), self.tr("Type an issue slip (Ctrl+N)")),
            OPEN: (self.tr("Open"), self.tr("Open the issue slip (Enter)")),
            SUBMIT: (self.tr("Sign"),
                     self.tr("The duty officer signs the slip: the goods leave the store")),
            CANCEL: (self.tr("Cancel…"),
                     self.tr("Cancel the slip with the reason; a signed one brings its goods "
                             "back into stock")),
            PRINT: (self.tr("Print"), self.tr("Print the issue slip (出库单)")),
        }

    def add_filters(self) -> None:
        self.department_filter = QComboBox(self)
        self.department_filter.setObjectName("departmentFilter")
        self.department_filter.addItem(self.tr("All departments"), None)
        for name, dep_id in department_choices():
            self.department_filter.addItem(name, dep_id)
        self.list.add_filter_widget("", self.department_filter, "department")

    def get_document(self, doc_id: int) -> IssueSlip:
        return warehouse.get_issue_slip(doc_id)

    def status_text(self, status: str) -> str:
        return words.slip_status_text(status)

    def title_of(self, doc: IssueSlip) -> str:
        return self.tr("Issue slip {number}").format(number=doc.number)

    # --- the form ---------------------------------------------------------------------

    def build_form(self, doc: IssueSlip | None, editable: bool) -> DocForm:
        f = words.field_text
        fields = [  # the repair order first: picked, it fills department, receiver, purpose
            FieldSpec("repair_order", f("repair_order"), field=repairs.RepairOrder.number,
                      placeholder=self.tr("Optional: type its number, room or fault, or press "
                                          "Down for the open orders")),
            FieldSpec("date", f("date"), "date", required=True),
            FieldSpec("department", f("department"), "combo", required=True,
                      choices=department_choices(doc.department_id if doc else None)),
            FieldSpec("receiver", f("receiver"), required=True, field=IssueSlip.receiver),
            FieldSpec("purpose", f("purpose"), field=IssueSlip.purpose),
            FieldSpec("note", f("note"), field=IssueSlip.note),
        ]
        order_note = QLabel()
        order_note.setObjectName("repairOrderNote")
        order_note.setWordWrap(True)
        rows = [["repair_order", order_note], ["date", "department"], ["receiver", "purpose"],
                ["note"]]
        if doc is None:
            title = self.tr("New issue slip")
            values: dict[str, Any] = {"date": clock.today()}
            lines = []
        else:
            title = self.tr("Issue slip {number} — {status}").format(
                number=doc.number, status=self.status_text(doc.status))
            values = {"date": doc.date, "department": doc.department_id,
                      "receiver": doc.receiver, "purpose": doc.purpose,
                      "repair_order": doc.repair_order.number if doc.repair_order_id else "",
                      "note": doc.note}
            lines = LinesModel.from_document(warehouse.lines_of(doc), priced=False)
        doc_id = doc.id if doc is not None else None

        def save(v: dict, typed_lines: list[dict]) -> IssueSlip:
            return warehouse.save_issue_slip(v, typed_lines, by=self.user, slip_id=doc_id)

        form = DocForm(ISSUE, title, fields, rows, save if editable else None, self,
                       values=values, lines=lines,
                       intro=words.document_state(doc, "issue") if doc else "")
        signed = doc is not None and doc.signed_at is not None
        form.lines.estimate_cost = doc is None or doc.status == warehouse.DRAFT
        form.update_total()
        for key in ("unit_cost", "amount"):
            form.grid.setColumnHidden(form.grid.column(key), not signed)
        form.grid.setColumnHidden(form.grid.column("on_hand"), not editable)
        editor = form.fields["repair_order"].editor
        proposals = OrderProposals(form, doc is None, editor.text())
        if editable:
            OrderCompleter(editor)

        def show_order(text: str) -> None:
            order = find_order(text)
            note, wrong = repair_order_note(text, order)
            order_note.setText(note)
            order_note.setStyleSheet(f"color: {words.RED};" if wrong else
                                     f"color: {words.GREY};")
            if editable:
                proposals.order_named(order)

        editor.textChanged.connect(show_order)
        show_order(editor.text())
        return form

    # --- the steps --------------------------------------------------------------------

    def submit(self, parent: QWidget, doc: IssueSlip) -> bool:
        """当值签字: ask, then sign_issue_slip; a refusal names the item, its stock and the
        quantity asked for."""
        lines = warehouse.lines_of(doc)
        listed = "\n".join(f"{line.item.code} {words.item_text(line.item)}  "
                           f"{words.qty_text(line.qty, line.item.unit)}" for line in lines[:15])
        if len(lines) > 15:
            listed += "\n…"
        question = self.tr("Sign issue slip {number} for {receiver} ({department})?\n\n"
                           "{lines}\n\nThe goods leave the store now.").format(
            number=doc.number, receiver=doc.receiver, department=doc.department.name,
            lines=listed)
        if not self.ask(parent, self.title_of(doc), question):
            return False
        return self.do(parent, doc.id,
                       lambda: warehouse.sign_issue_slip(doc.id, by=self.user))

    def cancel_operation(self, doc_id: int, reason: str) -> IssueSlip:
        return warehouse.cancel_issue_slip(doc_id, reason, by=self.user)

    def cancel_intro(self, doc: IssueSlip) -> str:
        if doc.status == warehouse.SUBMITTED:
            return self.tr("Issue slip {number} is signed: its goods come back into stock at "
                           "their cost, dated like the slip. The slip stays, marked cancelled."
                           ).format(number=doc.number)
        return self.tr("The draft {number} ends here; its number stays, marked cancelled."
                       ).format(number=doc.number)

    def pdf(self, doc_id: int) -> bytes:
        from reports.warehouse import issue_slip_pdf

        return issue_slip_pdf(doc_id)
