"""满意度调查's operations, one per step: each checks its step (surveys_steps), cleans every
value, writes in one transaction with its audit row, and returns the survey — or refuses
with a DomainError and writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .. import audit, clock, numbering
from ..db import database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import clean_date, clean_int, clean_text
from . import surveys_base as base
from . import surveys_steps as steps
from .surveys_base import Survey, SurveyForm
from .surveys_result import counts_of
from .surveys_steps import SURVEY_STEPS as STEPS

FIELDS = ("title", "year", "half", "sent_on", "forms_sent")
FORM_FIELDS = ("id", "company", "room", "ratings", "opinion")
MAX_FORMS = 100_000

_BAD_RATINGS = QT_TRANSLATE_NOOP(
    "DomainError", "Form {line}: the ratings must be ten of 1 (satisfied), 2 (fairly "
    "satisfied), 3 (dissatisfied) or 0 (not answered).")


def clean_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The survey form's values, checked (ValidationError naming the field)."""
    extra = set(values) - set(FIELDS)
    if extra:
        raise ValueError(f"unknown fields {sorted(extra)}")
    out: dict[str, Any] = {"title": clean_text(values.get("title"), Survey.title, required=(
        QT_TRANSLATE_NOOP("DomainError", "What is the survey called? The title is required.")))}
    out["sent_on"] = clean_date(values.get("sent_on"), "sent_on")
    year = values.get("year")
    out["year"] = out["sent_on"].year if year in (None, "") else clean_int(
        year, "year", out["sent_on"].year - 1, out["sent_on"].year)
    half = values.get("half")
    out["half"] = (1 if out["sent_on"].month <= 6 else 2) if half in (None, "") else \
        clean_int(half, "half", 1, 2)
    out["forms_sent"] = clean_int(values.get("forms_sent"), "forms_sent", 1, MAX_FORMS)
    return out


def create_survey(values: Mapping[str, Any], by: User) -> Survey:
    """新建调查 (a draft): numbered MY + the day the forms are sent out."""
    STEPS.require(by, steps.NEW)
    clean = clean_values(values)
    with database.atomic("IMMEDIATE"):
        number = numbering.next_number(base.PREFIX, clean["sent_on"])
        survey = Survey.create(number=number, status=base.DRAFT, entered_at=clock.now(),
                               created_by=by, **clean)
        audit.record(by, "survey.create", "survey", survey.id, number, clean)
        return survey


def update_survey(survey_id: int, values: Mapping[str, Any], by: User) -> Survey:
    """A draft's title, half-year, date or count of forms corrected (the number stays)."""
    survey = _fetch(survey_id, steps.EDIT, by)
    clean = clean_values(values)
    changes = {k: v for k, v in clean.items() if getattr(survey, k) != v}
    with database.atomic("IMMEDIATE"):
        for key, value in changes.items():
            setattr(survey, key, value)
        survey.save()
        audit.record(by, "survey.update", "survey", survey.id, survey.number, changes)
        return survey


def open_survey(survey_id: int, by: User) -> Survey:
    """开始录入: the forms are out; the clerks may type in what comes back."""
    survey = _fetch(survey_id, steps.OPEN_ENTRY, by)
    with database.atomic("IMMEDIATE"):
        survey.status, survey.opened_at = base.OPEN, clock.now()
        survey.save()
        audit.record(by, "survey.open", "survey", survey.id, survey.number,
                     {"status": base.OPEN})
        return survey


def clean_ratings(value: Any, line: int) -> str:
    """Ten characters of 1/2/3/0, one per item (spaces count as 0: not answered)."""
    text = value if isinstance(value, str) else ""
    text = text.replace(" ", base.UNANSWERED)
    if len(text) != base.ITEM_COUNT or any(c not in base.RATINGS for c in text):
        raise ValidationError(_BAD_RATINGS, field="ratings", line=line)
    return text


