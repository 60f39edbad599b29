"""The tab base: what the main window knows of a tab, and a tab not built yet.

Every tab is an AreaTab. The main window asks it for its title, and for the
list in front of the clerk (``list_view()``: File > Export and Print act on
it); the tab says when that list changes (``list_changed``, e.g. another
sub-view was chosen). ``steps_toolbar()`` is the toolbar of the steps on the
selected record (built with gui.widgets.toolbar from the area's declared
steps). ``print_selected()`` prints the selected record's own form (File >
Print, Ctrl+P: a repair order's 工程服务单, a receipt's 入库单); a tab without
forms, or with nothing selected, says False and the list is printed instead. ``refresh()`` reads again what the tab shows; ``shown_again()`` runs
each time the clerk comes back to the tab (from another tab, or the window
restored), where another tab or desk may have changed what it shows: by
default it refreshes. ``focus_list()`` puts the keyboard in the list in front
of the clerk: the window calls it when the clerk switches to the tab, and the
tab itself whenever its list changes (a sub-view chosen), so the view's keys
(Ctrl+N, F9 …, gui.widgets.toolbar.STEP_KEYS) work at once. A tab's class
names its title in the "MainWindow" context, so the catalogues translate it
with the window's other words:

    class SignageTab(AreaTab):
        TITLE = QT_TRANSLATE_NOOP("MainWindow", "Sign requests")
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QToolBar, QVBoxLayout, QWidget

from models import clock
from models.people import User

from ..desk import desk_settings
from .list_view import ListView

TITLE_CONTEXT = "MainWindow"


class AreaTab(QWidget):
    """One tab of the main window (see the module docstring)."""

    TITLE = ""  # QT_TRANSLATE_NOOP("MainWindow", …)
    list_changed = Signal()  # the list in front of the clerk is another one now

    _shown_before = False

    # A tab first shown this long after it was made (opened later in the day) reads again:
    # what it read when the window opened is old by then (an order made from a call).
    STALE_AFTER = dt.timedelta(seconds=2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._made_at = clock.now()
        self.list_changed.connect(self.focus_list)

    def title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.TITLE)

    def list_view(self) -> ListView | None:
        """The list File > Export and Print act on, or None (they are disabled)."""
        return None

    def steps_toolbar(self) -> QToolBar | None:
        """The toolbar of the steps the user may take on what is selected, or None."""
        return None

    def print_selected(self) -> bool:
        """Print the selected record's form (preview first); False when nothing is selected
        or the view in front has no form for it (File > Print then prints the list)."""
        return False

    def refresh(self) -> None:
        """Read again what the tab shows (a tab with nothing read has nothing to do)."""

    def shown_again(self) -> None:
        """The clerk came back to this tab: by default, read it again."""
        self.refresh()

    def focus_list(self) -> None:
        """The keyboard goes to the list in front of the clerk (when the tab is shown).

        The row under the keyboard's cursor is selected too, if none is: a list showing a
        focus frame on its first row with nothing selected would take F8 and do nothing
        (seen in a real window; the steps act on the selected row)."""
        view = self.list_view()
        if view is None or not self.isVisible():
            return
        table = view.table
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        selection = table.selectionModel()
        if selection is None or selection.hasSelection() or table.model().rowCount() == 0:
            return
        current = table.currentIndex()
        row = current.row() if current.isValid() else 0
        selection.setCurrentIndex(table.model().index(row, max(current.column(), 0)),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        if current.isValid():  # the current row did not move: say the selection did
            view.currentChanged.emit(view.current_id())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._shown_before or clock.now() - self._made_at > self.STALE_AFTER:
            self.shown_again()
        self._shown_before = True


class ViewsTab(AreaTab):
    """A tab of sub-views, one per kind of record (the warehouse, the reception log, the signs).

    Every sub-view is a QWidget with ``list_view()`` (File > Export and Print act on the list
    in front of the clerk), ``toolbar`` (its steps) and ``refresh()``. The sub-view last used
    is remembered per desk under ``SETTING``. A sub-view brought to the front reads its list
    again: another sub-view may have changed what it shows (a complaint done waits in the
    callback queue, a call registered as a complaint leaves the calls to register).
    """

    SETTING = ""  # e.g. "warehouse/subview"

    def set_up_views(self, name: str, views: list[tuple[QWidget, str]]) -> None:
        """The sub-views (view, title) in their order, the one last used in front."""
        self.views = QTabWidget(self)
        self.views.setObjectName(name)
        self.views.setDocumentMode(True)
        for view, title in views:
            self.views.addTab(view, title)
        index = desk_settings().value(self.SETTING, 0, type=int)
        if 0 <= index < self.views.count():
            self.views.setCurrentIndex(index)
        self.views.currentChanged.connect(self._remember)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def _remember(self, index: int) -> None:
        desk_settings().setValue(self.SETTING, index)
        self.refresh()
        self.list_changed.emit()

    def list_view(self) -> ListView | None:
        getter = getattr(self.views.currentWidget(), "list_view", None)
        return getter() if getter else None

    def steps_toolbar(self) -> QToolBar | None:
        return getattr(self.views.currentWidget(), "toolbar", None)

    def refresh(self) -> None:
        """The sub-view in front reads its list again."""
        refresh = getattr(self.views.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()


class PendingTab(AreaTab):
    """A tab whose own issue has not landed yet (models.areas.PENDING): it says so plainly."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("“{title}” is not built yet. It arrives with its own issue; until then this tab is empty.")
            .format(title=title)
        )
        label.setObjectName("pendingNote")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)

    def title(self) -> str:
        return self._title


@dataclass(frozen=True)
class SettingsPage:
    """An area's page of the Settings dialog: made for the user (each page decides what that
    user may change), under ``title`` in the "SettingsDialog" context."""

    make: type[QWidget]  # called with the user
    title: str  # QT_TRANSLATE_NOOP("SettingsDialog", …)

    def build(self, user: User) -> QWidget:
        return self.make(user)

    def translated_title(self) -> str:
        return QCoreApplication.translate("SettingsDialog", self.title)
