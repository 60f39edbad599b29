"""The visitors view's forms: the visit (keyboard-first), telling the host, the day to print.

Every form is a RecordForm whose ``on_save`` calls ONE operation of models.reception; a
DomainError lands in the form's red banner and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from models import clock, reception
from models.people import User

from ..widgets.record_form import FieldSpec, RecordForm

translate = QCoreApplication.translate
V = reception.Visit


def now_minute() -> dt.datetime:
    return clock.now().replace(second=0, microsecond=0)


def moment(value: object, shown: dt.datetime) -> dt.datetime | None:
    """The time as typed; None (the operation's own "now") when the clerk left the minute shown."""
    if isinstance(value, dt.datetime) and value.replace(second=0) == shown:
        return None
    return value  # type: ignore[return-value]


def label(key: str) -> str:
    return translate("Visitors", reception.VISIT_FIELD_LABELS[key])


def choices(vocabulary) -> list[tuple[str, str]]:
    return [(text, code) for text, code in vocabulary.choices(translate)]


def _identity_choices(current: int | None = None) -> list[tuple[str, int]]:
    out = [(i.name, i.id) for i in reception.visit_identities()]
    if current is not None and all(i != current for _n, i in out):
        out += [(i.name, i.id) for i in reception.visit_identities(active_only=False)
                if i.id == current]
    return out


def visit_fields(identities: list[tuple[str, int]]) -> list[FieldSpec]:
    """In the order the desk asks: who, from where, to see whom, why; the papers last."""
    return [
        FieldSpec("kind", label("kind"), "combo", required=True,
                  choices=choices(reception.VISIT_KIND_LABELS)),
        FieldSpec("visitor", label("visitor"), required=True, field=V.visitor),
        FieldSpec("phone", label("phone"), "phone", field=V.phone),
        FieldSpec("company", label("company"), field=V.company),
        FieldSpec("people_count", label("people_count"), "int", required=True),
        FieldSpec("identity", label("identity"), "combo", required=True, choices=identities),
        FieldSpec("host_person", label("host_person"), "combo", editable=True,
                  field=V.host_person, choices=reception.known_hosts(),
                  placeholder=translate("VisitorForms", "Whom the visitor comes to see")),
        FieldSpec("host_department", label("host_department"), field=V.host_department,
                  placeholder=translate("VisitorForms", "Filled in from the host when known")),
        FieldSpec("purpose", label("purpose"), field=V.purpose),
        FieldSpec("id_type", label("id_type"), "combo",
                  choices=choices(reception.ID_TYPE_LABELS)),
        FieldSpec("id_number", label("id_number"), field=V.id_number,
                  placeholder=translate("VisitorForms", "Only if the visitor shows a paper")),
        FieldSpec("received_by", label("received_by"), field=V.received_by),
        FieldSpec("arrived_at", label("arrived_at"), "datetime", required=True,
                  tooltip=translate("VisitorForms", "A walk-in: when the visitor came. An "
                                    "appointment: when the visitor is expected.")),
        FieldSpec("message", label("message"), "multiline", field=V.message),
    ]


def _fill_department(form: RecordForm) -> None:
    """A known host fills the department, while the clerk has left it empty."""
    department = form.fields["host_department"]
    if department.is_empty():
        guess = reception.guess_host_department(str(form.fields["host_person"].value() or ""))
        if guess:
            department.set_value(guess)


def defaults(user: User) -> dict[str, object]:
    """A new visit starts from the clerk's last one: its kind, identity and receiver."""
    last = reception.last_entry(user.id)
    values: dict[str, object] = {"kind": reception.WALK_IN, "people_count": 1,
                                 "received_by": user.full_name, "arrived_at": now_minute()}
    first = reception.visit_identities()
    if first:
        values["identity"] = first[0].id
    if last is not None:
        values.update(kind=last.kind, identity=last.identity_id,
                      received_by=last.received_by or user.full_name)
    return values


def visit_form(user: User, parent: QWidget | None = None,
               visit: reception.Visit | None = None) -> RecordForm:
    """登记 (visit None) or correct a visit."""
    if visit is None:
        title = translate("VisitorForms", "New visit")
        values = defaults(user)
        shown = values["arrived_at"]
        identities = _identity_choices()

        def save(v: dict) -> reception.Visit:
            arrived = moment(v["arrived_at"], shown)  # type: ignore[arg-type]
            return reception.register_visit({**v, "arrived_at": arrived}, by=user)
    else:
        title = translate("VisitorForms", "Edit visit {number}").format(number=visit.number)
        values = {key: getattr(visit, key) for key in reception.VISIT_FIELDS
                  if key not in ("identity", "id_number", "agreed_at")}
        values["identity"] = visit.identity_id
        identities = _identity_choices(visit.identity_id)
        original = visit.arrived_at

        def save(v: dict) -> reception.Visit:
            v = {**v}
            if v.get("arrived_at") and v["arrived_at"].replace(second=0) == original.replace(
                    second=0, microsecond=0):
                v["arrived_at"] = original
            if not v.get("id_number"):  # the number is never shown: blank keeps it
                v.pop("id_number", None)
                v.pop("id_type", None)
            return reception.update_visit(visit.id, v, by=user)

    form = RecordForm(title, visit_fields(identities), save, parent, values=values,
                      intro="" if visit is None or not visit.id_number else translate(
                          "VisitorForms", "The ID number on file ({masked}) is kept unless "
                          "you type another.").format(masked=reception.mask_id(visit.id_number)))
    form.setObjectName("visitForm")
    form.setMinimumWidth(520)
    host = form.fields["host_person"].widget
    editor = host.lineEdit() if hasattr(host, "lineEdit") else None
    if isinstance(editor, QLineEdit):
        editor.editingFinished.connect(lambda f=form: _fill_department(f))
    return form


def notify_form(user: User, visit: reception.Visit, parent: QWidget | None) -> RecordForm:
    """通知被访人: who was told, when; a walk-in is given a time."""
    shown = now_minute()
    fields = [
        FieldSpec("notified_to", translate("VisitorForms", "Told"), field=V.notified_to),
        FieldSpec("at", translate("VisitorForms", "Told at"), "datetime", required=True),
        FieldSpec("agreed_at", translate("VisitorForms", "Agreed time"), "datetime",
                  tooltip=translate("VisitorForms", "The time the host gives the visitor")),
    ]
    form = RecordForm(
        translate("VisitorForms", "Tell the host of visit {number}").format(number=visit.number),
        fields, lambda v: reception.notify_host(visit.id, by=user, notified_to=v["notified_to"],
                                                at=moment(v["at"], shown),
                                                agreed_at=v["agreed_at"]),
        parent, values={"notified_to": visit.host_person, "at": shown},
        intro=translate("VisitorForms", "{visitor} ({company}) to see {host}: {purpose}").format(
            visitor=visit.visitor, company=visit.company or "—",
            host=" ".join(p for p in (visit.host_department, visit.host_person) if p),
            purpose=visit.purpose or "—"),
        save_text=translate("VisitorForms", "Host told"))
    form.setObjectName("notifyForm")
    return form


def day_form(on_save: Callable[[dict], object], parent: QWidget | None) -> RecordForm:
    """Pick the day of the 来访登记表 (default today)."""
    fields = [FieldSpec("day", translate("VisitorForms", "Day"), "date", required=True)]
    form = RecordForm(translate("VisitorForms", "The day's visitors register"), fields, on_save,
                      parent, values={"day": clock.today()},
                      save_text=translate("VisitorForms", "Preview"))
    form.setObjectName("visitDayForm")
    return form
