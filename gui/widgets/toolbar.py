"""The tabs' toolbars: text-only buttons with one look, and shortcuts that work inside a view.

``text_toolbar`` builds the toolbar of a list view from (key, text, tooltip,
handler) entries; each QAction is named ``action_<key>`` (tests and the main
window find them by that name). ``enable_steps`` enables the actions of the
steps models allow on the selected record (``Steps.allowed``), so buttons and
their shortcuts follow one declaration. ``view_shortcut`` gives a view Ctrl+N,
F5 and the like while the focus is anywhere inside it, and not elsewhere in
the window.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

# Text-only tool buttons read as plain words; a light frame shows they can be pressed.
TOOLBAR_STYLE = (
    "QToolButton { padding: 3px 8px; margin: 1px; border: 1px solid #c9c9c9;"
    " border-radius: 3px; background: #f7f7f7; }"
    " QToolButton:hover { background: #e6f0fa; border-color: #7aa7d6; }"
    " QToolButton:disabled { color: #a8a8a8; background: transparent; border-color: #e4e4e4; }"
)

Entry = tuple[str, str, str, Callable[[], object]]  # key, button text, tooltip, handler


def text_toolbar(owner: QWidget, name: str, entries: Iterable[Entry],
                 separate_after: Collection[str] = ()) -> tuple[QToolBar, dict[str, QAction]]:
    """A toolbar of text buttons, in the order given, and its actions by key.

    A separator follows the buttons whose key is in ``separate_after``.
    """
    toolbar = QToolBar(owner)
    toolbar.setObjectName(name)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setStyleSheet(TOOLBAR_STYLE)
    qactions: dict[str, QAction] = {}
    for key, text, tip, handler in entries:
        qaction = QAction(text, owner)
        qaction.setObjectName(f"action_{key}")
        qaction.setToolTip(tip)
        qaction.triggered.connect(lambda _checked=False, h=handler: h())
        qactions[key] = qaction
        toolbar.addAction(qaction)
        if key in separate_after:
            toolbar.addSeparator()
    return toolbar, qactions


def view_shortcut(owner: QWidget, keys: QKeySequence | QKeySequence.StandardKey,
                  action: QAction | Callable[[], object], text: str = "") -> QAction:
    """``keys`` run ``action`` (a toolbar's QAction, or a function) while the focus is in
    ``owner``; the QAction that carries the shortcut."""
    if not isinstance(action, QAction):
        handler = action
        action = QAction(text, owner)
        action.triggered.connect(lambda _checked=False: handler())
    action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    owner.addAction(action)
    return action


def enable_steps(qactions: Mapping[str, QAction], allowed: Collection[str]) -> None:
    """Enable each action whose key is among the ``allowed`` steps (models.steps), and no other.

    A disabled action's shortcut does nothing, so keys follow the buttons.
    """
    for key, qaction in qactions.items():
        qaction.setEnabled(key in allowed)
