"""The signage tab's registry sub-view (部门标识管理一览表; see gui.signage.tab).

The list of every sign with its filters (department, kind, state, building,
floor; the search box finds a number, a text or a room). Customer service
corrects a sign (place, size, material, state), asks for the replacement of a
worn one (a draft request, finished in the requests sub-view), prints a
department's registry, and once imports the signs already on the walls from the
template: a file with a bad row is refused whole, every bad row listed. Signs
taken down are grey, signs to be corrected amber. The kinds list is this part's
section of the Settings page (``SETTINGS_SECTION``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models import people, signage
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.import_files import ImportProblemsDialog, ask_open_path, ask_save_path
from ..widgets.list_view import ListView, RereadWhenShownAgain
from ..widgets.named_list_editor import NamedListEditor
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import Entry, enable_steps, text_toolbar, view_shortcut
from ..widgets.worker import run_with_progress

Sign = signage.Sign
STEPS = signage.SIGN_STEPS
EDIT, REPLACE, PRINT, TEMPLATE, IMPORT, KINDS = (
    "edit", "replace", "print", "template", "import", "kinds")
GREY, AMBER = "#777777", "#b26a00"


def row_style(values: dict[str, Any]) -> QColor | None:
    """Removed signs grey, signs to be corrected amber."""
    state = values.get("state")
    if state == signage.REMOVED:
        return QColor(GREY)
    return QColor(AMBER) if state == signage.TO_FIX else None


def _fill(combo: QComboBox, first: str, entries: list[tuple[str, Any]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for text, value in entries:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)


class SignRegistryView(RereadWhenShownAgain, QWidget):
    """标识一览: the list, its filters and customer service's steps on a sign."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("signRegistryView")
        self.list = ListView(signage.SIGN_LIST, self, row_style=row_style)
        self.list.setObjectName("signList")
        self._add_filters()
        self.list.activated.connect(self.edit_sign)
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        entries: list[Entry] = [
            (EDIT, self.tr("Edit…"), self.tr("Correct the selected sign's place, size, "
                                              "material or state (Enter)"),
             lambda: self.edit_sign(self.list.current_id())),
            (REPLACE, self.tr("Request a replacement"),
             self.tr("Draft a request for a new sign in place of the selected one"),
             lambda: self.request_replacement(self.list.current_id())),
            (PRINT, self.tr("Print the department's registry"),
             self.tr("部门标识管理一览表 of the department chosen in the filter (or of the "
                     "selected sign)"), self.print_registry),
            (TEMPLATE, self.tr("Download import template…"),
             self.tr("Save the spreadsheet to fill in with the signs already on the walls"),
             self.download_template),
            (IMPORT, self.tr("Import from .xlsx…"),
             self.tr("Add the signs of a filled-in import template to the registry"),
             self.import_signs),
        ]
        self.toolbar, self.qactions = text_toolbar(self, "signToolbar", entries,
                                                   separate_after=(REPLACE, PRINT))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    # --- filters ----------------------------------------------------------------------

    def _add_filters(self) -> None:
        self.department_filter = QComboBox(self)
        self.department_filter.setObjectName("signDepartmentFilter")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("signKindFilter")
        self.building_filter = QComboBox(self)
        self.building_filter.setObjectName("signBuildingFilter")
        self.floor_filter = QComboBox(self)
        self.floor_filter.setObjectName("signFloorFilter")
        self.fill_filters()
        for combo, key in ((self.department_filter, "department"), (self.kind_filter, "kind"),
                           (self.building_filter, "building"), (self.floor_filter, "floor")):
            self.list.add_filter_widget("", combo, key)

    def fill_filters(self) -> None:
        _fill(self.department_filter, self.tr("All departments"),
              [(d.name, d.id) for d in people.departments(active_only=False)])
        _fill(self.kind_filter, self.tr("All kinds"),
              [(k.name, k.id) for k in signage.kinds(active_only=False)])
        _fill(self.building_filter, self.tr("All buildings"),
              [(b, b) for b in signage.sign_buildings()])
        _fill(self.floor_filter, self.tr("All floors"), [(f, f) for f in signage.sign_floors()])

    # --- selection --------------------------------------------------------------------

    def current_sign(self) -> Sign | None:
        sign_id = self.list.current_id()
        if sign_id is None:
            return None
        try:
            return signage.get_sign(sign_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        enable_steps(self.qactions, STEPS.allowed(self.user, self.current_sign()))

    def refresh(self) -> None:
        self.fill_filters()
        self.list.refresh()
        self.update_actions()

    def _changed(self, sign_id: int | None = None) -> None:
        self.refresh()
        if sign_id is not None:
            self.list.select_id(sign_id)

    def _permitted(self, step: str) -> bool:
        try:
            STEPS.require_permission(self.user, step)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    # --- a sign -----------------------------------------------------------------------

    def sign_form(self, sign: Sign, read_only: bool = False) -> RecordForm:
        states = signage.STATE_LABELS.choices(QCoreApplication.translate)
        fields = [
            FieldSpec("text", self.tr("Sign text"), required=True, field=Sign.text),
            FieldSpec("building", self.tr("Building"), field=Sign.building),
            FieldSpec("floor", self.tr("Floor"), field=Sign.floor),
            FieldSpec("room", self.tr("Room or place"), field=Sign.room),
            FieldSpec("quantity", self.tr("Quantity"), "int", required=True),
            FieldSpec("size", self.tr("Size"), field=Sign.size,
                      placeholder=self.tr("e.g. 300×100mm")),
            FieldSpec("material", self.tr("Material"), field=Sign.material,
                      placeholder=self.tr("e.g. 不锈钢, 亚克力")),
            FieldSpec("state", self.tr("State"), "combo", required=True, choices=states),
        ]
        if read_only:
            fields = [dataclasses.replace(spec, read_only=True) for spec in fields]
        values = {key: getattr(sign, key) for key in signage.SIGN_FIELDS}
        intro = self.tr("{kind} sign of {department}; in the registry from {source}.").format(
            kind=sign.kind.name, department=sign.department.name,
            source=sign.source or "—")
        form = RecordForm(self.tr("Sign {number}").format(number=sign.number), fields,
                          lambda v: signage.update_sign(sign.id, v, by=self.user), self,
                          values=values, intro=intro)
        form.setObjectName("signForm")
        return form

    def edit_sign(self, sign_id: int | None) -> Sign | None:
        """Enter / Edit: customer service corrects the sign; anyone else reads it."""
        if sign_id is None:
            return None
        try:
            sign = signage.get_sign(sign_id)
        except DomainError as exc:
            show_error(self, exc)
            return None
        if not STEPS.permits(self.user, EDIT):
            form = self.sign_form(sign, read_only=True)
            form.save_button.hide()
            modal.run_form(form)
            return None
        saved = modal.run_form(self.sign_form(sign))
        if saved is not None:
            self._changed(saved.id)
        return saved

    def request_replacement(self, sign_id: int | None) -> Any | None:
        """申请更换: a draft request naming the sign; the requests sub-view takes it on."""
        if sign_id is None:
            return None
        try:
            request = signage.request_replacement(sign_id, by=self.user)
        except DomainError as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(
            self, self.tr("Replacement requested"),
            self.tr("Draft request {number} names sign {sign}; complete it and submit it "
                    "under Requests. Installing it retires the old sign.").format(
                number=request.number, sign=request.replaces.number))
        self.update_actions()
        return request

    def registry_department(self) -> int | None:
        """The department whose registry prints: the filter's, else the selected sign's."""
        chosen = self.department_filter.currentData()
        if chosen is not None:
            return chosen
        sign = self.current_sign()
        return sign.department_id if sign is not None else None

    def print_registry(self) -> bool:
        from reports.signage import sign_registry_pdf

        dep_id = self.registry_department()
        if dep_id is None:
            QMessageBox.information(self, self.tr("Print the department's registry"),
                                    self.tr("Choose the department in the filter first."))
            return False
        name = people.get_department(dep_id).name
        return print_preview.preview_built(
            self, lambda: sign_registry_pdf(dep_id),
            self.tr("Sign registry of {department}").format(department=name),
            f"部门标识管理一览表-{name}.pdf")

    # --- the spreadsheet ----------------------------------------------------------------

    def download_template(self) -> str | None:
        from reports.signage import write_sign_template

        path = ask_save_path(self, self.tr("Save the import template"), "标识导入模板.xlsx")
        if not path:
            return None
        try:
            write_sign_template(path)
        except (DomainError, OSError) as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(
            self, self.tr("Import template"),
            self.tr("The template is saved as {path}.\n\nFill in one sign per row (the second "
                    "sheet explains the columns), then import it here.").format(path=path))
        return path

    def import_signs(self) -> list[Sign] | None:
        """导入: read and import in a worker; a refused file lists every bad row."""
        from reports.signage import read_sign_workbook

        if not self._permitted(IMPORT):
            return None
        path = ask_open_path(self, self.tr("Import signs from a workbook"))
        if not path:
            return None
        user = self.user
        try:
            signs = run_with_progress(
                self, self.tr("Importing signs…"),
                lambda _progress: signage.import_signs(read_sign_workbook(path), by=user),
                cancellable=False)
        except signage.ImportRefused as exc:
            dialog = ImportProblemsDialog(Path(path).name, exc, signage.IMPORT_COLUMNS, self)
            try:
                modal.run_dialog(dialog)
            finally:
                dialog.deleteLater()
            return None
        except DomainError as exc:
            show_error(self, exc)
            return None
        if signs is None:
            return None
        self._changed(signs[0].id if signs else None)
        QMessageBox.information(self, self.tr("Import"),
                                self.tr("%n sign(s) imported from {file}.", "", len(signs))
                                .format(file=Path(path).name))
        return signs


class SignKindsSection(QGroupBox):
    """标识类别 on the Settings page: add, rename, out of use, order (customer service's list)."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signKindsSection")
        self.setTitle(self.tr("Sign kinds"))
        self.editor = NamedListEditor(
            user, lambda: signage.kinds(active_only=False), signage.save_kind,
            signage.move_kind, name_field=signage.SignKind.name,
            name_column=self.tr("Kind"), new_title=self.tr("New sign kind"),
            rename_title=self.tr("Rename sign kind"), table_name="signKinds",
            entry_name="sign_kind", editable=STEPS.permits(user, KINDS), parent=self)
        self.editor.setMinimumHeight(340)
        QVBoxLayout(self).addWidget(self.editor)


SETTINGS_SECTION = SignKindsSection  # this part's group of the Settings page
RegistryView = SignRegistryView  # the name the tab takes (gui.signage.tab)
