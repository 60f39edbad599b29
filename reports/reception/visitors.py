"""The visitors register's paper and exports (see reports.reception).

pdf kinds:  ``visitor-slip NUMBER``  the 访客单, two copies to an A5 sheet
            ``visitor-day YYYY-MM-DD``  the day's 来访登记表 (empty or "today": today)
exports:    ``visitors``  the visits as the list shows them (ID numbers masked)
"""

from __future__ import annotations

from models import reception

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from .visitors_paper import (
    SLIP_COPIES,
    day_rows,
    slip_document,
    visitor_day_pdf,
    visitor_slip_pdf,
    visitor_slip_pdf_by_number,
)

__all__ = ["SLIP_COPIES", "day_rows", "slip_document", "visitor_day_pdf", "visitor_slip_pdf",
           "visitor_slip_pdf_by_number"]


def _day_pdf(text: str) -> bytes:
    return visitor_day_pdf("" if text.strip().lower() == "today" else text)


PDF_KINDS: tuple = (
    PdfKind("visitor-slip", "访客单 (visitor slip) by number, two to an A5 sheet",
            visitor_slip_pdf_by_number),
    PdfKind("visitor-day", "来访登记表 (the day's visitors) for a day, YYYY-MM-DD", _day_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("visitors", "the visitors (来访登记)",
               lambda target, options, translate: write_list(reception.VISIT_LIST, target,
                                                             translate)),
)
