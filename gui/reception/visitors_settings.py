"""The visitors' group of the reception Settings page (administrators).

The hour everyone still on site is signed out (自动签退), how long the host may wait to
be told before a visitor shows late, how long visitors' personal data is kept; and the
identity list (来访身份), edited with the shared named-list editor.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import reception
from models.errors import DomainError
from models.people import User

from ..errors import error_text
from ..widgets.fields import error_banner
from ..widgets.named_list_editor import NamedListEditor

_ranges = reception.VISIT_SETTING_RANGES


class VisitorsSettings(QGroupBox):
    """The register's three settings and its identity list; read-only for non-administrators."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Visitors"), parent)
        self.user = user
        self.setObjectName("visitorsSettings")
        allowed = reception.VISITOR_SETTINGS_STEPS.allowed(user)
        steps = reception.visitors.steps
        self.can_edit = steps.SETTINGS in allowed
        layout = QVBoxLayout(self)
        if not self.can_edit:
            note = QLabel(self.tr("Only an administrator can change these settings."))
            note.setObjectName("readOnlyNote")
            layout.addWidget(note)
        form = QFormLayout()
        self.edits: dict[str, QSpinBox] = {}
        for key, name, text, suffix in (
            (reception.AUTO_SIGN_OUT_HOUR, "autoSignOutHour",
             self.tr("Sign out everyone still on site at"), self.tr(":00")),
            (reception.LATE_MINUTES, "lateMinutes",
             self.tr("Host told late after"), self.tr(" min")),
            (reception.PURGE_MONTHS, "purgeMonths",
             self.tr("Purge visitors' personal data after"), self.tr(" months")),
        ):
            _default, low, high = _ranges[key]
            edit = QSpinBox(self)
            edit.setObjectName(name)
            edit.setRange(low, high)
            edit.setSuffix(suffix)
            edit.setEnabled(self.can_edit)
            form.addRow(text, edit)
            self.edits[key] = edit
        layout.addLayout(form)
        self.banner = error_banner()
        self.banner.setObjectName("visitorsSettingsError")
        self.saved = QLabel()
        self.saved.setObjectName("visitorsSettingsSaved")
        self.save_button = QPushButton(self.tr("Save visitors' settings"))
        self.save_button.setObjectName("saveVisitorsSettings")
        self.save_button.setEnabled(self.can_edit)
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved, 1)
        bottom.addWidget(self.save_button)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)
        self.identities = NamedListEditor(
            user, lambda: reception.visit_identities(active_only=False), reception.save_identity,
            reception.move_identity, name_field=reception.VisitIdentity.name,
            name_column=self.tr("Identity"), new_title=self.tr("New visitor identity"),
            rename_title=self.tr("Rename visitor identity"), table_name="identities",
            entry_name="identity", editable=steps.IDENTITIES in allowed, parent=self)
        layout.addWidget(self.identities, 1)
        self.reload()

    def reload(self) -> None:
        for key, edit in self.edits.items():
            edit.setValue(reception.visit_setting(key))
        self.identities.reload()

    def save(self) -> bool:
        self.banner.hide()
        self.saved.clear()
        try:
            reception.save_visitor_settings({k: e.value() for k, e in self.edits.items()},
                                            by=self.user)
        except DomainError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.saved.setText(self.tr("Saved."))
        self.reload()
        return True
