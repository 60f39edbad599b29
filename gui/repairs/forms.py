"""The repairs tab's record forms: the order itself and one form per lifecycle step.

Every form is a RecordForm whose ``on_save`` calls ONE operation of
models.repairs; a DomainError lands in the form's red banner and nothing is
written. The tab shows them through ``gui.widgets.modal.run_dialog``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QDialog, QLabel, QLineEdit, QWidget

from models import clock, repairs
from models.errors import DomainError
from models.people import User

from ..widgets.callback_dialog import VerdictKeys
from ..widgets.record_form import FieldSpec, RecordForm
from . import labels, open_orders

translate = QCoreApplication.translate
O = repairs.RepairOrder  # noqa: E741 - the fields' model, short in the field lists


def now_minute() -> dt.datetime:
    return clock.now().replace(second=0)


def moment(value: object, shown: dt.datetime) -> dt.datetime | None:
    """A step's time as typed; None (the operation's own "now", to the second) when the
    clerk left the minute the form showed, so that two steps in one minute stay in order."""
    if isinstance(value, dt.datetime) and labels.time_text(value) == labels.time_text(shown):
        return None
    return value  # type: ignore[return-value]


# --- the order: new and edit ------------------------------------------------------------


def _order_fields(categories: list[tuple[str, int]]) -> list[FieldSpec]:
    """The registration fields in the order the clerk hears them on the phone."""
    return [
        FieldSpec("source", labels.field_text("source"), "combo", required=True,
                  choices=labels.choices(repairs.SOURCE_LABELS)),
        FieldSpec("department_name", labels.field_text("department_name"), field=O.department_name,
                  placeholder=translate("RepairForms", "Filled in from the room or phone when known")),
        FieldSpec("location", labels.field_text("location"), required=True, field=O.location,
                  placeholder=translate("RepairForms", "e.g. 1203 or B1 car park")),
        FieldSpec("reporter", labels.field_text("reporter"), field=O.reporter),
        FieldSpec("phone", labels.field_text("phone"), "phone", field=O.phone,
                  placeholder=translate("RepairForms", "Phone or extension")),
        FieldSpec("category", labels.field_text("category"), "combo", required=True,
                  editable=True, choices=categories, field=repairs.RepairCategory.name,
                  placeholder=translate("RepairForms", "Type or pick: 水, 电, 空调…")),
        FieldSpec("urgency", labels.field_text("urgency"), "combo", required=True,
                  choices=labels.choices(repairs.URGENCY_LABELS)),
        FieldSpec("urgent_cause", labels.field_text("urgent_cause"), field=O.urgent_cause,
                  placeholder=translate("RepairForms", "Urgent only: what stops the work (water cut, power cut…)")),
        FieldSpec("content", labels.field_text("content"), "multiline", required=True,
                  field=O.content, placeholder=translate("RepairForms", "What is wrong, where exactly")),
        FieldSpec("reported_at", labels.field_text("reported_at"), "datetime", required=True,
                  tooltip=translate("RepairForms", "When the customer reported it; change it when typing in a "
                              "paper slip afterwards")),
    ]


def _category_choices(current_id: int | None = None) -> list[tuple[str, int]]:
    """The categories in use, plus the order's own one even if it is no longer in use."""
    out = [(c.name, c.id) for c in repairs.categories()]
    if current_id is not None and all(cid != current_id for _n, cid in out):
        try:
            cat = repairs.get_category(current_id)
        except DomainError:
            return out
        out.append((cat.name, cat.id))
    return out


def _fill_department(form: RecordForm) -> None:
    """A known phone or room fills the department, while the clerk has left it empty."""
    department = form.fields["department_name"]
    if not department.is_empty():
        return
    guess = repairs.guess_department(phone=form.fields["phone"].text(),
                                     location=form.fields["location"].text())
    if guess:
        department.set_value(guess)


def _category_completion(form: RecordForm) -> None:
    """The category is typed (with a Chinese input method too) or picked: a list of the
    categories that contain what is typed opens under it. Only a listed one is saved (the
    operation refuses any other name)."""
    combo = form.widget("category")
    completer = QCompleter(combo.model(), combo)
    completer.setObjectName("categoryCompleter")
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)


