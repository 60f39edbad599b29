"""The calls' forms: the call itself (with the caller's history beside it), the answer, the
repair order a waiting call becomes. Each saves through ONE operation of models.reception.

Keyboard-first: the kind is chosen by one key (1 报修 … 6 建议, the digit before each word),
Enter moves on, and a new call starts from the last one's kind, department and person.
The history beside the form follows the phone and room as they are typed (debounced; the
lookups are indexed and take a few milliseconds, measured in bench/reception_calls_bench.py,
so they run on the GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock, reception, repairs
from models.people import User

from ..widgets.record_form import FieldSpec, RecordForm

translate = QCoreApplication.translate
C = reception.Call
HISTORY_DELAY_MS = 250


def kind_choices() -> list[tuple[str, str]]:
    """"1 报修", "2 投诉", …: typing the digit picks the kind."""
    return [(f"{n} {word}", code) for n, (word, code) in
            enumerate(reception.CALL_KIND_LABELS.choices(translate), start=1)]


def _words(text: str) -> str:
    return translate(getattr(text, "context", "Reception"), text) if text else ""


class CallForm(RecordForm):
    """登记来电, with the caller's history in a panel at its side."""

    def __init__(self, user: User, parent: QWidget | None = None,
                 last: dict | None = None) -> None:
        self.user = user
        shown = clock.now().replace(second=0)
        self._shown = shown
        fields = [
            FieldSpec("kind", translate("CallForms", "Kind"), "combo", required=True,
                      choices=kind_choices(),
                      tooltip=translate("CallForms", "Type 1–6 to choose")),
            FieldSpec("phone", translate("CallForms", "Phone"), "phone", field=C.phone),
            FieldSpec("room", translate("CallForms", "Room"), field=C.room),
            FieldSpec("caller", translate("CallForms", "Caller"), field=C.caller),
            FieldSpec("unit", translate("CallForms", "Unit"), field=C.unit,
                      placeholder=translate("CallForms", "Department or company")),
            FieldSpec("content", translate("CallForms", "Content"), "multiline",
                      required=True, field=C.content),
            FieldSpec("answer", translate("CallForms", "Answer given"), "multiline",
                      field=C.answer, placeholder=translate(
                          "CallForms", "Answered now: the call is closed. Empty: it waits.")),
            FieldSpec("category", translate("CallForms", "Repair category"), "combo",
                      choices=[("", None)] + [(c.name, c.id) for c in repairs.categories()],
                      tooltip=translate("CallForms", "Repairs only: the order's category")),
            FieldSpec("urgency", translate("CallForms", "Urgency"), "combo",
                      choices=repairs.URGENCY_LABELS.choices(translate)),
            FieldSpec("urgent_cause", translate("CallForms", "Cause of urgency"),
                      field=repairs.RepairOrder.urgent_cause),
            FieldSpec("department", translate("CallForms", "Responsible department"),
                      field=C.department),
            FieldSpec("person", translate("CallForms", "Responsible person"), field=C.person),
            FieldSpec("promised_at", translate("CallForms", "Answer promised by"), "datetime",
                      tooltip=translate("CallForms", "Empty: the next working day")),
            FieldSpec("called_at", translate("CallForms", "Time of the call"), "datetime",
                      required=True),
        ]
        values = {"kind": "inquiry", "urgency": repairs.NORMAL,
                  "called_at": shown}
        for key in ("kind", "category", "department", "person"):
            if last and last.get(key) not in (None, ""):
                values[key] = last[key]
        super().__init__(translate("CallForms", "New call"), fields, self._register, parent,
                         values=values)
        self.setObjectName("callForm")
        self._add_history_panel()

    def _register(self, v: dict) -> reception.Call:
        given = {k: v.get(k) for k in reception.CALL_FIELDS}
        if given["called_at"] == self._shown:
            given["called_at"] = None  # untouched: the operation's now, to the second
        if v.get("kind") == "repair":
            given.update({k: v.get(k) for k in reception.REPAIR_FIELDS})
        return reception.register_call(given, by=self.user)

    # --- the caller's history -------------------------------------------------------

    def _add_history_panel(self) -> None:
        outer = self.layout()
        left = QVBoxLayout()
        while outer.count():
            item = outer.takeAt(0)
            left.addItem(item)
        self.history = QTableWidget(0, 4, self)
        self.history.setObjectName("callerHistory")
        self.history.setHorizontalHeaderLabels([
            translate("CallForms", "When"), translate("CallForms", "What"),
            translate("CallForms", "Summary"), translate("CallForms", "State")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setFocusPolicy(self.history.focusPolicy().NoFocus)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history_title = QLabel(translate("CallForms", "The caller's history"))
        self.history_title.setObjectName("historyTitle")
        side = QVBoxLayout()
        side.addWidget(self.history_title)
        side.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(side, 1)
        outer.addLayout(row)
        self.setMinimumWidth(1100)
        self._timer = QTimer(self, singleShot=True, interval=HISTORY_DELAY_MS)
        self._timer.timeout.connect(self.show_history)
        for key in ("phone", "room"):
            self.fields[key].connect_changed(lambda *_a: self._timer.start())

    def show_history(self) -> None:
        """The calls, orders, suggestions (and visits) of the phone or room typed so far."""
        phone, room = self.fields["phone"].text().strip(), self.fields["room"].text().strip()
        lines = reception.caller_history(phone=phone, room=room) if (phone or room) else []
        self.history.setRowCount(len(lines))
        for row, line in enumerate(lines):
            what = _words(line.kind)
            number = _words(line.number) if hasattr(line.number, "context") else line.number
            for col, text in enumerate((f"{line.when:%Y-%m-%d %H:%M}", f"{what} {number}",
                                        line.summary, _words(line.state))):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        self.history.resizeColumnToContents(3)
        title = translate("CallForms", "The caller's history: {count}").format(count=len(lines))
        self.history_title.setText(title if (phone or room) else
                                   translate("CallForms", "The caller's history"))


def answer_form(user: User, call: reception.Call, parent: QWidget | None) -> RecordForm:
    shown = clock.now().replace(second=0)
    fields = [
        FieldSpec("answer", translate("CallForms", "Answer given"), "multiline", required=True,
                  field=C.answer),
        FieldSpec("at", translate("CallForms", "Answered at"), "datetime", required=True),
    ]

    def save(v: dict) -> reception.Call:
        at = None if v["at"] == shown else v["at"]
        return reception.answer_call(call.id, v["answer"], by=user, at=at)

    form = RecordForm(translate("CallForms", "Answer call {number}").format(number=call.number),
                      fields, save, parent, values={"at": shown},
                      intro=f"{call.caller} {call.phone}: {call.content}")
    form.setObjectName("answerForm")
    return form


def repair_form(user: User, call: reception.Call, parent: QWidget | None) -> RecordForm:
    fields = [
        FieldSpec("category", translate("CallForms", "Repair category"), "combo", required=True,
                  choices=[(c.name, c.id) for c in repairs.categories()]),
        FieldSpec("urgency", translate("CallForms", "Urgency"), "combo", required=True,
                  choices=repairs.URGENCY_LABELS.choices(translate)),
        FieldSpec("urgent_cause", translate("CallForms", "Cause of urgency"),
                  field=repairs.RepairOrder.urgent_cause),
    ]
    form = RecordForm(
        translate("CallForms", "Repair order from call {number}").format(number=call.number),
        fields, lambda v: reception.route_call_to_repair(call.id, by=user, extra=v), parent,
        values={"urgency": repairs.NORMAL},
        intro=translate("CallForms", "The order takes the call's room, caller, phone, unit "
                        "and content: {room} {caller} — {content}").format(
            room=call.room, caller=call.caller, content=call.content))
    form.setObjectName("callRepairForm")
    return form


def call_details(call: reception.Call, parent: QWidget | None) -> QDialog:
    """The call as registered, and what it became."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("CallForms", "Call {number}").format(number=call.number))
    lines = [
        f"{call.called_at:%Y-%m-%d %H:%M}  {reception.CALL_KIND_LABELS.text(call.kind, translate)}"
        f"  {reception.CALL_STATUS_LABELS.text(call.status, translate)}",
        f"{call.caller}  {call.unit}  {call.room}  {call.phone}", call.content,
    ]
    if call.answer:
        lines.append(translate("CallForms", "Answer: {answer}").format(answer=call.answer))
    if call.promised_at:
        lines.append(translate("CallForms", "Promised by {time}").format(
            time=f"{call.promised_at:%Y-%m-%d %H:%M}"))
    if call.repair_order_id:
        order = repairs.get_order(call.repair_order_id)
        lines.append(translate("CallForms", "Repair order {number}: {status}").format(
            number=order.number, status=repairs.STATUS_LABELS.text(order.status, translate)))
    if call.suggestion_id:
        lines.append(translate("CallForms", "Suggestion {number}").format(
            number=reception.get_suggestion(call.suggestion_id).number))
    complaint = reception.complaint_of_call(call)
    if complaint is not None:
        lines.append(_complaint_text(complaint))
    label = QLabel("\n".join(lines), dialog)
    label.setObjectName("callDetails")
    label.setWordWrap(True)
    QVBoxLayout(dialog).addWidget(label)
    dialog.resize(520, 220)
    return dialog


def _complaint_text(complaint: reception.Complaint) -> str:
    return translate("CallForms", "Complaint {number}: {status}").format(
        number=complaint.number,
        status=reception.COMPLAINT_STATUS.text(complaint.status, translate))


def became_text(call: reception.Call) -> str:
    """The line above the list: the selected call, and what it became (its order, its
    suggestion, its complaint's number and state), or that it waits to be registered."""
    head = translate("CallForms", "{number}: {caller} {phone}").format(
        number=call.number, caller=call.caller, phone=call.phone).strip()
    complaint = reception.complaint_of_call(call)
    if complaint is not None:
        return f"{head} — {_complaint_text(complaint)}"
    if call.repair_order_id:
        return f"{head} — " + translate("CallForms", "Repair order {number}").format(
            number=repairs.get_order(call.repair_order_id).number)
    if call.suggestion_id:
        return f"{head} — " + translate("CallForms", "Suggestion {number}").format(
            number=reception.get_suggestion(call.suggestion_id).number)
    if call.status == reception.CALL_TO_REGISTER:
        return f"{head} — " + translate("CallForms", "A complaint to register: "
                                        "“Register complaint” fills its form from the call.")
    return head


def last_entry(call: reception.Call) -> dict:
    """What the next call starts from."""
    return {"kind": call.kind, "department": call.department, "person": call.person,
            "category": call.repair_order.category_id if call.repair_order_id else None}


