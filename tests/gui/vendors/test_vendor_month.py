"""Issue 14's "done means", through the vendors tab: March 2026 of one cleaning vendor.
Five daily rounds (two fail), a weekly check, two systematic evaluations (the second the
month-end 月检), each signed by the vendor's lead at the desk; one objection the manager
rules on in the grid; the first failure's minor fault fixed an hour late, the second's in
time; on 2 April the month computed, approved, confirmed and printed — and the payable on
the printed 月度考评结算表 checked by hand from the sheet's own figures.

The vendor and its contract are typed in first, in the setup sub-view (the default fee
bands: the month falls in the full-fee band)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from gui.vendors.evaluations_grid import PROBLEM, RESULT, EvaluationSheet
from gui.vendors.tab import VendorsTab
from models import vendors
from tests.helpers.keys import type_here
from tests.helpers.widgets import enabled, pick

pytestmark = pytest.mark.clock_at(dt.datetime(2026, 3, 2, 10, 0))


def click(qtbot, view, step: str) -> None:
    """The step's toolbar button, clicked as the clerk does (it must be there and enabled)."""
    button = view.toolbar.widgetForAction(view.qactions[step])
    assert button.isVisible() and button.isEnabled(), f"{step}: {sorted(enabled(view))}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def key(qtbot, char) -> None:
    qtbot.keyClick(QApplication.focusWidget(), char)


def current(grid: EvaluationSheet) -> tuple[int, int]:
    index = grid.table.currentIndex()
    return index.row(), index.column()


def wait_editing(qtbot, grid, editing: bool) -> None:
    qtbot.waitUntil(lambda: (grid.table.state() == QAbstractItemView.State.EditingState)
                    == editing and isinstance(QApplication.focusWidget(), QLineEdit) == editing)


def enter_to(qtbot, grid, row: int, column: int, editing: bool) -> None:
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current(grid) == (row, column))
    wait_editing(qtbot, grid, editing)


def sheet_typed(qtbot, off: dict[int, tuple[str, str]]):
    """The grid typed: every item passed with Space, but ``off`` (row: points, problem); F9."""
    def _type(grid: EvaluationSheet) -> None:
        rows = grid.model.rowCount()
        for row in range(rows):
            assert current(grid) == (row, RESULT)
            if row not in off:
                key(qtbot, Qt.Key.Key_Space)
                continue
            points, problem = off[row]
            key(qtbot, points)
            wait_editing(qtbot, grid, True)
            enter_to(qtbot, grid, row, PROBLEM, True)
            type_here(qtbot, problem)
            if row + 1 < rows:
                enter_to(qtbot, grid, row + 1, RESULT, False)
            else:
                key(qtbot, Qt.Key.Key_Return)
                wait_editing(qtbot, grid, False)
        grid.table.setFocus()
        key(qtbot, Qt.Key.Key_F9)  # saves and submits
    return _type


def new_sheet(sheet_kind: str):
    def _form(form) -> None:
        combo = form.fields["kind"].widget
        combo.setCurrentIndex(combo.findData(sheet_kind))
        assert form.save()
    return _form


def signs(agrees: bool = True, why: str = ""):
    def _form(form) -> None:
        assert form.fields["signer"].editor.text() == "陈领班"
        if not agrees:
            pick(form, "opinion", "Objects")
            form.fields["objection"].editor.setPlainText(why)
        assert form.save()
    return _form


def evaluate(qtbot, driver, tab, kind: str, off: dict, agrees: bool = True, why: str = ""):
    """A sheet typed and submitted, then the vendor's lead signs it (or objects)."""
    view = tab.evaluations
    tab.views.setCurrentWidget(view)
    driver.then(new_sheet(kind)).then(sheet_typed(qtbot, off))
    click(qtbot, view, "new")
    assert not driver.steps and not driver.banners, driver.banners
    ev = vendors.Evaluation.select().order_by(vendors.Evaluation.id.desc()).get()
    assert ev.status == vendors.SUBMITTED and view.list.current_id() == ev.id
    driver.then(signs(agrees, why))
    click(qtbot, view, "confirm")
    assert not driver.steps and not driver.banners, driver.banners
    return vendors.get_evaluation(ev.id)


def fix_defect(qtbot, driver, tab, ev) -> vendors.Defect:
    (defect,) = vendors.Defect.select().where(vendors.Defect.evaluation == ev.id)
    view = tab.defects
    tab.views.setCurrentWidget(view)
    view.refresh()
    assert view.list.select_only(defect.id)
    view.update_actions()
    driver.then(lambda form: form.save())
    click(qtbot, view, "done")
    assert not driver.steps and not driver.banners, driver.banners
    return vendors.get_defect(defect.id)


