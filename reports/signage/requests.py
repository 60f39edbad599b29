"""The signage requests part's paper and exports (see reports.signage).

pdf kinds:  ``sign-request NUMBER``  标识申请表: the department's request, the manager's
            decision, the making and the installing, signed 申请人 / 部门负责人 / 客服部 /
            服务中心批准; a draft prints with 草稿, a cancelled request with 已作废
exports:    ``sign-requests``        every request (the list's columns)
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from models import settings, signage
from models.documents import CANCELLED, DRAFT

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from ..paper import (
    DRAFT_STAMP,
    INK,
    LINE,
    VOID_STAMP,
    FormDocument,
    cancellation_text,
    format_value,
    person,
)

__all__ = ["sign_request_pdf"]

STAMPS = {DRAFT: DRAFT_STAMP, CANCELLED: VOID_STAMP}


def _place(request) -> str:
    return " ".join(p for p in (request.building, request.floor, request.room) if p)


def _decision(request) -> str:
    if request.status == signage.REJECTED:
        return f"不同意　原因：{request.reject_reason}"
    if request.decided_at is not None:
        return "同意，经物业服务中心批准"
    return ""


def sign_request_pdf(request_id: int) -> bytes:
    """标识申请表 on A4 portrait, one request (one sign) per sheet, with room for a sketch."""
    request = signage.get_request(request_id)
    doc = FormDocument("标识申请表", settings.office_name(), number=request.number,
                       date=request.date)
    rows = [
        [("申请部门", request.department.name), ("申请人", request.applicant)],
        [("标识类别", request.kind.name), ("数量", f"{request.quantity} 块")],
        [("标识内容", request.text)],
        [("尺寸", request.size), ("需用日期", format_value(request.needed_by))],
        [("设置位置", _place(request))],
        [("申请原因", request.reason)],
    ]
    if request.replaces_id is not None:
        old = request.replaces
        rows.append([("更换标识", f"{old.number}　{old.kind.name}　{old.text}（安装后撤除）")])
    rows.append([("状态", signage.REQUEST_STATUS_LABELS.paper(request.status))])
    doc.fields(rows, min_height_mm=9)
    doc.stamp(STAMPS.get(request.status), rise_mm=40)
    doc.heading("示意图（可手绘）")
    doc.add(lambda width: [_sketch_box(width, 55)])
    done = [[("审批意见", _decision(request))]]
    if request.produced_at is not None:
        done.append([("制作", f"{person(request.produced_by)} {format_value(request.produced_at)}")])
    if request.installed_on is not None:
        sign = request.sign
        done.append([("安装", f"{format_value(request.installed_on)}　{request.installed_by}"
                              f"　登记编号 {sign.number if sign else ''}")])
    if request.status == CANCELLED:
        done.append([("作废", cancellation_text(request))])
    doc.spacer(2)
    doc.fields(done, min_height_mm=9)
    decided = request.decided_at is not None and request.status != signage.REJECTED
    doc.signatures([
        ("申请人", request.applicant),
        "部门负责人",
        ("客服部", person(request.submitted_by) if request.submitted_by_id else ""),
        ("服务中心批准", person(request.decided_by) if decided else "",
         format_value(request.decided_at.date()) if decided else ""),
    ], space_mm=8)
    return doc.build()


def _sketch_box(width: float, height_mm: float) -> Table:
    """An empty ruled box to draw the sign's sketch in."""
    table = Table([[""]], colWidths=[width], rowHeights=[height_mm * mm])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), LINE, INK)]))
    return table


PDF_KINDS: tuple = (
    PdfKind("sign-request", "标识申请表 (sign request) by number",
            lambda number: sign_request_pdf(signage.request_by_number(number).id)),
)
EXPORT_KINDS: tuple = (
    ExportKind("sign-requests", "the sign requests (标识申请)",
               lambda target, options, translate: write_list(signage.REQUEST_LIST, target,
                                                             translate)),
)
