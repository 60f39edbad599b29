"""The signage registry part's paper and exports (see reports.signage).

pdf kinds:  ``sign-registry DEPARTMENT``  部门标识管理一览表 of one department (its signs on
            the walls, removed ones left out), landscape, with the department head's signature
exports:    ``signs``                     the whole registry (the list's columns)
for the GUI: the import template (标识导入模板.xlsx) and its reader, as the item import has
             them: the reader finds the columns, ``signage.import_signs`` checks the values.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from models import people, settings, signage
from models.errors import NotFound
from models.i18n import QT_TRANSLATE_NOOP
from models.values import lookup_text, shown

from ..catalogue import write_list
from ..import_sheet import read_template
from ..kinds import ExportKind, PdfKind
from ..paper import FormDocument, format_value

__all__ = ["read_sign_workbook", "sign_registry_pdf", "write_sign_template"]

REGISTRY_HEADERS = ["序号", "编号", "类别", "标识内容", "楼栋", "楼层", "房间/位置", "数量",
                    "尺寸", "材质", "设置日期", "状态", "最近检查"]
REGISTRY_WEIGHTS = [9, 18, 27, 50, 11, 10, 24, 9, 20, 16, 20, 14, 19]  # mm on A4 landscape
REGISTRY_ALIGN = "CLLLCCLCLLCCC"


def _department(name_or_id: Any) -> people.Department:
    if isinstance(name_or_id, int):
        return people.get_department(name_or_id)
    text = lookup_text(name_or_id, people.Department.name)
    dep = people.Department.get_or_none(people.Department.name == text) if text else None
    if dep is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no department {name}."),
                       name=shown(name_or_id))
    return dep


def sign_registry_pdf(department: int | str) -> bytes:
    """部门标识管理一览表: a department's signs by place, with their state and last inspection."""
    dep = _department(department)
    signs = signage.department_signs(dep.id)
    doc = FormDocument("部门标识管理一览表", settings.office_name(), date=None, landscape=True)
    in_use = sum(1 for s in signs if s.state == signage.IN_USE)
    doc.fields([[("责任部门", dep.name), ("标识数", f"{len(signs)} 项（在用 {in_use} 项，"
                                                  f"待整改 {len(signs) - in_use} 项）")]],
               min_height_mm=7)
    rows = [
        [str(n), s.number, s.kind.name, s.text, s.building, s.floor, s.room, str(s.quantity),
         s.size, s.material, format_value(s.set_up_on), signage.STATE_LABELS.paper(s.state),
         format_value(s.last_inspected_on)]
        for n, s in enumerate(signs, start=1)
    ]
    if not rows:
        rows = [["", "", "", "（本部门暂无在册标识）", "", "", "", "", "", "", "", "", ""]]
    doc.spacer(2)
    doc.table(REGISTRY_HEADERS, rows, REGISTRY_WEIGHTS, REGISTRY_ALIGN, min_height_mm=6.5)
    doc.paragraph("注：本表列出在用及待整改的标识（已撤除的不列）。新设标识须经《标识申请表》批准，"
                  "由客服部统一制作安装；部门不得自行制作。", size=8)
    doc.signatures(["部门负责人", "客服部"], space_mm=5)
    return doc.build()


# --- the import template and its reader -------------------------------------------

REQUIRED = ("类别", "标识内容", "责任部门")
TEXT_KEYS = ("number", "kind", "text", "department", "building", "floor", "room", "size",
             "material", "state")
TEMPLATE_ROWS = 2000
EXPLAIN = {
    "number": ("选填", "标识编号；不填则导入时按 BS-00001 起依次编号。不能与已有标识重复。"),
    "kind": ("必填", "标识类别，须为下方列出的类别之一。"),
    "text": ("必填", "标识上的文字。"),
    "department": ("必填", "负责该标识的部门，须为系统中已有的部门。"),
    "building": ("选填", "楼栋，如 A座。"),
    "floor": ("选填", "楼层，如 3F、B1。"),
    "room": ("选填", "房间号或位置，如 301、东侧楼梯间。"),
    "quantity": ("选填", "数量（块），1–999；不填为 1。"),
    "size": ("选填", "尺寸，如 300×100mm。"),
    "material": ("选填", "材质，如 不锈钢、亚克力。"),
    "set_up_on": ("选填", "设置日期，如 2024-05-01；不能晚于今天。"),
    "state": ("选填", "在用 / 待整改 / 已撤除；不填为 在用。"),
}
EXAMPLE = {"number": "", "kind": "", "text": "示例：财务部 综合办公室（示例行，不导入）",
           "department": "", "building": "A座", "floor": "3F", "room": "301", "quantity": 1,
           "size": "300×100mm", "material": "不锈钢", "set_up_on": "2024-05-01", "state": "在用"}
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_EXAMPLE_FONT = Font(italic=True, color="808080")


