"""满意度调查 (satisfaction surveys, seed 002 §二十二): at least two a year; the ten service
items rated on each returned form; the result for the center's head, compared with the
previous survey (docs/domain.md, "Surveys").

The register's parts: ``surveys_base`` (permissions, words, tables), ``surveys_steps``
(declared once), ``surveys_ops`` (the operations), ``surveys_result`` (the result, the
twice-a-year check), ``surveys_demo``. The package's ``__init__`` gathers ``__all__`` and
the descriptor's parts below.
"""

from __future__ import annotations

from .. import audit, numbering
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from . import surveys_base as _base
from . import surveys_ops as _ops
from . import surveys_result as _result
from . import surveys_steps
from .surveys_base import Survey, SurveyForm, get_survey, survey_by_number
from .surveys_demo import add_surveys
from .surveys_result import ItemResult, Opinion, SurveyResult, SurveyYear, survey_result
from .surveys_steps import SURVEY_STEPS

SURVEY_PREFIX, SURVEY_STATUS, SURVEY_ITEMS = _base.PREFIX, _base.STATUS, _base.ITEMS
SURVEY_ITEM_CODES, SURVEY_RATINGS, SURVEY_HALVES = _base.ITEM_CODES, _base.RATINGS, _base.HALVES
SURVEY_DRAFT, SURVEY_OPEN, SURVEY_CLOSED = _base.DRAFT, _base.OPEN, _base.CLOSED
SURVEY_UNANSWERED, SURVEY_PER_YEAR = _base.UNANSWERED, _base.PER_YEAR
SURVEY_RATING_KEYS = _base.RATING_KEYS
SURVEY_FIELDS = _ops.FIELDS
survey_forms = _base.forms_of
create_survey, update_survey, open_survey = _ops.create_survey, _ops.update_survey, \
    _ops.open_survey
save_survey_forms, remove_survey_form = _ops.save_forms, _ops.remove_form
close_survey = _ops.close_survey
survey_years, short_survey_years = _result.survey_years, _result.short_years
survey_percent, previous_survey = _result.percent, _result.previous_survey

_S = Survey
SURVEY_LIST = ListSpec(
    name="reception_surveys",
    title=QT_TRANSLATE_NOOP("Lists", "Satisfaction surveys"),
    model=Survey,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), _S.number, width=130),
        Column("sent_on", QT_TRANSLATE_NOOP("Lists", "Sent out"), _S.sent_on, width=90,
               kind="date"),
        Column("year", QT_TRANSLATE_NOOP("Lists", "Year"), _S.year, width=50, kind="number"),
        Column("half", QT_TRANSLATE_NOOP("Lists", "Half-year"), _S.half, width=70,
               kind="status", labels=_base.HALVES),
        Column("title", QT_TRANSLATE_NOOP("Lists", "Title"), _S.title, width=240),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), _S.status, width=80,
               kind="status", labels=_base.STATUS),
        Column("forms_sent", QT_TRANSLATE_NOOP("Lists", "Forms sent"), _S.forms_sent, width=70,
               kind="number"),
        Column("returned", QT_TRANSLATE_NOOP("Lists", "Returned"),
               SurveyForm.select(_result.fn.COUNT(SurveyForm.id))
               .where(SurveyForm.survey == _S.id), width=70, kind="number", sortable=False),
        Column("closed_at", QT_TRANSLATE_NOOP("Lists", "Closed on"), _S.closed_at, width=120,
               kind="datetime"),
    ],
    search=[_S.number, _S.title],
    date_field=_S.sent_on,
    status_field=_S.status,
    statuses=_base.STATUS,
    default_sort=("sent_on", True),
)

__all__ = [
    "ItemResult", "Opinion", "SURVEY_CLOSED", "SURVEY_DRAFT", "SURVEY_FIELDS", "SURVEY_HALVES",
    "SURVEY_ITEMS", "SURVEY_ITEM_CODES", "SURVEY_LIST", "SURVEY_OPEN", "SURVEY_PER_YEAR",
    "SURVEY_PREFIX", "SURVEY_RATINGS", "SURVEY_RATING_KEYS", "SURVEY_STATUS", "SURVEY_STEPS", "SURVEY_UNANSWERED",
    "Survey", "SurveyForm", "SurveyResult", "SurveyYear", "close_survey", "create_survey",
    "get_survey", "open_survey", "previous_survey", "remove_survey_form", "save_survey_forms",
    "short_survey_years", "survey_by_number", "survey_forms", "survey_percent",
    "survey_result", "survey_years", "surveys_steps", "update_survey",
]

TABLES: tuple = (Survey, SurveyForm)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_surveys,)
STEPS: tuple = (SURVEY_STEPS,)

numbering.register(SURVEY_PREFIX, Survey, Survey.number)

audit.ACTION_LABELS.update({
    "survey.create": QT_TRANSLATE_NOOP("Lists", "Survey set up"),
    "survey.update": QT_TRANSLATE_NOOP("Lists", "Survey changed"),
    "survey.open": QT_TRANSLATE_NOOP("Lists", "Survey opened for entry"),
    "survey.forms": QT_TRANSLATE_NOOP("Lists", "Survey forms entered"),
    "survey.remove_form": QT_TRANSLATE_NOOP("Lists", "Survey form removed"),
    "survey.close": QT_TRANSLATE_NOOP("Lists", "Survey closed"),
})


def check() -> list[str]:
    """This register's invariants broken, in plain sentences (empty: sound)."""
    return _result.check_surveys()