def _clean_form(row: Mapping[str, Any], line: int) -> dict[str, Any]:
    extra = set(row) - set(FORM_FIELDS)
    if extra:
        raise ValueError(f"unknown fields {sorted(extra)}")
    return {"company": clean_text(row.get("company"), SurveyForm.company),
            "room": clean_text(row.get("room"), SurveyForm.room),
            "ratings": clean_ratings(row.get("ratings"), line),
            "opinion": clean_text(row.get("opinion"), SurveyForm.opinion)}


def save_forms(survey_id: int, rows: Sequence[Mapping[str, Any]], by: User) -> Survey:
    """录入意见表: the grid's rows saved at once — a row with an ``id`` changes that form,
    one without is a new form; a form all 未答 with nothing written is refused (an empty
    line is the grid's, not a form). One audit row counts what was added and changed."""
    survey = _fetch(survey_id, steps.ENTER, by)
    existing = {f.id: f for f in base.forms_of(survey)}
    next_line = max((f.line for f in existing.values()), default=0) + 1
    added, changed = [], []
    for n, row in enumerate(rows, start=1):
        clean = _clean_form(row, n)
        if clean["ratings"] == base.NOT_ANSWERED and not clean["opinion"]:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Form {line} has no rating and no opinion; remove the line or "
                "type its ratings."), field="ratings", line=n)
        form_id = row.get("id")
        if form_id is None:
            added.append(clean)
            continue
        form = existing.get(form_id)
        if form is None:
            raise NotFound(QT_TRANSLATE_NOOP("DomainError", "Form {line} is not one of survey "
                                             "{number}'s forms."), line=n, number=survey.number)
        if any(getattr(form, k) != v for k, v in clean.items()):
            changed.append((form, clean))
    if len(existing) + len(added) > survey.forms_sent:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Survey {number} sent out {sent} forms; {returned} cannot have come "
            "back. Correct the number sent out first."), field="forms_sent",
            number=survey.number, sent=survey.forms_sent, returned=len(existing) + len(added))
    now = clock.now()
    with database.atomic("IMMEDIATE"):
        for form, clean in changed:
            for key, value in clean.items():
                setattr(form, key, value)
            form.save()
        for offset, clean in enumerate(added):
            SurveyForm.create(survey=survey, line=next_line + offset, entered_at=now,
                              created_by=by, **clean)
        audit.record(by, "survey.forms", "survey", survey.id, survey.number,
                     {"added": len(added), "changed": [f.line for f, _ in changed]})
        return survey


def remove_form(form_id: int, by: User) -> Survey:
    """A form entered by mistake taken out again (while the survey is open)."""
    gone = QT_TRANSLATE_NOOP("DomainError", "That survey form no longer exists.")
    form = SurveyForm.get_or_none(SurveyForm.id == form_id) if isinstance(form_id, int) \
        else None
    if form is None:
        raise NotFound(gone)
    survey = _fetch(form.survey_id, steps.ENTER, by)
    with database.atomic("IMMEDIATE"):
        form.delete_instance()
        audit.record(by, "survey.remove_form", "survey", survey.id, survey.number,
                     {"line": form.line, "ratings": form.ratings})
        return survey


def close_survey(survey_id: int, by: User, remarks: str = "") -> Survey:
    """结束调查: the manager closes it; its counts are frozen with it (``result``)."""
    survey = _fetch(survey_id, steps.CLOSE, by)
    remarks = clean_text(remarks, Survey.remarks)
    with database.atomic("IMMEDIATE"):
        frozen = counts_of(survey)
        survey.status, survey.closed_at = base.CLOSED, clock.now()
        survey.closed_by = by.full_name or by.login
        survey.remarks = remarks
        survey.result = json.dumps(frozen, sort_keys=True)
        survey.save()
        audit.record(by, "survey.close", "survey", survey.id, survey.number,
                     {"returned": frozen["returned"], "remarks": remarks})
        return survey


def _fetch(survey_id: int, step: str, by: User) -> Survey:
    STEPS.require(by, step)
    survey = base.get_survey(survey_id)
    STEPS.require(by, step, survey)
    return survey
