"""拾遗's record forms: each a RecordForm whose save calls ONE operation of models.reception.

Keyboard-first (gui.widgets.record_form): Enter moves on, Enter in the last field saves.
The ID number is shown as typed only while it is being typed (then dots); once saved it
is only ever shown masked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from models import clock, reception
from models.people import User

from ..widgets.record_form import FieldSpec, RecordForm

translate = QCoreApplication.translate
F, L, C = reception.FoundItem, reception.LossReport, reception.Claim


def now_minute() -> dt.datetime:
    return clock.now().replace(second=0)


def choices(vocabulary) -> list[tuple[str, object]]:
    return vocabulary.choices(QCoreApplication.translate)


def _form(title: str, fields: list[FieldSpec], save: Callable[[dict], object],
          parent: QWidget | None, values: Mapping | None = None, intro: str = "",
          save_text: str = "", name: str = "lostFoundForm") -> RecordForm:
    form = RecordForm(title, fields, save, parent, values=dict(values or {}), intro=intro,
                      save_text=save_text)
    form.setObjectName(name)
    form.setMinimumWidth(520)
    return form


def _moment(value: object, shown: dt.datetime) -> dt.datetime | None:
    """None (the operation's own now) when the clerk left the minute the form showed."""
    if isinstance(value, dt.datetime) and value.replace(second=0) == shown:
        return None
    return value  # type: ignore[return-value]


# --- found items ------------------------------------------------------------------


def found_form(user: User, parent: QWidget | None, last: Mapping | None = None) -> RecordForm:
    """拾遗登记; the day, the signer and the storage place default from the last entry."""
    last = last or {}
    fields = [
        FieldSpec("found_on", translate("LostFoundForms", "Date found"), "date", required=True),
        FieldSpec("place", translate("LostFoundForms", "Place found"), required=True, field=F.place,
                  placeholder=translate("LostFoundForms", "e.g. A座1楼大堂")),
        FieldSpec("item_name", translate("LostFoundForms", "Item"), required=True, field=F.item_name,
                  placeholder=translate("LostFoundForms", "What it is: 钱包, 手机, 钥匙…")),
        FieldSpec("style", translate("LostFoundForms", "Style"), field=F.style, placeholder=translate("LostFoundForms", "Colour, look")),
        FieldSpec("model", translate("LostFoundForms", "Model"), field=F.model, placeholder=translate("LostFoundForms", "Brand, model")),
        FieldSpec("quantity", translate("LostFoundForms", "Quantity"), "int", required=True),
        FieldSpec("finder", translate("LostFoundForms", "Finder"), required=True, field=F.finder),
        FieldSpec("finder_phone", translate("LostFoundForms", "Finder's phone"), "phone", field=F.finder_phone),
        FieldSpec("finder_is_staff", translate("LostFoundForms", "Finder is our staff"), "check"),
        FieldSpec("value", translate("LostFoundForms", "Value assessed (yuan)"), "decimal"),
        FieldSpec("handed_to", translate("LostFoundForms", "Signed for by"), field=F.handed_to,
                  tooltip=translate("LostFoundForms", "Who in the office received it; leave empty when a department "
                             "registers it and hands it over later")),
        FieldSpec("storage", translate("LostFoundForms", "Kept at"), field=F.storage),
        FieldSpec("note", translate("LostFoundForms", "Note"), "multiline", field=F.note),
    ]
    values = {"found_on": last.get("found_on") or clock.today(), "quantity": 1,
              "handed_to": last.get("handed_to", user.full_name),
              "storage": last.get("storage", "")}
    return _form(translate("LostFoundForms", "Register a found item"), fields,
                 lambda v: reception.register_found(v, by=user), parent, values,
                 name="foundItemForm")


def sign_form(user: User, item: reception.FoundItem, parent: QWidget | None) -> RecordForm:
    shown = now_minute()
    fields = [
        FieldSpec("handed_to", translate("LostFoundForms", "Signed for by"), required=True, field=F.handed_to),
        FieldSpec("at", translate("LostFoundForms", "Signed at"), "datetime", required=True),
        FieldSpec("value", translate("LostFoundForms", "Value assessed (yuan)"), "decimal"),
        FieldSpec("storage", translate("LostFoundForms", "Kept at"), required=True, field=F.storage),
    ]
    return _form(
        translate("LostFoundForms", "Sign for found item {number}").format(number=item.number), fields,
        lambda v: reception.sign_for(item.id, by=user, handed_to=v["handed_to"],
                                     storage=v["storage"], value=v["value"],
                                     at=_moment(v["at"], shown)),
        parent, {"handed_to": user.full_name, "at": shown, "value": item.value},
        intro=translate("LostFoundForms", "{item}, found {date} at {place} by {finder}.").format(
            item=item.item_name, date=f"{item.found_on:%Y-%m-%d}", place=item.place,
            finder=item.finder), save_text=translate("LostFoundForms", "Sign for it"), name="signForm")


def claim_form(user: User, item: reception.FoundItem, parent: QWidget | None) -> RecordForm:
    """认领: the owner and the ID shown; a matching loss report may be tied to it."""
    shown = now_minute()
    reports = [(f"{r.number} {r.owner} {r.item_name}", r.id)
               for r in reception.matching_reports(item)]
    fields = [
        FieldSpec("owner", translate("LostFoundForms", "Owner"), required=True, field=C.owner),
        FieldSpec("id_type", translate("LostFoundForms", "ID"), "combo", required=True,
                  choices=choices(reception.ID_TYPES)),
        FieldSpec("id_number", translate("LostFoundForms", "ID number"), required=True, field=C.id_number,
                  tooltip=translate("LostFoundForms", "Shown masked once saved, on screen and on paper")),
        FieldSpec("phone", translate("LostFoundForms", "Phone"), "phone", field=C.phone),
        FieldSpec("claimed_at", translate("LostFoundForms", "Claimed at"), "datetime", required=True),
        FieldSpec("handled_by", translate("LostFoundForms", "Handled by"), required=True, field=C.handled_by),
        FieldSpec("loss_report", translate("LostFoundForms", "Loss report"), "combo",
                  choices=reports),
    ]
    values = {"id_type": reception.ID_CARD, "claimed_at": shown, "handled_by": user.full_name,
              "loss_report": reports[0][1] if reports else None}

    def save(v: dict) -> reception.Claim:
        return reception.claim(item.id, {**v, "claimed_at": _moment(v["claimed_at"], shown)},
                               by=user)

    form = _form(translate("LostFoundForms", "Hand found item {number} to its owner").format(number=item.number),
                 fields, save, parent, values, save_text=translate("LostFoundForms", "Hand over"), name="claimForm",
                 intro=translate("LostFoundForms", "{item} ({style} {model}), found {date} at {place}. Ask for an ID "
                          "and have the owner sign the printed claim form.").format(
                     item=item.item_name, style=item.style, model=item.model,
                     date=f"{item.found_on:%Y-%m-%d}", place=item.place))
    editor = form.fields["id_number"].editor
    if isinstance(editor, QLineEdit):
        editor.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
    return form


def dispose_form(user: User, item: reception.FoundItem, parent: QWidget | None) -> RecordForm:
    fields = [FieldSpec("reason", translate("LostFoundForms", "Reason and how"), "multiline", required=True,
                        field=F.dispose_reason)]
    return _form(
        translate("LostFoundForms", "Dispose of found item {number}").format(number=item.number), fields,
        lambda v: reception.dispose(item.id, v["reason"], by=user), parent,
        intro=translate("LostFoundForms", "Found {date}; kept {months} months for its owner, so it may be disposed of "
                 "from {first}.").format(date=f"{item.found_on:%Y-%m-%d}",
                                         months=reception.disposal_months(),
                                         first=f"{reception.disposable_from(item):%Y-%m-%d}"),
        save_text=translate("LostFoundForms", "Dispose of it"), name="disposeForm")


# --- loss reports -----------------------------------------------------------------


def loss_form(user: User, parent: QWidget | None) -> RecordForm:
    """报失登记, in the order the owner tells it."""
    fields = [
        FieldSpec("owner", translate("LostFoundForms", "Owner"), required=True, field=L.owner),
        FieldSpec("phone", translate("LostFoundForms", "Phone"), "phone", required=True, field=L.phone),
        FieldSpec("company", translate("LostFoundForms", "Company"), field=L.company),
        FieldSpec("room", translate("LostFoundForms", "Room"), field=L.room),
        FieldSpec("item_name", translate("LostFoundForms", "Item"), required=True, field=L.item_name),
        FieldSpec("style", translate("LostFoundForms", "Style"), field=L.style),
        FieldSpec("model", translate("LostFoundForms", "Model"), field=L.model),
        FieldSpec("lost_at", translate("LostFoundForms", "Lost at (date, time)"), "datetime", required=True),
        FieldSpec("place", translate("LostFoundForms", "Place lost"), field=L.place),
    ]
    return _form(translate("LostFoundForms", "Report a loss"), fields, lambda v: reception.report_loss(v, by=user),
                 parent, {"lost_at": now_minute()}, name="lossForm")


def recover_form(user: User, report: reception.LossReport,
                 parent: QWidget | None) -> RecordForm:
    items = [(f"{i.number} {i.item_name} {i.style}", i.id)
             for i in reception.candidate_items(report)]
    fields = [
        FieldSpec("found_item", translate("LostFoundForms", "Found item"), "combo",
                  choices=items,
                  tooltip=translate("LostFoundForms", "Leave empty when it was found but not registered here")),
        FieldSpec("note", translate("LostFoundForms", "What the owner was told"), "multiline", field=L.answer),
    ]
    return _form(
        translate("LostFoundForms", "Loss report {number}: found").format(number=report.number), fields,
        lambda v: reception.recover(report.id, by=user, found_item=v["found_item"],
                                    note=v["note"]), parent,
        {"found_item": items[0][1] if items else None,
         "note": translate("LostFoundForms", "Told the owner to come and claim it")},
        name="recoverForm")


def answer_form(user: User, report: reception.LossReport, parent: QWidget | None) -> RecordForm:
    fields = [FieldSpec("note", translate("LostFoundForms", "What the owner was told"), "multiline", required=True,
                        field=L.answer)]
    return _form(translate("LostFoundForms", "Loss report {number}: not found").format(number=report.number), fields,
                 lambda v: reception.answer(report.id, v["note"], by=user), parent,
                 name="answerForm")


# --- the month's unclaimed items --------------------------------------------------


def recent_months(count: int = 36) -> list[str]:
    """"YYYY-MM" from this month back, newest first."""
    today = clock.today()
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def month_form(on_save: Callable[[dict], object], parent: QWidget | None) -> RecordForm:
    months = recent_months()
    fields = [FieldSpec("month", translate("LostFoundForms", "Month"), "combo", required=True, choices=months)]
    return _form(translate("LostFoundForms", "Unclaimed items of the month"), fields, on_save, parent,
                 {"month": months[0]}, save_text=translate("LostFoundForms", "Preview"), name="monthForm")
