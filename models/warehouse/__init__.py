"""The storeroom (仓库出入库): the public API of the warehouse tab. See docs/domain.md, "The storeroom".

    from models import warehouse
    item = warehouse.create_item({"code": "WJ001", "name": "螺丝", "unit": "盒",
                                  "category": "五金"}, by=storekeeper)
    receipt = warehouse.save_receipt({"supplier": "…"}, [{"item": item.id, "qty": 10,
                                      "unit_price": "2.50"}], by=storekeeper)
    warehouse.confirm_receipt(receipt.id, by=manager)       # stock moves now
    slip = warehouse.save_issue_slip({...}, [{"item": item.id, "qty": 2}], by=storekeeper)
    warehouse.sign_issue_slip(slip.id, by=duty_officer)      # and leaves now

The parts: ``warehouse.base`` (vocabulary, tables, numbers), ``warehouse.ledger``
(posting, moving average, closed months), ``warehouse.items``,
``warehouse.docs`` (receipts, issue slips, purchase requests),
``warehouse.stocktake``, ``warehouse.report`` (the monthly summary, low stock,
an item's ledger), ``warehouse.lists`` (the lists), ``warehouse.lookups`` (what
the forms look up: completers, a document's lines), ``warehouse.demo``,
``warehouse.steps`` (who may take which step on a document, stocktake or item).
"""

from __future__ import annotations

from peewee import fn

from .. import audit, numbering
from ..area import Area
from ..db import Migration
from ..i18n import QT_TRANSLATE_NOOP
from . import audit_labels, base, steps  # noqa: F401 - the log's words; steps: the step names (warehouse.steps.SUBMIT, …)
from .base import (  # noqa: F401 - the public API
    APPROVED,
    CANCELLED,
    CENTRAL,
    CONFIRM,
    COUNTING,
    DEFAULT_CATEGORIES,
    DOC_ISSUE,
    DOC_RECEIPT,
    DRAFT,
    ISSUE_PREFIX,
    K_GAIN,
    K_ISSUE,
    K_ISSUE_CANCEL,
    K_LOSS,
    K_OPENING,
    K_RECEIPT,
    K_RECEIPT_CANCEL,
    KEEP,
    KIND_LABELS,
    MAX_QTY,
    QTY_PLACES,
    RECEIPT_PREFIX,
    RECEIPT_STATUS_LABELS,
    REQUEST_PREFIX,
    REQUEST_STATUS_LABELS,
    SELF,
    SIGN,
    SLIP_STATUS_LABELS,
    SOURCE_LABELS,
    STOCKTAKE_PREFIX,
    STOCKTAKE_STATUS_LABELS,
    SUBMITTED,
    TABLES,
    ClosedMonth,
    IssueLine,
    IssueSlip,
    Item,
    ItemCategory,
    PurchaseRequest,
    PurchaseRequestLine,
    Receipt,
    ReceiptLine,
    StockEntry,
    Stocktake,
    StocktakeLine,
    by_number,
    categories,
    fmt_money,
    fmt_qty,
    get_issue_slip,
    get_item,
    get_receipt,
    get_request,
    get_stocktake,
    money,
    month_of,
    parse_month,
    seed_categories,
)
from .demo import add_warehouse
from .docs import (  # noqa: F401
    approve_request,
    cancel_issue_slip,
    cancel_receipt,
    cancel_request,
    confirm_receipt,
    draft_request_from_low_stock,
    issued_for_repair,
    repair_material_cost,
    save_issue_slip,
    save_receipt,
    save_request,
    sign_issue_slip,
)
from .items import (  # noqa: F401
    IMPORT_COLUMNS,
    ImportRefused,
    RowProblem,
    create_item,
    find_item,
    import_items,
    move_category,
    save_category,
    search_items,
    update_item,
)
from .ledger import (  # noqa: F401
    Lock,
    NotEnoughStock,
    balance_at,
    books_lock,
    check_ledger,
    closed_through,
    is_closed,
    is_reversible,
)
from .lists import (  # noqa: F401
    ISSUE_LIST,
    ISSUE_REGISTER,
    ITEM_LIST,
    LEDGER_LIST,
    LISTS,
    RECEIPT_LIST,
    RECEIPT_REGISTER,
    REQUEST_LIST,
    STOCKTAKE_LIST,
)
from .lookups import (  # noqa: F401
    approved_request_numbers,
    count_progress,
    issue_values_for_order,
    item_locations,
    item_units,
    line_count,
    lines_of,
    orders_for_issue,
    recent_suppliers,
    stocktake_locations,
)
from .report import (  # noqa: F401
    SUMMARY_HEADERS,
    DepartmentUse,
    Figures,
    StockSummary,
    SummaryRow,
    department_use,
    item_ledger,
    low_stock,
    month_summary,
)
from .steps import (  # noqa: F401
    ISSUE_STEPS,
    ITEM_STEPS,
    RECEIPT_STEPS,
    REQUEST_STEPS,
    STOCKTAKE_STEPS,
)
from .stocktake import (  # noqa: F401
    CountRow,
    approve_stocktake,
    cancel_stocktake,
    count_rows,
    default_stocktake_month,
    enter_counts,
    lock_moment,
    month_ended,
    moved_since_freeze,
    open_stocktake,
    record_rows,
    start_stocktake,
    update_stocktake,
)


