"""The vendors tab's setup sub-view (单位与合同; see gui.vendors.tab).

The list of vendors, each with the contract in force today. The manager adds and
changes a vendor (name, kind, contact, phone, the lead on site who signs), its
contract (number, period, monthly fee, the deduction clauses — an amount or a
percentage of the fee — the serious line, the template it scores by), the
contract's fee bands, and the criteria templates. The kinds list is this part's
section of the Settings page (``SETTINGS_SECTION``). Anyone else reads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QGroupBox, QMessageBox, QVBoxLayout, QWidget

from models import clock, vendors
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal
from ..widgets.list_view import ListView, RereadWhenShownAgain
from ..widgets.named_list_editor import NamedListEditor
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import Entry, enable_steps, text_toolbar, view_shortcut
from .setup_forms import BandsDialog, TemplateEditor

STEPS = vendors.VENDOR_STEPS
NEW, EDIT, CONTRACT, RENEW, BANDS, TEMPLATES, KINDS = (
    "new", "edit", "contract", "renew", "bands", "templates", "kinds")
GREY = "#777777"
Vendor, Contract = vendors.Vendor, vendors.Contract


def row_style(values: dict[str, Any]) -> QColor | None:
    """A vendor out of use, or working under no contract today, in grey."""
    if not values.get("active") or not values.get("contract"):
        return QColor(GREY)
    return None


class SetupView(RereadWhenShownAgain, QWidget):
    """单位与合同: the vendors list and the manager's forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("vendorSetupView")
        self.list = ListView(vendors.VENDOR_LIST, self, row_style=row_style)
        self.list.setObjectName("vendorList")
        self.list.activated.connect(self.edit_vendor)
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        entries: list[Entry] = [
            (NEW, self.tr("New vendor…"), self.tr("Add a vendor (Ctrl+N)"), self.new_vendor),
            (EDIT, self.tr("Edit…"), self.tr("Change the selected vendor (F2, Enter)"),
             lambda: self.edit_vendor(self.list.current_id())),
            (CONTRACT, self.tr("Contract…"),
             self.tr("The selected vendor's contract in force today (or its latest); a new "
                     "one when it has none or the last has ended"),
             lambda: self.edit_contract(self.list.current_id())),
            (RENEW, self.tr("New contract…"),
             self.tr("The selected vendor's next contract, from the day after its latest "
                     "one ends"),
             lambda: self.new_contract(self.list.current_id())),
            (BANDS, self.tr("Fee bands…"),
             self.tr("The fee bands of the selected vendor's contract"),
             lambda: self.edit_bands(self.list.current_id())),
            (TEMPLATES, self.tr("Criteria templates…"),
             self.tr("The items each sheet scores, by area; points add to 100"),
             self.edit_templates),
        ]
        self.toolbar, self.qactions = text_toolbar(self, "vendorSetupToolbar", entries,
                                                   separate_after=(EDIT, BANDS))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    # --- selection --------------------------------------------------------------------

    def current_vendor(self) -> Vendor | None:
        vendor_id = self.list.current_id()
        if vendor_id is None:
            return None
        try:
            return vendors.get_vendor(vendor_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        enable_steps(self.qactions, STEPS.allowed(self.user, self.current_vendor()))

    def refresh(self) -> None:
        self.list.refresh()
        self.update_actions()

    def _changed(self, vendor_id: int | None) -> None:
        self.refresh()
        if vendor_id is not None:
            self.list.select_id(vendor_id)
            self.update_actions()

    def _vendor(self, vendor_id: int | None) -> Vendor | None:
        if vendor_id is None:
            return None
        try:
            return vendors.get_vendor(vendor_id)
        except DomainError as exc:
            show_error(self, exc)
            return None

    # --- a vendor ---------------------------------------------------------------------

    def vendor_form(self, vendor: Vendor | None, read_only: bool = False) -> RecordForm:
        kinds = [(k.name, k.id) for k in vendors.kinds()]
        if vendor is not None and vendor.kind_id not in [k for _n, k in kinds]:
            kinds.append((vendor.kind.name, vendor.kind_id))  # out of use, kept by this one
        fields = [
            FieldSpec("name", self.tr("Vendor"), required=True, field=Vendor.name),
            FieldSpec("kind", self.tr("Kind"), "combo", required=True, choices=kinds),
            FieldSpec("contact", self.tr("Contact"), field=Vendor.contact),
            FieldSpec("phone", self.tr("Phone"), "phone", field=Vendor.phone),
            FieldSpec("lead", self.tr("Lead on site (signs the sheets)"), field=Vendor.lead),
            FieldSpec("active", self.tr("In use"), "check"),
        ]
        if read_only:
            fields = [dataclasses.replace(spec, read_only=True) for spec in fields]
        values = ({"name": vendor.name, "kind": vendor.kind_id, "contact": vendor.contact,
                   "phone": vendor.phone, "lead": vendor.lead, "active": vendor.active}
                  if vendor is not None else {"active": True})
        title = self.tr("Vendor {name}").format(name=vendor.name) if vendor else self.tr(
            "New vendor")
        form = RecordForm(title, fields, lambda v: vendors.save_vendor(
            self.user, v, vendor.id if vendor else None), self, values=values)
        form.setObjectName("vendorForm")
        return form

    def new_vendor(self) -> Vendor | None:
        saved = modal.run_form(self.vendor_form(None))
        if saved is not None:
            self._changed(saved.id)
        return saved

    def edit_vendor(self, vendor_id: int | None) -> Vendor | None:
        """Enter / Edit: the manager changes the vendor; anyone else reads it."""
        vendor = self._vendor(vendor_id)
        if vendor is None:
            return None
        if not STEPS.permits(self.user, EDIT):
            form = self.vendor_form(vendor, read_only=True)
            form.save_button.hide()
            modal.run_form(form)
            return None
        saved = modal.run_form(self.vendor_form(vendor))
        if saved is not None:
            self._changed(saved.id)
        return saved

    # --- its contract -----------------------------------------------------------------

    def contract_form(self, vendor: Vendor, contract: Contract | None) -> RecordForm:
        templates = [(f"{vendors.EVALUATION_KINDS.text(t.evaluation_kind, QCoreApplication.translate)}"
                      f" · {t.name} v{t.version}", t.id)
                     for t in vendors.templates(vendor.kind_id)]
        clauses = [("per_failed_check", self.tr("Deduction per failed check")),
                   ("per_late_defect", self.tr("Deduction per late defect")),
                   ("per_missed_treatment", self.tr("Deduction per missed treatment"))]
        fields = [
            FieldSpec("number", self.tr("Contract number"), required=True, field=Contract.number),
            FieldSpec("starts_on", self.tr("From"), "date", required=True),
            FieldSpec("ends_on", self.tr("To"), "date", required=True),
            FieldSpec("monthly_fee", self.tr("Monthly fee (yuan)"), "decimal", required=True),
            FieldSpec("template", self.tr("Scored by"), "combo", choices=templates),
        ]
        for key, label in clauses:
            fields.append(FieldSpec(key, label, "decimal"))
            fields.append(FieldSpec(f"{key}_pct", self.tr("… as % of the monthly fee"), "check"))
        fields += [
            FieldSpec("serious_below", self.tr("Serious failure below score"), "decimal",
                      decimals=1, tooltip=self.tr("A sheet scored under this line is 严重不合格 "
                                                  "(0: only the items marked serious)")),
            FieldSpec("note", self.tr("Note"), "multiline", field=Contract.note),
        ]
        if contract is not None:
            values = {spec.key: getattr(contract, spec.key) for spec in fields
                      if spec.key != "template"}
            values["template"] = contract.template_id
            title = self.tr("Contract {number} of {vendor}").format(number=contract.number,
                                                                    vendor=vendor.name)
        else:
            template = vendors.template_for(vendor.kind.name, vendors.DAILY)
            earlier = vendors.contracts_of(vendor.id)
            starts = (earlier[0].ends_on + dt.timedelta(days=1) if earlier
                      else clock.today().replace(day=1))
            values = {"starts_on": starts,
                      "template": template.id if template is not None else None}
            title = self.tr("New contract of {vendor}").format(vendor=vendor.name)
        form = RecordForm(title, fields, lambda v: vendors.save_contract(
            self.user, vendor.id, v, contract.id if contract else None), self, values=values,
            intro=self.tr("A new contract gets the default fee bands (≥90 full fee, 80–89 "
                          "−3 %, 70–79 −8 %, under 70 −15 % and a warning); change them "
                          "under Fee bands."))
        form.setObjectName("contractForm")
        return form

    def contract_in_view(self, vendor: Vendor) -> Contract | None:
        """Today's contract, else one still to come; None when the last one has ended."""
        today = clock.today()
        current = vendors.contract_on(vendor.id, today)
        if current is not None:
            return current
        later = [c for c in vendors.contracts_of(vendor.id) if c.starts_on > today]
        return later[-1] if later else None

    def edit_contract(self, vendor_id: int | None) -> Contract | None:
        vendor = self._vendor(vendor_id)
        if vendor is None:
            return None
        saved = modal.run_form(self.contract_form(vendor, self.contract_in_view(vendor)))
        if saved is not None:
            self._changed(vendor.id)
        return saved

    def new_contract(self, vendor_id: int | None) -> Contract | None:
        vendor = self._vendor(vendor_id)
        if vendor is None:
            return None
        saved = modal.run_form(self.contract_form(vendor, None))
        if saved is not None:
            self._changed(vendor.id)
        return saved

    def edit_bands(self, vendor_id: int | None) -> bool:
        vendor = self._vendor(vendor_id)
        if vendor is None:
            return False
        contract = self.contract_in_view(vendor)
        if contract is None:
            contracts = vendors.contracts_of(vendor.id)
            contract = contracts[0] if contracts else None
        if contract is None:
            QMessageBox.information(self, self.tr("Fee bands"), self.tr(
                "{vendor} has no contract yet; add its contract first.").format(
                vendor=vendor.name))
            return False
        dialog = BandsDialog(self.user, contract, self)
        try:
            return modal.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def edit_templates(self) -> None:
        dialog = TemplateEditor(self.user, self)
        try:
            modal.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        self.refresh()


class VendorKindsSection(QGroupBox):
    """外判类别 on the Settings page: add, rename, out of use, order (the manager's list)."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vendorKindsSection")
        self.setTitle(self.tr("Vendor kinds"))
        self.editor = NamedListEditor(
            user, lambda: vendors.kinds(active_only=False), vendors.save_kind,
            vendors.move_kind, name_field=vendors.VendorKind.name,
            name_column=self.tr("Kind"), new_title=self.tr("New vendor kind"),
            rename_title=self.tr("Rename vendor kind"), table_name="vendorKinds",
            entry_name="vendor_kind", editable=STEPS.permits(user, KINDS), parent=self)
        self.editor.setMinimumHeight(260)
        QVBoxLayout(self).addWidget(self.editor)


SETTINGS_SECTION = VendorKindsSection  # this part's group of the Settings page
