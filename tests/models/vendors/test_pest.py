"""Pest control (§十八): the calendar, treatments and their rules, callbacks and redo, density
reports, the months short of treatments."""

from __future__ import annotations

import datetime as dt

import pytest

from models import audit, callbacks, listing, steps, vendors
from models.errors import DomainError, PermissionDenied, ValidationError
from models.listing import ListFilter
from tests.helpers.vendors_pest import done_treatment, done_values, pest_staff, pest_vendor

D = dt.date


@pytest.fixture
def pest(make_user, clock):
    return {**pest_staff(make_user), "vendor": pest_vendor()}


# --- the calendar -------------------------------------------------------------------


def test_working_days_skip_weekends_and_holidays_and_count_weekend_days_worked(pest):
    assert vendors.working_days_after(D(2026, 3, 13), 1) == D(2026, 3, 16)  # Fri -> Mon
    assert vendors.working_days_after(D(2026, 3, 13), 2) == D(2026, 3, 17)
    assert vendors.working_days_after(D(2026, 3, 13), 0) == D(2026, 3, 13)
    vendors.set_calendar(holidays="2026-03-16, 2026-03-17", workdays=[D(2026, 3, 14)],
                         by=pest["manager"])
    assert vendors.holidays() == {D(2026, 3, 16), D(2026, 3, 17)}
    assert vendors.working_days_after(D(2026, 3, 13), 1) == D(2026, 3, 14)  # 调休 Saturday
    assert vendors.working_days_after(D(2026, 3, 13), 2) == D(2026, 3, 18)
    assert not vendors.is_working_day(D(2026, 3, 16))
    entry = audit.AuditEntry.select().where(audit.AuditEntry.record_label == vendors.HOLIDAYS_KEY).get()
    assert entry.action == "setting.change"


def test_office_hours_are_a_setting_and_only_working_days_have_them(pest):
    assert vendors.office_hours() == (dt.time(8, 30), dt.time(17, 30))
    assert vendors.inside_office_hours(dt.datetime(2026, 3, 10, 17, 29))
    assert not vendors.inside_office_hours(dt.datetime(2026, 3, 10, 17, 30))
    assert not vendors.inside_office_hours(dt.datetime(2026, 3, 14, 10, 0))  # Saturday
    vendors.set_calendar(office_hours="09:00-18:00", by=pest["manager"])
    assert vendors.inside_office_hours(dt.datetime(2026, 3, 10, 17, 45))


def test_a_clerk_cannot_change_the_calendar_and_bad_values_write_nothing(pest, table_snapshot):
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        vendors.set_calendar(holidays="2026-05-01", by=pest["clerk"])
    for bad in ({"holidays": "2026-13-01"}, {"workdays": "2026-03-11"},
                {"office_hours": "18:00-08:00"}, {"holidays": "2026-05-01", "office_hours": "x"}):
        with pytest.raises(ValidationError):
            vendors.set_calendar(**bad, by=pest["manager"])
    assert table_snapshot() == before


# --- treatments ---------------------------------------------------------------------


def test_a_scheduled_treatment_is_planned_then_recorded_after_office_hours(pest, clock):
    clerk = pest["clerk"]
    t = vendors.plan_treatment({"vendor": pest["vendor"].id, "planned_on": D(2026, 3, 12)},
                               by=clerk)
    assert (t.number, t.kind, t.status, t.areas) == (
        "XS20260310-0001", vendors.SCHEDULED, vendors.PLANNED, "公共场所、办公区")
    assert steps.allowed_steps(clerk, t) == ["new", "on_request", "open", "record", "cancel",
                                             "print"]
    clock.set(dt.datetime(2026, 3, 12, 21, 0))
    done = vendors.record_treatment(t.id, done_values(dt.datetime(2026, 3, 12, 19, 0),
                                                      areas=["办公区"]), by=clerk)
    assert (done.status, done.done_at, done.areas, done.signed_by) == (
        "done", dt.datetime(2026, 3, 12, 19, 0), "办公区", "绿城 马经理")
    assert steps.allowed_steps(clerk, done) == ["new", "on_request", "open", "print"]
    with pytest.raises(DomainError, match="only a planned treatment"):
        vendors.record_treatment(t.id, done_values(dt.datetime(2026, 3, 12, 19, 0)), by=clerk)
    assert [e.action for e in audit.AuditEntry.select().where(
        audit.AuditEntry.entity == "pest_treatment").order_by(audit.AuditEntry.id)] == [
        "pest.plan", "pest.record"]


