"""满意度调查 on paper and in a spreadsheet (see reports.reception).

pdf kinds:  ``survey-result NUMBER``  客户满意度调查结果报告 (§二十二 2.0): returned count, return
                                      rate, overall and per-item satisfaction, the change since
                                      the previous survey with its bar chart, the customers'
                                      opinions, for the center's head
            ``survey-form NUMBER``    客户意见调查表: the blank form to hand out
exports:    ``survey`` (every survey with its rates, and every returned form; --from/--to
            on the day sent out)

Paper is Chinese.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm

from models import reception, settings
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.reception import Survey, SurveyResult

from .. import xlsx
from ..kinds import ExportKind, PdfKind, Translate
from ..paper import FormDocument, bar_chart

__all__ = ["survey_form_pdf", "survey_result_document", "survey_result_pdf",
           "survey_result_pdf_by_number"]

ITEM_HEADERS = ["序号", "调查项目", "满意", "基本满意", "不满意", "未答", "满意率", "上次满意率",
                "变化（百分点）"]
OPINION_HEADERS = ["表号", "单位", "房间", "客户意见"]
CHOICES = "□满意   □基本满意   □不满意"


def period_text(survey: Survey) -> str:
    return f"{survey.year}年{reception.SURVEY_HALVES.paper(survey.half)}"


def _pct(value: float | None, signed: bool = False) -> str:
    return reception.survey_percent(value, signed)


def _chart_series(result: SurveyResult) -> list[tuple[str, list[float]]]:
    now = [round((i.rate or 0) * 100, 1) for i in result.items]
    series = [(f"本次（{period_text(result.survey)}）", now)]
    if result.previous is not None:
        series.append((f"上次（{period_text(result.previous)}）",
                       [round((i.previous or 0) * 100, 1) for i in result.items]))
    return series


def survey_result_document(result: SurveyResult, prepared_by: str = "") -> FormDocument:
    """The result sheet; an open survey's is marked as counted so far."""
    s = result.survey
    doc = FormDocument("客户满意度调查结果报告", settings.office_name(), number=s.number,
                       date=(s.closed_at.date() if s.closed_at else None))
    overall = _pct(result.overall)
    if result.overall_change is not None:
        overall += f"（较上次 {_pct(result.overall_change, signed=True)} 个百分点）"
    doc.fields([
        [("调查名称", s.title), ("调查期间", period_text(s))],
        [("发放日期", s.sent_on), ("状态", reception.SURVEY_STATUS.paper(s.status)
                                    + ("" if s.status == reception.SURVEY_CLOSED
                                       else "（截至打印时的统计）"))],
        [("发放份数", s.forms_sent), ("回收份数", result.returned),
         ("回收率", _pct(result.return_rate))],
        [("总的满意率", overall)],
    ], label_width_mm=24)
    doc.paragraph("满意率 =（满意 + 基本满意）÷ 作答份数；未答的项目不计入该项的作答份数。"
                  "总的满意率按全部项目的作答合计。", size=8.5)
    doc.heading("分项满意率")
    rows = []
    for n, item in enumerate(result.items, start=1):
        rows.append([n, reception.SURVEY_ITEMS.paper(item.code), item.satisfied, item.fairly,
                     item.dissatisfied, item.unanswered, _pct(item.rate), _pct(item.previous),
                     _pct(item.change, signed=True)])
    doc.table(ITEM_HEADERS, rows, col_widths=[0.8, 2.6, 1, 1.3, 1, 1, 1.3, 1.5, 1.8],
              align="CLRRRRRRR", font_size=9)
    before = result.previous
    compared = (f"与上次调查（{before.number}，{period_text(before)}）对比" if before is not None
                else "（无上次调查可比）")
    doc.need(80)
    doc.heading(f"分项满意率（%）{compared}")
    series = _chart_series(result)
    doc.add(lambda width: [bar_chart([reception.SURVEY_ITEMS.paper(c) for c in
                                      reception.SURVEY_ITEM_CODES], series, width, 72 * mm,
                                     value_format="{:.0f}")])
    doc.heading(f"客户意见（{len(result.opinions)} 条）", keep_mm=20)
    if result.opinions:
        doc.table(OPINION_HEADERS, [[o.line, o.company, o.room, o.text] for o in result.opinions],
                  col_widths=[0.8, 2.4, 1.2, 8], align="CLLL", font_size=9)
    else:
        doc.paragraph("无。", size=9)
    doc.heading("整改意见（服务中心负责人）", keep_mm=30)
    doc.fields([[("整改意见", s.remarks)]], min_height_mm=22, label_width_mm=24)
    doc.need(25)
    doc.signatures([("统计人", prepared_by), "客服部长", "服务中心负责人"])
    return doc


def survey_result_pdf(survey_id: int, prepared_by: str = "") -> bytes:
    survey = reception.get_survey(survey_id)
    reception.SURVEY_STEPS.require_state(reception.surveys_steps.RESULT, survey)
    return survey_result_document(reception.survey_result(survey), prepared_by).build()


def survey_result_pdf_by_number(number: str) -> bytes:
    return survey_result_pdf(reception.survey_by_number(number).id)


def survey_form_pdf(number: str) -> bytes:
    """客户意见调查表: the blank form the survey hands out (one A4, ticked by hand)."""
    s = reception.survey_by_number(number)
    doc = FormDocument("客户意见调查表", settings.office_name(), number=s.number, date="")
    doc.paragraph(f"尊敬的客户：为了解您对{settings.office_name()}物业管理服务的意见，不断改进"
                  f"我们的工作，特进行{period_text(s)}客户满意度调查。请在每一项相应的方框内"
                  "打“√”，并于一周内交回客服部或投入意见箱。谢谢您的支持！", size=10)
    doc.fields([[("单位名称", ""), ("房间号", "")]], min_height_mm=9, label_width_mm=22)
    doc.table(["序号", "调查项目", "满意程度"],
              [[n, reception.SURVEY_ITEMS.paper(c), CHOICES] for n, c in
               enumerate(reception.SURVEY_ITEM_CODES, start=1)],
              col_widths=[0.8, 3, 6], align="CLL", font_size=10, min_height_mm=9)
    doc.fields([[("您对物业管理的意见和建议", "")]], min_height_mm=45, label_width_mm=22)
    doc.fields([[("客户签名", ""), ("联系电话", "")]], min_height_mm=9, label_width_mm=22)
    return doc.build()


# --- the export ---------------------------------------------------------------------


def _day(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the day as YYYY-MM-DD, for example 2026-03-01."),
            field="date") from None


def write_surveys(target: Path, options: dict, translate: Translate) -> int:
    """Two sheets: the surveys (count, rates) and every returned form (its ten ratings)."""
    first, last = _day(options.get("date_from")), _day(options.get("date_to"))
    query = Survey.select().order_by(Survey.sent_on, Survey.id)
    if first:
        query = query.where(Survey.sent_on >= first)
    if last:
        query = query.where(Survey.sent_on <= last)
    surveys = list(query)

    def t(text: str) -> str:
        return translate("Lists", text)

    items = [reception.SURVEY_ITEMS.text(c, translate) for c in reception.SURVEY_ITEM_CODES]
    head = [t(QT_TRANSLATE_NOOP("Lists", "Number")), t(QT_TRANSLATE_NOOP("Lists", "Title")),
            t(QT_TRANSLATE_NOOP("Lists", "Year")), t(QT_TRANSLATE_NOOP("Lists", "Half-year")),
            t(QT_TRANSLATE_NOOP("Lists", "Sent out")), t(QT_TRANSLATE_NOOP("Lists", "Status")),
            t(QT_TRANSLATE_NOOP("Lists", "Forms sent")), t(QT_TRANSLATE_NOOP("Lists", "Returned")),
            t(QT_TRANSLATE_NOOP("Lists", "Return rate %")),
            t(QT_TRANSLATE_NOOP("Lists", "Overall satisfaction %"))] + items

    def rate(value: float | None) -> float | None:
        return None if value is None else round(value * 100, 1)

    def survey_rows():
        for s in surveys:
            r = reception.survey_result(s)
            yield [s.number, s.title, s.year, reception.SURVEY_HALVES.text(s.half, translate),
                   s.sent_on, reception.SURVEY_STATUS.text(s.status, translate), s.forms_sent,
                   r.returned, rate(r.return_rate), rate(r.overall)] + [
                       rate(i.rate) for i in r.items]

    def form_rows():
        for s in surveys:
            for f in reception.survey_forms(s):
                yield [s.number, f.line, f.company, f.room] + [
                    reception.SURVEY_RATINGS.text(c, translate) for c in f.ratings] + [f.opinion]

    form_head = [head[0], t(QT_TRANSLATE_NOOP("Lists", "Form")),
                 t(QT_TRANSLATE_NOOP("Lists", "Company")), t(QT_TRANSLATE_NOOP("Lists", "Room"))
                 ] + items + [t(QT_TRANSLATE_NOOP("Lists", "Customer's opinion"))]
    counts = xlsx.write_sheets(target, [
        (t(QT_TRANSLATE_NOOP("Lists", "Satisfaction surveys")), head, survey_rows()),
        (t(QT_TRANSLATE_NOOP("Lists", "Returned forms")), form_head, form_rows())])
    return sum(counts)


PDF_KINDS: tuple = (
    PdfKind("survey-result", "客户满意度调查结果报告 (a satisfaction survey's result, compared "
            "with the previous survey) by number", survey_result_pdf_by_number),
    PdfKind("survey-form", "客户意见调查表 (a survey's blank form to hand out) by number",
            survey_form_pdf),
)
EXPORT_KINDS: tuple = (
    ExportKind("survey", "the satisfaction surveys (满意度调查) and their returned forms",
               write_surveys),
)
