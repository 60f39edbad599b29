"""满意度调查's result (§二十二 2.0): returned count, return rate, overall and per-item
satisfaction, the customers' opinions, and the per-item change since the previous survey;
and the "at least twice a year" check.

Satisfaction rate (满意率) = (满意 + 基本满意) / answered: a form that left an item blank
(未答) does not count for that item, so an item few answered is not dragged down by
silence. The overall rate is the same over every answered rating of every item (each
answer weighs the same). A closed survey's counts are the ones frozen when it closed
(``Survey.result``); an open survey's are counted from its forms now.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import fn

from . import surveys_base as base
from .surveys_base import Survey, SurveyForm

RATED = (base.SATISFIED, base.FAIRLY, base.DISSATISFIED, base.UNANSWERED)


def counts_of(survey: Survey) -> dict:
    """{"returned": n, "items": {code: [满意, 基本满意, 不满意, 未答]}} counted from the forms."""
    items = {code: [0, 0, 0, 0] for code in base.ITEM_CODES}
    returned = 0
    query = (SurveyForm.select(SurveyForm.ratings, fn.COUNT(SurveyForm.id).alias("n"))
             .where(SurveyForm.survey == survey).group_by(SurveyForm.ratings).tuples())
    for ratings, n in query:
        returned += n
        for code, rating in zip(base.ITEM_CODES, ratings, strict=True):
            items[code][RATED.index(rating)] += n
    return {"returned": returned, "items": items}


def frozen_or_counted(survey: Survey) -> dict:
    if survey.status == base.CLOSED and survey.result:
        return json.loads(survey.result)
    return counts_of(survey)


def rate(satisfied: int, fairly: int, dissatisfied: int) -> float | None:
    answered = satisfied + fairly + dissatisfied
    return (satisfied + fairly) / answered if answered else None


@dataclass(frozen=True)
class ItemResult:
    """One service item's counts and rate (None: nobody answered it)."""

    code: str
    satisfied: int
    fairly: int
    dissatisfied: int
    unanswered: int
    rate: float | None
    previous: float | None = None  # the previous survey's rate of the item

    @property
    def answered(self) -> int:
        return self.satisfied + self.fairly + self.dissatisfied

    @property
    def change(self) -> float | None:
        """The rate's change since the previous survey (a fraction; None: nothing to compare)."""
        if self.rate is None or self.previous is None:
            return None
        return self.rate - self.previous


@dataclass(frozen=True)
class Opinion:
    line: int
    company: str
    room: str
    text: str


@dataclass(frozen=True)
class SurveyResult:
    """What the result sheet reports to the center's head."""

    survey: Survey
    forms_sent: int
    returned: int
    items: list[ItemResult]
    overall: float | None
    opinions: list[Opinion]
    previous: Survey | None
    previous_overall: float | None

    @property
    def return_rate(self) -> float | None:
        return self.returned / self.forms_sent if self.forms_sent else None

    @property
    def overall_change(self) -> float | None:
        if self.overall is None or self.previous_overall is None:
            return None
        return self.overall - self.previous_overall


def _rates(counts: dict) -> tuple[dict[str, float | None], float | None]:
    per_item = {code: rate(*counts["items"][code][:3]) for code in base.ITEM_CODES}
    good = sum(c[0] + c[1] for c in counts["items"].values())
    answered = sum(c[0] + c[1] + c[2] for c in counts["items"].values())
    return per_item, (good / answered if answered else None)


def previous_survey(survey: Survey) -> Survey | None:
    """The survey before this one (by the day sent out), that has come past its draft."""
    return (Survey.select().where(Survey.status != base.DRAFT, Survey.id != survey.id,
                                  (Survey.sent_on < survey.sent_on)
                                  | ((Survey.sent_on == survey.sent_on)
                                     & (Survey.id < survey.id)))
            .order_by(Survey.sent_on.desc(), Survey.id.desc()).first())


def survey_result(survey: Survey) -> SurveyResult:
    counts = frozen_or_counted(survey)
    before = previous_survey(survey)
    before_items, before_overall = (_rates(frozen_or_counted(before)) if before is not None
                                    else ({}, None))
    items = []
    for code in base.ITEM_CODES:
        s, f, d, u = counts["items"][code]
        items.append(ItemResult(code, s, f, d, u, rate(s, f, d), before_items.get(code)))
    _per_item, overall = _rates(counts)
    opinions = [Opinion(f.line, f.company, f.room, f.opinion) for f in base.forms_of(survey)
                if f.opinion]
    return SurveyResult(survey, survey.forms_sent, counts["returned"], items, overall,
                        opinions, before, before_overall)


def percent(value: float | None, signed: bool = False) -> str:
    """85.3% (signed: +2.1 for a change in percentage points); "—" for nothing."""
    if value is None:
        return "—"
    return f"{value * 100:+.1f}" if signed else f"{value * 100:.1f}%"


@dataclass(frozen=True)
class SurveyYear:
    year: int
    count: int

    @property
    def short(self) -> bool:
        return self.count < base.PER_YEAR


def survey_years(today: dt.date) -> list[SurveyYear]:
    """Each year from the first survey's to this one, with its count of surveys (drafts
    included: planned counts); newest first. A year with fewer than two is short (§二十二)."""
    rows = dict(Survey.select(Survey.year, fn.COUNT(Survey.id)).group_by(Survey.year).tuples())
    if not rows:
        return [SurveyYear(today.year, 0)]
    first = min(min(rows), today.year)
    return [SurveyYear(year, rows.get(year, 0))
            for year in range(max(max(rows), today.year), first - 1, -1)]


def short_years(today: dt.date) -> list[SurveyYear]:
    return [y for y in survey_years(today) if y.short]


def check_surveys() -> list[str]:
    """A closed survey whose forms no longer give its frozen counts; ratings out of the code."""
    problems = []
    for survey in Survey.select().where(Survey.status == base.CLOSED):
        if not survey.result:
            problems.append(f"survey {survey.number} is closed without its frozen result")
        elif json.loads(survey.result) != counts_of(survey):
            problems.append(f"survey {survey.number}'s forms changed after it closed")
    bad = SurveyForm.select().where(fn.LENGTH(SurveyForm.ratings) != base.ITEM_COUNT).count()
    if bad:
        problems.append(f"{bad} survey forms without ten ratings")
    return problems