def test_a_time_inside_office_hours_or_missing_details_are_refused(pest, clock,
                                                                   table_snapshot):
    clerk = pest["clerk"]
    t = vendors.plan_treatment({"vendor": pest["vendor"].id, "planned_on": D(2026, 3, 10)},
                               by=clerk)
    clock.set(dt.datetime(2026, 3, 10, 22, 0))
    before = table_snapshot()
    with pytest.raises(ValidationError, match="inside office hours") as refused:
        vendors.record_treatment(t.id, done_values(dt.datetime(2026, 3, 10, 15, 0)), by=clerk)
    assert refused.value.field == "done_at"
    for bad in (done_values(dt.datetime(2026, 3, 10, 19), signed_by=""),
                done_values(dt.datetime(2026, 3, 10, 19), agent=" "),
                done_values(dt.datetime(2026, 3, 10, 23)),  # in the future
                done_values(dt.datetime(2026, 3, 10, 19), areas=["地下室"])):
        with pytest.raises(ValidationError):
            vendors.record_treatment(t.id, bad, by=clerk)
    with pytest.raises(PermissionDenied):
        vendors.record_treatment(t.id, done_values(dt.datetime(2026, 3, 10, 19)),
                                 by=pest["eng"])
    assert table_snapshot() == before


def test_a_treatment_on_request_needs_a_working_days_notice(pest, clock, table_snapshot):
    clerk, vendor = pest["clerk"], pest["vendor"]
    clock.set(dt.datetime(2026, 3, 13, 10, 0))  # a Friday
    values = {"vendor": vendor.id, "requested_by": "财务部 张会计",
              "request_text": "财务部办公室发现蟑螂"}
    before = table_snapshot()
    for day in (D(2026, 3, 13), D(2026, 3, 14), D(2026, 3, 15)):
        with pytest.raises(ValidationError, match="2026-03-16 at the earliest"):
            vendors.request_treatment({**values, "planned_on": day}, by=clerk)
    with pytest.raises(ValidationError, match="Who asked"):
        vendors.request_treatment({**values, "requested_by": "", "planned_on": D(2026, 3, 16)},
                                  by=clerk)
    assert table_snapshot() == before
    t = vendors.request_treatment({**values, "planned_on": D(2026, 3, 16)}, by=clerk)
    assert (t.kind, t.areas, t.requested_at) == (vendors.ON_REQUEST, "办公区",
                                                 dt.datetime(2026, 3, 13, 10, 0))
    vendors.set_calendar(holidays=[D(2026, 3, 16)], by=pest["manager"])
    with pytest.raises(ValidationError, match="2026-03-17 at the earliest"):
        vendors.request_treatment({**values, "planned_on": D(2026, 3, 16)}, by=clerk)


def test_only_a_pest_control_contractor_is_treated_by(pest, table_snapshot):
    cleaner = pest_vendor("洁美清洁公司", kind=vendors.CLEANING)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="not a pest-control contractor"):
        vendors.plan_treatment({"vendor": cleaner.id, "planned_on": D(2026, 3, 12)},
                               by=pest["clerk"])
    assert table_snapshot() == before
    assert vendors.pest_vendors() == [pest["vendor"]]


