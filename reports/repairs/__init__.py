"""The repair orders on paper and in spreadsheets: what the repairs area offers.

pdf kinds:  ``repair NUMBER``  the 工程服务单, two copies to a sheet, what is recorded filled in
            ``repair-blank NUMBER``  the same with the lower boxes empty, for handwriting
exports:    ``repairs``        the repair orders as the list shows them
            ``repair-month --month YYYY-MM``  the 工程维修月报's tables (monthly)
for the GUI: service_order_pdf, monthly_report_pdf

Paper is always Chinese, whatever the desk's language, so the labels are
Chinese and the codes' words are repairs' vocabularies' (``paper(code)``). Import this
package, not its modules.
"""

from __future__ import annotations

from models import repairs

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from .monthly import (
    callback_rows,
    category_rows,
    department_rows,
    monthly_report_pdf,
    monthly_report_sheets,
    summary_items,
    write_month,
)
from .service_order import (
    COPY_LABELS,
    blank_service_order_pdf_by_number,
    recorded,
    service_order_document,
    service_order_pdf,
    service_order_pdf_by_number,
)

__all__ = [
    "COPY_LABELS", "EXPORT_KINDS", "PDF_KINDS", "recorded", "callback_rows", "category_rows", "department_rows", "monthly_report_pdf",
    "monthly_report_sheets", "service_order_document", "service_order_pdf",
    "service_order_pdf_by_number", "summary_items",
]

# What this area prints and exports (reports.documents.load_all registers them).
PDF_KINDS = (
    PdfKind("repair", "工程服务单 (repair service order) by number, as recorded",
            service_order_pdf_by_number),
    PdfKind("repair-blank", "工程服务单 by number, the lower boxes left blank for handwriting",
            blank_service_order_pdf_by_number),
)
EXPORT_KINDS = (
    ExportKind("repairs", "the repair orders (报修单列表)",
               lambda target, options, translate: write_list(repairs.ORDER_LIST, target,
                                                             translate)),
    ExportKind("repair-month", "the monthly repair report's tables (工程维修月报)", write_month,
               options=[("--month", "YYYY-MM")]),
)
