"""The grid's T key (EvaluationItem.ticket): an item the officer marked becomes a work ticket."""

from __future__ import annotations

import datetime as dt

import pytest

from models import vendors
from tests.helpers.vendors_evaluations import make_cleaning_vendor

pytestmark = pytest.mark.usefixtures("clock")


def test_an_item_marked_t_becomes_a_ticket_the_others_stay_minor(staff, clock):
    """No deadline typed and no serious item: only the item marked T is a ticket (due in
    the serious-ticket hours), the other failed item a minor fault due in an hour."""
    vendor = make_cleaning_vendor(staff["manager"])
    ev = vendors.new_evaluation(staff["clerk"], vendor=vendor)
    first, second = [i for i in vendors.evaluation_items(ev.id) if not i.serious_item][:2]
    vendors.score_items(ev.id, {
        first.id: {"points_off": 2, "problem": "地面有水渍", "ticket": True},
        second.id: {"points_off": 3, "problem": "有异味"}}, staff["clerk"])
    ev = vendors.submit_evaluation(ev.id, staff["clerk"])
    made = {d.item_id: d for d in vendors.Defect.select().where(
        vendors.Defect.evaluation == ev.id)}
    assert set(made) == {first.id, second.id}
    assert made[first.id].kind == vendors.TICKET
    assert made[first.id].due_at == clock() + dt.timedelta(hours=vendors.SERIOUS_TICKET_HOURS)
    assert (made[second.id].kind, made[second.id].due_at) == (
        vendors.MINOR, clock() + dt.timedelta(hours=1))