class OrderForm(RecordForm):
    """The order's form; a new order first shows the open orders of its room or phone."""

    def __init__(self, *args, new: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.new = new
        self.open_note = QLabel(self)
        self.open_note.setObjectName("openOrdersNote")
        self.open_note.setWordWrap(True)
        self.open_note.setStyleSheet("color: #b26a00;")
        self.open_note.hide()
        self.layout().insertWidget(self.layout().indexOf(self.banner) + 1, self.open_note)

    def orders_of_place(self) -> list[repairs.RepairOrder]:
        if not self.new:
            return []
        return repairs.open_orders(phone=self.fields["phone"].text(),
                                   location=self.fields["location"].text())

    def show_open_orders(self) -> None:
        """As soon as the room or phone is typed: say which orders of it are still open."""
        text = open_orders.note_text(self.orders_of_place())
        self.open_note.setText(text)
        self.open_note.setVisible(bool(text))

    def _save(self) -> bool:
        if not self.problems():
            choice = open_orders.ask(self, self.orders_of_place())
            if choice.open_id is not None:
                self._open_instead(choice.open_id)
                return False
            if not choice.register:
                return False  # back to the form, everything kept
        return super()._save()

    def _open_instead(self, order_id: int) -> None:
        """The clerk chose the earlier order: drop this one (she said so, no question) and
        let the window that opened the form show that order once the form has closed."""
        opener = self.parentWidget()
        while opener is not None and not callable(getattr(opener, "open_order", None)):
            opener = opener.parentWidget()
        QDialog.reject(self)
        if opener is not None:
            QTimer.singleShot(0, lambda: opener.open_order(order_id))


def order_form(user: User, parent: QWidget | None = None,
               order: repairs.RepairOrder | None = None) -> OrderForm:
    """登记 (order None) or 修改 an order, keyboard-first; see _order_fields for the Tab order."""
    fields = _order_fields(_category_choices(order.category_id if order else None))
    if order is None:
        title = translate("RepairForms", "New repair order")
        shown = now_minute()
        values: dict[str, object] = {"source": repairs.PHONE, "urgency": repairs.NORMAL,
                                     "reported_at": shown}

        def save(v: dict) -> repairs.RepairOrder:
            return repairs.register({**v, "reported_at": moment(v["reported_at"], shown)},
                                    by=user)
    else:
        title = translate("RepairForms", "Edit repair order {number}").format(number=order.number)
        values = {key: getattr(order, key) for key in repairs.FIELDS if key != "category"}
        values["category"] = order.category_id
        original = order.reported_at

        def save(v: dict) -> repairs.RepairOrder:
            # the form shows minutes: an untouched report time keeps its seconds
            if labels.time_text(v.get("reported_at")) == labels.time_text(original):
                v = {**v, "reported_at": original}
            return repairs.update_order(order.id, v, by=user)

    form = OrderForm(title, fields, save, parent, values=values, new=order is None,
                     intro="" if order is None else translate(
                         "RepairForms", "Changes are kept in the order's timeline and the audit log."))
    form.setObjectName("repairOrderForm")
    form.setMinimumWidth(540)
    _category_completion(form)
    for key in ("location", "phone"):
        editor = form.fields[key].editor
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda f=form: _fill_department(f))
            editor.editingFinished.connect(form.show_open_orders)
    return form


# --- the lifecycle steps ----------------------------------------------------------------


def step_form(title: str, fields: list[FieldSpec], on_save: Callable[[dict], object],
              parent: QWidget | None, values: dict | None = None, intro: str = "",
              save_text: str = "") -> RecordForm:
    form = RecordForm(title, fields, on_save, parent, values=values, intro=intro,
                      save_text=save_text)
    form.setObjectName("repairStepForm")
    return form


def dispatch_form(user: User, order: repairs.RepairOrder, parent: QWidget | None) -> RecordForm:
    shown = now_minute()
    fields = [
        FieldSpec("engineer", translate("RepairForms", "Engineer"), "combo", required=True, editable=True,
                  field=O.engineer, choices=repairs.engineer_names(),
                  placeholder=translate("RepairForms", "Type or pick the engineer")),
        FieldSpec("at", translate("RepairForms", "Dispatched at"), "datetime", required=True),
    ]
    return step_form(
        translate("RepairForms", "Dispatch order {number}").format(number=order.number), fields,
        lambda v: repairs.dispatch(order.id, v["engineer"], by=user, at=moment(v["at"], shown)),
        parent, values={"at": shown}, save_text=translate("RepairForms", "Dispatch"),
        intro=translate("RepairForms", "{location}: {content}").format(location=order.location,
                                                  content=order.content))


