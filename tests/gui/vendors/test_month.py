"""The month sub-view as the manager uses it: choose the month and the vendor, compute the
draft, read its lines, approve, take the vendor's confirmation, print the sheet and the
year; the clerk computes but cannot approve; the period setting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLineEdit

from gui.vendors.month_view import MonthSettings, MonthView
from models import vendors
from tests.helpers import vendors_month as vm
from tests.helpers.keys import press_enter, type_text
from tests.helpers.widgets import enabled, field

pytestmark = pytest.mark.clock_at(dt.datetime(2026, 4, 2, 10, 0))


@pytest.fixture
def month_desk(make_user, clock):
    crew = vm.month_crew(make_user)
    vendor, _contract = vm.cleaning_march(crew["clerk"])
    other = vm.make_vendor(name="绿源园林工程", kind_name=vendors.GREENING, lead="何工")
    vm.make_contract(other, fee="12000")
    return crew, vendor, other


def _choose(view: MonthView, vendor, month: str) -> None:
    view.month.setCurrentIndex(view.month.findData(month))
    view.vendor.setCurrentIndex(view.vendor.findData(vendor.id))


def test_the_manager_settles_a_month_through_the_view(open_view, qtbot, driver, printed,
                                                      messages, month_desk, pdf_text, clock):
    crew, vendor, _other = month_desk
    view = open_view(MonthView, crew["manager"])
    assert view.month.currentData() == "2026-04" and view.month.findData("2026-03") == 1
    _choose(view, vendor, "2026-03")
    assert "Not computed yet" in view.summary.text()
    assert enabled(view) >= {"compute", "year_sheet"} and "approve" not in enabled(view)

    view.qactions["compute"].trigger()
    s = vendors.settlement_for(vendor.id, "2026-03")
    assert s is not None and s.status == vendors.DRAFT
    assert view.list.current_id() == s.id
    text = view.summary.text()
    assert "score 95.8" in text and "payable 29,900.00" in text and "average 99.0" in text
    assert view.lines.rowCount() == 2
    assert view.lines.item(1, 2).text() == "100.00" and vendors.Defect.get(vendors.Defect.late).number in view.lines.item(1, 1).text()
    assert {"compute", "approve", "print"} <= enabled(view) and "confirm" not in enabled(view)
    assert view.chart.series[0][1][-1] == pytest.approx(95.8)  # the trend ends on March

    view.qactions["approve"].trigger()
    assert messages[-1][0] == "question" and "29,900.00" in messages[-1][1]
    s = vendors.get_settlement(s.id)
    assert s.status == vendors.APPROVED and s.approved_by_id == crew["manager"].id
    assert "compute" not in enabled(view) and "confirm" in enabled(view)

    def sign(form):
        name = field(form, "signed_by")
        assert name.text() == "孙丽"  # the vendor's lead, by default
        name.clear()
        type_text(qtbot, name, "孙丽华")
        press_enter(qtbot, name, ctrl=True)

    driver.then(sign)
    view.qactions["confirm"].trigger()
    assert not driver.banners
    s = vendors.get_settlement(s.id)
    assert (s.status, s.vendor_signed_by, s.vendor_signed_on) == (
        vendors.VENDOR_CONFIRMED, "孙丽华", dt.date(2026, 4, 2))
    assert "Confirmed by 孙丽华" in view.summary.text()
    assert enabled(view) == {"print", "year_sheet"}

    view.qactions["print"].trigger()
    (pdf, title), = printed
    assert s.number in title
    sheet = pdf_text(pdf)
    assert "人民币贰万玖仟玖佰元整" in sheet and "孙丽华" in sheet and "周志华" in sheet
    view.qactions["year_sheet"].trigger()
    assert "年度考评汇总表" in pdf_text(printed[-1][0])


def test_the_clerk_computes_and_a_refusal_reaches_her(open_view, driver, messages,
                                                      month_desk, clock):
    crew, vendor, other = month_desk
    view = open_view(MonthView, crew["clerk"])
    _choose(view, other, "2026-03")  # no sheet at all that month
    view.qactions["compute"].trigger()
    assert vendors.Settlement.select().count() == 0
    assert any("nothing to score" in text for _kind, text in messages)
    _choose(view, vendor, "2026-03")
    view.qactions["compute"].trigger()
    assert {"approve", "compute"} <= enabled(view)  # approval offered: the manager signs here
    # four failed daily checks: the month goes red and the counter tells how many wait
    for day in (16, 17):
        vm.make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, day), "96", crew["clerk"])
    view.qactions["compute"].trigger()
    s = vendors.settlement_for(vendor.id, "2026-03")
    assert s.alert and s.deductions == Decimal("900.00")
    assert "technical department: 1" in view.counter.text() and "c62828" in view.counter.text()
    assert "technical department are told" in view.summary.text()


def test_the_period_setting_is_the_administrators(app, qtbot, admin, month_desk):
    crew, _vendor, _other = month_desk
    section = MonthSettings(crew["manager"])
    qtbot.addWidget(section)
    assert not section.period.isEnabled()
    section = MonthSettings(admin)
    qtbot.addWidget(section)
    section.period.setCurrentIndex(section.period.findData(vendors.FROM_26TH))
    assert section.save() and vendors.period_kind() == vendors.FROM_26TH
    assert not section.findChildren(QLineEdit)


def test_the_manager_approves_at_the_clerks_desk(open_view, qtbot, driver, messages,
                                                 month_desk, clock):
    crew, vendor, _other = month_desk
    crew["manager"].must_change_password = False  # they chose their own password long ago
    crew["manager"].save()
    view = open_view(MonthView, crew["clerk"])
    _choose(view, vendor, "2026-03")
    view.qactions["compute"].trigger()

    def manager_signs(dialog):
        assert dialog.objectName() == "vouchDialog"
        type_text(qtbot, dialog.login_edit, "jl")
        press_enter(qtbot, dialog.login_edit)
        type_text(qtbot, dialog.password_edit, "secret12")
        press_enter(qtbot, dialog.password_edit)
        assert not dialog.isVisible(), dialog.banner.text()

    driver.then(manager_signs)
    view.qactions["approve"].trigger()
    s = vendors.settlement_for(vendor.id, "2026-03")
    assert s.status == vendors.APPROVED and s.approved_by_id == crew["manager"].id
    assert view.user == crew["clerk"] and "confirm" in enabled(view)
