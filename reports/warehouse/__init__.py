"""The storeroom on paper and in spreadsheets: what the warehouse area offers.

pdf kinds:  ``receipt NUMBER``           入库单, two copies to a sheet (forms)
            ``issue-slip NUMBER``        出库单, two copies to a sheet (forms)
            ``purchase-request NUMBER``  物品申购表 (forms)
            ``stocktake NUMBER``         物料盘点记录表 (sheets)
            ``count-sheet NUMBER``       盘点表 for the blind count (sheets)
exports:    ``items``, ``receipts`` / ``issue-slips`` [--from --to], ``stock-summary --month``
for the GUI: the pdfs above by id, the 收发存汇总表 and the registers on paper
(sheets) and as workbooks (workbooks), the items import template and its
reader (import_items).

Import this package, not its modules.
"""

from __future__ import annotations

from models import warehouse

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from .forms import issue_slip_pdf, purchase_request_pdf, receipt_pdf
from .import_items import read_import_workbook, write_import_template
from .sheets import (
    count_sheet_pdf,
    issue_register_pdf,
    receipt_register_pdf,
    stock_summary_pdf,
    stocktake_record_pdf,
)
from .workbooks import (
    write_register,
    write_stock_summary,
    write_summary_from_options,
    writer_for_register,
)

__all__ = [
    "EXPORT_KINDS", "PDF_KINDS", "count_sheet_pdf", "issue_register_pdf", "issue_slip_pdf", "purchase_request_pdf",
    "read_import_workbook", "receipt_pdf", "receipt_register_pdf", "stock_summary_pdf",
    "stocktake_record_pdf", "write_import_template", "write_stock_summary", "write_register",
]


def _by_number(model, render):
    return lambda number: render(warehouse.by_number(model, number).id)


_RANGE = [("--from", "YYYY-MM-DD (default: from the first)"),
          ("--to", "YYYY-MM-DD (default: to the last)")]
# What this area prints and exports (reports.documents.load_all registers them).
PDF_KINDS = (
    PdfKind("receipt", "入库单 (receipt) by number", _by_number(warehouse.Receipt, receipt_pdf)),
    PdfKind("issue-slip", "出库单 (issue slip) by number",
            _by_number(warehouse.IssueSlip, issue_slip_pdf)),
    PdfKind("stocktake", "物料盘点记录表 (stocktake record) by number",
            # no one is signed in at the command line: an approved record only
            _by_number(warehouse.Stocktake, lambda i: stocktake_record_pdf(i, by=None))),
    PdfKind("count-sheet", "盘点表 (blind count sheet) by stocktake number",
            _by_number(warehouse.Stocktake, count_sheet_pdf)),
    PdfKind("purchase-request", "物品申购表 (purchase request) by number",
            _by_number(warehouse.PurchaseRequest, purchase_request_pdf)),
)
EXPORT_KINDS = (
    ExportKind("items", "the items (物品档案)",
               lambda target, options, translate: write_list(warehouse.ITEM_LIST, target,
                                                             translate)),
    ExportKind("receipts", "the receipt register (物料入库记录表)",
               writer_for_register(warehouse.RECEIPT_REGISTER), options=_RANGE),
    ExportKind("issue-slips", "the issue register (物料出库记录表)",
               writer_for_register(warehouse.ISSUE_REGISTER), options=_RANGE),
    ExportKind("stock-summary", "the monthly stock summary (收发存汇总表)", write_summary_from_options,
               options=[("--month", "YYYY-MM")]),
)
