"""Field editors for record forms: one widget per kind, its shape check and its value.

The shape checks (required, digits, decimal places, length, a real date) give
the clerk instant feedback; the models' operation still checks every rule.
Typed text is read leniently: full-width digits from a Chinese IME count as
digits (NFKC), dates may be typed as 2024-5-1, 2024/05/01, 2024.5.1, 20240501
or 2024年5月1日, and are shown back as 2024-05-01.

Empty values: "" for text, multiline and phone; None for int, decimal, date,
datetime and combo; False for check.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from models import clock, values
from models.i18n import QT_TRANSLATE_NOOP
from models.values import limit_of

KINDS = ("text", "multiline", "combo", "date", "datetime", "int", "decimal", "phone", "check")

ERROR_BANNER_STYLE = (
    "QLabel#errorBanner { color: #a00000; background: #fdecea; border: 1px solid #f5c2c0;"
    " padding: 6px; border-radius: 3px; }"
)
# Applied by the form to every field widget carrying the dynamic property invalid=true.
INVALID_STYLE = (
    'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"]'
    " { border: 1px solid #c62828; background: #fff5f5; }"
    ' QLabel[invalid="true"] { color: #c62828; }'
    ' QCheckBox[invalid="true"] { color: #c62828; }'
)


def error_banner() -> QLabel:
    """The red error banner at the top of a dialog; hidden until there is something to say."""
    label = QLabel()
    label.setObjectName("errorBanner")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_BANNER_STYLE)
    label.hide()
    return label


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record form, declared by the tab.

    ``label`` is already translated (the tab passes ``self.tr("Phone")``).
    ``choices`` (combo) are values or (label, value) pairs. ``editable`` lets the
    clerk type a combo value that is not listed. ``decimals`` limits a decimal;
    ``signed`` allows a minus sign on int and decimal. ``field`` is the model field
    the value is kept in (or looked up by): its length (values.limit_of) is the
    form's ``max_length``, so a form never repeats a model's limit.
    """

    key: str
    label: str
    kind: str = "text"
    required: bool = False
    max_length: int | None = None
    placeholder: str = ""
    choices: Sequence[object] = ()
    editable: bool = False
    decimals: int = 2
    signed: bool = False
    read_only: bool = False
    tooltip: str = ""
    field: Any = None  # a peewee field of models

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown field kind {self.kind!r} for {self.key!r}")
        if self.field is not None:
            limit = limit_of(self.field)
            if self.max_length not in (None, limit):
                raise ValueError(f"{self.key!r}: the limit is the field's ({limit}), "
                                 f"not {self.max_length}")
            object.__setattr__(self, "max_length", limit)


# The shape messages, in one place; "{label}" is the field's (translated) label.
MESSAGES = {
    "required": QT_TRANSLATE_NOOP("RecordForm", "{label} is required."),
    "too_long": QT_TRANSLATE_NOOP(
        "RecordForm", "{label} may be at most {limit} characters long (now {length})."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "RecordForm", "{label}: a phone number may contain only digits, spaces and hyphens."
    ),
    "digits": QT_TRANSLATE_NOOP("RecordForm", "{label} may contain only digits."),
    "number": QT_TRANSLATE_NOOP("RecordForm", "{label} must be a number, such as 12.50."),
    "whole": QT_TRANSLATE_NOOP("RecordForm", "{label} must be a whole number."),
    "places": QT_TRANSLATE_NOOP("RecordForm", "{label} may have at most {places} decimal places."),
    "date": QT_TRANSLATE_NOOP("RecordForm", "{label} is not a valid date; type it as 2024-05-01."),
    "datetime": QT_TRANSLATE_NOOP(
        "RecordForm", "{label} is not a valid date and time; type it as 2024-05-01 14:30."
    ),
    "years": QT_TRANSLATE_NOOP(
        "RecordForm", "{label} must lie in the years {first} to {last}; check the year."
    ),
}


def say(message: str, **params: object) -> str:
    """A shape message in the clerk's language."""
    return QCoreApplication.translate("RecordForm", MESSAGES[message]).format(**params)


class ShapeError(ValueError):
    """The typed text has the wrong shape; the message names the field."""


def _normal(text: str) -> str:
    """Full-width digits and punctuation from an IME become plain ASCII."""
    return unicodedata.normalize("NFKC", text).replace("。", ".").strip()


_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{4})(\d{2})(\d{2})"
)
_TIME = re.compile(r"(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?\s*分?")


def parse_date(text: str) -> dt.date | None:
    """A date typed by the clerk, or None when it is not a real date."""
    match = _DATE.fullmatch(_normal(text))
    if not match:
        return None
    parts = [p for p in match.groups() if p is not None]
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def parse_datetime(text: str) -> dt.datetime | None:
    """A date and time (minutes, optional seconds) typed by the clerk, or None."""
    text = _normal(text)
    head, _, tail = text.replace("T", " ").partition(" ")
    day = parse_date(head)
    time = _TIME.fullmatch(tail.strip()) if tail.strip() else None
    if day is None or time is None:
        return None
    hour, minute, second = (int(p) if p else 0 for p in time.groups())
    try:
        return dt.datetime.combine(day, dt.time(hour, minute, second))
    except ValueError:
        return None


