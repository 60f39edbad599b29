"""回访, the reception tab's sub-view: the one callback queue above, the register of callbacks
made below.

The queue lists every case waiting for its callback (complaints done, repair orders checked,
whatever else an area registers with models.callbacks), soonest due first, late ones in red
with how late; a case whose customer could not answer is due at the time promised. F11
calls back on the case selected (one key for the verdict, 0 "cannot answer now"); on the
register, F7 records the follow-up and F9 is the manager's review (部长审核). The
register is a big-table list (search by number, name, phone; to review, promised,
unsatisfied, by kind); File > Export and Print act on it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import callback_queue, callbacks, clock, reception
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal
from ..widgets.list_view import ListView
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut
from . import callbacks_forms as forms

STEPS = callbacks.CALLBACK_STEPS
CALL_BACK, FOLLOW_UP, REVIEW = callbacks.CALL_BACK, callbacks.FOLLOW_UP, callbacks.REVIEW_STEP
LATE = QColor("#c62828")


def late_text(late, translate=QCoreApplication.translate) -> str:
    """"3 h 20 min late" (blank when not yet due)."""
    if late is None:
        return ""
    minutes = int(late.total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        text = translate("Callbacks", "{days} d {hours} h late").format(days=days, hours=hours)
    elif hours:
        text = translate("Callbacks", "{hours} h {minutes} min late").format(hours=hours,
                                                                             minutes=mins)
    else:
        text = translate("Callbacks", "{minutes} min late").format(minutes=mins)
    return text


class CallbacksView(QWidget):
    """The queue, the register, their steps."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("callbacksView")
        self.entries: list[callback_queue.QueueEntry] = []

        texts = {CALL_BACK: self.tr("Call back…"), FOLLOW_UP: self.tr("Follow-up…"),
                 REVIEW: self.tr("Review")}
        tips = {CALL_BACK: self.tr("Record the customer's verdict on the case selected in the "
                                   "queue"),
                FOLLOW_UP: self.tr("The promised answer, or the follow-up asked for"),
                REVIEW: self.tr("The manager has read this callback (部长审核)")}
        self.toolbar, self.qactions = text_toolbar(
            self, "callbacksToolbar",
            [(name, texts[name], tips[name], lambda n=name: self.run(n))
             for name in STEPS.names()], separate_after=(CALL_BACK,))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))

        self.queue_label = QLabel(self)
        self.queue_label.setObjectName("callbackQueueLabel")
        self.queue_show = QComboBox(self)  # all, due today, late (the tab's counters)
        self.queue_show.setObjectName("callbackQueueShow")
        for text, which in ((self.tr("All waiting"), callback_queue.ALL),
                            (self.tr("Due today"), callback_queue.DUE_TODAY),
                            (self.tr("Late"), callback_queue.LATE_ONLY)):
            self.queue_show.addItem(text, which)
        self.queue_show.currentIndexChanged.connect(lambda _i: self.fill_queue())
        self.queue = QTableWidget(0, 8, self)
        self.queue.setObjectName("callbackQueue")
        self.queue.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Number"), self.tr("Customer"), self.tr("Room"),
            self.tr("Phone"), self.tr("Summary"), self.tr("Due"), self.tr("Late")])
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.verticalHeader().setVisible(False)
        self.queue.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.queue.setWordWrap(False)
        self.queue.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.queue.itemSelectionChanged.connect(self.update_actions)
        self.queue.itemActivated.connect(lambda _item: self.run(CALL_BACK))

        self.list = ListView(callback_queue.CALLBACK_LIST, self)
        self.list.setObjectName("callbackList")
        self.boxes: dict[str, QLineEdit] = {}
        for key, hint in ((callback_queue.BY_NUMBER, self.tr("Number")),
                          (callback_queue.BY_CUSTOMER, self.tr("Customer")),
                          (callback_queue.BY_PHONE, self.tr("Phone"))):
            line = QLineEdit(self)
            line.setObjectName(f"callbackBox_{key}")
            line.setPlaceholderText(hint)
            line.setClearButtonEnabled(True)
            line.setMaximumWidth(140)
            self.list.add_filter_widget("", line, key)
            self.boxes[key] = line
        self.filters: dict[str, QCheckBox] = {}
        for key, text in ((callback_queue.TO_REVIEW, self.tr("To review")),
                          (callback_queue.PROMISED, self.tr("Answer promised")),
                          (callback_queue.UNSATISFIED_ONLY, self.tr("Unsatisfied"))):
            box = QCheckBox(text, self)
            box.setObjectName(f"callbackFilter_{key}")
            self.list.add_filter_widget("", box, key)
            self.filters[key] = box
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.activated.connect(lambda _id: self.run(FOLLOW_UP))

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.queue_label)
        head.addStretch(1)
        head.addWidget(self.queue_show)
        top_layout.addLayout(head)
        top_layout.addWidget(self.queue, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.list)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        self.fill_queue()
        self.update_actions()

    # --- what is in front -------------------------------------------------------------

    def list_view(self) -> ListView:
        return self.list

    def current_entry(self) -> callback_queue.QueueEntry | None:
        row = self.queue.currentRow()
        if row < 0 or row >= len(self.entries) or not self.queue.selectionModel().hasSelection():
            return None
        return self.entries[row]

    def current_callback(self) -> callbacks.Callback | None:
        record_id = self.list.current_id()
        if record_id is None:
            return None
        try:
            return callbacks.get_callback(record_id)
        except DomainError:
            return None

    def fill_queue(self) -> None:
        """Read the queue again (a short list: the open cases only)."""
        translate = QCoreApplication.translate
        now = clock.now()
        waiting = callback_queue.queue(now)
        self.entries = callback_queue.shown(waiting, self.queue_show.currentData(), now)
        self.queue.setRowCount(len(self.entries))
        red = QBrush(LATE)
        for row, entry in enumerate(self.entries):
            case = entry.case
            kind = translate("Callbacks", callbacks.KIND_WORDS.get(case.kind, case.kind))
            if entry.promised is not None:
                kind += " · " + self.tr("promised")
            cells = [kind, case.number, case.customer, case.room, case.phone, case.summary,
                     f"{entry.due_at:%Y-%m-%d %H:%M}", late_text(entry.late)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.late is not None:
                    item.setForeground(red)
                self.queue.setItem(row, column, item)
        for column in (0, 1, 2, 3, 4, 6, 7):
            self.queue.resizeColumnToContents(column)
        if self.entries and not self.queue.selectionModel().hasSelection():
            self.queue.selectRow(0)  # the soonest due: F11 calls it back at once
        late = sum(1 for e in waiting if e.late is not None)
        self.queue_label.setText(self.tr("Waiting for a callback: {count}, late: {late}").format(
            count=len(waiting), late=late))
        self.queue_label.setStyleSheet(f"color: {LATE.name()};" if late else "")

    def update_actions(self) -> None:
        allowed = set(STEPS.allowed(self.user, self.current_callback()))
        if self.current_entry() is None:
            allowed.discard(CALL_BACK)
        enable_steps(self.qactions, allowed)

    def refresh(self) -> None:
        """Read the queue and the register again."""
        self.fill_queue()
        self.list.refresh()
        self.update_actions()

    def show_counter(self, key: str) -> bool:
        """A counter of the tab clicked: the queue shows its rows (due today, late), the
        soonest selected; False for a counter not of the queue."""
        which = reception.CALLBACK_QUEUE_SHOWS.get(key)
        if which is None:
            return False
        self.queue.clearSelection()
        self.queue_show.setCurrentIndex(self.queue_show.findData(which))
        self.fill_queue()
        if self.entries:
            self.queue.setFocus()
        return True

    def select_case(self, kind: str, case_id: int) -> bool:
        """Select a case in the queue (False when it is not waiting); a case the queue's
        choice hides (due today, late) shows the whole queue first."""
        if not any(e.case.kind == kind and e.case.case_id == case_id for e in self.entries):
            self.queue_show.setCurrentIndex(0)
        for row, entry in enumerate(self.entries):
            if entry.case.kind == kind and entry.case.case_id == case_id:
                self.queue.selectRow(row)
                self.update_actions()
                return True
        return False

    # --- the steps ----------------------------------------------------------------------

    def run(self, step: str) -> None:
        try:
            STEPS.require_permission(self.user, step)
        except DomainError as exc:
            show_error(self, exc)
            return
        if step == CALL_BACK:
            entry = self.current_entry()
            if entry is not None:
                self._saved(modal.run_form(forms.callback_form(self.user, entry, self)))
        elif step == FOLLOW_UP:
            callback = self.current_callback()
            if callback is not None and STEPS.allows(self.user, FOLLOW_UP, callback):
                self._saved(modal.run_form(forms.follow_up_form(self.user, callback, self)))
        elif step == REVIEW:
            callback = self.current_callback()
            if callback is not None:
                try:
                    self._saved(callbacks.review(callback.id, self.user))
                except DomainError as exc:
                    show_error(self, exc)
        self.update_actions()

    def _saved(self, callback: callbacks.Callback | None) -> None:
        if callback is None:
            return
        self.fill_queue()
        self.list.refresh()
        self.list.select_only(callback.id)
        self.update_actions()
