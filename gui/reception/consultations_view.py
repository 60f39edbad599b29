"""意见咨询, the reception tab's sub-view: the customers consulted (one row each, searched by
phone, name, room or number), the weeks and quarters not done, the steps and the forms.

The toolbar's buttons are the steps models declares (reception.CONSULTATION_STEPS) for
the consultation of the row selected. Below the list, the periods of the last year
without their consultation: a week without a telephone one or a quarter without an
on-site one, 未完成 in red; the current week or quarter, still to do, in amber. A row
whose promised answer is late is red.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock, reception
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut
from . import consultations_forms as forms

_s = reception.consultations_steps
STEPS = reception.CONSULTATION_STEPS
LATE = QColor("#c62828")
DUE = QColor("#b26a00")
GAP_DAYS = 364  # the gaps shown: the last year


def row_style(values: dict[str, Any]) -> QColor | None:
    """A promised answer late in red."""
    return LATE if values.get("answer") == "late" else None


class ConsultationsView(QWidget):
    """The list, the periods not done, the steps toolbar and the forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("consultationsView")
        self.last: dict[str, object] = {}  # the last entry's kind
        self.list = ListView(reception.CONSULTATION_LIST, self, row_style=row_style)
        self.list.setObjectName("consultationList")
        self.list.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list.status_combo.setMinimumContentsLength(6)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("consultationKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for label, code in reception.CONSULTATION_KINDS.choices(QCoreApplication.translate):
            self.kind_filter.addItem(label, code)
        self.list.add_filter_widget(self.tr("Kind"), self.kind_filter, "kind")
        self.waiting_filter = QCheckBox(self.tr("Answer due only"), self)
        self.waiting_filter.setObjectName("consultationWaitingFilter")
        self.list.add_filter_widget("", self.waiting_filter, "waiting")
        self.answer_filter = QComboBox(self)  # the tab's counters: due today or late, late
        self.answer_filter.setObjectName("consultationAnswerFilter")
        self.answer_filter.addItem(self.tr("Any answer"), "")
        self.answer_filter.addItem(self.tr("Answer due today or late"),
                                   reception.CONSULTATION_ANSWER_DUE)
        self.answer_filter.addItem(self.tr("Answer late"), reception.CONSULTATION_ANSWER_LATE)
        self.list.add_filter_widget("", self.answer_filter, "answer")
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.activated.connect(lambda _id: self.run(_s.FOLLOW_UP))

        texts = self.texts()
        self.toolbar, self.qactions = text_toolbar(
            self, "consultationsToolbar",
            [(name, texts[name], texts[name], lambda n=name: self.run(n))
             for name in STEPS.names()],
            separate_after=(_s.NEW, _s.REVIEW))
        view_shortcut(self, QKeySequence.StandardKey.New, self.qactions[_s.NEW])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))

        self.info = QLabel(self)
        self.info.setObjectName("consultationInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gaps_label = QLabel(self)
        self.gaps_label.setObjectName("consultationGapsLabel")
        self.gaps = QListWidget(self)
        self.gaps.setObjectName("consultationGaps")
        self.gaps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.gaps.setFlow(QListView.Flow.LeftToRight)  # a strip below the list, wrapping
        self.gaps.setWrapping(True)
        self.gaps.setResizeMode(QListView.ResizeMode.Adjust)
        self.gaps.setSpacing(2)
        self.gaps.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        strip = QHBoxLayout()
        strip.addWidget(self.gaps_label, 0, Qt.AlignmentFlag.AlignTop)
        strip.addWidget(self.gaps, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.info)
        layout.addWidget(self.list, 1)
        layout.addLayout(strip)
        self.show_gaps()
        self.update_actions()

    def texts(self) -> dict[str, str]:
        return {
            _s.NEW: self.tr("New consultation"),
            _s.FOLLOW_UP: self.tr("Follow up…"),
            _s.ANSWER: self.tr("Answer…"),
            _s.REVIEW: self.tr("Review…"),
            _s.PRINT: self.tr("Print record"),
        }

    # --- what is in front -------------------------------------------------------------

    def list_view(self) -> ListView:
        return self.list

    def current_line(self) -> reception.ConsultationLine | None:
        line_id = self.list.current_id()
        if line_id is None:
            return None
        try:
            return reception.get_consultation_line(line_id)
        except DomainError:
            return None

    def current(self) -> reception.Consultation | None:
        line = self.current_line()
        return None if line is None else line.consultation

    def update_actions(self) -> None:
        line = self.current_line()
        c = None if line is None else line.consultation
        allowed = set(STEPS.allowed(self.user, c))
        if line is None or not line.waiting_answer():
            allowed.discard(_s.ANSWER)
        if line is None or not line.opinion:
            allowed.discard(_s.FOLLOW_UP)
        enable_steps(self.qactions, allowed)
        self.info.setText(self._info(line))

    def _info(self, line: reception.ConsultationLine | None) -> str:
        if line is None:
            return ""
        c = line.consultation
        text = self.tr("{number} ({kind}, {day}, by {by}): {status}").format(
            number=c.number, day=f"{c.held_on:%Y-%m-%d}", by=c.by_name,
            kind=reception.CONSULTATION_KINDS.text(c.kind, QCoreApplication.translate),
            status=reception.CONSULTATION_STATUS.text(c.status, QCoreApplication.translate))
        if line.waiting_answer():
            text += "  " + self.tr("Answer promised to {person} by {when}").format(
                person=line.person, when=f"{line.promised_at:%Y-%m-%d %H:%M}")
        return text

    def show_gaps(self) -> None:
        """The weeks and quarters of the last year without their consultation."""
        today = clock.today()
        gaps = reception.consultation_gaps(today - dt.timedelta(days=GAP_DAYS), today)
        self.gaps.clear()
        missed = 0
        for gap in reversed(gaps):  # newest first
            kind = reception.CONSULTATION_KINDS.text(gap.kind, QCoreApplication.translate)
            state = self.tr("to do") if gap.current else self.tr("not done")
            item = QListWidgetItem(self.tr("{period} {kind} {state} ({first}–{last})").format(
                period=gap.label, kind=kind, state=state, first=f"{gap.first:%m-%d}",
                last=f"{gap.last:%m-%d}"))
            item.setData(Qt.ItemDataRole.UserRole, (gap.kind, gap.label, gap.current))
            item.setForeground(QBrush(DUE if gap.current else LATE))
            self.gaps.addItem(item)
            missed += not gap.current
        self.gaps_label.setText(self.tr("Not done in the last year: {count}").format(
            count=missed))
        self.gaps_label.setStyleSheet(f"color: {LATE.name()};" if missed else "")

    def refresh(self) -> None:
        """Read the list and the gaps again."""
        self.list.refresh()
        self.show_gaps()
        self.update_actions()

    def _saved(self, line_id: int | None) -> None:
        self.list.refresh()
        if line_id is not None:
            self.list.select_only(line_id)
        self.show_gaps()
        self.update_actions()

    # --- the steps ----------------------------------------------------------------------

    def run(self, step: str) -> None:
        handlers: dict[str, Callable[[], None]] = {
            _s.NEW: self.new_consultation, _s.PRINT: self.print_record,
            _s.FOLLOW_UP: lambda: self._on_line(_s.FOLLOW_UP, forms.follow_up_form),
            _s.ANSWER: lambda: self._on_line(_s.ANSWER, forms.answer_form),
            _s.REVIEW: self.review,
        }
        if step in self.qactions and not self.qactions[step].isEnabled():
            return
        handlers[step]()
        self.update_actions()

    def _permitted(self, step: str, record: Any = None) -> bool:
        try:
            STEPS.require_permission(self.user, step, record)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    def new_consultation(self) -> reception.Consultation | None:
        if not self._permitted(_s.NEW):
            return None
        c = modal.run_form(forms.consultation_form(self.user, self, self.last))
        if c is None:
            return None
        self.last = {"kind": c.kind}
        first = reception.consultation_lines(c)[0]
        self._saved(first.id)
        return c

    def _on_line(self, step: str, make_form) -> None:
        line = self.current_line()
        if line is None or not self._permitted(step, line.consultation):
            return
        if modal.run_form(make_form(self.user, line, self)) is not None:
            self._saved(line.id)

    def review(self) -> None:
        line = self.current_line()
        if line is None or not self._permitted(_s.REVIEW, line.consultation):
            return
        if modal.run_form(forms.review_form(self.user, line.consultation, self)) is not None:
            self._saved(line.id)

    def print_record(self) -> None:
        from reports.reception import consultation_record_pdf

        c = self.current()
        if c is not None:
            print_preview.preview_built(
                self, lambda: consultation_record_pdf(c.id),
                self.tr("Consultation record {number}").format(number=c.number),
                f"意见咨询记录-{c.number}.pdf")
