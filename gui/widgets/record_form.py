"""The one record form every tab uses: declare the fields, give it the one operation to call.

    form = RecordForm(self.tr("New visitor"), [
        FieldSpec("name", self.tr("Name"), required=True, field=reception.Visit.name),
        FieldSpec("phone", self.tr("Phone"), "phone"),
        FieldSpec("visited_on", self.tr("Date"), "date", required=True),
    ], on_save=lambda v: reception.register(**v, by=user), parent=self)
    if form.exec() == QDialog.DialogCode.Accepted:
        record = form.result_record

Saving: the form first runs the shape checks (required, digits, decimal places,
length, a real date) and names every field that is wrong; only then it calls
``on_save(values)``, which calls ONE models operation and returns the record.
A DomainError from it appears in the red banner at the top (a ValidationError
whose ``field`` is one of the form's keys also highlights and focuses that
field); the dialog stays open with everything the clerk typed. Success keeps
the record in ``result_record`` and closes the dialog.

Keyboard (the clerk need not touch the mouse):
- the first editable field has the focus; Tab / Shift+Tab follow the field order;
- Enter in a single-line field (text, phone, numbers, dates, combo, check box)
  moves to the next editable field; Enter in the last editable field saves;
- Enter in a multi-line field starts a new line (Tab leaves it);
- Ctrl+Enter or Ctrl+S saves from anywhere;
- F4 or Alt+Down in a date field opens the calendar;
- Esc cancels; if anything was typed, the form asks before throwing it away.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError, ValidationError

from ..errors import error_text
from .fields import (
    INVALID_STYLE,
    DateField,
    Field,
    FieldSpec,
    MultilineField,
    error_banner,
    make_field,
)

__all__ = ["FieldSpec", "RecordForm", "edit_record"]

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class RecordForm(QDialog):
    """A dialog built from FieldSpecs: shape checks, then one operation; errors stay in view."""

    def __init__(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        on_save: Callable[[dict], object],
        parent: QWidget | None = None,
        values: Mapping[str, object] | None = None,
        intro: str = "",
        save_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.setStyleSheet(INVALID_STYLE)
        self.on_save = on_save
        self.result_record: object | None = None
        self._saving = False
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.banner = error_banner()
        layout.addWidget(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            if spec.key in self.fields:
                raise ValueError(f"field {spec.key!r} declared twice")
            field = make_field(spec)
            label = QLabel(self._label_html(spec))
            label.setObjectName(f"{spec.key}_label")
            label.setBuddy(field.editor)
            form.addRow(label, field.widget)
            self.fields[spec.key] = field
            self.labels[spec.key] = label
            self._watch(field)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text or self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)

        self._chain_tab_order()
        if values:
            self.set_values(values)
        self._baseline = self._snapshot()
        first = self._editable()
        if first:
            first[0].editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building -----------------------------------------------------------------

    @staticmethod
    def _label_html(spec: FieldSpec) -> str:
        text = html.escape(spec.label)
        if spec.required:
            text += ' <span style="color:#c62828">*</span>'
        return text

    def _watch(self, field: Field) -> None:
        field.editor.installEventFilter(self)
        if isinstance(field.widget, QComboBox) and field.widget.lineEdit() is not None:
            field.widget.lineEdit().installEventFilter(self)
        field.connect_changed(lambda *_, f=field: self._unmark(f))

    def _chain_tab_order(self) -> None:
        editors = [f.editor for f in self.fields.values()]
        editors += [
            self.buttons.button(b)
            for b in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel)
        ]
        for before, after in zip(editors, editors[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _editable(self) -> list[Field]:
        return [f for f in self.fields.values() if not f.spec.read_only]

    # --- values -------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """Every field's value by key (see gui.widgets.fields for the empty values)."""
        return {key: field.value() for key, field in self.fields.items()}

    def set_values(self, values: Mapping[str, object]) -> None:
        """Fill the fields whose keys appear in ``values`` (other keys are ignored).

        What is filled counts as the starting point: Cancel asks only about changes after it.
        """
        for key, value in values.items():
            if key in self.fields:
                self.fields[key].set_value(value)
        self._baseline = self._snapshot()

    def widget(self, key: str) -> QWidget:
        """The editor widget of a field (e.g. to fill a combo or connect a signal)."""
        return self.fields[key].widget

    def _snapshot(self) -> dict[str, str]:
        return {key: field.text() for key, field in self.fields.items()}

    def is_dirty(self) -> bool:
        """Has the clerk changed anything since the form was filled?"""
        return self._snapshot() != self._baseline

    def problems(self) -> list[tuple[str, str]]:
        """(key, message) for every field whose typed text has the wrong shape."""
        out = []
        for key, field in self.fields.items():
            message = field.check()
            if message:
                out.append((key, message))
        return out

    # --- errors -------------------------------------------------------------------

    def show_error(self, text: str, keys: Sequence[str] = ()) -> None:
        """Show ``text`` in the banner, highlight the fields ``keys`` and focus the first."""
        self.banner.setText(text)
        self.banner.show()
        for key in keys:
            _set_invalid(self.fields[key].editor, True)
            _set_invalid(self.labels[key], True)
        if keys:
            editor = self.fields[keys[0]].editor
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            if hasattr(editor, "selectAll"):
                editor.selectAll()

    def clear_error(self) -> None:
        self.banner.clear()
        self.banner.hide()
        for field in self.fields.values():
            self._unmark(field)

    def invalid_keys(self) -> list[str]:
        """The keys of the fields highlighted now."""
        return [k for k, f in self.fields.items() if f.editor.property("invalid")]

    def _unmark(self, field: Field) -> None:
        _set_invalid(field.editor, False)
        _set_invalid(self.labels[field.spec.key], False)

    # --- saving and cancelling ------------------------------------------------------

    def save(self) -> bool:
        """Shape checks, then on_save; True when the record was saved and the dialog accepted."""
        if self._saving:
            return False
        self._saving = True
        try:
            return self._save()
        finally:
            self._saving = False

    def _save(self) -> bool:
        self.clear_error()
        problems = self.problems()
        if problems:
            self.show_error("\n".join(m for _, m in problems), [k for k, _ in problems])
            return False
        try:
            record = self.on_save(self.values())
        except DomainError as exc:
            field = getattr(exc, "field", "") if isinstance(exc, ValidationError) else ""
            self.show_error(error_text(exc), [field] if field in self.fields else [])
            return False
        self.result_record = record
        self._baseline = self._snapshot()
        self.accept()
        return True

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first when something was typed."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Throw away what you typed in this form?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    # --- keys -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        field = self._field_of(watched)
        if field is None:
            return super().eventFilter(watched, event)
        key = event.key()
        modifiers = event.modifiers()
        if isinstance(field, DateField) and (
            key == Qt.Key.Key_F4
            or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier)
        ):
            field.open_calendar()
            return True
        if key not in _ENTER_KEYS:
            return super().eventFilter(watched, event)
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return True
        if isinstance(field, MultilineField):
            return False  # a new line
        self._advance(field)
        return True

    def _field_of(self, widget: QObject) -> Field | None:
        for field in self.fields.values():
            if widget is field.editor:
                return field
            if isinstance(field.widget, QComboBox) and widget is field.widget.lineEdit():
                return field
        return None

    def _advance(self, field: Field) -> None:
        """Enter: on to the next editable field; from the last one, save."""
        editable = self._editable()
        later = editable[editable.index(field) + 1 :] if field in editable else []
        if later:
            later[0].editor.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.save()


def edit_record(
    parent: QWidget | None,
    title: str,
    fields: Sequence[FieldSpec],
    on_save: Callable[[dict], object],
    values: Mapping[str, object] | None = None,
    intro: str = "",
) -> object | None:
    """Show a RecordForm modally; the saved record, or None when the clerk cancelled."""
    form = RecordForm(title, fields, on_save, parent, values=values, intro=intro)
    try:
        if form.exec() == QDialog.DialogCode.Accepted:
            return form.result_record
        return None
    finally:
        form.deleteLater()
