"""The vendors tab's counters: each counts what its link lists (the list, filtered as the
link opens it; the density reports: the half-years overdue the pest view's page lists)."""

from __future__ import annotations

import pytest

from models import vendors
from models.listing import ListFilter, count, fetch_page
from tests.helpers.vendors_counters import EXPECTED, counted_office


@pytest.fixture
def counted(staff, clock):
    return counted_office(staff, clock)


def test_the_line_starts_with_the_serious_failures_and_alarms_the_late(counted):
    assert [c.key for c in vendors.TAB_COUNTERS][0] == "serious_open"
    assert list(vendors.tab_counts()) == [c.key for c in vendors.TAB_COUNTERS]
    alarms = {c.key for c in vendors.TAB_COUNTERS if c.alarm}
    assert alarms == {"serious_open", "late", "density_overdue", "months_waiting"}


@pytest.mark.parametrize("key", list(EXPECTED))
def test_each_count_equals_what_its_link_lists(counted, key):
    counter = vendors.tab_counter(key)
    counted = counter.count()
    assert counted == EXPECTED[key]  # something behind it, and not everything (see helper)
    if counter.listed is not None:
        assert len(counter.listed()) == counted
    else:
        spec = next(s for s in (vendors.EVALUATION_LIST, vendors.DEFECT_LIST,
                                vendors.SETTLEMENT_LIST) if s.name == counter.list_name)
        assert count(spec, counter.open_filter()) == counted
        assert count(spec, ListFilter()) > counted  # the filter narrows the list


def test_the_links_list_the_rows_meant(counted):
    """Not only as many: the very rows (the serious sheet, the objected one, February)."""
    def ids(key):
        counter = vendors.tab_counter(key)
        spec = {"vendor_evaluations": vendors.EVALUATION_LIST,
                "vendor_defects": vendors.DEFECT_LIST,
                "vendor_settlements": vendors.SETTLEMENT_LIST}[counter.list_name]
        return {row[0] for row in fetch_page(spec, counter.open_filter(), limit=50).rows}
    assert ids("serious_open") == {counted["serious"].id}
    assert ids("objections") == {counted["objected"].id}
    assert counted["objected"].id not in ids("waiting_signature")
    assert ids("months_waiting") == {counted["february"].id}
    assert [o.half for o in vendors.tab_counter("density_overdue").listed()] == ["2025H1",
                                                                                "2025H2"]
