"""The paper core (纸质表单): what every area's printed forms are made of.

    from reports.paper import FormDocument, copies, cut, sheet_rows, rmb_words, VOID_STAMP

    doc = FormDocument("投诉通知单", office_name, number=notice.number, date=notice.date)
    doc.fields([[("投诉人", notice.name), ("电话", notice.phone)], [("内容", notice.text)]])
    doc.signatures(["受理人", ("经理", person(notice.approved_by), format_value(notice.approved_at))])
    doc.stamp(VOID_STAMP if notice.status == CANCELLED else None, rise_mm=50)
    pdf = doc.build_two_up(("客服部存根", "部门联"))

The pieces: ``form`` (FormDocument: header, fields, tables, signatures, stamps,
page numbers, running header), ``tables`` (ruled tables of any length, rows
with their own style: 合计, 小计, 大写), ``signatures``, ``stamps`` (草稿 /
已作废, who cancelled), ``money`` (大写金额), ``half_sheets`` (two copies to a
sheet), ``continued`` (a document cut into sheets: 第 k 张 / 共 K 张，续下张,
本张小计), ``handwriting`` (guides and tick boxes), ``textbox`` (text that wraps
with numbers and dates whole, cut with … when taller than a page), ``keep``
(the signatures never alone on a page), ``charts`` (grouped bar charts), ``text`` and
``styles``.
Paper is always Chinese. Import this package, not its modules.
"""

from __future__ import annotations

from .charts import bar_chart, nice_top
from .continued import Sheet, cut, sheet_rows
from .form import FormDocument, FormHeader, NumberedCanvas
from .half_sheets import copies, two_up
from .handwriting import TIME_GUIDE, Choices, guide
from .money import amount_in_words, rmb_words
from .signatures import SignatureRow, Signer
from .stamps import DRAFT_STAMP, VOID_STAMP, Stamp, cancellation_text
from .styles import GREY_INK, HEADER_BG, INK, LIGHT_BG, LINE, hard_space, markup, style
from .tables import (
    LongTable,
    Row,
    auto_weights,
    cell,
    grid_commands,
    label_cell,
    shaded_row,
    table_pages,
    total_row,
    value_cell,
    words_row,
)
from .text import chinese_date, chinese_month, display_width, format_value, person
from .textbox import TextBox, break_lines

__all__ = [
    "bar_chart",
    "nice_top",
    "DRAFT_STAMP", "GREY_INK", "HEADER_BG", "INK", "LIGHT_BG", "LINE", "TIME_GUIDE",
    "VOID_STAMP", "Choices", "FormDocument", "FormHeader", "LongTable", "NumberedCanvas", "Row",
    "Sheet", "SignatureRow", "Signer", "Stamp", "TextBox", "amount_in_words", "auto_weights",
    "break_lines",
    "cancellation_text", "cell", "chinese_date", "chinese_month", "copies", "cut",
    "display_width", "format_value", "grid_commands", "guide", "hard_space", "label_cell",
    "markup", "person", "rmb_words", "shaded_row", "sheet_rows", "style", "table_pages",
    "total_row", "two_up",
    "value_cell", "words_row",
]
