"""Importing the item list from a spreadsheet (物品档案导入): the template and its reader.

The template's first sheet has the headers of ``warehouse.IMPORT_COLUMNS`` in
order and one example row; a second sheet explains each column and lists the
item categories. ``read_import_workbook`` turns a filled-in first sheet into
``(row number, {key: value})`` for ``warehouse.import_items``, which checks
every value and imports all rows or none. The reader only finds the columns:
a file that is not a workbook, or lacks a required column, is refused here,
naming what is wrong.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from models import warehouse

from ..import_sheet import read_template

REQUIRED = ("编码", "名称", "单位", "类别")
TEXT_KEYS = ("code", "name", "spec", "unit", "category", "location")
TEMPLATE_ROWS = 1000  # rows offered the category list

# What the 说明 sheet says about each column.
EXPLAIN = {
    "code": ("必填", "物品编码，全库唯一，不能与已有物品重复；按文本保存（前导 0 保留）。"),
    "name": ("必填", "物品名称。"),
    "spec": ("选填", "规格型号，如 M4×20、DN20。"),
    "unit": ("必填", "计量单位，如 个、盒、米；有出入库后不能再改。"),
    "category": ("必填", "物品类别，须为下方列出的类别之一。"),
    "location": ("选填", "货位，如 A-01；盘点表按货位排序。"),
    "safety_stock": ("选填", "安全库存数量；库存低于它时提示申购。不填为 0。"),
    "opening_qty": ("选填", "期初数量：导入时已在库的数量，记为上月末的期初结存。不填为 0。"),
    "opening_price": ("选填", "期初单价（元），最多四位小数；期初金额 = 期初数量 × 期初单价。"),
}
EXAMPLE = {"code": "示例-WJ001", "name": "十字螺丝（示例行，不导入）", "spec": "M4×20",
           "unit": "盒", "category": "", "location": "A-01", "safety_stock": 5,
           "opening_qty": 20, "opening_price": 2.5}

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_EXAMPLE_FONT = Font(italic=True, color="808080")


def _example() -> dict[str, Any]:
    """The example row: the first category in use stands in the 类别 column."""
    cats = warehouse.categories()
    return {**EXAMPLE, "category": cats[0].name if cats else "五金"}


def write_import_template(target: str | Path | BinaryIO) -> None:
    """The items import template (物品导入模板.xlsx): headers, one example row, 说明 sheet."""
    example = _example()
    categories = [c.name for c in warehouse.categories()]
    wb = Workbook()
    ws = wb.active
    ws.title = "物品导入"
    for col, (header, key) in enumerate(warehouse.IMPORT_COLUMNS, start=1):
        letter = get_column_letter(col)
        head = ws.cell(row=1, column=col, value=header)
        head.font = _HEADER_FONT
        head.fill = _REQUIRED_FILL if header in REQUIRED else _HEADER_FILL
        head.alignment = Alignment(horizontal="center")
        ws.column_dimensions[letter].width = 24 if key in ("name", "spec") else 12
        cell = ws.cell(row=2, column=col, value=example[key])
        cell.font = _EXAMPLE_FONT
        if key in TEXT_KEYS:  # typed codes like 001 stay text, not the number 1
            ws.column_dimensions[letter].number_format = "@"
            cell.number_format = "@"
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("说明")
    notes.append(["列名", "必填", "说明"])
    for header, key in warehouse.IMPORT_COLUMNS:
        required, text = EXPLAIN[key]
        notes.append([header, required, text])
    notes.append([])
    notes.append(["使用方法", "", "从第 2 行起每行填一个物品，只读取第一个工作表；列的顺序可以调整，"
                  "列名须与模板一致。第 2 行是示例（编码 示例-WJ001），导入时跳过，也可直接删除。"
                  "任一行有错时整个文件都不导入，并列出出错的行号。"])
    notes.append([])
    notes.append(["物品类别"])
    first_category_row = notes.max_row + 1
    for name in categories:
        notes.append([name])
    for cell in notes[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    notes.column_dimensions["A"].width = 12
    notes.column_dimensions["B"].width = 8
    notes.column_dimensions["C"].width = 90
    if categories:
        column = get_column_letter(
            [key for _, key in warehouse.IMPORT_COLUMNS].index("category") + 1)
        last = first_category_row + len(categories) - 1
        rule = DataValidation(type="list", formula1=f"'说明'!$A${first_category_row}:$A${last}",
                              allow_blank=True, showErrorMessage=True,
                              errorTitle="类别", error="请从下拉列表中选择物品类别。")
        rule.add(f"{column}2:{column}{TEMPLATE_ROWS + 1}")
        ws.add_data_validation(rule)
    wb.save(str(target) if isinstance(target, Path) else target)


def _value(key: str, value: Any) -> Any:
    """A cell as import_items wants it: text stripped, whole floats as ints, text columns as
    text (a code typed as 1001 is "1001"), blanks as None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    elif isinstance(value, dt.date | dt.time):
        value = value.isoformat()
    if isinstance(value, bool):
        value = "是" if value else "否"
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return str(value) if key in TEXT_KEYS else value


def read_import_workbook(source: str | Path | BinaryIO) -> list[tuple[int, dict]]:
    """The filled-in template's rows: (spreadsheet row number, {key: value}).

    Reads the first sheet; its header row (the first of the top rows that has
    编码) is matched by exact header text, surrounding spaces ignored; other
    columns are ignored. Empty rows, and the template's example row (its code
    and name) left in, are skipped. Raises DomainError when the file is not a readable
    .xlsx or a required column (编码, 名称, 单位, 类别) is missing.
    """
    return read_template(
        source, warehouse.IMPORT_COLUMNS, REQUIRED, "编码", _value,
        lambda values: (values.get("code"), values.get("name")) == (EXAMPLE["code"],
                                                                    EXAMPLE["name"]))