def money(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def test_a_month_of_one_cleaning_vendor_through_the_tab(open_view, qtbot, driver, staff, clock,
                                                        printed, messages, pdf_text):
    # 1 March, the manager: the vendor and its contract, typed in the setup sub-view
    clock.set(dt.datetime(2026, 3, 1, 9, 0))
    boss = open_view(VendorsTab, staff["manager"])
    boss.views.setCurrentWidget(boss.setup)

    def new_vendor(form) -> None:
        form.fields["name"].editor.setText("洁美环境服务有限公司")
        pick(form, "kind", vendors.CLEANING)
        form.fields["contact"].editor.setText("王海")
        form.fields["lead"].editor.setText("陈领班")
        assert form.save()

    def new_contract(form) -> None:
        assert form.fields["starts_on"].value() == dt.date(2026, 3, 1)
        assert "清洁服务日检查表" in form.fields["template"].widget.currentText()
        form.fields["number"].editor.setText("WB-2026-001")
        form.fields["ends_on"].set_text("2026-12-31")
        form.fields["monthly_fee"].editor.setText("68000")
        form.fields["per_failed_check"].editor.setText("500")
        form.fields["per_late_defect"].editor.setText("300")
        assert form.save()

    driver.then(new_vendor)
    click(qtbot, boss.setup, "new")
    driver.then(new_contract)
    click(qtbot, boss.setup, "contract")
    assert not driver.steps and not driver.banners, driver.banners
    vendor = vendors.Vendor.get()
    assert vendors.contract_on(vendor.id, dt.date(2026, 3, 31)).monthly_fee == 68000
    tab = open_view(VendorsTab, staff["clerk"])

    # the daily rounds, Monday 2 – Friday 6 March, 10:00: the 3rd and the 5th fail
    sheets = {}
    for day in range(2, 7):
        clock.set(dt.datetime(2026, 3, day, 10, 0))
        off = {3: ("8", "卫生间地面积水")} if day == 3 else {6: ("6", "玻璃有手印")} if day == 5 else {}
        sheets[day] = evaluate(qtbot, driver, tab, vendors.DAILY, off,
                               agrees=day != 3, why="检查时正在作业")
        if day == 3:  # the minor fault (due 11:00) seen put right at 12:10: late
            assert sheets[day].status == vendors.OBJECTED
            clock.set(dt.datetime(2026, 3, 3, 12, 10))
            late = fix_defect(qtbot, driver, tab, sheets[day])
            assert (late.kind, late.due_at, late.late) == (
                vendors.MINOR, dt.datetime(2026, 3, 3, 11, 0), True)
        if day == 5:  # in time
            clock.set(dt.datetime(2026, 3, 5, 10, 40))
            assert not fix_defect(qtbot, driver, tab, sheets[day]).late
    assert [sheets[d].score for d in range(2, 7)] == [100, 92, 100, 94, 100]

    # the manager upholds the objection in part: 8 points off become 4
    boss.views.setCurrentWidget(boss.evaluations)
    boss.evaluations.refresh()
    assert boss.evaluations.list.select_only(sheets[3].id)
    boss.evaluations.update_actions()

    def amend(grid: EvaluationSheet) -> None:
        assert grid.mode == "rule"
        grid.go_to(3, RESULT)
        key(qtbot, "4")
        wait_editing(qtbot, grid, True)
        enter_to(qtbot, grid, 3, PROBLEM, True)
        enter_to(qtbot, grid, 4, RESULT, False)
        grid.ruling.setFocus()
        type_here(qtbot, "部分属实，改扣4分")
        key(qtbot, Qt.Key.Key_F7)

    driver.then(amend)
    click(qtbot, boss.evaluations, "rule")
    assert not driver.steps and not driver.banners, driver.banners
    assert (vendors.get_evaluation(sheets[3].id).status,
            vendors.get_evaluation(sheets[3].id).score) == (vendors.CONFIRMED, 96)

    # the weekly check (Wednesday 11th), the systematic evaluation (16th), the 月检 (31st)
    for when, kind in ((dt.datetime(2026, 3, 11, 15, 0), vendors.WEEKLY),
                       (dt.datetime(2026, 3, 16, 15, 0), vendors.SYSTEMATIC),
                       (dt.datetime(2026, 3, 31, 15, 0), vendors.MONTHLY)):
        clock.set(when)
        assert evaluate(qtbot, driver, tab, kind, {}).status == vendors.CONFIRMED
    assert vendors.Evaluation.select().where(
        vendors.Evaluation.status != vendors.CONFIRMED).count() == 0

    # 2 April, the manager: March computed, approved, signed by the vendor, printed
    clock.set(dt.datetime(2026, 4, 2, 10, 0))
    month = boss.month
    boss.views.setCurrentWidget(month)
    month.month.setCurrentIndex(month.month.findData("2026-03"))
    month.vendor.setCurrentIndex(month.vendor.findData(vendor.id))
    click(qtbot, month, "compute")
    click(qtbot, month, "approve")
    assert messages and messages[-1][0] == "question"
    driver.then(lambda form: form.save())
    click(qtbot, month, "confirm")
    assert not driver.steps and not driver.banners, driver.banners
    s = vendors.settlement_for(vendor.id, "2026-03")
    assert s.status == vendors.VENDOR_CONFIRMED
    click(qtbot, month, "print")
    pdf, title = printed[-1]
    assert s.number in title
    sheet = pdf_text(pdf)
    assert "月度考评结算表" in sheet and "WB-2026-001" in sheet and sheet.count("\f") <= 1

    # by hand, from the printed figures only
    fee = money(re.search(r"合同月费\s+([\d,]+\.\d\d)\s*元", sheet)[1])
    daily, systematic, score = (Decimal(v) for v in re.search(
        r"（(\d+\.\d)\s*\+\s*(\d+\.\d)）÷\s*2\s*=\s*(\d+\.\d)", sheet).groups())
    assert (daily + systematic) / 2 == score
    rounds = [vendors.get_evaluation(sheets[d].id).score for d in sorted(sheets)]
    assert daily == sum(rounds) / len(rounds)  # 100, 96 (as ruled), 100, 94, 100
    lines = re.findall(r"^\s*(\d+)\s+(\S+)\s+(.+?)\s+([\d,]+\.\d\d)\s*$",
                       sheet.split("三、扣减明细")[1], re.M)
    assert [n for n, *_ in lines] == [str(n + 1) for n in range(len(lines))]
    (band,) = [line for line in lines if line[1] == "档次扣减"]
    percent = Decimal(re.search(r"扣减月费(\d+(?:\.\d+)?)%", band[2])[1])
    assert score >= 90 and percent == 0  # the default bands: ≥ 90 the full fee
    reduction = money(band[3])
    assert reduction == (fee * percent / 100).quantize(Decimal("0.01"))
    deductions = [line for line in lines if line is not band]
    assert [(item, money(amount)) for _n, item, _why, amount in deductions] == [
        ("逾期未整改", Decimal("300.00"))]  # the contract's 300 per late defect, once
    assert late.number in deductions[0][2] and "2026-03-03 11:00" in deductions[0][2]
    on_time = vendors.Defect.get(vendors.Defect.evaluation == sheets[5].id)
    assert on_time.number not in sheet
    total = sum(money(amount) for *_, amount in deductions)
    assert money(re.search(r"扣款合计（[^）]*）\s+([\d,]+\.\d\d)", sheet)[1]) == total
    a, b, c, payable = (money(v) for v in re.search(
        r"应付金额\s*=\s*([\d,.]+)\s*−\s*([\d,.]+)\s*−\s*([\d,.]+)\s+([\d,]+\.\d\d)",
        sheet).groups())
    assert (a, b, c) == (fee, reduction, total)
    assert payable == fee - reduction - total == Decimal("67700.00")
    words = re.search(r"金额大写\s+(\S+)", sheet)[1]
    assert words == capital(payable) == "人民币陆万柒仟柒佰元整"
    assert (s.payable, s.deductions) == (payable, total)
    for who in (staff["manager"].full_name, "陈领班"):
        assert who in sheet.split("考评人")[1]


DIGITS = "零壹贰叁肆伍陆柒捌玖"


def capital(amount: Decimal) -> str:
    """The 大写 of an amount under 100 million yuan, worked out here on its own."""
    def four(n: int) -> str:
        out, gap = "", False
        for power, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
            digit = n // 10 ** power % 10
            if digit:
                out += ("零" if gap and out else "") + DIGITS[digit] + unit
            gap = not digit
        return out
    cents = int(amount * 100)
    yuan, (jiao, fen) = cents // 100, divmod(cents % 100, 10)
    high, low = divmod(yuan, 10000)
    text = (four(high) + "万" if high else "") + ("零" if high and 0 < low < 1000 else "")
    text = (text + four(low) or "零") + "元"
    if not jiao and not fen:
        return f"人民币{text}整"
    return f"人民币{text}" + (DIGITS[jiao] + "角" if jiao else "零") + (
        DIGITS[fen] + "分" if fen else "")
