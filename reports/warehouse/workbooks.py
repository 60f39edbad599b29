"""The storeroom in spreadsheets: the 收发存汇总表 workbook and the registers as the GUI
exports them (`export stock-summary | receipts | issue-slips`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from models import warehouse
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.listing import ListFilter, ListSpec, export_rows

from .. import xlsx
from ..kinds import Translate
from .sheets import check_range

CATEGORY_HEADERS = ["类别", "期初金额", "入库金额", "出库金额", "盘盈金额", "盘亏金额", "期末金额"]
DEPARTMENT_HEADERS = ["领料部门", "领料单数", "领用金额"]


# --- 收发存汇总表.xlsx -------------------------------------------------------------------


def _number(value: Decimal) -> int | Decimal:
    """A quantity as a spreadsheet number: whole ones as integers, else the exact decimal."""
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else value.normalize()


def _money(value: Decimal) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))  # two places: xlsx formats it #,##0.00


def _item_rows(summary: warehouse.StockSummary) -> Iterator[list[object]]:
    for row in summary.rows:
        figures = row.values()
        yield [row.code, row.name, row.spec, row.unit] + [
            _number(v) if i % 2 == 0 else _money(v) for i, v in enumerate(figures)]


def _money_only(figures: warehouse.Figures) -> list[Decimal]:
    return [_money(v) for i, v in enumerate(figures.values()) if i % 2 == 1]


def write_stock_summary(target: str | Path | BinaryIO, month: str, empty: bool = False) -> int:
    """收发存汇总表 of YYYY-MM as .xlsx: sheet 收发存汇总表 (one row per item, the 16
    SUMMARY_HEADERS; ``empty``: with the items that neither held nor moved stock), 类别合计
    (money per category and 合计), 部门领用. Returns the number of item rows. A malformed
    month raises ValidationError and writes nothing."""
    summary = warehouse.month_summary(month, empty)
    categories = [[name, *_money_only(figures)] for name, figures in summary.by_category]
    categories.append(["合计", *_money_only(summary.total)])
    departments: list[list[object]] = [[d.department, d.slips, _money(d.value)]
                                       for d in summary.by_department]
    departments.append(["合计", sum(d.slips for d in summary.by_department),
                        _money(sum((d.value for d in summary.by_department), Decimal(0)))])
    counts = xlsx.write_sheets(target, [
        ("收发存汇总表", warehouse.SUMMARY_HEADERS, _item_rows(summary)),
        ("类别合计", CATEGORY_HEADERS, categories),
        ("部门领用", DEPARTMENT_HEADERS, departments),
    ])
    return counts[0]


# --- the registers as spreadsheets -------------------------------------------------------


def parse_day(text: str | None, field: str) -> dt.date | None:
    """A --from/--to day typed on the command line (YYYY-MM-DD); blank means no bound."""
    if text is None or str(text).strip() == "":
        return None
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Give the day as YYYY-MM-DD, for example 2026-03-01."),
            field=field) from None


def write_register(spec: ListSpec, target: Path | str | BinaryIO, translate: Translate,
                   date_from: dt.date | None = None, date_to: dt.date | None = None) -> int:
    """A register's lines (both days included; no bound when None) as the GUI exports its
    list: visible columns, translated headers, oldest first."""
    check_range(date_from, date_to)
    columns = [c for c in spec.columns if c.visible]
    headers = [translate("Lists", c.header) for c in columns]
    rows = export_rows(spec, ListFilter(date_from=date_from, date_to=date_to), ("date", False),
                       [c.key for c in columns], translate)
    return xlsx.write_table(target, translate("Lists", spec.title), headers, rows)


def writer_for_register(spec: ListSpec):
    """`export receipts | issue-slips [--from DAY] [--to DAY]`: the register's writer."""
    def write(target: Path, options: dict, translate: Translate) -> int:
        date_from = parse_day(options.get("date_from"), "date_from")
        date_to = parse_day(options.get("date_to"), "date_to")
        return write_register(spec, target, translate, date_from, date_to)

    return write


def write_summary_from_options(target: Path, options: dict, translate: Translate) -> int:
    """`export stock-summary --month YYYY-MM`."""
    return write_stock_summary(target, options.get("month") or "")
