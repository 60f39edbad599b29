"""The visitors' paper: the 访客单 (two to an A5 sheet) and the day's 来访登记表.

The 访客单: 前台存根 above, 访客联 below a cut line; the visitor carries the 访客联 to the
host, who signs it, and hands it back when leaving. The 来访登记表 lists the day's
visits for the duty officer to sign. ID numbers are printed masked, always.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, FrameBreak, KeepInFrame, PageTemplate
from reportlab.platypus.frames import Frame

from models import reception, settings
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP

from ..fonts import FONT, register_fonts
from ..paper import FormDocument

SLIP_COPIES = ("前台存根", "访客联")
SLIP_MARGIN = 8 * mm


def _id_text(visit: reception.Visit) -> str:
    if not visit.id_number:
        return ""
    masked = reception.mask_id(visit.id_number)
    if visit.id_type == reception.ID_CARD:
        return masked
    return f"{reception.ID_TYPE_LABELS.paper(visit.id_type)} {masked}"


def _host(visit: reception.Visit) -> str:
    return " ".join(p for p in (visit.host_department, visit.host_person) if p)


def slip_document(visit: reception.Visit) -> FormDocument:
    """One copy of the 访客单."""
    doc = FormDocument("访客单", settings.office_name(), number=visit.number,
                       date=visit.arrived_at.date())
    doc.fields([
        [("来访时间", visit.arrived_at), ("类型", reception.VISIT_KIND_LABELS.paper(visit.kind))],
        [("访客", visit.visitor), ("人数", f"{visit.people_count}人")],
        [("单位", visit.company), ("身份", visit.identity.name)],
        [("电话", visit.phone), ("证件", _id_text(visit))],
        [("被访", _host(visit))],
        [("事由", visit.purpose)],
        [("约定时间", visit.agreed_at or ""), ("接待人", visit.received_by)],
    ], min_height_mm=7)
    doc.signatures(["被访人签字", "离开时间"], with_date=False, space_mm=4)
    return doc


def _cut_line(c, x1: float, x2: float, y: float) -> None:
    """A dashed line across the sheet between the two copies, captioned 沿此线裁开."""
    c.saveState()
    c.setDash(4, 3)
    c.setLineWidth(0.5)
    mid, gap = (x1 + x2) / 2, 14 * mm
    c.line(x1, y, mid - gap, y)
    c.line(mid + gap, y, x2, y)
    c.setFont(FONT, 7)
    c.drawCentredString(mid, y - 2.4, "沿此线裁开")
    c.restoreState()


def visitor_slip_pdf(visit_id: int) -> bytes:
    """The 访客单 on one A5 sheet: 前台存根 above, 访客联 below, cut line between."""
    visit = reception.get_visit(visit_id)
    register_fonts()
    w, h = A5
    fw, fh = w - 2 * SLIP_MARGIN, h / 2 - 2 * SLIP_MARGIN
    pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    frames = [Frame(SLIP_MARGIN, h / 2 + SLIP_MARGIN, fw, fh, id="top", **pad),
              Frame(SLIP_MARGIN, SLIP_MARGIN, fw, fh, id="bottom", **pad)]
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A5, title="访客单", creator="FrontDesk",
                          initialFontName=FONT)
    doc.addPageTemplates([PageTemplate("slip", frames, onPage=lambda c, d: _cut_line(
        c, 4 * mm, w - 4 * mm, h / 2))])
    form = slip_document(visit)
    story = [KeepInFrame(fw, fh, form.story(SLIP_COPIES[0], fw), mode="shrink"), FrameBreak(),
             KeepInFrame(fw, fh, form.story(SLIP_COPIES[1], fw), mode="shrink")]
    doc.build(story)
    return buf.getvalue()


def visitor_slip_pdf_by_number(number: str) -> bytes:
    return visitor_slip_pdf(reception.get_visit_by_number(number).id)


def _day(text: str | dt.date | None) -> dt.date:
    if isinstance(text, dt.date):
        return text
    text = (text or "").strip()
    if not text:
        from models import clock

        return clock.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{text} is not a day; write it as YYYY-MM-DD."), field="day",
            text=text[:30]) from None


DAY_HEADERS = ["序号", "单号", "来访时间", "类型", "访客", "单位", "电话", "人数", "身份", "证件",
               "被访部门/人", "事由", "通知时间", "离开时间", "状态"]
DAY_WEIGHTS = [3, 15, 5, 7, 6, 14, 10, 3, 7, 15, 18, 10, 5, 8, 7]


def _clock_time(value: dt.datetime | None) -> str:
    return f"{value:%H:%M}" if value else ""


def day_rows(day: dt.date) -> list[list[object]]:
    rows = []
    for n, v in enumerate(reception.day_visits(day), start=1):
        left = _clock_time(v.left_at) + ("自动" if v.auto_signed_out else "")
        rows.append([n, v.number, _clock_time(v.arrived_at),
                     reception.VISIT_KIND_LABELS.paper(v.kind), v.visitor, v.company, v.phone,
                     v.people_count, v.identity.name, reception.mask_id(v.id_number), _host(v),
                     v.purpose, _clock_time(v.notified_at), left,
                     reception.VISIT_STATUS_LABELS.paper(v.status)])
    return rows


def visitor_day_pdf(day: str | dt.date | None = None) -> bytes:
    """The 来访登记表 of a day (YYYY-MM-DD; empty: today), A4 landscape, for the duty officer."""
    when = _day(day)
    rows = day_rows(when)
    doc = FormDocument("来访登记表", settings.office_name(), date=when, landscape=True)
    doc.table(DAY_HEADERS, rows, col_widths=DAY_WEIGHTS, font_size=8,
              align="CLCCLLLCCLLLCCC")
    on_site = sum(1 for r in rows if r[-1] == reception.VISIT_STATUS_LABELS.paper(
        reception.ON_SITE))
    doc.paragraph(f"共 {len(rows)} 批来访，{sum(int(r[7]) for r in rows)} 人；"
                  f"打印时仍在访 {on_site} 批。", size=9)
    doc.signatures(["登记人", "当值签字"], space_mm=3)
    return doc.build()


