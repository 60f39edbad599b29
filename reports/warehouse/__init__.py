"""The storeroom on paper and in spreadsheets, and its command-line kinds.

The paper lives in ``warehouse_forms`` (入库单, 出库单, 物品申购表) and
``warehouse_sheets`` (盘点表, 物料盘点记录表, 收发存汇总表, the registers); the
items import in ``warehouse_import``. This module gathers them for the GUI,
writes the 收发存汇总表 workbook, and registers ``pdf receipt | issue-slip |
stocktake | count-sheet | purchase-request NUMBER`` and ``export items |
receipts | issue-slips | stock-summary``.
"""

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
from ..catalogue import write_list
from ..documents import ExportKind, PdfKind, Translate, register_export, register_pdf
from .forms import issue_slip_pdf, purchase_request_pdf, receipt_pdf
from .import_items import read_import_workbook, write_import_template
from .sheets import (
    check_range,
    count_sheet_pdf,
    issue_register_pdf,
    receipt_register_pdf,
    stock_summary_pdf,
    stocktake_record_pdf,
)

__all__ = [
    "count_sheet_pdf", "issue_register_pdf", "issue_slip_pdf", "purchase_request_pdf",
    "read_import_workbook", "receipt_pdf", "receipt_register_pdf", "stock_summary_pdf",
    "stocktake_record_pdf", "write_import_template", "write_stock_summary", "write_register",
]

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


def write_stock_summary(target: str | Path | BinaryIO, month: str) -> int:
    """收发存汇总表 of YYYY-MM as .xlsx: sheet 收发存汇总表 (one row per item, the 16
    SUMMARY_HEADERS), 类别合计 (money per category and 合计), 部门领用. Returns the number
    of item rows. A malformed month raises ValidationError and writes nothing."""
    summary = warehouse.month_summary(month)
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


def _register_export(spec: ListSpec):
    def write(target: Path, options: dict, translate: Translate) -> int:
        date_from = parse_day(options.get("date_from"), "date_from")
        date_to = parse_day(options.get("date_to"), "date_to")
        return write_register(spec, target, translate, date_from, date_to)

    return write


def _write_summary(target: Path, options: dict, translate: Translate) -> int:
    return write_stock_summary(target, options.get("month") or "")


# --- the command line ------------------------------------------------------------------


def _by_number(model, render):
    return lambda number: render(warehouse.by_number(model, number).id)


register_pdf(PdfKind("receipt", "入库单 (receipt) by number",
                     _by_number(warehouse.Receipt, receipt_pdf)))
register_pdf(PdfKind("issue-slip", "出库单 (issue slip) by number",
                     _by_number(warehouse.IssueSlip, issue_slip_pdf)))
register_pdf(PdfKind("stocktake", "物料盘点记录表 (stocktake record) by number",
                     _by_number(warehouse.Stocktake, stocktake_record_pdf)))
register_pdf(PdfKind("count-sheet", "盘点表 (blind count sheet) by stocktake number",
                     _by_number(warehouse.Stocktake, count_sheet_pdf)))
register_pdf(PdfKind("purchase-request", "物品申购表 (purchase request) by number",
                     _by_number(warehouse.PurchaseRequest, purchase_request_pdf)))
register_export(ExportKind(
    "items", "the items (物品档案)",
    lambda target, options, translate: write_list(warehouse.ITEM_LIST, target, translate)))
_RANGE = [("--from", "YYYY-MM-DD (default: from the first)"),
          ("--to", "YYYY-MM-DD (default: to the last)")]
register_export(ExportKind("receipts", "the receipt register (物料入库记录表)",
                           _register_export(warehouse.RECEIPT_REGISTER), options=_RANGE))
register_export(ExportKind("issue-slips", "the issue register (物料出库记录表)",
                           _register_export(warehouse.ISSUE_REGISTER), options=_RANGE))
register_export(ExportKind("stock-summary", "the monthly stock summary (收发存汇总表)",
                           _write_summary, options=[("--month", "YYYY-MM")]))