class Field:
    """A field's editor widget (``widget``), the widget that takes focus and keys (``editor``)."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec
        self.widget: QWidget = self._make()
        self.editor: QWidget = self.widget
        self.widget.setObjectName(spec.key)
        if spec.tooltip:
            self.widget.setToolTip(spec.tooltip)

    # --- to be specialised --------------------------------------------------------

    def _make(self) -> QWidget:
        edit = QLineEdit()
        edit.setPlaceholderText(self.spec.placeholder)
        edit.setReadOnly(self.spec.read_only)
        return edit

    def text(self) -> str:
        """What the clerk typed, as typed (used to tell unsaved changes)."""
        return self.widget.text()

    def set_text(self, text: str) -> None:
        self.widget.setText(text)

    def parse(self, text: str) -> object:
        """The value of non-empty typed text; raises ShapeError."""
        return text

    def format(self, value: object) -> str:
        return "" if value is None else str(value)

    def empty_value(self) -> object:
        return ""

    def connect_changed(self, slot) -> None:
        self.widget.textChanged.connect(slot)

    # --- common -------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self.text().strip()

    def value(self) -> object:
        """The parsed value; text that does not parse is returned as typed (nothing is lost)."""
        if self.is_empty():
            return self.empty_value()
        try:
            return self.parse(self.text().strip())
        except ShapeError:
            return self.text().strip()

    def set_value(self, value: object) -> None:
        self.set_text(self.format(value))

    def check(self) -> str | None:
        """The shape problem, in the clerk's words, or None."""
        label = self.spec.label
        if self.is_empty():
            return say("required", label=label) if self.spec.required else None
        text = self.text().strip()
        limit = self.spec.max_length
        if limit is not None and len(text) > limit:
            return say("too_long", label=label, limit=limit, length=len(text))
        try:
            self.parse(text)
        except ShapeError as exc:
            return str(exc)
        return None


class TextField(Field):
    pass


class PhoneField(Field):
    """Digits, spaces and hyphens, an optional leading + (0571-8888 6666, +86 138...)."""

    def parse(self, text: str) -> object:
        text = _normal(text)
        if not re.fullmatch(r"\+?[\d\- ]+", text) or not re.search(r"\d", text):
            raise ShapeError(say("phone", label=self.spec.label))
        return text


class IntField(Field):
    def _make(self) -> QWidget:
        edit = super()._make()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit

    def parse(self, text: str) -> object:
        text = _normal(text)
        pattern = r"-?\d+" if self.spec.signed else r"\d+"
        if not re.fullmatch(pattern, text) or len(text) > 18:
            raise ShapeError(say("digits", label=self.spec.label))
        return int(text)

    def empty_value(self) -> object:
        return None


class DecimalField(IntField):
    def parse(self, text: str) -> object:
        text = _normal(text)
        pattern = r"-?\d+(\.\d+)?" if self.spec.signed else r"\d+(\.\d+)?"
        try:
            if not re.fullmatch(pattern, text) or len(text) > 20:
                raise InvalidOperation
            number = Decimal(text)
        except InvalidOperation:
            raise ShapeError(say("number", label=self.spec.label)) from None
        places = -number.as_tuple().exponent
        if places > self.spec.decimals:
            which = "whole" if self.spec.decimals == 0 else "places"
            raise ShapeError(say(which, label=self.spec.label, places=self.spec.decimals))
        return number


class MultilineField(Field):
    def _make(self) -> QWidget:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(self.spec.placeholder)
        edit.setReadOnly(self.spec.read_only)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    def text(self) -> str:
        return self.widget.toPlainText()

    def set_text(self, text: str) -> None:
        self.widget.setPlainText(text)

    def value(self) -> object:
        return self.text().strip()


class ComboField(Field):
    """A list of choices; a non-editable combo starts on a blank entry (value None)."""

    def _make(self) -> QWidget:
        combo = QComboBox()
        combo.setEditable(self.spec.editable)
        if not self.spec.editable:
            combo.addItem("", None)
        for choice in self.spec.choices:
            label, value = choice if isinstance(choice, tuple) else (str(choice), choice)
            combo.addItem(str(label), value)
        if self.spec.editable:
            combo.setCurrentIndex(-1)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.lineEdit().setPlaceholderText(self.spec.placeholder)
        combo.setEnabled(not self.spec.read_only)
        return combo

    def text(self) -> str:
        return self.widget.currentText()

    def set_text(self, text: str) -> None:
        index = self.widget.findText(text)
        if index >= 0:
            self.widget.setCurrentIndex(index)
        elif self.spec.editable:
            self.widget.setEditText(text)
        else:
            self.widget.setCurrentIndex(0)

    def set_value(self, value: object) -> None:
        index = self.widget.findData(value) if value is not None else -1
        if index >= 0:
            self.widget.setCurrentIndex(index)
        else:
            self.set_text(self.format(value))

    def parse(self, text: str) -> object:
        index = self.widget.findText(text)
        if index >= 0 and self.widget.itemData(index) is not None:
            return self.widget.itemData(index)
        return text

    def empty_value(self) -> object:
        return None

    def connect_changed(self, slot) -> None:
        self.widget.currentTextChanged.connect(slot)


