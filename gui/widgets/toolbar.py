"""The tabs' toolbars: text-only buttons with one look, and shortcuts that work inside a view.

``text_toolbar`` builds the toolbar of a list view from (key, text, tooltip,
handler) entries; each QAction is named ``action_<key>`` (tests and the main
window find them by that name) and takes its keyboard shortcut from
``STEP_KEYS`` by that key, the step's name, shown in its tooltip ("派工 (F6)").
``enable_steps`` enables the actions of the steps models allow on the selected
record (``Steps.allowed``), so buttons and their shortcuts follow one
declaration; ``offer_steps`` adds the signatures someone else may give at this
desk (``Steps.vouchable``: the tooltip says who; gui.widgets.vouch asks them).
``view_shortcut`` gives a view Ctrl+N, F5 and the like while the focus is
anywhere inside it, and not elsewhere in the window.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QToolBar, QWidget

from models import people
from models.people import User
from models.steps import Steps

# The keys of the steps, by the step's name (models.<area>.steps): the same name has
# the same key in every view, and every tab built on this toolbar gets them. F-keys
# for the steps that move a record on, in the order it moves (one key, one hand, and
# untouched by the Chinese input method); F9 is everywhere "now it counts". Ctrl+
# letters for the rest. Left alone: F1 (help), F4 (opens a list), F5 (Refresh, every
# view), F10 (the menu bar on Windows), and the window's own keys (Ctrl+E export,
# Ctrl+P print, Ctrl+Tab / Ctrl+PgUp / Ctrl+PgDn tabs). "print" has no key of its own:
# the window's Ctrl+P prints what is in front of the clerk.
STEP_KEYS: dict[str, str] = {
    "new": "Ctrl+N", "start": "Ctrl+N",  # 新建 / 登记 / 开始盘点
    "open": "Ctrl+O",  # 打开 (Enter on the list opens too)
    "edit": "F2",  # 修改 (F2 edits, as everywhere on Windows)
    "cancel": "Ctrl+Del",  # 作废 / 取消 (asks the reason first)
    "dispatch": "F6", "accept": "F7", "complete": "F8",  # 派工 接单 完工
    "check": "F9", "submit": "F9", "approve": "F9",  # 验收 / 确认 签字 批准
    "send_back": "Shift+F9",  # 退回: the other answer to 验收
    "call_back": "F11",  # 回访
    "paper": "F12",  # 回单
    "sheets": "F6", "counts": "F7", "record": "F8",  # 盘点表 录入盘点数 盘点记录表
    "monthly": "Ctrl+M",  # 工程维修月报
    "low": "Ctrl+L",  # 按低库存申购
    "ledger": "Ctrl+L", "categories": "Ctrl+G", "template": "Ctrl+T", "import": "Ctrl+I",
    # the reception log: visitors (已通知 在访 签退), calls, suggestions, lost and found
    "notify": "F7", "sign_in": "F8", "sign_out": "F9", "no_show": "Shift+F9",  # 未到
    "day": "Ctrl+D", "reveal": "Ctrl+R",  # 当日登记表 查看证件号码
    "answer": "F6", "to_repair": "F7", "to_complaint": "F8",  # 答复 转报修单 登记投诉
    # (报失: 未找回，已回复)
    "confirm": "F6", "send": "F7", "acknowledge": "F8", "result": "F9",  # 确认 送部门 签收 结果
    "print_list": "Ctrl+Shift+P", "month": "Ctrl+M",  # 打印记录表 月度汇总
    "new_item": "Ctrl+N", "new_loss": "Ctrl+Shift+N",  # 拾遗登记 报失登记
    "sign": "F7", "claim": "F8", "recover": "F9", "dispose": "Ctrl+Shift+Del",  # 签收 交还 找回 处置
    "print_item": "Ctrl+Shift+P", "print_claim": "Ctrl+Shift+C",
    "unclaimed_month": "Ctrl+M",  # 当月未认领汇总
    # signs: a request (提交 F9 as everywhere) 批准 / 驳回 制作 安装; the registry; inspections
    "authorize": "F6", "reject": "Shift+F6", "produce": "F7", "install": "F8",
    "replace": "F8",  # 申请更换 (from a sign, or from a correction)
    "sheet": "F6", "results": "F7", "close": "F9", "quarter": "Ctrl+M",  # 检查表 录入 完成 季度记录
    "done": "Shift+F8", "put_up": "Ctrl+Shift+N", "take_down": "Ctrl+Shift+Del",  # 整改完成 作业标识
    # complaints: 判定 分派 (签收 F7) 首次联系 补救答复 (完成 Shift+F8, 回访 F11) 登记表
    "judge": "F6", "assign": "Ctrl+F6", "contact": "F8", "remedy": "F9",
    "register_pdf": "Ctrl+Shift+P",
    # consultations and the callback queue: 跟进处理 / 预约答复 客服部长审核 (回访 F11, 约定答复 F6 as 答复)
    "follow_up": "F7", "review": "F9",
    # surveys: 开始录入 录入意见表 调查结果 (结束调查 F9 as above) 空白意见表
    "open_entry": "F6", "enter_forms": "F7", "survey_result": "F8", "print_form": "Ctrl+Shift+P",
    # vendors' evaluations: (新建 Ctrl+N, 提交 F9, 单位确认 F6 as 确认) 裁定异议 空白考评表
    "rule": "F7", "blank": "Ctrl+Shift+P",
    # vendors, pest control: 应约消杀 (定期 Ctrl+N as new, 施药完成 F8 as record)
    "on_request": "Ctrl+Shift+N",
}


def step_key(name: str) -> QKeySequence | None:
    """The shortcut of step ``name``, or None."""
    keys = STEP_KEYS.get(name)
    return QKeySequence(keys) if keys else None


def keyed_tooltip(text: str, tip: str, keys: QKeySequence | None) -> str:
    """"派工 (F6)" over the step's own tooltip (which then need not repeat the key)."""
    if keys is None or keys.isEmpty():
        return tip
    shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
    label = text.replace("&", "").rstrip("…").rstrip(".").strip()
    for said in (f" ({shown})", f"（{shown}）", f"({shown})"):
        if tip.endswith(said):
            tip = tip[: -len(said)].rstrip()
    first = f"{label} ({shown})"
    return first if not tip or tip == label else f"{first}\n{tip}"


