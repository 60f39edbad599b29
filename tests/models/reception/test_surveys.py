"""满意度调查: draft → open → closed; the forms' ratings; the result and its comparison with the
previous survey; twice a year; refusals write nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from models import audit, reception
from models.errors import DomainError, NotFound, PermissionDenied, ValidationError

# ``repair_staff``: clerk1, eng1, boss1 (manager), duty1; ``clock`` starts at T0 (10 March 2026).


def new(by, **values):
    given = {"title": "2026年上半年客户满意度调查", "sent_on": dt.date(2026, 3, 2),
             "forms_sent": 10}
    given.update(values)
    return reception.create_survey(given, by=by)


def opened(staff, **values):
    survey = new(staff["manager"], **values)
    return reception.open_survey(survey.id, by=staff["manager"])


def test_a_survey_from_draft_to_closed(repair_staff, clock):
    manager, clerk = repair_staff["manager"], repair_staff["clerk"]
    survey = new(manager)
    assert survey.number == "MY20260302-0001" and survey.status == reception.SURVEY_DRAFT
    assert (survey.year, survey.half) == (2026, 1)  # from the day sent out
    survey = reception.update_survey(survey.id, {"title": "上半年调查", "sent_on":
                                                 dt.date(2026, 3, 2), "forms_sent": 12},
                                     by=manager)
    assert survey.forms_sent == 12
    survey = reception.open_survey(survey.id, by=manager)
    reception.save_survey_forms(survey.id, [
        {"company": "财务部", "room": "1201", "ratings": "1111111111", "opinion": "很好"},
        {"ratings": "2222233333", "opinion": ""},
        {"ratings": "1   000000", "opinion": "只答了一项"},  # spaces: not answered
    ], by=clerk)
    forms = reception.survey_forms(survey)
    assert [f.line for f in forms] == [1, 2, 3]
    assert forms[2].ratings == "1000000000"
    # a correction of form 2 and a form removed
    reception.save_survey_forms(survey.id, [{"id": forms[1].id, "ratings": "2222211111"}],
                                by=clerk)
    reception.remove_survey_form(forms[2].id, by=clerk)
    survey = reception.close_survey(survey.id, by=manager, remarks="工程部一个月内整改")
    assert survey.status == reception.SURVEY_CLOSED and survey.remarks == "工程部一个月内整改"
    assert json.loads(survey.result)["returned"] == 2
    actions = [e.action for e in audit.AuditEntry.select().where(audit.AuditEntry.entity ==
                                                                  "survey")]
    assert actions == ["survey.create", "survey.update", "survey.open", "survey.forms",
                       "survey.forms", "survey.remove_form", "survey.close"]
    assert reception.check_reception() == []


def test_the_rates_count_satisfied_and_fairly_over_the_answered(repair_staff, clock):
    survey = opened(repair_staff)
    # item 1: 满意, 基本满意, 不满意, 未答 → 2 of 3 answered; item 2: all 满意; items 3-10 未答
    reception.save_survey_forms(survey.id, [
        {"ratings": "1100000000"}, {"ratings": "2100000000"}, {"ratings": "3100000000"},
        {"ratings": "0000000000", "opinion": "没时间填"}], by=repair_staff["clerk"])
    result = reception.survey_result(reception.get_survey(survey.id))
    assert (result.returned, result.forms_sent) == (4, 10)
    assert result.return_rate == pytest.approx(0.4)
    first, second, third = result.items[:3]
    assert (first.satisfied, first.fairly, first.dissatisfied, first.unanswered) == (1, 1, 1, 1)
    assert first.rate == pytest.approx(2 / 3) and second.rate == 1.0 and third.rate is None
    assert result.overall == pytest.approx(5 / 6)  # 5 good of 6 answered ratings
    assert [o.text for o in result.opinions] == ["没时间填"]
    assert result.previous is None and first.change is None
    assert reception.survey_percent(first.rate) == "66.7%"
    assert reception.survey_percent(0.021, signed=True) == "+2.1"


def test_the_result_compares_with_the_previous_survey(repair_staff, clock):
    manager, clerk = repair_staff["manager"], repair_staff["clerk"]
    before = opened(repair_staff, sent_on=dt.date(2025, 11, 10), title="下半年")
    reception.save_survey_forms(before.id, [{"ratings": "1111111111"},
                                            {"ratings": "3333333333"}], by=clerk)
    reception.close_survey(before.id, by=manager)
    now = opened(repair_staff)
    reception.save_survey_forms(now.id, [{"ratings": "1111111111"}, {"ratings": "2333333333"}],
                                by=clerk)
    result = reception.survey_result(reception.get_survey(now.id))
    assert result.previous.id == before.id
    assert result.items[0].previous == 0.5 and result.items[0].change == pytest.approx(0.5)
    assert result.items[1].change == 0.0
    assert result.overall_change == pytest.approx(0.05)


def test_closing_freezes_the_result(repair_staff, clock):
    survey = opened(repair_staff)
    reception.save_survey_forms(survey.id, [{"ratings": "1111111111"}], by=repair_staff["clerk"])
    survey = reception.close_survey(survey.id, by=repair_staff["manager"])
    # someone edits the file behind the program's back: the result stays what was closed,
    # and the check says so
    form = reception.survey_forms(survey)[0]
    reception.SurveyForm.update(ratings="3333333333").where(
        reception.SurveyForm.id == form.id).execute()
    assert reception.survey_result(reception.get_survey(survey.id)).items[0].rate == 1.0
    assert any("changed after it closed" in p for p in reception.check_reception())


def test_twice_a_year(repair_staff, clock):
    assert [(y.year, y.count, y.short) for y in reception.survey_years(dt.date(2026, 3, 10))] \
        == [(2026, 0, True)]
    new(repair_staff["manager"], sent_on=dt.date(2024, 5, 10))
    new(repair_staff["manager"], sent_on=dt.date(2024, 11, 10))
    new(repair_staff["manager"], sent_on=dt.date(2025, 5, 10))
    years = reception.survey_years(dt.date(2026, 3, 10))
    assert [(y.year, y.count) for y in years] == [(2026, 0), (2025, 1), (2024, 2)]
    assert [y.year for y in reception.short_survey_years(dt.date(2026, 3, 10))] == [2026, 2025]


def test_who_may_do_what(repair_staff, clock, table_snapshot):
    clerk, manager, eng = repair_staff["clerk"], repair_staff["manager"], repair_staff["eng"]
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        new(clerk)
    assert table_snapshot() == before
    survey = new(manager)
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        reception.open_survey(survey.id, by=clerk)
    assert table_snapshot() == before
    reception.open_survey(survey.id, by=manager)
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        reception.save_survey_forms(survey.id, [{"ratings": "1111111111"}], by=eng)
    assert table_snapshot() == before
    reception.save_survey_forms(survey.id, [{"ratings": "1111111111"}], by=repair_staff["duty"])
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        reception.close_survey(survey.id, by=clerk)
    assert table_snapshot() == before


def test_steps_out_of_order_and_bad_forms_are_refused_and_write_nothing(
        repair_staff, clock, table_snapshot):
    clerk, manager = repair_staff["clerk"], repair_staff["manager"]
    survey = new(manager, forms_sent=2)
    before = table_snapshot()
    with pytest.raises(DomainError, match="while the survey is open for entry"):
        reception.save_survey_forms(survey.id, [{"ratings": "1111111111"}], by=clerk)
    with pytest.raises(DomainError, match="only a survey open for entry can be closed"):
        reception.close_survey(survey.id, by=manager)
    assert table_snapshot() == before
    survey = reception.open_survey(survey.id, by=manager)
    before = table_snapshot()
    with pytest.raises(DomainError, match="no returned form yet"):
        reception.close_survey(survey.id, by=manager)
    with pytest.raises(DomainError, match="only a draft survey can be changed"):
        reception.update_survey(survey.id, {"title": "x", "sent_on": dt.date(2026, 3, 2),
                                            "forms_sent": 5}, by=manager)
    for bad in ("111111111", "1111111114", "11111111111", None):
        with pytest.raises(ValidationError, match="ten of 1"):
            reception.save_survey_forms(survey.id, [{"ratings": "1111111111"},
                                                    {"ratings": bad}], by=clerk)
    with pytest.raises(ValidationError, match="no rating and no opinion"):
        reception.save_survey_forms(survey.id, [{"ratings": "0000000000"}], by=clerk)
    with pytest.raises(ValidationError, match="sent out 2 forms"):
        reception.save_survey_forms(survey.id, [{"ratings": "1111111111"}] * 3, by=clerk)
    with pytest.raises(NotFound):
        reception.save_survey_forms(survey.id, [{"id": 999, "ratings": "1111111111"}], by=clerk)
    with pytest.raises(ValidationError):
        reception.save_survey_forms(survey.id, [{"ratings": "1111111111",
                                                 "opinion": "x" * 501}], by=clerk)
    assert table_snapshot() == before
    reception.save_survey_forms(survey.id, [{"ratings": "1111111111"}], by=clerk)
    survey = reception.close_survey(survey.id, by=manager)
    form = reception.survey_forms(survey)[0]
    before = table_snapshot()
    with pytest.raises(DomainError, match="while the survey is open for entry"):
        reception.save_survey_forms(survey.id, [{"id": form.id, "ratings": "3333333333"}],
                                    by=clerk)
    with pytest.raises(DomainError, match="while the survey is open for entry"):
        reception.remove_survey_form(form.id, by=clerk)
    with pytest.raises(DomainError, match="only a survey open for entry"):
        reception.close_survey(survey.id, by=manager)
    assert table_snapshot() == before


def test_the_survey_values_are_checked(repair_staff, clock, table_snapshot):
    manager = repair_staff["manager"]
    before = table_snapshot()
    with pytest.raises(ValidationError, match="title is required"):
        new(manager, title=" ")
    with pytest.raises(ValidationError):
        new(manager, forms_sent=0)
    with pytest.raises(ValidationError):
        new(manager, half=3)
    with pytest.raises(ValidationError):
        new(manager, sent_on="2026-03-02")
    with pytest.raises(NotFound):
        reception.open_survey(12345, by=manager)
    assert table_snapshot() == before
