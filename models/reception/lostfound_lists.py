"""拾遗's lists (models.listing), the matching of found items to loss reports, the month's
unclaimed items for the property director.

Matching (对上报失): a found item and an open loss report (已报失) are pointed out to
each other when
- their names share a word: the name's words are its Latin words (lower case) and,
  for Chinese, every two characters next to each other, after colours and the
  words that name no kind (一个, 物品…) are taken out; "黑色钱包" and "钱包" share 钱包,
  "黑色钱包" and "黑色雨伞" share nothing; and
- the dates are near: lost from MATCH_DAYS_BEFORE days before the day found to
  MATCH_DAYS_AFTER days after it (the owner's time is a guess).
"""

from __future__ import annotations

import datetime as dt
import re

from peewee import JOIN

from .. import repairs
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from . import lostfound_base as base
from .lostfound_base import Claim, FoundItem, LossReport

MATCH_DAYS_BEFORE = 14
MATCH_DAYS_AFTER = 1
NOT_KINDS = ("黑色", "白色", "红色", "蓝色", "绿色", "黄色", "灰色", "棕色", "紫色", "粉色", "银色",
             "金色", "咖啡色", "深色", "浅色", "一个", "一把", "一副", "一只", "一部", "一串", "物品",
             "东西", "色", "的")
_CJK = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z0-9]+")


def name_words(name: str) -> set[str]:
    """The words of an item's name that say what kind of thing it is (see the docstring)."""
    text = name or ""
    for word in NOT_KINDS:
        text = text.replace(word, " ")
    words = {w.lower() for w in _LATIN.findall(text)}
    for run in _CJK.findall(text):
        if len(run) == 1:
            words.add(run)
        words.update(run[i:i + 2] for i in range(len(run) - 1))
    return words


def names_match(found_name: str, lost_name: str) -> bool:
    return bool(name_words(found_name) & name_words(lost_name))


def dates_near(found_on: dt.date, lost_at: dt.datetime | dt.date) -> bool:
    lost = lost_at.date() if isinstance(lost_at, dt.datetime) else lost_at
    return (found_on - dt.timedelta(days=MATCH_DAYS_BEFORE) <= lost
            <= found_on + dt.timedelta(days=MATCH_DAYS_AFTER))


def is_match(item: FoundItem, report: LossReport) -> bool:
    return names_match(item.item_name, report.item_name) and dates_near(item.found_on,
                                                                         report.lost_at)


def matching_reports(item: FoundItem) -> list[LossReport]:
    """The open loss reports this found item may answer (newest first)."""
    start = dt.datetime.combine(item.found_on - dt.timedelta(days=MATCH_DAYS_BEFORE), dt.time())
    end = dt.datetime.combine(item.found_on + dt.timedelta(days=MATCH_DAYS_AFTER + 1), dt.time())
    query = (LossReport.select()
             .where((LossReport.status == base.REPORTED) & (LossReport.lost_at >= start)
                    & (LossReport.lost_at < end))
             .order_by(LossReport.lost_at.desc()))
    return [report for report in query if names_match(item.item_name, report.item_name)]


def candidate_items(report: LossReport) -> list[FoundItem]:
    """The found items still kept (待签收 / 待认领) that may be this report's (nearest first)."""
    lost = report.lost_at.date()
    query = (FoundItem.select()
             .where(FoundItem.status.in_(base.OPEN_ITEM)
                    & (FoundItem.found_on >= lost - dt.timedelta(days=MATCH_DAYS_AFTER))
                    & (FoundItem.found_on <= lost + dt.timedelta(days=MATCH_DAYS_BEFORE)))
             .order_by(FoundItem.found_on))
    return [item for item in query if names_match(item.item_name, report.item_name)]


# --- the month's unclaimed items (未认领失物汇总) -------------------------------------


def unclaimed_for_month(month: str) -> tuple[dt.date, dt.date, list[FoundItem]]:
    """(first day, last day, the items) of 未认领失物汇总 for "YYYY-MM"; ValidationError
    for anything else."""
    start, end = repairs.month_bounds(month)
    return start.date(), end.date() - dt.timedelta(days=1), unclaimed_in_month(start, end)


def unclaimed_in_month(start: dt.datetime, end: dt.datetime) -> list[FoundItem]:
    """Items found in [start, end) that were still kept for an owner when the month ended
    (claimed or disposed of later, they were unclaimed then); in the order found."""
    claimed_by_end = Claim.select(Claim.item).where(Claim.claimed_at < end)
    query = (FoundItem.select()
             .where((FoundItem.found_on >= start.date()) & (FoundItem.found_on < end.date())
                    & FoundItem.id.not_in(claimed_by_end)
                    & (FoundItem.disposed_at.is_null() | (FoundItem.disposed_at >= end)))
             .order_by(FoundItem.found_on, FoundItem.id))
    return list(query)


# --- the lists --------------------------------------------------------------------

F, L, C = FoundItem, LossReport, Claim