def give_key(widget: QAction | QAbstractButton, name: str, text: str, tip: str) -> None:
    """Step ``name``'s key and keyed tooltip on an action or a button (a form's steps)."""
    keys = step_key(name)
    if keys is not None:
        widget.setShortcut(keys)
    widget.setToolTip(keyed_tooltip(text, tip, keys))
    widget.setProperty("stepTip", widget.toolTip())

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

    Each action has its step's key from ``STEP_KEYS`` while the focus is in ``owner``.
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
        give_key(qaction, key, text, tip)
        if not qaction.shortcut().isEmpty():
            view_shortcut(owner, qaction.shortcut(), qaction)
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


def enable_steps(qactions: Mapping[str, QAction], allowed: Collection[str],
                 others: Mapping[str, Sequence[str]] | None = None) -> None:
    """Enable each action whose key is among the ``allowed`` steps (models.steps), and no other.

    ``others``: steps the user may not take but someone of these roles may, at this
    desk (step -> roles); enabled too, the tooltip saying who. A disabled action's
    shortcut does nothing, so keys follow the buttons.
    """
    others = others or {}
    for key, qaction in qactions.items():
        qaction.setEnabled(key in allowed or key in others)
        tip = qaction.property("stepTip")
        if tip is None:
            continue
        if key in others and key not in allowed:
            tip = f"{tip}\n{needs_text(others[key])}"
        qaction.setToolTip(tip)


def role_names(roles: Iterable[str]) -> str:
    """The roles as the desk's language names them, "当值、经理"."""
    return QCoreApplication.translate("StepsToolbar", ", ").join(
        QCoreApplication.translate("Role", people.ROLES.get(r, r)) for r in roles)


def needs_text(roles: Sequence[str]) -> str:
    return QCoreApplication.translate(
        "StepsToolbar", "Needs {roles}: they type their login name and password at this desk."
    ).format(roles=role_names(roles))


def offer_steps(qactions: Mapping[str, QAction], steps: Steps, user: User | None,
                record: Any = None) -> list[str]:
    """Enable the steps ``user`` may take on ``record``, and those another may take at this
    desk (``Steps.vouchable``); the steps offered."""
    allowed = steps.allowed(user, record)
    others = {name: steps.roles_for(name, record) for name in steps.vouchable(user, record)}
    enable_steps(qactions, allowed, others)
    return [name for name in steps.names() if name in allowed or name in others]