def test_a_planned_treatment_is_cancelled_with_the_reason(pest, table_snapshot):
    clerk = pest["clerk"]
    t = vendors.plan_treatment({"vendor": pest["vendor"].id, "planned_on": D(2026, 3, 12)},
                               by=clerk)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="Say why"):
        vendors.cancel_treatment(t.id, " ", by=clerk)
    assert table_snapshot() == before
    gone = vendors.cancel_treatment(t.id, "承包商改期", by=clerk)
    assert (gone.status, gone.cancel_reason) == (vendors.TREATMENT_CANCELLED, "承包商改期")


# --- callbacks --------------------------------------------------------------------


def test_a_treatment_done_waits_for_its_callback_within_two_working_days(pest, clock):
    clock.set(dt.datetime(2026, 3, 13, 21, 0))
    t = done_treatment(pest["vendor"], pest["clerk"], D(2026, 3, 13))  # a Friday
    waiting = callbacks.source("pest").waiting()
    assert [(w.kind, w.number, w.room, w.owner, w.due_at) for w in waiting] == [
        ("pest", t.number, "公共场所、办公区", "绿城病媒生物防治有限公司",
         dt.datetime(2026, 3, 17, 17, 30))]
    clock.set(dt.datetime(2026, 3, 16, 10, 0))
    callbacks.record_callback("pest", t.id, {"verdict": callbacks.SATISFIED,
                                             "person": "行政部 王主任"}, by=pest["clerk"])
    assert callbacks.source("pest").waiting() == []
    assert vendors.get_treatment(t.id).verdict == callbacks.SATISFIED
    assert vendors.check_vendors() == []


def test_unsatisfied_plans_a_redo_and_the_case_stays_open_until_satisfied(pest, clock,
                                                                         table_snapshot):
    clerk = pest["clerk"]
    clock.set(dt.datetime(2026, 3, 12, 21, 0))
    t = done_treatment(pest["vendor"], clerk, D(2026, 3, 12))
    clock.set(dt.datetime(2026, 3, 13, 10, 0))
    before = table_snapshot()
    with pytest.raises(ValidationError):  # 不满意 needs the customer's words
        callbacks.record_callback("pest", t.id, {"verdict": callbacks.UNSATISFIED}, by=clerk)
    assert table_snapshot() == before
    callbacks.record_callback("pest", t.id, {"verdict": callbacks.UNSATISFIED,
                                             "words": "施药后仍有蟑螂"}, by=clerk)
    redo = vendors.PestTreatment.get(vendors.PestTreatment.redo_of == t.id)
    assert (redo.kind, redo.status, redo.planned_on, redo.request_text, redo.areas) == (
        vendors.REDO, vendors.PLANNED, D(2026, 3, 16), "施药后仍有蟑螂", "公共场所、办公区")
    assert callbacks.source("pest").waiting() == []  # nothing to call back until it is redone
    with pytest.raises(DomainError, match="remedy"):
        vendors.cancel_treatment(redo.id, "不做了", by=clerk)
    clock.set(dt.datetime(2026, 3, 16, 21, 0))
    vendors.record_treatment(redo.id, done_values(dt.datetime(2026, 3, 16, 18, 45)), by=clerk)
    assert [w.case_id for w in callbacks.source("pest").waiting()] == [redo.id]
    clock.set(dt.datetime(2026, 3, 17, 10, 0))
    callbacks.record_callback("pest", redo.id, {"verdict": callbacks.BASICALLY_SATISFIED},
                              by=clerk)
    assert callbacks.source("pest").waiting() == []
    assert [c.verdict for c in callbacks.callbacks_of("pest", t.id)] == ["unsatisfied"]
    # the redo does not count as one of the month's two scheduled treatments
    assert [x.id for x in vendors.treatments_in(pest["vendor"].id, D(2026, 3, 1),
                                                D(2026, 3, 31))] == [t.id]
    assert vendors.check_vendors() == []


# --- the months short of treatments -----------------------------------------------------


def test_missed_treatments_count_two_scheduled_ones_a_month(pest, clock):
    clerk, vendor = pest["clerk"], pest["vendor"]
    clock.set(dt.datetime(2026, 4, 30, 22, 0))
    done_treatment(vendor, clerk, D(2026, 3, 5))
    done_treatment(vendor, clerk, D(2026, 3, 19))
    done_treatment(vendor, clerk, D(2026, 4, 9))
    asked = vendors.request_treatment({"vendor": vendor.id, "requested_by": "张会计",
                                       "request_text": "蟑螂", "planned_on": D(2026, 5, 4),
                                       "requested_at": dt.datetime(2026, 4, 20, 10, 0)},
                                      by=clerk)
    vendors.record_treatment(asked.id, done_values(dt.datetime(2026, 4, 27, 19, 0)), by=clerk)
    assert vendors.missed_treatments(vendor.id, D(2026, 3, 1), D(2026, 3, 31)) == 0
    assert vendors.missed_treatments(vendor.id, D(2026, 4, 1), D(2026, 4, 30)) == 1
    assert vendors.missed_treatments(vendor.id, D(2026, 2, 1), D(2026, 4, 30)) == 3
    assert len(vendors.treatments_in(vendor.id, D(2026, 4, 1), D(2026, 4, 30), kind=None)) == 2
    assert [(m.start, m.end, m.done, m.missed) for m in vendors.month_counts(
        vendor.id, D(2026, 2, 26), D(2026, 4, 25))] == [
        (D(2026, 2, 26), D(2026, 3, 25), 2, 0), (D(2026, 3, 26), D(2026, 4, 25), 1, 1)]


# --- density reports -----------------------------------------------------------------


def test_a_half_year_ended_without_its_density_report_is_overdue(pest, clock, table_snapshot):
    clerk, vendor = pest["clerk"], pest["vendor"]
    assert vendors.overdue_density_reports() == []  # 2026H1 has not ended
    clock.set(dt.datetime(2026, 7, 3, 10, 0))
    assert [(o.vendor, o.half, o.ended_on) for o in vendors.overdue_density_reports()] == [
        ("绿城病媒生物防治有限公司", "2026H1", D(2026, 6, 30))]
    vendors.record_density_report({"vendor": vendor.id, "half": "2026h1",
                                   "received_on": D(2026, 7, 2), "summary": "均符合国家标准"},
                                  by=clerk)
    assert vendors.overdue_density_count() == 0
    before = table_snapshot()
    for bad in ({"half": "2026H1"}, {"half": "2026H3"}, {"half": "2026H2",
                                                          "received_on": D(2026, 6, 1)},
                {"half": "2026H2", "summary": ""}):
        with pytest.raises(ValidationError):
            vendors.record_density_report({"vendor": vendor.id, "received_on": D(2026, 7, 3),
                                           "summary": "好", **bad}, by=clerk)
    with pytest.raises(PermissionDenied):
        vendors.record_density_report({"vendor": vendor.id, "half": "2026H2",
                                       "summary": "好"}, by=pest["eng"])
    assert table_snapshot() == before
    rows = listing.fetch_page(vendors.DENSITY_LIST, ListFilter()).rows
    values = listing.python_values(vendors.DENSITY_LIST, rows[0])
    assert (values["half"], values["late"]) == ("2026H1", 2)
    assert vendors.pest_density.late_text(2) == "2 d late"
    clock.set(dt.datetime(2027, 1, 2, 10, 0))
    assert [o.half for o in vendors.overdue_density_reports()] == ["2026H2"]


# --- the list -------------------------------------------------------------------------


