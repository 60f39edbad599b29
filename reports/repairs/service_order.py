"""The 工程服务单: one repair order on paper, two copies to a sheet (客服部存根 / 工程部联).

The top of the grid is printed from the order; below the shaded 以下由工程部填写
bar the boxes are left for engineering to fill in by hand (the engineer and
the times printed when known), the customer's verdict ticked at the callback.
Reprinted once the work is recorded, the form shows what the program knows:
完工时间, 维修情况, 所用材料 with what the storeroom issued for the order, and
the callback's verdict, comment and caller; ``blank=True`` prints the boxes
empty for handwriting, whatever is recorded. The signatures are always by hand.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from models import repairs, settings, warehouse
from models.repairs import RepairOrder

from ..paper import (
    HEADER_BG,
    INK,
    LINE,
    TIME_GUIDE,
    Choices,
    FormDocument,
    TextBox,
    grid_commands,
    guide,
    label_cell,
    person,
    value_cell,
)

COPY_LABELS = ("客服部存根", "工程部联")
URGENT_BG = colors.Color(0.8, 0.8, 0.8)  # darker than the labels' grey: 紧急 stands out
VERDICTS = tuple(repairs.VERDICT_LABELS.paper(v) for v in repairs.VERDICT_LABELS)  # 满意 …


def _time_or_guide(value: dt.datetime | None) -> object:
    return value_cell(value) if value else guide(TIME_GUIDE)


def issued_text(order: RepairOrder) -> str:
    """What the storeroom issued for the order: 仓库领料 CK…：密封条 D型 3米；…"""
    lines = warehouse.issued_for_repair(order.id)
    if not lines:
        return ""
    slips: dict[str, list[str]] = {}
    for slip, line in lines:
        item = " ".join(p for p in (line.item.name, line.item.spec) if p)
        slips.setdefault(slip.number, []).append(
            f"{item} {warehouse.fmt_qty(line.qty)}{line.item.unit}")
    return "\n".join(f"仓库领料 {number}：{'；'.join(items)}" for number, items in slips.items())


def caller(order: RepairOrder) -> str:
    """Who called the customer back last (the timeline's 回访)."""
    calls = [e for e in repairs.timeline(order.id) if e.verdict]  # only a callback has one
    return person(calls[-1].user) if calls and calls[-1].user_id is not None else ""


def recorded(order: RepairOrder) -> bool:
    """Whether there is more to print than a blank form: the work or a callback recorded."""
    return bool(order.completed_at or order.work_done or order.verdict)


def _order_grid(order: RepairOrder, width: float, blank: bool = False) -> Table:
    """The ruled grid of one copy: six columns (label, value) x 3, spans for long values;
    below the bar what is recorded (unless ``blank``), else room to write by hand."""
    labels = [21 * mm, 28 * mm, 21 * mm]  # the middle one holds 报修人验收签字 on one line
    value_w = (width - sum(labels)) / 3
    widths = [w for label_w in labels for w in (label_w, value_w)]
    L, V = label_cell, value_cell  # noqa: N806 - read as the kinds of cell

    urgent = order.urgency == repairs.URGENT
    urgency = (TextBox("★ 紧急", 13, "L", leading=15) if urgent
               else V(repairs.URGENCY_LABELS.paper(order.urgency)))
    rows: list[list[object]] = [
        [L("报修时间"), V(order.reported_at), L("来源"),
         V(repairs.SOURCE_LABELS.paper(order.source)), L("类别"), V(order.category.name)],
        [L("报修部门"), V(order.department_name), L("房间/位置"), V(order.location),
         L("报修人"), V(order.reporter)],
        [L("联系电话"), V(order.phone), L("紧急程度"), urgency, L("派工时间"),
         V(order.dispatched_at)],
    ]
    heights = [7 * mm] * 3
    spans: list[tuple[int, int, int]] = []  # (row, first column, last column)
    urgent_row = None
    if urgent:
        urgent_row = len(rows)
        rows.append([L("紧急原因"), V(order.urgent_cause), "", "", "", ""])
        heights.append(7 * mm)
        spans.append((urgent_row, 1, 5))
    rows.append([L("报修内容"), V(order.content), "", "", "", ""])
    heights.append(12 * mm)
    spans.append((len(rows) - 1, 1, 5))
    bar = len(rows)
    rows.append([TextBox("以下由工程部填写（完工后经报修人验收签字，交回客服部）", 9, "C"),
                 "", "", "", "", ""])
    heights.append(5.5 * mm)
    spans.append((bar, 0, 5))
    shown = not blank
    work: object = V(order.work_done) if shown and order.work_done else ""
    materials = "\n".join(t for t in (order.materials, issued_text(order)) if t) if shown else ""
    verdict: list[Flowable] = [Choices(VERDICTS, chosen=repairs.VERDICT_LABELS.paper(
        order.verdict) if shown and order.verdict else None)]
    if shown and order.callback_comment:
        verdict.append(TextBox(order.callback_comment, 9))
    rows += [
        [L("接单人"), V(order.engineer), L("接单时间"), _time_or_guide(order.accepted_at),
         L("完工时间"), _time_or_guide(order.completed_at if shown else None)],
        [L("维修情况"), work, "", "", "", ""],
        [L("所用材料"), V(materials) if materials else "", "", "", "", ""],
        [L("维修人签字"), "", L("报修人验收签字"), "", "", ""],
        [L("回访结果"), verdict, "", "",
         L("回访人"), V(caller(order)) if shown and order.verdict else ""],
    ]
    # an order without the 紧急原因 row gives its room to 维修情况: same height either way
    heights += [9 * mm, (18 if urgent else 25) * mm, 11 * mm, 10 * mm, 8 * mm]
    first_blank = bar + 1
    spans += [(first_blank + 1, 1, 5), (first_blank + 2, 1, 5), (first_blank + 3, 3, 5),
              (first_blank + 4, 1, 3)]
    commands = [
        *grid_commands(),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, bar), (-1, bar), HEADER_BG),
        ("LINEABOVE", (0, bar), (-1, bar), LINE * 1.6, INK),
        # the handwritten paragraphs start at the top of their box
        ("VALIGN", (1, first_blank + 1), (-1, first_blank + 2), "TOP"),
    ]
    for y in range(len(rows)):
        if y == bar:
            continue
        for x in range(0, 6, 2):
            if isinstance(rows[y][x], TextBox) and rows[y][x].align == "C":
                commands.append(("BACKGROUND", (x, y), (x, y), HEADER_BG))
    for y, x1, x2 in spans:
        commands.append(("SPAN", (x1, y), (x2, y)))
    if urgent:  # 紧急 stands out: a heavy box round the urgency and its cause
        commands += [("BACKGROUND", (3, 2), (3, 2), URGENT_BG),
                     ("BOX", (3, 2), (3, 2), LINE * 3, INK),
                     ("BOX", (1, urgent_row), (5, urgent_row), LINE * 3, INK)]
    # hAlign LEFT: a centred table drifts right when two_up shrinks the copy to fit
    return Table(rows, colWidths=widths, style=TableStyle(commands), minRowHeights=heights,
                 hAlign="LEFT")


def service_order_document(order: RepairOrder, blank: bool = False) -> FormDocument:
    """One copy of the 工程服务单, ready to be built two-up (``blank``: the lower boxes
    empty for handwriting, whatever is recorded)."""
    when = order.dispatched_at or order.reported_at
    doc = FormDocument("工程服务单", settings.office_name(), number=order.number,
                       date=when.date())
    doc.add(lambda width: [_order_grid(order, width, blank)])
    return doc


def service_order_pdf(order_id: int, blank: bool = False) -> bytes:
    """The 工程服务单 on one A4 sheet: 客服部存根 above, 工程部联 below, cut line between;
    what is recorded filled in unless ``blank``."""
    order = repairs.get_order(order_id)
    return service_order_document(order, blank).build_two_up(COPY_LABELS)


def service_order_pdf_by_number(number: str) -> bytes:
    """As service_order_pdf, by 工程服务单号 (NotFound when there is no such order)."""
    return service_order_pdf(repairs.get_by_number(number).id)


def blank_service_order_pdf_by_number(number: str) -> bytes:
    """The 工程服务单 with its lower boxes empty, for handwriting, by 工程服务单号."""
    return service_order_pdf(repairs.get_by_number(number).id, blank=True)
