"""The shared list: the model under qtmodeltester on 100,000 rows, and a clerk using the view."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from peewee import CharField, DateTimeField, DecimalField, IntegerField
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from gui.widgets.list_view import ListView
from gui.widgets.table_model import ListModel, format_cell
from models.db import BaseModel
from models.i18n import QT_TRANSLATE_NOOP
from models.listing import Column, ListFilter, ListSpec


class Entry(BaseModel):
    """Shaped like a stock-ledger line; exists only in these tests."""

    at = DateTimeField(index=True)
    item_code = CharField(index=True)
    item_name = CharField(index=True)
    qty = IntegerField(index=True)
    unit_cost = DecimalField(max_digits=12, decimal_places=2, null=True, index=True)
    doc_no = CharField(null=True, index=True)
    kind = CharField(index=True)

    class Meta:
        table_name = "test_view_entry"


KINDS = {"in": QT_TRANSLATE_NOOP("Lists", "Receipt"), "out": QT_TRANSLATE_NOOP("Lists", "Issue")}
SPEC = ListSpec(
    name="test_entries",
    title=QT_TRANSLATE_NOOP("Lists", "Stock ledger"),
    model=Entry,
    columns=[
        Column("at", QT_TRANSLATE_NOOP("Lists", "Time"), Entry.at, width=140, kind="datetime"),
        Column("item_code", QT_TRANSLATE_NOOP("Lists", "Code"), Entry.item_code, width=80),
        Column("item_name", QT_TRANSLATE_NOOP("Lists", "Item"), Entry.item_name, width=160),
        Column("qty", QT_TRANSLATE_NOOP("Lists", "Qty"), Entry.qty, width=60, kind="number"),
        Column("unit_cost", QT_TRANSLATE_NOOP("Lists", "Unit cost"), Entry.unit_cost,
               kind="money"),
        Column("doc_no", QT_TRANSLATE_NOOP("Lists", "Document"), Entry.doc_no),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), Entry.kind, kind="status",
               labels=KINDS),
    ],
    search=[Entry.item_code, Entry.item_name, Entry.doc_no],
    date_field=Entry.at,
    status_field=Entry.kind,
    statuses=list(KINDS.items()),
    default_sort=("at", True),
)
NAMES = ["六角螺丝 M6", "LED灯管 T8", "水龙头", "电缆 2.5mm²", "胶带 50%", "扫把"]


@pytest.fixture
def entries(db):
    db.create_tables([Entry])

    def fill(n: int, seed: int = 1) -> None:
        rnd = random.Random(seed)
        start = dt.datetime(2015, 1, 1, 8)
        rows = []
        for i in range(n):
            name = NAMES[i % len(NAMES)]
            at = start + dt.timedelta(minutes=37 * i)
            rows.append((at.isoformat(" "), f"C{i % len(NAMES):03d}", name, rnd.randint(1, 50),
                         None if i % 11 == 0 else round(rnd.uniform(1, 300), 2),
                         f"RK-{i:06d}" if i % 3 else None, "in" if i % 2 else "out"))
        with db.atomic():
            db.connection().executemany(
                "INSERT INTO test_view_entry (at, item_code, item_name, qty, unit_cost, doc_no,"
                " kind) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    return fill


def test_model_passes_qtmodeltester_on_100000_rows(entries, qtmodeltester, qtbot):
    entries(100_000)
    model = ListModel(SPEC, row_style=lambda r: QColor("red") if r["qty"] > 45 else None)
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.total() == 100_000, timeout=10_000)
    qtmodeltester.check(model)  # stays attached: checks every change below as it happens
    before = model.rowCount()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == before + 200
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert model.sort_key() == ("qty", False)
    model.set_filter(ListFilter(text="水龙头", status="out"))
    qtbot.waitUntil(lambda: model.total() == 16_667, timeout=10_000)
    model.set_filter(ListFilter(text="水龙头", status="in"))
    assert model.rowCount() == 0 and model.total() == 0
    model.refresh()


def test_fetch_more_inserts_exactly_the_new_rows(entries, qtbot):
    entries(450)
    model = ListModel(SPEC, page_size=200)
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.fetch_all()
    assert inserted == [(200, 399), (400, 449)]
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    ids = [model.row_id(r) for r in range(450)]
    assert len(set(ids)) == 450
    assert model.total() == 450


def test_cells_are_formatted_for_the_clerk(entries, qtbot):
    Entry.create(at=dt.datetime(2024, 3, 5, 9, 7, 33), item_code="X1", item_name="灯管",
                 qty=1200, unit_cost=Decimal("1234.5"), doc_no=None, kind="out")
    model = ListModel(SPEC, row_style=lambda r: QColor("red") if r["kind"] == "out" else None)
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == ["2024-03-05 09:07", "X1", "灯管", "1200", "1,234.50", "", "Issue"]
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("red")
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Unit cost"
    assert format_cell(Column("d", "D", Entry.at, kind="date"), dt.date(2024, 1, 2)) == \
        "2024-01-02"


@pytest.fixture
def view(entries, qtbot, app):
    entries(2_000)

    def make() -> ListView:
        widget = ListView(SPEC)
        qtbot.addWidget(widget)
        widget.resize(1000, 500)
        widget.show()
        qtbot.waitUntil(lambda: widget.model.total() >= 0)
        return widget

    return make


def shown_names(view: ListView) -> set[str]:
    return {view.model.index(r, 2).data() for r in range(view.model.rowCount())}


def test_a_clerk_searches_and_sees_the_count(view, qtbot):
    w = view()
    assert w.count_label.text() == "2000 row(s)"
    qtbot.keyClicks(w.search, "led")
    assert w.model.filter().text == ""  # still waiting for the pause in typing
    qtbot.waitUntil(lambda: w.count_label.text() == "334 row(s)", timeout=3_000)
    w.model.fetch_all()
    assert shown_names(w) == {"LED灯管 T8"} and w.model.rowCount() == 334
    w.search.clear()
    w.search.insert("水龙")  # Chinese comes from the input method, not from key clicks
    qtbot.keyClicks(w.search, " rk-00011")  # every word must match
    qtbot.waitUntil(lambda: w.count_label.text() == "2 row(s)", timeout=3_000)
    assert [w.model.index(r, 5).data() for r in range(2)] == ["RK-000116", "RK-000110"]
    assert shown_names(w) == {"水龙头"}
    w.status_combo.setCurrentIndex(w.status_combo.findData("in"))
    assert w.model.rowCount() == 0 and w.count_label.text() == "0 row(s)"
    qtbot.mouseClick(w.clear_button, Qt.MouseButton.LeftButton)
    assert w.search.text() == "" and w.model.filter() == ListFilter()
    qtbot.waitUntil(lambda: w.count_label.text() == "2000 row(s)")


def test_literal_percent_and_date_range(view, qtbot):
    w = view()
    w.search.setText("50%")
    w.apply_filter()
    qtbot.waitUntil(lambda: w.model.total() == 333)
    w.clear_filters()
    w.date_check.setChecked(True)
    w.date_from.setDate(dt.date(2015, 1, 2))
    w.date_to.setDate(dt.date(2015, 1, 2))
    w.model.fetch_all()
    days = {w.model.index(r, 0).data()[:10] for r in range(w.model.rowCount())}
    assert days == {"2015-01-02"} and w.model.rowCount() == 39  # 1440 / 37 minutes
    assert "2015-01-02" in w.filter_description()


def test_clicking_a_header_sorts_in_sql(view, qtbot):
    w = view()
    header = w.table.horizontalHeader()
    pos = header.sectionViewportPosition(3) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos, 5))
    assert w.model.sort_key() == ("qty", False)
    w.model.fetch_all()
    qtys = [int(w.model.index(r, 3).data()) for r in range(w.model.rowCount())]
    assert qtys == sorted(qtys) and len(qtys) == 2000
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos, 5))
    assert w.model.sort_key() == ("qty", True)
    assert int(w.model.index(0, 3).data()) == 50


def test_double_click_and_enter_open_the_record(view, qtbot):
    w = view()
    row = 4
    record_id = w.model.row_id(row)
    rect = w.table.visualRect(w.model.index(row, 2))
    with qtbot.waitSignal(w.activated) as blocker:
        qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [record_id]
    assert w.current_id() == record_id
    w.table.setFocus()
    with qtbot.waitSignal(w.activated) as blocker:
        qtbot.keyClick(w.table, Qt.Key.Key_Down)
        qtbot.keyClick(w.table, Qt.Key.Key_Return)
    assert blocker.args == [w.model.row_id(row + 1)]


def test_column_layout_survives_a_new_list(view, qtbot):
    w = view()
    header = w.table.horizontalHeader()
    header.resizeSection(2, 333)
    w.set_column_visible(5, False)
    header.moveSection(header.visualIndex(3), 0)
    w.close()
    again = view()
    header = again.table.horizontalHeader()
    assert header.sectionSize(2) == 333
    assert header.isSectionHidden(5)
    assert again.visible_keys() == ["qty", "at", "item_code", "item_name", "unit_cost", "kind"]


def test_extra_filter_widget(entries, qtbot, app):
    entries(60)
    w = ListView(_spec_with_extra())
    qtbot.addWidget(w)
    combo = QComboBox()
    combo.addItem("all", None)
    combo.addItem(">= 40", 40)
    w.add_filter_widget("Qty", combo, key="big")
    combo.setCurrentIndex(1)
    w.model.fetch_all()
    assert w.model.rowCount() > 0
    assert all(int(w.model.index(r, 3).data()) >= 40 for r in range(w.model.rowCount()))
    assert "Qty >= 40" in w.filter_description()
    w.clear_filters()
    assert combo.currentIndex() == 0 and w.model.filter().extra == {"big": None}


def _spec_with_extra() -> ListSpec:
    return ListSpec(name="test_extra", title="Extra", model=Entry, columns=SPEC.columns,
                    search=SPEC.search, date_field=SPEC.date_field, default_sort=("at", True),
                    extra_filters={"big": lambda q, v: q.where(Entry.qty >= v)})


def test_export_and_print_rows_follow_the_filter_and_the_shown_columns(view, qtbot, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    w = view()
    w.search.setText("灯管")
    w.apply_filter()
    w.set_column_visible(0, False)
    w.set_column_visible(1, False)
    path = tmp_path / "ledger.xlsx"
    assert w.export_xlsx(path) == 334
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Item", "Qty", "Unit cost", "Document", "Kind")
    assert len(rows) == 335
    assert {r[0] for r in rows[1:]} == {"LED灯管 T8"}
    assert {r[4] for r in rows[1:]} <= {"Receipt", "Issue"}
    assert any(isinstance(r[2], float | int) for r in rows[1:])
    first_ui = [w.model.index(0, c).data() for c in (2, 3, 5)]
    assert [rows[1][0], str(rows[1][1]), rows[1][3] or ""] == first_ui
    headers, printed = w.visible_rows_for_print(limit=5)
    assert headers == ["Item", "Qty", "Unit cost", "Document", "Kind"]
    assert printed[0] == [w.model.index(0, c).data() for c in (2, 3, 4, 5, 6)]
    assert len(printed) == 5


def test_render(view, qtbot, tmp_path):
    w = view()
    w.table.selectRow(2)
    w.grab().save(str(tmp_path / "list.png"))
    w.grab().save("/tmp/list_view.png")