class CheckField(Field):
    def _make(self) -> QWidget:
        box = QCheckBox()
        box.setEnabled(not self.spec.read_only)
        return box

    def text(self) -> str:
        return "1" if self.widget.isChecked() else ""

    def set_text(self, text: str) -> None:
        self.widget.setChecked(bool(text))

    def value(self) -> object:
        return self.widget.isChecked()

    def set_value(self, value: object) -> None:
        self.widget.setChecked(bool(value))

    def connect_changed(self, slot) -> None:
        self.widget.toggled.connect(slot)


class DateField(Field):
    """A line edit for the date plus a calendar button (F4 or Alt+Down opens it)."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.editor = self.line
        self.calendar: QCalendarWidget | None = None

    def _make(self) -> QWidget:
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.spec.placeholder or self._example())
        self.line.setReadOnly(self.spec.read_only)
        self.line.editingFinished.connect(self._tidy)
        button = QToolButton()
        button.setObjectName(f"{self.spec.key}_calendar")
        button.setText("…")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(QCoreApplication.translate("RecordForm", "Pick from a calendar (F4)"))
        button.setEnabled(not self.spec.read_only)
        button.clicked.connect(self.open_calendar)
        row.addWidget(self.line, 1)
        row.addWidget(button)
        box.setFocusProxy(self.line)
        return box

    def _example(self) -> str:
        return "2024-05-01"

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)

    def connect_changed(self, slot) -> None:
        self.line.textChanged.connect(slot)

    def empty_value(self) -> object:
        return None

    def parse(self, text: str) -> object:
        day = parse_date(text)
        if day is None:
            raise ShapeError(say("date", label=self.spec.label))
        self._in_years(day)
        return day

    def _in_years(self, day: dt.date) -> None:
        """The office's years (models.values): what the operations accept, and the calendar."""
        if not values.in_window(day):
            raise ShapeError(say("years", label=self.spec.label, first=values.EARLIEST.year,
                                 last=values.LATEST.year))

    def format(self, value: object) -> str:
        if isinstance(value, dt.datetime):
            value = value.date()
        return (
            value.isoformat()
            if isinstance(value, dt.date)
            else ("" if value is None else str(value))
        )

    def _tidy(self) -> None:
        """Show a valid date in the house form (2024-05-01) once the clerk leaves the field."""
        if not self.is_empty():
            value = self.value()
            if not isinstance(value, str):
                self.line.setText(self.format(value))

    def _current_date(self) -> dt.date:
        value = self.value()
        if isinstance(value, dt.datetime):
            return value.date()
        return value if isinstance(value, dt.date) else min(clock.today(), values.LATEST)

    def open_calendar(self) -> None:
        """A calendar popup under the field; Enter or a click takes the date, Esc closes it."""
        if self.spec.read_only:
            return
        calendar = QCalendarWidget(self.widget)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName(f"{self.spec.key}_popup")
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.destroyed.connect(self._forget_calendar)
        calendar.setGridVisible(True)
        first, last = values.EARLIEST, values.LATEST
        calendar.setDateRange(QDate(first.year, first.month, first.day),
                              QDate(last.year, last.month, last.day))
        day = self._current_date()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.activated.connect(self._take_date)
        calendar.clicked.connect(self._take_date)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), calendar)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(calendar.close)
        calendar.move(self.widget.mapToGlobal(self.widget.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar

    def _forget_calendar(self) -> None:
        self.calendar = None

    def _take_date(self, date: QDate) -> None:
        self.set_value(self._with_date(dt.date(date.year(), date.month(), date.day())))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
        self.line.setFocus()

    def _with_date(self, day: dt.date) -> object:
        return day


class DateTimeField(DateField):
    def _example(self) -> str:
        return "2024-05-01 14:30"

    def parse(self, text: str) -> object:
        moment = parse_datetime(text)
        if moment is None:
            raise ShapeError(say("datetime", label=self.spec.label))
        self._in_years(moment.date())
        return moment

    def format(self, value: object) -> str:
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        return "" if value is None else str(value)

    def _with_date(self, day: dt.date) -> object:
        """The picked day keeps the time already typed (or takes the time now)."""
        value = self.value()
        time = value.time() if isinstance(value, dt.datetime) else clock.now().time()
        return dt.datetime.combine(day, time.replace(second=0, microsecond=0))


FIELD_CLASSES: dict[str, type[Field]] = {
    "text": TextField,
    "multiline": MultilineField,
    "combo": ComboField,
    "date": DateField,
    "datetime": DateTimeField,
    "int": IntField,
    "decimal": DecimalField,
    "phone": PhoneField,
    "check": CheckField,
}


def make_field(spec: FieldSpec) -> Field:
    return FIELD_CLASSES[spec.kind](spec)
