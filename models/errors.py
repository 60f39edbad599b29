"""Errors meant for the clerk.

An operation that refuses raises a DomainError. Its ``template`` is an English
sentence marked for translation in the "DomainError" context; ``params`` fill
its ``{placeholders}``. The GUI translates the template and formats it; the
command line prints the English text. A refused operation has written nothing.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Translatable


class DomainError(Exception):
    """A rule of the office refused an operation; the message is for the clerk."""

    context = "DomainError"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.text())

    def text(self, translate=None) -> str:
        """The message, translated by ``translate(context, template)`` when given."""
        template = translate(self.context, self.template) if translate else self.template
        params = {
            key: translate(value.context, str(value))
            if translate and isinstance(value, Translatable)
            else value
            for key, value in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template


class PermissionDenied(DomainError):
    """The user's roles do not allow the operation."""

    def __init__(self, action: Translatable | str = "") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("DomainError", "Your role does not allow this: {action}."),
            action=action,
        )


class NotFound(DomainError):
    pass


class ValidationError(DomainError):
    """A value the clerk typed is not acceptable; ``field`` names the field."""

    def __init__(self, template: str, field: str = "", **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class LoginFailed(DomainError):
    pass


class SchemaError(DomainError):
    """The database file cannot be opened by this version of the program."""


class DatabaseBusy(DomainError):
    """Another desk held the database's write lock for longer than the busy timeout.

    The operation was rolled back: nothing of it was written, and the clerk may simply retry.
    """

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Another desk is saving right now; nothing was written. Try again in a moment.",
            )
        )
