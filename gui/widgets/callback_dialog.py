"""回访's shared pieces: the verdict in one keystroke, for every form that records a callback
(the reception's callback queue, the repairs tab's own 回访 step: the same table).

1 满意, 2 基本满意, 3 不满意 (the order of models.callbacks.VERDICTS), and 0 "cannot answer
now" where the form offers it (the queue's: a later call is promised).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QComboBox

from models import callbacks
from models.i18n import QT_TRANSLATE_NOOP

CANNOT_ANSWER = QT_TRANSLATE_NOOP("Callbacks", "Cannot answer now")


def verdict_keys(with_promise: bool = False) -> dict[str, str]:
    """key -> verdict code: "1", "2", "3" (and "0" for "cannot answer now")."""
    keys = {str(n): code for n, code in enumerate(callbacks.VERDICTS, start=1)}
    if with_promise:
        keys["0"] = ""
    return keys


def verdict_choices(with_promise: bool = False) -> list[tuple[str, str]]:
    """The combo's entries, each led by its key: "1  满意", …, "0  暂不能答复"."""
    labels = {code: text for text, code in callbacks.VERDICTS.choices(QCoreApplication.translate)}
    out = []
    for key, code in verdict_keys(with_promise).items():
        text = labels[code] if code else QCoreApplication.translate("Callbacks", CANNOT_ANSWER)
        out.append((f"{key}  {text}", code))
    return out


class VerdictKeys(QObject):
    """One keystroke on the verdict combo gives the verdict (the digits its entries show)."""

    def __init__(self, combo: QComboBox, keys: dict[str, str] | None = None) -> None:
        super().__init__(combo)
        self.combo = combo
        self.keys = keys if keys is not None else verdict_keys()
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.text() in self.keys:
            index = self.combo.findData(self.keys[event.text()])
            if index >= 0:
                self.combo.setCurrentIndex(index)
                return True
        return super().eventFilter(watched, event)
