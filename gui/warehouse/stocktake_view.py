"""The stocktakes view (盘点): start a count, print the blind sheets, type the counts, approve.

The toolbar offers the steps ``warehouse.STOCKTAKE_STEPS`` allows the user on
the selected stocktake (the operation in models.warehouse still decides and its
refusal is shown): the storekeeper starts a stocktake and enters the counts,
the manager approves it (locking the books up to the count; the month closes
entirely once it has ended) and either may cancel an open one. The line under
the toolbar says where the books are closed and which count is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from models import clock, warehouse
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import offer_steps, text_toolbar, view_shortcut
from ..widgets.vouch import acting_user

STEPS = warehouse.STOCKTAKE_STEPS
_s = warehouse.steps
START, SHEETS, COUNTS, APPROVE, RECORD, CANCEL = (
    _s.START, _s.SHEETS, _s.COUNTS, _s.APPROVE, _s.RECORD, _s.CANCEL)
ACTIONS = tuple(STEPS.names())  # the toolbar's order: the declaration's
OPEN_COLOUR = QColor("#1565c0")
CANCELLED_COLOUR = QColor("#9e9e9e")


def recent_months(count: int = 36) -> list[str]:
    """"YYYY-MM" from this month (the operations' clock) back, newest first."""
    today = clock.today()
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def row_style(values: dict[str, Any]) -> QColor | None:
    """The open count in blue, cancelled ones grey."""
    status = values.get("status")
    if status == warehouse.COUNTING:
        return OPEN_COLOUR
    if status == warehouse.CANCELLED:
        return CANCELLED_COLOUR
    return None


class StocktakesView(QWidget):
    """盘点; ``list_view()`` lets File > Export / Print work on the stocktakes list."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("stocktakesView")

        self.list = ListView(warehouse.STOCKTAKE_LIST, self, row_style=row_style)
        self.list.setObjectName("stocktakeList")
        self.list.activated.connect(self.open_counts)
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions())

        texts, tips = self.texts(), self.tips()
        handlers: dict[str, Callable[[], object]] = {
            START: self.start, SHEETS: self.print_sheets, COUNTS: self.enter_counts,
            APPROVE: self.approve, RECORD: self.print_record, CANCEL: self.cancel,
        }
        self.toolbar, self.qactions = text_toolbar(
            self, "stocktakeToolbar",
            [(action, texts[action], tips[action], handlers[action]) for action in ACTIONS],
            separate_after=(COUNTS, APPROVE))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))

        self.status_label = QLabel(self)
        self.status_label.setObjectName("stocktakeStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.list, 1)
        self.update_status()
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    def texts(self) -> dict[str, str]:
        return {
            START: self.tr("Start stocktake…"),
            SHEETS: self.tr("Print count sheets"),
            COUNTS: self.tr("Enter counts…"),
            APPROVE: self.tr("Approve…"),
            RECORD: self.tr("Print stocktake record"),
            CANCEL: self.tr("Cancel…"),
        }

    def tips(self) -> dict[str, str]:
        return {
            START: self.tr("Freeze the books and start counting a month (storekeeper)"),
            SHEETS: self.tr("The blind count sheets, in shelf order: no book quantities"),
            COUNTS: self.tr("Type the counts from the sheets; recount the flagged lines "
                            "(storekeeper; Enter on a row opens it too)"),
            APPROVE: self.tr("Post the gains and losses and close the books up to the count "
                             "(manager)"),
            RECORD: self.tr("Print the 物料盘点记录表"),
            CANCEL: self.tr("Cancel an open stocktake started by mistake, with the reason"),
        }

    # --- state ------------------------------------------------------------------------

    def current(self) -> warehouse.Stocktake | None:
        stocktake_id = self.list.current_id()
        if stocktake_id is None:
            return None
        try:
            return warehouse.get_stocktake(stocktake_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        offer_steps(self.qactions, STEPS, self.user, self.current())

    def update_status(self) -> None:
        """Which month is closed (or up to which moment), and which stocktake is open."""
        closed = warehouse.closed_through()
        lock = warehouse.books_lock()
        parts = [self.tr("Closed through {month}").format(month=closed) if closed
                 else self.tr("No month closed yet")]
        if lock is not None and lock.month != closed:
            parts.append(self.tr("closed up to {moment} (stocktake {number})").format(
                moment=f"{lock.at:%Y-%m-%d %H:%M}", number=lock.number))
        current = warehouse.open_stocktake()
        if current is None:
            parts.append(self.tr("no stocktake open"))
        else:
            counted, lines = warehouse.count_progress(current)
            parts.append(self.tr("stocktake {number} of {month} open: {counted} of {lines} "
                                 "line(s) counted").format(
                number=current.number, month=current.month, counted=counted, lines=lines))
        self.status_label.setText(" · ".join(parts))

    def refresh(self) -> None:
        self.list.refresh()
        self.update_status()
        self.update_actions()

    def select(self, stocktake_id: int) -> None:
        self.refresh()
        self.list.select_id(stocktake_id)
        self.update_actions()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Back from another view: what they did may have moved the books."""
        super().showEvent(event)
        self.refresh()

    # --- the actions ------------------------------------------------------------------

    def _selected(self) -> warehouse.Stocktake | None:
        stocktake = self.current()
        if stocktake is None:
            QMessageBox.information(self, self.tr("Stocktakes"),
                                    self.tr("Select a stocktake in the list first."))
        return stocktake

    def _actor(self, step: str, stocktake: warehouse.Stocktake):
        """Who takes ``step``: the user, or one who may and signs at this desk; or nobody."""
        return acting_user(self, STEPS, self.user, step, stocktake, self.texts()[step],
                           self.tr("Stocktake {number}").format(number=stocktake.number))

    def start(self) -> warehouse.Stocktake | None:
        """开始盘点: the month, the scope, the three names → warehouse.start_stocktake."""
        months = recent_months(12)
        categories = [(c.name, c.name) for c in warehouse.categories()]
        fields = [
            FieldSpec("month", self.tr("Month"), "combo", required=True, choices=months),
            FieldSpec("category", self.tr("Only the category"), "combo", choices=categories,
                      tooltip=self.tr("Leave empty to count every category")),
            FieldSpec("location", self.tr("Only the location"), "combo",
                      choices=warehouse.stocktake_locations(),
                      tooltip=self.tr("Leave empty to count every location")),
            FieldSpec("quarterly", self.tr("Quarterly full count"), "check",
                      tooltip=self.tr("The whole center counts everything: every item")),
            FieldSpec("counted_by", self.tr("Counted by (盘点人)"),
                      field=warehouse.Stocktake.counted_by),
            FieldSpec("recounted_by", self.tr("Recounted by (复盘人)"),
                      field=warehouse.Stocktake.recounted_by),
            FieldSpec("supervised_by", self.tr("Supervised by (监盘人)"),
                      field=warehouse.Stocktake.supervised_by),
        ]

        def save(v: dict) -> warehouse.Stocktake:
            return warehouse.start_stocktake(
                str(v["month"]), by=self.user, category=v["category"],
                location=v["location"] or "", quarterly=bool(v["quarterly"]),
                counted_by=v["counted_by"], recounted_by=v["recounted_by"],
                supervised_by=v["supervised_by"])

        form = RecordForm(
            self.tr("Start a stocktake"), fields, save, self,
            values={"month": warehouse.default_stocktake_month(clock.today()),
                    "counted_by": self.user.full_name},
            intro=self.tr("The books of every item in scope are frozen now; count the shelves "
                          "against the printed sheets. Leave the category and the location "
                          "empty to count every item; the quarterly count covers them all."),
            save_text=self.tr("Start"))
        form.setObjectName("startStocktakeForm")
        quarterly = form.fields["quarterly"].widget
        quarterly.toggled.connect(lambda on, f=form: self._quarterly_toggled(f, on))
        stocktake = modal.run_form(form)
        if stocktake is None:
            return None
        self.select(stocktake.id)
        _counted, lines = warehouse.count_progress(stocktake)
        answer = QMessageBox.question(
            self, self.tr("Stocktake {number}").format(number=stocktake.number),
            self.tr("Stocktake {number} of {month} started with %n line(s). Print the count "
                    "sheets now?", "", lines).format(number=stocktake.number,
                                                      month=stocktake.month))
        if answer == QMessageBox.StandardButton.Yes:
            self.print_sheets(stocktake.id)
        return stocktake

    @staticmethod
    def _quarterly_toggled(form: RecordForm, on: bool) -> None:
        """The quarterly count covers every item: no category, no location."""
        for key in ("category", "location"):
            if on:
                form.fields[key].set_value(None)
            form.fields[key].widget.setEnabled(not on)

    def print_sheets(self, stocktake_id: int | None = None) -> None:
        """盘点表 (blind): what to count, shelf by shelf, without the book quantities."""
        from reports.warehouse import count_sheet_pdf

        stocktake = (warehouse.get_stocktake(stocktake_id) if stocktake_id is not None
                     else self._selected())
        if stocktake is None:
            return
        print_preview.preview_built(
            self, lambda: count_sheet_pdf(stocktake.id),
            self.tr("Count sheets {number}").format(number=stocktake.number),
            f"盘点表-{stocktake.number}.pdf")

    def enter_counts(self) -> None:
        stocktake = self._selected()
        if stocktake is not None:
            self.open_counts(stocktake.id)

    def open_counts(self, stocktake_id: int) -> None:
        """The count grid: editable for the storekeeper while counting, else to read."""
        from .count_grid import CountGrid

        try:
            grid = CountGrid(stocktake_id, self.user, self)
        except DomainError as exc:
            show_error(self, exc)
            return
        try:
            modal.run_dialog(grid)
        finally:
            grid.deleteLater()
        self.select(stocktake_id)

    def approve(self) -> bool:
        """经理审批: ask first, saying what closes, then warehouse.approve_stocktake."""
        stocktake = self._selected()
        actor = self._actor(APPROVE, stocktake) if stocktake is not None else None
        if actor is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Approve stocktake {number}").format(number=stocktake.number),
            self.approval_question(stocktake))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            warehouse.approve_stocktake(stocktake.id, by=actor)
        except DomainError as exc:
            show_error(self, exc)
            self.refresh()
            return False
        self.select(stocktake.id)
        answer = QMessageBox.question(
            self, self.tr("Stocktake {number}").format(number=stocktake.number),
            self.tr("Stocktake {number} is approved: the books are closed up to {moment}. Print "
                    "the stocktake record now?").format(
                number=stocktake.number,
                moment=f"{warehouse.get_stocktake(stocktake.id).adjusted_at:%Y-%m-%d %H:%M}"))
        if answer == QMessageBox.StandardButton.Yes:
            self.print_record(stocktake.id)
        return True

    def approval_question(self, stocktake: warehouse.Stocktake) -> str:
        """What approving closes: the books up to the count; the month too if it has ended."""
        moment = f"{warehouse.lock_moment(stocktake):%Y-%m-%d %H:%M}"
        if warehouse.month_ended(stocktake.month):
            return self.tr("Approve the stocktake of {month}? {month} has ended: it is closed "
                           "entirely, nothing can be dated in it or before it.").format(
                month=stocktake.month)
        return self.tr("Approve the stocktake of {month}? The books up to {moment} are closed: "
                       "nothing can be dated at or before it. {month} stays open after that "
                       "moment until it ends.").format(month=stocktake.month, moment=moment)

    def print_record(self, stocktake_id: int | None = None) -> None:
        """物料盘点记录表: the counts, the differences, their reasons and the three names."""
        from reports.warehouse import stocktake_record_pdf

        stocktake = (warehouse.get_stocktake(stocktake_id) if stocktake_id is not None
                     else self._selected())
        if stocktake is None:
            return
        print_preview.preview_built(
            self, lambda: stocktake_record_pdf(stocktake.id, by=self.user),
            self.tr("Stocktake record {number}").format(number=stocktake.number),
            f"物料盘点记录表-{stocktake.number}.pdf")

    def cancel(self) -> bool:
        """作废 an open stocktake, with the reason."""
        stocktake = self._selected()
        actor = self._actor(CANCEL, stocktake) if stocktake is not None else None
        if actor is None:
            return False
        fields = [FieldSpec("reason", self.tr("Reason"), "multiline", required=True,
                            field=warehouse.Stocktake.cancel_reason)]
        form = RecordForm(
            self.tr("Cancel stocktake {number}").format(number=stocktake.number), fields,
            lambda v: warehouse.cancel_stocktake(stocktake.id, v["reason"], by=actor), self,
            intro=self.tr("Nothing was posted and no month is closed; the stocktake and its "
                          "number stay, marked cancelled."),
            save_text=self.tr("Cancel the stocktake"))
        form.setObjectName("cancelStocktakeForm")
        done = modal.run_form(form) is not None
        if done:
            self.select(stocktake.id)
        return done

