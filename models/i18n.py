"""Marking text for Qt's translation without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` returns its text unchanged; Qt's lupdate
finds the call by name and puts the text into the catalogues, and the GUI
translates it with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, so lupdate finds it
    return text


class Translatable(str):
    """A label that the GUI translates in ``context`` before showing it.

    Used for values placed inside a DomainError message (a role, a status),
    so that the whole sentence reaches the clerk in one language.
    """

    context: str

    def __new__(cls, text: str, context: str) -> Translatable:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj
