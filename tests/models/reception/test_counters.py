"""The reception tab's counters: each counts what its link opens (the same rows through the
list's own filter), today's by the clock; registers join by offering COUNTERS."""

from __future__ import annotations

import datetime as dt

import pytest

from models import listing, reception
from models.reception import counters
from tests.helpers.complaints import a_phoned_complaint, phone_values, to_signed

SPECS = {spec.name: spec for spec in (reception.VISIT_LIST, reception.CALL_LIST,
                                      reception.COMPLAINT_LIST)}


def identity() -> int:
    return reception.VisitIdentity.get(reception.VisitIdentity.name == "客户").id


def visit(clerk, when: dt.datetime) -> reception.Visit:
    return reception.register_visit({"kind": reception.APPOINTMENT, "visitor": "王小明",
                                     "phone": "13912345678", "identity": identity(),
                                     "host_department": "财务部", "arrived_at": when},
                                    by=clerk)


def shown(key: str) -> tuple[int, int]:
    """(the count, the rows its link's filter lists)."""
    counter = {c.key: c for c in reception.tab_counters()}[key]
    return counter.count(), listing.count(SPECS[counter.list_name], counter.open_filter())


def test_every_register_offers_its_counters_in_the_tabs_order():
    assert [c.key for c in reception.tab_counters()][:4] == [  # then test_counters_more's
        "visitors_expected", "calls_to_register", "complaints_due", "complaints_late"]
    assert all(c.list_name in SPECS and "{count}" in c.label
               for c in reception.tab_counters()[:4])


def test_each_counter_counts_what_its_link_lists(staff, clock):
    clerk, manager = staff["clerk"], staff["manager"]
    assert {c.key: c.count() for c in reception.tab_counters()[:4]} == dict.fromkeys(
        ("visitors_expected", "calls_to_register", "complaints_due", "complaints_late"), 0)
    visit(clerk, clock.now + dt.timedelta(hours=2))  # later today
    visit(clerk, clock.now + dt.timedelta(days=1))  # tomorrow: not today's
    come = visit(clerk, clock.now)
    reception.notify_host(come.id, clerk)
    reception.sign_in(come.id, clerk)  # come: not expected any more
    a_phoned_complaint(clerk)
    a_phoned_complaint(clerk, phone="13700000000")
    routed = a_phoned_complaint(clerk, phone="13600000000")
    reception.register_complaint(reception.complaint_values_from_call(routed), by=clerk,
                                 call_id=routed.id)  # due today: the ruling
    late = to_signed(reception.register_complaint(phone_values(), by=clerk), clerk, manager)
    assert shown("visitors_expected") == (1, 1)
    assert shown("calls_to_register") == (2, 2)
    assert shown("complaints_due") == (2, 2)
    assert shown("complaints_late") == (0, 0)
    clock.advance(minutes=45)  # no first contact within 30 minutes
    assert reception.complaint_late_of(late)[0] == "contact"
    assert shown("complaints_late") == (1, 1)
    clock.advance(days=1)  # tomorrow: yesterday's appointment is no longer today's
    assert shown("visitors_expected") == (1, 1)  # tomorrow's
    assert shown("complaints_due") == (2, 2)  # both late now, still due


def test_a_register_outside_the_package_joins(monkeypatch):
    monkeypatch.setattr(counters, "_joined", [])
    offered = len(reception.tab_counters())
    extra = counters.Counter("elsewhere_due", "Elsewhere due: {count}", lambda: 3,
                             counters.only(status="waiting"), "callbacks")
    reception.join_counters(extra)
    reception.join_counters(extra)  # once
    assert reception.tab_counters()[-1] is extra and len(reception.tab_counters()) == offered + 1
    twin = type("Register", (), {"COUNTERS": (extra,)})
    with pytest.raises(ValueError):  # two counters, one key: a link would open either
        counters.gather([twin])
