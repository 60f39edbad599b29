"""回访's record forms: each a RecordForm whose save calls ONE operation of models.callbacks.

Keyboard-first (gui.widgets.record_form): the verdict is one key (1 满意, 2 基本满意,
3 不满意, 0 cannot answer now), Enter moves on, Ctrl+Enter saves from a multi-line field.
A time left as the form showed it is "now" for the operation.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models import callback_queue, callbacks, clock
from models.people import User

from ..widgets.callback_dialog import VerdictKeys, verdict_choices, verdict_keys
from ..widgets.record_form import FieldSpec, RecordForm

translate = QCoreApplication.translate
B = callbacks.Callback


def now_minute() -> dt.datetime:
    return clock.now().replace(second=0, microsecond=0)


def _moment(value: object, shown: dt.datetime) -> dt.datetime | None:
    """None (the operation's own now) when the clerk left the minute the form showed."""
    if isinstance(value, dt.datetime) and value.replace(second=0, microsecond=0) == shown:
        return None
    return value  # type: ignore[return-value]


def _form(title: str, fields: list[FieldSpec], save, parent: QWidget | None, values: dict,
          intro: str, name: str) -> RecordForm:
    form = RecordForm(title, fields, save, parent, values=values, intro=intro)
    form.setObjectName(name)
    form.setMinimumWidth(560)
    return form


def callback_form(user: User, entry: callback_queue.QueueEntry, parent: QWidget | None) -> RecordForm:
    """回访 on a case in the queue: the verdict, or "cannot answer now" with the time promised."""
    case, shown = entry.case, now_minute()
    modes = callbacks.MODES.choices(translate)
    fields = [
        FieldSpec("verdict", translate("CallbackForms", "Customer's verdict"), "combo",
                  required=True, choices=verdict_choices(with_promise=True),
                  tooltip=translate("CallbackForms", "One key: 1, 2, 3, or 0 when the "
                                    "customer cannot answer now")),
        FieldSpec("words", translate("CallbackForms", "What the customer said"), "multiline",
                  field=B.words),
        FieldSpec("promised_at", translate("CallbackForms", "Answer promised by"), "datetime",
                  tooltip=translate("CallbackForms", "When the customer cannot answer now: "
                                    "when the office calls again")),
        FieldSpec("made_at", translate("CallbackForms", "Called at"), "datetime", required=True),
        FieldSpec("mode", translate("CallbackForms", "How"), "combo", required=True,
                  choices=modes),
        FieldSpec("person", translate("CallbackForms", "Spoken to"), field=B.person),
        FieldSpec("by_name", translate("CallbackForms", "Called back by"), required=True,
                  field=B.by_name),
        FieldSpec("follow_up_needed", translate("CallbackForms", "Follow-up needed"), "check"),
    ]
    intro = translate("CallbackForms", "{number}: call {customer} ({phone}), {room} — {summary}"
                      ).format(number=case.number, customer=case.customer or "—",
                               phone=case.phone or "—", room=case.room or "—",
                               summary=case.summary)
    intro += "\n" + translate("CallbackForms", "“Unsatisfied” sends the case back to {owner} "
                              "and it stays open.").format(owner=case.owner or "—")

    def save(v: dict) -> callbacks.Callback:
        values = {key: v[key] for key in ("verdict", "words", "mode", "person", "by_name",
                                          "follow_up_needed")}
        values["verdict"] = values["verdict"] or ""
        values["made_at"] = _moment(v["made_at"], shown)
        values["promised_at"] = v["promised_at"] if not values["verdict"] else None
        return callbacks.record_callback(case.kind, case.case_id, values, user)

    form = _form(translate("CallbackForms", "Call back on {number}").format(number=case.number),
                 fields, save, parent,
                 {"verdict": callbacks.SATISFIED, "made_at": shown, "mode": callbacks.PHONE,
                  "person": case.customer, "by_name": user.full_name},
                 intro, "callbackQueueForm")
    VerdictKeys(form.widget("verdict"), verdict_keys(with_promise=True))
    return form


def follow_up_form(user: User, callback: callbacks.Callback,
                   parent: QWidget | None) -> RecordForm:
    """The follow-up: the promised answer given (and the customer's verdict then), or the
    follow-up the callback asked for."""
    shown = now_minute()
    fields = [FieldSpec("result", translate("CallbackForms", "Follow-up result"), "multiline",
                        required=True, field=B.follow_up_result)]
    if callback.promised:
        fields.insert(0, FieldSpec("verdict", translate("CallbackForms", "Customer's verdict"),
                                   "combo", required=True, choices=verdict_choices()))
    fields.append(FieldSpec("at", translate("CallbackForms", "Followed up at"), "datetime",
                            required=True))
    intro = translate("CallbackForms", "{number}: {customer} said “{words}”.").format(
        number=callback.number, customer=callback.person or callback.customer or "—",
        words=callback.words or "—")
    if callback.promised_at is not None:
        intro += "\n" + translate("CallbackForms", "Answer promised by {time}.").format(
            time=f"{callback.promised_at:%Y-%m-%d %H:%M}")
    form = _form(translate("CallbackForms", "Follow-up on {number}").format(
        number=callback.number), fields,
        lambda v: callbacks.record_follow_up(callback.id, v["result"], user,
                                             verdict=v.get("verdict") or "",
                                             at=_moment(v["at"], shown)),
        parent, {"verdict": callbacks.SATISFIED, "at": shown}, intro, "callbackFollowUpForm")
    if callback.promised:
        VerdictKeys(form.widget("verdict"))
    return form