def write_sign_template(target: str | Path | BinaryIO) -> None:
    """标识导入模板.xlsx: the headers, one example row, and a 说明 sheet with the kinds and
    the departments (the 类别 and 责任部门 columns offer them as drop-down lists)."""
    kinds = [k.name for k in signage.kinds()]
    departments = [d.name for d in people.departments()]
    example = {**EXAMPLE, "kind": kinds[0] if kinds else "办公室",
               "department": departments[0] if departments else "客服部"}
    wb = Workbook()
    ws = wb.active
    ws.title = "标识导入"
    keys = [key for _h, key in signage.IMPORT_COLUMNS]
    for col, (header, key) in enumerate(signage.IMPORT_COLUMNS, start=1):
        letter = get_column_letter(col)
        head = ws.cell(row=1, column=col, value=header)
        head.font = _HEADER_FONT
        head.fill = _REQUIRED_FILL if header in REQUIRED else _HEADER_FILL
        head.alignment = Alignment(horizontal="center")
        ws.column_dimensions[letter].width = 36 if key == "text" else 13
        cell = ws.cell(row=2, column=col, value=example[key])
        cell.font = _EXAMPLE_FONT
        if key in TEXT_KEYS:
            ws.column_dimensions[letter].number_format = "@"
            cell.number_format = "@"
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("说明")
    notes.append(["列名", "必填", "说明"])
    for header, key in signage.IMPORT_COLUMNS:
        required, text = EXPLAIN[key]
        notes.append([header, required, text])
    notes.append([])
    notes.append(["使用方法", "", "从第 2 行起每行填一个已上墙的标识，只读取第一个工作表；列名须与模板"
                  "一致。第 2 行是示例，导入时跳过，也可直接删除。任一行有错时整个文件都不导入，"
                  "并列出出错的行号。"])
    notes.append([])
    notes.append(["标识类别", "", "责任部门"])
    first = notes.max_row + 1
    for n in range(max(len(kinds), len(departments))):
        notes.append([kinds[n] if n < len(kinds) else None, None,
                      departments[n] if n < len(departments) else None])
    for cell in notes[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    notes.column_dimensions["A"].width = 14
    notes.column_dimensions["C"].width = 90
    for key, values, source in (("kind", kinds, "A"), ("department", departments, "C")):
        if not values:
            continue
        column = get_column_letter(keys.index(key) + 1)
        rule = DataValidation(type="list",
                              formula1=f"'说明'!${source}${first}:${source}${first + len(values) - 1}",
                              allow_blank=True, showErrorMessage=True)
        rule.add(f"{column}2:{column}{TEMPLATE_ROWS + 1}")
        ws.add_data_validation(rule)
    wb.save(str(target) if isinstance(target, Path) else target)


def _value(key: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value if key == "set_up_on" else value.isoformat()
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return str(value) if key in TEXT_KEYS else value


def read_sign_workbook(source: str | Path | BinaryIO) -> list[tuple[int, dict]]:
    """The filled-in template's rows: (spreadsheet row number, {key: value}); empty rows and
    the example row skipped. DomainError when it is no workbook or lacks a required column."""
    return read_template(source, signage.IMPORT_COLUMNS, REQUIRED, "标识内容", _value,
                         lambda values: values.get("text") == EXAMPLE["text"])


PDF_KINDS: tuple = (
    PdfKind("sign-registry", "部门标识管理一览表 (a department's signs) by department name",
            sign_registry_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("signs", "the sign registry (部门标识管理一览表, every department)",
               lambda target, options, translate: write_list(signage.SIGN_LIST, target,
                                                             translate)),
)