FOUND_LIST = ListSpec(
    name="lf_found_items",
    title=QT_TRANSLATE_NOOP("Lists", "Found items"),
    model=FoundItem,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), F.number, width=130),
        Column("found_on", QT_TRANSLATE_NOOP("Lists", "Found on"), F.found_on, width=90,
               kind="date"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), F.status, width=80,
               kind="status", labels=base.ITEM_STATUS),
        Column("item_name", QT_TRANSLATE_NOOP("Lists", "Item"), F.item_name, width=110),
        Column("style", QT_TRANSLATE_NOOP("Lists", "Style"), F.style, width=80),
        Column("model", QT_TRANSLATE_NOOP("Lists", "Model"), F.model, width=80),
        Column("quantity", QT_TRANSLATE_NOOP("Lists", "Qty"), F.quantity, width=40,
               kind="number"),
        Column("place", QT_TRANSLATE_NOOP("Lists", "Place found"), F.place, width=120),
        Column("finder", QT_TRANSLATE_NOOP("Lists", "Finder"), F.finder, width=100),
        Column("finder_phone", QT_TRANSLATE_NOOP("Lists", "Finder's phone"), F.finder_phone,
               width=100),
        Column("handed_to", QT_TRANSLATE_NOOP("Lists", "Signed for by"), F.handed_to, width=70),
        Column("value", QT_TRANSLATE_NOOP("Lists", "Value assessed"), F.value, width=80,
               kind="money"),
        Column("storage", QT_TRANSLATE_NOOP("Lists", "Kept at"), F.storage, width=100),
        Column("handed_at", QT_TRANSLATE_NOOP("Lists", "Signed at"), F.handed_at, width=120,
               kind="datetime", visible=False),
    ],
    search=[F.number, F.item_name, F.finder, F.finder_phone, F.place, F.style, F.model],
    date_field=F.found_on,
    status_field=F.status,
    statuses=base.ITEM_STATUS,
    default_sort=("found_on", True),
    extra_filters={
        "staff": lambda q, v: q.where(F.finder_is_staff == bool(v)) if v else q,
    },
)

LOSS_LIST = ListSpec(
    name="lf_loss_reports",
    title=QT_TRANSLATE_NOOP("Lists", "Loss reports"),
    model=LossReport,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), L.number, width=130),
        Column("reported_at", QT_TRANSLATE_NOOP("Lists", "Reported on"), L.reported_at, width=120,
               kind="datetime"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), L.status, width=90,
               kind="status", labels=base.LOSS_STATUS),
        Column("item_name", QT_TRANSLATE_NOOP("Lists", "Item"), L.item_name, width=110),
        Column("style", QT_TRANSLATE_NOOP("Lists", "Style"), L.style, width=80),
        Column("lost_at", QT_TRANSLATE_NOOP("Lists", "Lost at"), L.lost_at, width=120,
               kind="datetime"),
        Column("place", QT_TRANSLATE_NOOP("Lists", "Place lost"), L.place, width=110),
        Column("owner", QT_TRANSLATE_NOOP("Lists", "Owner"), L.owner, width=70),
        Column("company", QT_TRANSLATE_NOOP("Lists", "Company"), L.company, width=130),
        Column("room", QT_TRANSLATE_NOOP("Lists", "Room"), L.room, width=60),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), L.phone, width=100),
        Column("found_item", QT_TRANSLATE_NOOP("Lists", "Found as"), FoundItem.number,
               width=130),
        Column("model", QT_TRANSLATE_NOOP("Lists", "Model"), L.model, width=80, visible=False),
        Column("answer", QT_TRANSLATE_NOOP("Lists", "Answer"), L.answer, width=160,
               sortable=False, visible=False),
    ],
    search=[L.number, L.owner, L.phone, L.room, L.company, L.item_name],
    date_field=L.reported_at,
    status_field=L.status,
    statuses=base.LOSS_STATUS,
    default_sort=("reported_at", True),
    base_query=lambda: LossReport.select().join(
        FoundItem, JOIN.LEFT_OUTER, on=(LossReport.found_item == FoundItem.id)),
)

CLAIM_LIST = ListSpec(
    name="lf_claims",
    title=QT_TRANSLATE_NOOP("Lists", "Claims"),
    model=Claim,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), C.number, width=130),
        Column("claimed_at", QT_TRANSLATE_NOOP("Lists", "Claimed"), C.claimed_at, width=120,
               kind="datetime"),
        Column("item_number", QT_TRANSLATE_NOOP("Lists", "Found item"), FoundItem.number,
               width=130),
        Column("item_name", QT_TRANSLATE_NOOP("Lists", "Item"), FoundItem.item_name, width=110),
        Column("owner", QT_TRANSLATE_NOOP("Lists", "Owner"), C.owner, width=70),
        Column("id_type", QT_TRANSLATE_NOOP("Lists", "ID"), C.id_type, width=110, kind="status",
               labels=base.ID_TYPES),
        Column("id_masked", QT_TRANSLATE_NOOP("Lists", "ID number"), C.id_masked, width=150,
               sortable=False),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), C.phone, width=100),
        Column("handled_by", QT_TRANSLATE_NOOP("Lists", "Handled by"), C.handled_by, width=70),
    ],
    search=[C.number, C.owner, C.phone, FoundItem.item_name, FoundItem.number],
    date_field=C.claimed_at,
    default_sort=("claimed_at", True),
    base_query=lambda: Claim.select().join(FoundItem, on=(Claim.item == FoundItem.id)),
)
