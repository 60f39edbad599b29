"""客户投诉's record forms: each a RecordForm whose save calls ONE operation of models.reception.

Keyboard-first (gui.widgets.record_form): Enter moves on, Enter in the last field saves,
Ctrl+Enter saves from a multi-line field. A time left as the form showed it is "now"
for the operation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models import clock, people, reception
from models.people import User

from ..widgets.record_form import FieldSpec, RecordForm

translate = QCoreApplication.translate
C, B = reception.Complaint, reception.ComplaintCallback


def now_minute() -> dt.datetime:
    return clock.now().replace(second=0, microsecond=0)


def choices(vocabulary) -> list[tuple[str, object]]:
    return vocabulary.choices(QCoreApplication.translate)


def _form(title: str, fields: list[FieldSpec], save: Callable[[dict], object],
          parent: QWidget | None, values: Mapping | None = None, intro: str = "",
          save_text: str = "", name: str = "complaintForm") -> RecordForm:
    form = RecordForm(title, fields, save, parent, values=dict(values or {}), intro=intro,
                      save_text=save_text)
    form.setObjectName(name)
    form.setMinimumWidth(560)
    return form


def _moment(value: object, shown: dt.datetime) -> dt.datetime | None:
    """None (the operation's own now) when the clerk left the minute the form showed."""
    if isinstance(value, dt.datetime) and value.replace(second=0, microsecond=0) == shown:
        return None
    return value  # type: ignore[return-value]


def _about(c: reception.Complaint) -> str:
    return translate("ComplaintForms", "{number}: {customer} ({phone}) — {summary}").format(
        number=c.number, customer=c.customer, phone=c.phone, summary=c.summary[:80])


def complaint_form(user: User, parent: QWidget | None, values: Mapping | None = None,
                   call_id: int | None = None) -> RecordForm:
    """投诉登记, in the order the customer tells it; ``values`` from a call or the last entry."""
    shown = now_minute()
    fields = [
        FieldSpec("received_at", translate("ComplaintForms", "Received at"), "datetime", required=True),
        FieldSpec("channel", translate("ComplaintForms", "Channel"), "combo", required=True,
                  choices=choices(reception.COMPLAINT_CHANNELS)),
        FieldSpec("customer", translate("ComplaintForms", "Customer"), required=True, field=C.customer),
        FieldSpec("phone", translate("ComplaintForms", "Phone"), "phone", field=C.phone),
        FieldSpec("unit", translate("ComplaintForms", "Unit"), field=C.unit),
        FieldSpec("room", translate("ComplaintForms", "Room"), field=C.room),
        FieldSpec("nature", translate("ComplaintForms", "Nature"), "combo", required=True,
                  choices=choices(reception.COMPLAINT_NATURES)),
        FieldSpec("level", translate("ComplaintForms", "Level"), "combo", required=True, choices=choices(reception.COMPLAINT_LEVELS)),
        FieldSpec("request", translate("ComplaintForms", "The customer asks"), field=C.request),
        FieldSpec("summary", translate("ComplaintForms", "Complaint"), "multiline", required=True, field=C.summary),
    ]
    start = {"received_at": shown, "channel": "phone", "nature": "other",
             "level": reception.COMPLAINT_ORDINARY, **dict(values or {})}

    def save(v: dict) -> reception.Complaint:
        v = {**v, "received_at": _moment(v["received_at"], shown)}
        return reception.register_complaint(v, by=user, call_id=call_id)

    return _form(translate("ComplaintForms", "Register a complaint"), fields, save, parent, start, name="complaintForm")


def judge_form(user: User, c: reception.Complaint, parent: QWidget | None) -> RecordForm:
    fields = [
        FieldSpec("valid", translate("ComplaintForms", "Is the complaint valid?"), "combo", required=True,
                  choices=[(translate("ComplaintForms", "Valid: assign it"), 1), (translate("ComplaintForms", "Not valid: close it"), 0)]),
        FieldSpec("level", translate("ComplaintForms", "Level"), "combo", required=True, choices=choices(reception.COMPLAINT_LEVELS)),
        FieldSpec("explanation", translate("ComplaintForms", "Explanation given"), "multiline", field=C.explanation),
    ]
    return _form(translate("ComplaintForms", "Judge complaint {number}").format(number=c.number), fields,
                 lambda v: reception.judge_complaint(c.id, user, bool(v["valid"]), v["explanation"],
                                           v["level"]),
                 parent, {"valid": 1, "level": c.level}, intro=_about(c), name="judgeForm")


def assign_form(user: User, c: reception.Complaint, parent: QWidget | None) -> RecordForm:
    names = [d.name for d in people.departments()]
    fields = [
        FieldSpec("department", translate("ComplaintForms", "Department"), "combo", required=True, choices=names,
                  editable=True, field=C.department),
        FieldSpec("responsible", translate("ComplaintForms", "Responsible person"), field=C.responsible),
    ]
    return _form(translate("ComplaintForms", "Assign complaint {number}").format(number=c.number), fields,
                 lambda v: reception.assign_complaint(c.id, user, v["department"], v["responsible"]),
                 parent, {"department": c.department or (names[0] if names else "")},
                 intro=_about(c), name="assignForm")


def sign_form(user: User, c: reception.Complaint, parent: QWidget | None) -> RecordForm:
    shown = now_minute()
    fields = [
        FieldSpec("signed_by", translate("ComplaintForms", "Signed for by"), required=True, field=C.signed_by),
        FieldSpec("at", translate("ComplaintForms", "Signed at"), "datetime", required=True),
    ]
    return _form(translate("ComplaintForms", "Notice {number} signed for by {department}").format(
        number=c.number, department=c.department), fields,
        lambda v: reception.sign_complaint_notice(c.id, user, v["signed_by"],
                                                  _moment(v["at"], shown)),
        parent, {"signed_by": c.responsible, "at": shown}, intro=_about(c), name="signForm")


def contact_form(user: User, c: reception.Complaint, parent: QWidget | None) -> RecordForm:
    shown = now_minute()
    fields = [
        FieldSpec("at", translate("ComplaintForms", "Contacted at"), "datetime", required=True),
        FieldSpec("reason", translate("ComplaintForms", "Why later than the deadline"), "multiline",
                  field=C.contact_reason),
    ]
    return _form(translate("ComplaintForms", "First contact on {number}").format(number=c.number), fields,
                 lambda v: reception.record_complaint_contact(c.id, user, _moment(v["at"], shown),
                                                    v["reason"]),
                 parent, {"at": shown}, name="contactForm",
                 intro=translate("ComplaintForms", "Contact due by {due}.").format(due=f"{c.contact_due:%Y-%m-%d %H:%M}"))


def remedy_form(user: User, c: reception.Complaint, parent: QWidget | None) -> RecordForm:
    shown = now_minute()
    fields = [
        FieldSpec("at", translate("ComplaintForms", "Answered at"), "datetime", required=True),
        FieldSpec("correction_due", translate("ComplaintForms", "Corrective action by"), "date"),
        FieldSpec("remedy", translate("ComplaintForms", "Remedy"), "multiline", required=True, field=C.remedy),
        FieldSpec("correction", translate("ComplaintForms", "Corrective action"), "multiline", field=C.correction),
    ]
    words = reception.complaint_callbacks(c)
    intro = translate("ComplaintForms", "Remedy due by {due}.").format(due=f"{c.remedy_due:%Y-%m-%d %H:%M}")
    if words and words[-1].verdict == reception.CALLBACK_DISSATISFIED:
        intro += " " + translate("ComplaintForms", "Reopened: the customer said “{words}”.").format(words=words[-1].words)
    return _form(translate("ComplaintForms", "Remedy on {number}").format(number=c.number), fields,
                 lambda v: reception.answer_complaint_remedy(c.id, user, v["remedy"], v["correction"],
                                                   v["correction_due"],
                                                   _moment(v["at"], shown)),
                 parent, {"at": shown, "remedy": c.remedy, "correction": c.correction,
                          "correction_due": c.correction_due},
                 intro=intro, name="remedyForm")


def done_form(user: User, c: reception.Complaint, parent: QWidget | None) -> RecordForm:
    shown = now_minute()
    fields = [FieldSpec("at", translate("ComplaintForms", "Done at"), "datetime", required=True)]
    return _form(translate("ComplaintForms", "Complaint {number} done").format(number=c.number), fields,
                 lambda v: reception.mark_complaint_done(c.id, user, _moment(v["at"], shown)),
                 parent, {"at": shown}, name="doneForm",
                 intro=translate("ComplaintForms", "Call the customer back today."))


def callback_form(user: User, c: reception.Complaint, parent: QWidget | None) -> RecordForm:
    shown = now_minute()
    fields = [
        FieldSpec("verdict", translate("ComplaintForms", "Customer is"), "combo", required=True,
                  choices=choices(reception.COMPLAINT_VERDICTS)),
        FieldSpec("by_name", translate("ComplaintForms", "Called back by"), required=True, field=B.by_name),
        FieldSpec("at", translate("ComplaintForms", "Called at"), "datetime", required=True),
        FieldSpec("assessment", translate("ComplaintForms", "Overall assessment"), field=C.assessment),
        FieldSpec("words", translate("ComplaintForms", "What the customer said"), "multiline", field=B.words),
    ]
    return _form(translate("ComplaintForms", "Call back on {number}").format(number=c.number), fields,
                 lambda v: reception.call_back_complaint(c.id, user, v["verdict"], v["words"],
                                               v["by_name"], v["assessment"],
                                               _moment(v["at"], shown)),
                 parent, {"verdict": reception.CALLBACK_SATISFIED, "by_name": user.full_name, "at": shown},
                 intro=_about(c) + ("\n" + translate("ComplaintForms", "Remedy: {remedy}").format(remedy=c.remedy)
                                    if c.remedy else ""),
                 name="callbackForm")


def cancel_form(user: User, c: reception.Complaint, parent: QWidget | None) -> RecordForm:
    fields = [FieldSpec("reason", translate("ComplaintForms", "Reason"), "multiline", required=True,
                        field=C.cancel_reason)]
    return _form(translate("ComplaintForms", "Cancel complaint {number}").format(number=c.number), fields,
                 lambda v: reception.cancel_complaint(c.id, user, v["reason"]), parent, intro=_about(c),
                 name="cancelForm")


def period_form(on_save: Callable[[dict], object], parent: QWidget | None) -> RecordForm:
    today = clock.today()
    fields = [FieldSpec("first", translate("ComplaintForms", "From"), "date", required=True),
              FieldSpec("last", translate("ComplaintForms", "To"), "date", required=True)]
    return _form(translate("ComplaintForms", "Complaint register"), fields, on_save, parent,
                 {"first": today.replace(day=1), "last": today}, save_text=translate("ComplaintForms", "Preview"),
                 name="periodForm")