def check_documents() -> list[str]:
    """Drafts moved nothing; each submitted line has its entry; a cancelled one nets to zero."""
    problems: list[str] = []
    kinds = {base.DOC_RECEIPT: (Receipt, ReceiptLine, ReceiptLine.receipt, 1),
             base.DOC_ISSUE: (IssueSlip, IssueLine, IssueLine.slip, -1)}
    for doc_type, (model, line_model, parent, sign) in kinds.items():
        moved = {
            doc_id: (base.qty(q), count)
            for doc_id, q, count in StockEntry.select(
                StockEntry.doc_id, fn.SUM(StockEntry.qty), fn.COUNT(StockEntry.id))
            .where(StockEntry.doc_type == doc_type).group_by(StockEntry.doc_id).tuples()
        }
        line_sums = {
            doc_id: (base.qty(q), count)
            for doc_id, q, count in line_model.select(
                parent, fn.SUM(line_model.qty), fn.COUNT(line_model.id))
            .group_by(parent).tuples()
        }
        for doc_id, number, status in model.select(model.id, model.number, model.status).tuples():
            q, count = moved.get(doc_id, (base.ZERO, 0))
            lines_q, lines_n = line_sums.get(doc_id, (base.ZERO, 0))
            if status == base.DRAFT and count:
                problems.append(f"{number}: a draft has ledger entries")
            elif status == base.SUBMITTED and (count != lines_n or q != sign * lines_q):
                problems.append(f"{number}: its ledger entries do not match its lines")
            elif status == base.CANCELLED and q != 0:
                problems.append(f"{number}: cancelled, but its ledger entries do not net to zero")
    return problems


def check_warehouse() -> list[str]:
    return check_ledger() + check_documents()


def _v3_warehouse(database) -> None:
    database.create_tables(TABLES)
    seed_categories()


# What the warehouse area gives the program (models.areas reads it).
AREA = Area(
    "warehouse",
    tables=tuple(TABLES),
    migrations=(Migration(3, "warehouse: items, receipts, issue slips, ledger, stocktakes",
                          _v3_warehouse),),
    seeders=(seed_categories,),
    demo_steps=(add_warehouse,),
    check=check_warehouse,
    steps=(ITEM_STEPS, RECEIPT_STEPS, ISSUE_STEPS, REQUEST_STEPS, STOCKTAKE_STEPS),
)

for _prefix, _model in ((RECEIPT_PREFIX, Receipt), (ISSUE_PREFIX, IssueSlip),
                        (STOCKTAKE_PREFIX, Stocktake), (REQUEST_PREFIX, PurchaseRequest)):
    numbering.register(_prefix, _model, _model.number)

# How the audit log names the storeroom's actions.
audit.ACTION_LABELS.update(
    {
        "item.create": QT_TRANSLATE_NOOP("Lists", "Item added"),
        "item.update": QT_TRANSLATE_NOOP("Lists", "Item changed"),
        "item.import": QT_TRANSLATE_NOOP("Lists", "Items imported"),
        "item_category.create": QT_TRANSLATE_NOOP("Lists", "Item category added"),
        "item_category.update": QT_TRANSLATE_NOOP("Lists", "Item category changed"),
        "receipt.create": QT_TRANSLATE_NOOP("Lists", "Receipt drafted"),
        "receipt.update": QT_TRANSLATE_NOOP("Lists", "Receipt changed"),
        "receipt.confirm": QT_TRANSLATE_NOOP("Lists", "Receipt confirmed"),
        "receipt.cancel": QT_TRANSLATE_NOOP("Lists", "Receipt voided"),
        "issue_slip.create": QT_TRANSLATE_NOOP("Lists", "Issue slip drafted"),
        "issue_slip.update": QT_TRANSLATE_NOOP("Lists", "Issue slip changed"),
        "issue_slip.sign": QT_TRANSLATE_NOOP("Lists", "Issue slip signed"),
        "issue_slip.cancel": QT_TRANSLATE_NOOP("Lists", "Issue slip voided"),
        "purchase_request.create": QT_TRANSLATE_NOOP("Lists", "Purchase request drafted"),
        "purchase_request.update": QT_TRANSLATE_NOOP("Lists", "Purchase request changed"),
        "purchase_request.approve": QT_TRANSLATE_NOOP("Lists", "Purchase request approved"),
        "purchase_request.cancel": QT_TRANSLATE_NOOP("Lists", "Purchase request voided"),
        "stocktake.start": QT_TRANSLATE_NOOP("Lists", "Stocktake started"),
        "stocktake.count": QT_TRANSLATE_NOOP("Lists", "Counts entered"),
        "stocktake.update": QT_TRANSLATE_NOOP("Lists", "Stocktake changed"),
        "stocktake.approve": QT_TRANSLATE_NOOP("Lists", "Stocktake approved"),
        "stocktake.cancel": QT_TRANSLATE_NOOP("Lists", "Stocktake voided"),
    }
)