def test_the_list_filters_by_callback_state_kind_and_search(pest, clock):
    clerk, vendor = pest["clerk"], pest["vendor"]
    clock.set(dt.datetime(2026, 3, 20, 21, 0))
    a = done_treatment(vendor, clerk, D(2026, 3, 12))
    b = done_treatment(vendor, clerk, D(2026, 3, 19))
    callbacks.record_callback("pest", a.id, {"verdict": callbacks.SATISFIED,
                                             "made_at": dt.datetime(2026, 3, 13, 10)}, by=clerk)
    spec = vendors.TREATMENT_LIST

    def ids(**extra):
        return [r[0] for r in listing.fetch_page(spec, ListFilter(**extra)).rows]

    assert ids(extra={"callback": "waiting"}) == [b.id]
    assert ids(extra={"callback": callbacks.SATISFIED}) == [a.id]
    assert ids(extra={"kind": vendors.ON_REQUEST}) == []
    assert sorted(ids(text="郑海涛")) == sorted([a.id, b.id])
    row = listing.fetch_page(spec, ListFilter(extra={"callback": "waiting"})).rows[0]
    values = listing.python_values(spec, row)
    assert (values["callback"], values["vendor"]) == ("waiting", "绿城病媒生物防治有限公司")


# --- the demo ---------------------------------------------------------------------------


@pytest.mark.clock_at(dt.datetime(2026, 12, 1, 21, 30))
def test_the_demo_gives_two_years_of_treatments_callbacks_redos_and_reports(pest, make_user):
    import random

    from models.demo import DemoContext

    users = {"wenyuan": pest["clerk"], "jingli": pest["manager"]}
    ctx = DemoContext(random.Random(1), users, D(2024, 12, 1), D(2026, 12, 1))
    vendors.pest_demo.add_pest_control(ctx)
    T = vendors.PestTreatment  # noqa: N806
    vendor = pest["vendor"]  # the demo uses the vendor it finds
    assert T.select().where(T.vendor != vendor).count() == 0
    done = T.select().where(T.status == vendors.TREATMENT_DONE)
    scheduled = done.where(T.kind == vendors.SCHEDULED).count()
    assert 40 <= scheduled <= 48
    assert done.where(T.kind == vendors.ON_REQUEST).count() >= 10
    redos = T.select().where(T.kind == vendors.REDO).count()
    assert redos >= 2
    assert T.select().where(T.verdict == callbacks.UNSATISFIED).count() == redos
    # no treatment inside office hours; every on-request one planned a working day ahead
    assert not any(vendors.inside_office_hours(t.done_at) for t in done)
    for t in T.select().where(T.kind == vendors.ON_REQUEST):
        assert t.planned_on >= vendors.next_working_day(t.requested_at.date())
    # the months short of a treatment (a cancelled one) are there, and none is invented
    months = vendors.month_counts(vendor.id, D(2024, 12, 1), D(2026, 11, 30))
    cancelled = T.select().where(T.status == vendors.TREATMENT_CANCELLED).count()
    assert sum(m.missed for m in months) == cancelled >= 1
    # the half-yearly reports: all there, one late; the callbacks: only the last days'
    assert vendors.overdue_density_count() == 0
    late = [r for r in vendors.DensityReport.select()
            if r.received_on > vendors.half_bounds(r.half)[1]]
    assert len(late) == 1
    waiting = callbacks.source("pest").waiting()
    assert all(w.due_at >= dt.datetime(2026, 11, 26) for w in waiting)
    assert vendors.check_vendors() == []


@pytest.mark.clock_at(dt.datetime(2026, 3, 31, 21, 30))
def test_the_demo_makes_its_contractor_when_setup_made_none(make_user):
    import random

    from models.demo import DemoContext

    staff = pest_staff(make_user)
    ctx = DemoContext(random.Random(1), {"wenyuan": staff["clerk"], "jingli": staff["manager"]},
                      D(2026, 1, 1), D(2026, 3, 31))
    vendors.pest_demo.add_pest_control(ctx)
    assert [v.name for v in vendors.pest_vendors()] == [vendors.pest_demo.VENDOR_NAME]
    assert vendors.PestTreatment.select().count() >= 6
