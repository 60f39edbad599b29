"""意见咨询's forms: the consultation (a header and a grid of the customers consulted), the
follow-up, the promised answer and the manager's review — each saves through ONE operation
of models.reception.

Keyboard-first: in the grid Enter goes along a line (person → phone → unit → room →
opinion → answer promised → follow-up) and on to the next; Enter on an empty last line
goes to Save. An answer promised is typed as ``2026-03-12 10:00``, ``03-12 10:00`` or
``03-12`` (10:00 that day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models import callbacks, clock, reception, values
from models.people import User

from ..widgets import lines_grid as grid
from ..widgets.document_form import DocumentForm
from ..widgets.record_form import FieldSpec, RecordForm

translate = QCoreApplication.translate
C, L = reception.Consultation, reception.ConsultationLine
TEXT_KEYS = ("person", "phone", "unit", "room", "opinion", "follow_up")


def choices(vocabulary) -> list[tuple[str, object]]:
    return vocabulary.choices(QCoreApplication.translate)


def parse_promise(text: str, today: dt.date) -> dt.datetime | None:
    """``YYYY-MM-DD HH:MM``, ``MM-DD HH:MM`` or ``MM-DD`` (10:00); None when not one of them."""
    text = " ".join(text.replace("/", "-").split())
    for shape, full in (("%Y-%m-%d %H:%M", True), ("%Y-%m-%d", True), ("%m-%d %H:%M", False),
                        ("%m-%d", False)):
        try:
            when = dt.datetime.strptime(text if full else f"{today.year}-{text}",
                                        shape if full else f"%Y-{shape}")
        except ValueError:
            continue
        if ":" not in text:
            when = when.replace(hour=10)
        return when
    return None


@dataclass
class Customer:
    """One line as typed."""

    texts: dict[str, str] = field(default_factory=dict)
    promised_at: dt.datetime | None = None
    problems: dict[str, str] = field(default_factory=dict)

    def is_blank(self) -> bool:
        return not any(self.texts.values()) and self.promised_at is None


class CustomersModel(grid.LinesModel):
    """The customers consulted."""

    editable = (*TEXT_KEYS, "promised_at")
    enter_order = ("person", "phone", "unit", "room", "opinion", "promised_at", "follow_up")
    widths = {"person": 80, "phone": 110, "unit": 120, "room": 60, "promised_at": 120,
              "follow_up": 160}
    stretch = "opinion"

    def __init__(self, parent=None) -> None:
        super().__init__(self.enter_order, parent=parent)

    def header(self, key: str) -> str:
        return {
            "person": translate("ConsultationForms", "Person"),
            "phone": translate("ConsultationForms", "Phone"),
            "unit": translate("ConsultationForms", "Unit"),
            "room": translate("ConsultationForms", "Room"),
            "opinion": translate("ConsultationForms", "Opinion"),
            "promised_at": translate("ConsultationForms", "Answer by"),
            "follow_up": translate("ConsultationForms", "Follow-up"),
        }[key]

    def new_line(self) -> Customer:
        return Customer()

    def text(self, line: Customer, key: str) -> str:
        if key == "promised_at":
            if "promised_at" in line.problems:
                return line.texts.get("promised_at_typed", "")
            return f"{line.promised_at:%Y-%m-%d %H:%M}" if line.promised_at else ""
        return line.texts.get(key, "")

    def take(self, line: Customer, key: str, text: str) -> str:
        if key == "promised_at":
            line.texts["promised_at_typed"] = text
            if not text:
                line.promised_at = None
                return ""
            when = parse_promise(text, clock.today())
            if when is None:
                line.promised_at = None
                return translate("ConsultationForms",
                                 "Type the answer's time as 2026-03-12 10:00 or 03-12.")
            line.promised_at = when
            return ""
        limit = values.limit_of(L._meta.fields[key])
        line.texts[key] = text
        if len(text) > limit:
            return translate("ConsultationForms", "At most {n} characters.").format(n=limit)
        return ""

    def snapshot(self) -> list[tuple]:
        return [(*[line.texts.get(k, "") for k in TEXT_KEYS], line.promised_at)
                for line in self.lines if not line.is_blank()]

    def lines_for_save(self) -> list[dict[str, Any]]:
        return [{**{k: line.texts.get(k, "") for k in TEXT_KEYS},
                 "promised_at": line.promised_at}
                for line in self.lines if not line.is_blank()]


def consultation_form(user: User, parent: QWidget | None,
                      values_: Mapping | None = None) -> DocumentForm:
    """意见咨询登记: the kind, the day, who consulted, then the customers in the grid."""
    fields = [
        FieldSpec("kind", translate("ConsultationForms", "Kind"), "combo", required=True,
                  choices=choices(reception.CONSULTATION_KINDS)),
        FieldSpec("held_on", translate("ConsultationForms", "Date"), "date", required=True),
        FieldSpec("by_name", translate("ConsultationForms", "Consulted by"), field=C.by_name),
        FieldSpec("note", translate("ConsultationForms", "Note"), field=C.note),
    ]
    start = {"kind": reception.CONSULTATION_PHONE, "held_on": clock.today(),
             "by_name": user.full_name, **dict(values_ or {})}

    def save(v: dict, lines: list[dict]) -> reception.Consultation:
        return reception.record_consultation(v, lines, by=user)

    form = DocumentForm("consultation", translate("ConsultationForms", "New consultation"),
                        fields, [("kind", "held_on"), ("by_name", "note")], CustomersModel(),
                        save, parent, values=start, intro=translate(
                            "ConsultationForms", "One line per customer consulted; a blank "
                            "opinion is 无意见. Enter on an empty line goes to Save."))
    return form


def _about(line: reception.ConsultationLine) -> str:
    c = line.consultation
    return translate("ConsultationForms", "{number} #{seq}: {person} ({phone}) — {opinion}").format(
        number=c.number, seq=line.seq, person=line.person, phone=line.phone,
        opinion=(line.opinion or translate("ConsultationForms", "no opinion"))[:80])


def _form(title: str, fields: list[FieldSpec], save, parent, values_: Mapping | None,
          intro: str, name: str) -> RecordForm:
    form = RecordForm(title, fields, save, parent, values=dict(values_ or {}), intro=intro)
    form.setObjectName(name)
    form.setMinimumWidth(520)
    return form


def follow_up_form(user: User, line: reception.ConsultationLine,
                   parent: QWidget | None) -> RecordForm:
    """跟进处理情况 of one customer's opinion (and its result)."""
    fields = [
        FieldSpec("result", translate("ConsultationForms", "Result"), field=L.result),
        FieldSpec("follow_up", translate("ConsultationForms", "Follow-up"), "multiline",
                  required=True, field=L.follow_up),
    ]

    def save(v: dict) -> reception.Consultation:
        return reception.follow_up_consultation(line.id, user, v["follow_up"], v["result"])

    return _form(translate("ConsultationForms", "Follow-up"), fields, save, parent,
                 {"follow_up": line.follow_up, "result": line.result}, _about(line),
                 "consultationFollowUpForm")