def complete_form(user: User, order: repairs.RepairOrder, parent: QWidget | None) -> RecordForm:
    shown = now_minute()
    fields = [
        FieldSpec("completed_at", translate("RepairForms", "Completed at"), "datetime", required=True,
                  tooltip=translate("RepairForms", "When engineering finished, as they report it")),
        FieldSpec("work_done", translate("RepairForms", "Work done"), "multiline", required=True,
                  field=O.work_done),
        FieldSpec("materials", translate("RepairForms", "Materials used"), "multiline",
                  field=O.materials),
    ]
    return step_form(
        translate("RepairForms", "Complete order {number}").format(number=order.number), fields,
        lambda v: repairs.complete(order.id, v["work_done"], by=user,
                                   materials=v["materials"],
                                   completed_at=moment(v["completed_at"], shown)),
        parent, values={"completed_at": shown, "materials": order.materials},
        save_text=translate("RepairForms", "Complete"))


def send_back_form(user: User, order: repairs.RepairOrder, parent: QWidget | None) -> RecordForm:
    # the operation keeps a send-back's reason to the length of a cancel reason
    fields = [FieldSpec("reason", translate("RepairForms", "Reason"), "multiline", required=True,
                        field=O.cancel_reason,
                        placeholder=translate("RepairForms", "What is not right with the work"))]
    return step_form(
        translate("RepairForms", "Send order {number} back").format(number=order.number), fields,
        lambda v: repairs.send_back(order.id, v["reason"], by=user), parent,
        intro=translate("RepairForms", "The order goes back to engineering (in progress) with this reason."),
        save_text=translate("RepairForms", "Send back"))


def call_back_form(user: User, order: repairs.RepairOrder, parent: QWidget | None) -> RecordForm:
    verdicts = [(f"{n}  {text}", code) for n, (text, code)
                in enumerate(labels.choices(repairs.VERDICT_LABELS), start=1)]
    fields = [
        FieldSpec("verdict", translate("RepairForms", "Customer's verdict"), "combo", required=True,
                  choices=verdicts,
                  tooltip=translate("RepairForms", "One key: 1, 2 or 3")),
        FieldSpec("comment", translate("RepairForms", "Comment"), "multiline",
                  field=O.callback_comment,
                  placeholder=translate("RepairForms", "What the customer said (required when unsatisfied)")),
    ]
    intro = translate("RepairForms", "Call {reporter} ({phone}) about: {content}\n\n“{unsatisfied}” reopens the "
                "order: it goes back to engineering (in progress).").format(
        reporter=order.reporter or "—", phone=order.phone or "—", content=order.content,
        unsatisfied=labels.verdict_text(repairs.UNSATISFIED))
    form = step_form(
        translate("RepairForms", "Call back about order {number}").format(number=order.number), fields,
        lambda v: repairs.call_back(order.id, v["verdict"] or "", by=user,
                                    comment=v["comment"]),
        parent, intro=intro)
    VerdictKeys(form.widget("verdict"))
    return form


def cancel_form(user: User, order: repairs.RepairOrder, parent: QWidget | None) -> RecordForm:
    fields = [FieldSpec("reason", translate("RepairForms", "Reason"), "multiline", required=True,
                        field=O.cancel_reason)]
    return step_form(
        translate("RepairForms", "Cancel order {number}").format(number=order.number), fields,
        lambda v: repairs.cancel(order.id, v["reason"], by=user), parent,
        intro=translate("RepairForms", "The order and its number stay, marked cancelled."),
        save_text=translate("RepairForms", "Cancel the order"))


def recent_months(today: dt.date | None = None, count: int = 36) -> list[str]:
    """"YYYY-MM" from this month back, newest first."""
    today = today or clock.today()
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def month_form(on_save: Callable[[dict], object], parent: QWidget | None) -> RecordForm:
    """Pick the month of the monthly report (default: last month)."""
    months = recent_months()
    fields = [FieldSpec("month", translate("RepairForms", "Month"), "combo", required=True, choices=months)]
    return step_form(translate("RepairForms", "Monthly repair report"), fields, on_save, parent,
                     values={"month": months[1]}, save_text=translate("RepairForms", "Preview"))
