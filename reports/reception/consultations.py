"""意见咨询 on paper and in a spreadsheet (see reports.reception).

pdf kinds:  ``consultation-record NUMBER``  电话意见咨询记录 (现场意见咨询记录 for an on-site
                                            one): the customers consulted, their opinions,
                                            the promised answers, the follow-ups, and the
                                            manager's review; landscape A4
exports:    ``consultations`` (the list as the clerk sees it: one row per customer consulted)

Paper is Chinese.
"""

from __future__ import annotations

from models import callbacks, reception, settings
from models.reception import Consultation

from ..catalogue import write_list
from ..kinds import ExportKind, PdfKind
from ..paper import FormDocument, format_value

__all__ = ["consultation_record_document", "consultation_record_pdf",
           "consultation_record_pdf_by_number"]

TITLES = {reception.CONSULTATION_PHONE: "电话意见咨询记录",
          reception.CONSULTATION_ONSITE: "现场意见咨询记录"}
HEADERS = ["序号", "单位/公司", "房号", "联系人", "联系电话", "意见/建议", "约定答复", "答复情况",
           "跟进处理情况", "处理结果"]


def _answer(line) -> str:
    if line.promised_at is None:
        return ""
    if line.answered_at is not None:
        verdict = callbacks.VERDICTS.paper(line.verdict) if line.verdict else ""
        return f"{format_value(line.answered_at)} 已答复 {verdict}".strip()
    if line.verdict:  # answered 不满意: waits again
        return f"{callbacks.VERDICTS.paper(line.verdict)}：{line.answer_words}，待再次答复"
    return "待答复"


def rows_of(c: Consultation) -> list[list[object]]:
    out = []
    for line in reception.consultation_record_rows(c):
        out.append([line.seq, line.unit, line.room, line.person, line.phone,
                    line.opinion or "无意见", format_value(line.promised_at)
                    if line.promised_at else "", _answer(line), line.follow_up, line.result])
    return out


def consultation_record_document(c: Consultation) -> FormDocument:
    """The record of one consultation, the review at its foot."""
    doc = FormDocument(TITLES[c.kind], settings.office_name(), number=c.number, date=c.held_on,
                       landscape=True)
    rows = rows_of(c)
    opinions = sum(1 for r in rows if r[5] != "无意见")
    doc.fields([[("咨询方式", reception.CONSULTATION_KINDS.paper(c.kind)),
                 ("咨询日期", c.held_on), ("咨询人", c.by_name),
                 ("咨询客户", f"{len(rows)} 户，提出意见 {opinions} 条")]], min_height_mm=7)
    if c.note:
        doc.fields([[("备注", c.note)]], min_height_mm=7)
    doc.spacer(2)
    doc.table(HEADERS, rows, col_widths=[0.8, 2.6, 1.2, 1.5, 2.4, 4.5, 2.6, 3, 4.5, 2],
              align="CLCLLLLLLL", font_size=8, min_height_mm=8)
    doc.need(30)
    doc.heading("客服部长审核")
    doc.fields([[("审核意见", c.review_note or ("" if c.reviewed_at else " "))]],
               min_height_mm=12)
    doc.signatures([("咨询人", c.by_name), ("客服部长", c.reviewed_by, format_value(c.reviewed_at))]
                   if c.reviewed_at else [("咨询人", c.by_name), "客服部长"])
    return doc


def consultation_record_pdf(consultation_id: int) -> bytes:
    return consultation_record_document(reception.get_consultation(consultation_id)).build()


def consultation_record_pdf_by_number(number: str) -> bytes:
    return consultation_record_pdf(reception.consultation_by_number(number).id)


PDF_KINDS: tuple = (
    PdfKind("consultation-record", "电话意见咨询记录 (a telephone or on-site opinion "
            "consultation's record) by number", consultation_record_pdf_by_number),
)
EXPORT_KINDS: tuple = (
    ExportKind("consultations", "the opinion consultations (意见咨询, one row per customer)",
               lambda target, options, translate: write_list(reception.CONSULTATION_LIST,
                                                             target, translate)),
)