def answer_form(user: User, line: reception.ConsultationLine,
                parent: QWidget | None) -> RecordForm:
    """The promised answer: 满意 / 基本满意 answers it; 不满意 keeps it waiting a day more."""
    fields = [
        FieldSpec("verdict", translate("ConsultationForms", "The customer is"), "combo",
                  required=True, choices=choices(callbacks.VERDICTS)),
        FieldSpec("words", translate("ConsultationForms", "Their words"), "multiline",
                  field=L.answer_words),
    ]

    def save(v: dict) -> reception.Consultation:
        return reception.answer_consultation(line.id, user, v["verdict"], v["words"])

    intro = _about(line)
    if line.verdict:
        intro += "\n" + translate("ConsultationForms", "Last time: {words}").format(
            words=line.answer_words)
    return _form(translate("ConsultationForms", "Promised answer"), fields, save, parent,
                 {"verdict": callbacks.SATISFIED}, intro, "consultationAnswerForm")


def review_form(user: User, c: reception.Consultation, parent: QWidget | None) -> RecordForm:
    """客服部长审核: the manager's note, signed by saving."""
    fields = [FieldSpec("note", translate("ConsultationForms", "Review note"), "multiline",
                        field=C.review_note)]
    lines = reception.consultation_lines(c)
    followed = [f"{line.seq}. {line.person}: {line.follow_up}" for line in lines
                if line.follow_up]
    intro = translate("ConsultationForms", "{number}: {count} customers consulted by {by}.").format(
        number=c.number, count=len(lines), by=c.by_name)
    if followed:
        intro += "\n" + "\n".join(followed[:8])

    def save(v: dict) -> reception.Consultation:
        return reception.review_consultation(c.id, user, v["note"])

    return _form(translate("ConsultationForms", "Review the consultation"), fields, save,
                 parent, {}, intro, "consultationReviewForm")
