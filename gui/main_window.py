"""The main window: five tabs, the menus, the status bar; geometry remembered per desk.

The tabs come from the one list of areas (gui.areas, models.areas), in its
order; the window knows a tab only as a gui.widgets.tab.AreaTab: its title,
the list File > Export and Print act on, and when that list changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from models import backup, office_steps, paths, people, settings
from models import db as dbmod
from models.errors import DomainError
from models.version import app_version

from .areas import build_tabs
from .desk import desk_settings
from .errors import show_error
from .widgets.list_view import ListView


class MainWindow(QMainWindow):
    def __init__(self, user: people.User) -> None:
        super().__init__()
        self.user = user
        self.restart_requested = False
        self.restart_db_path: Path | None = None
        self.setWindowTitle(self.tr("FrontDesk — {office}").format(office=settings.office_name()))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        for tab in build_tabs(user):
            self.tabs.addTab(tab, tab.title())
            tab.list_changed.connect(self.update_list_actions)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self.tabs.currentChanged.connect(self.update_list_actions)
        self.tabs.currentChanged.connect(self.focus_current_tab)
        self.update_list_actions()
        self.resize(1200, 760)
        self._restore_geometry()

    # --- menus ------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = self._action(file_menu, self.tr("Back up…"), self.do_backup, name="backup")
        self.restore_action = self._action(file_menu, self.tr("Restore…"), self.do_restore, name="restore")
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu, self.tr("Export current list…"), self.export_current_list, "Ctrl+E", "export"
        )
        self.print_action = self._action(
            file_menu, self.tr("Print…"), self.print_current, QKeySequence.StandardKey.Print, "print"
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Log out"), self.log_out, name="logOut")
        self._action(file_menu, self.tr("Exit"), self.close, QKeySequence.StandardKey.Quit, "exit")

        settings_menu = bar.addMenu(self.tr("&Settings"))
        self._action(settings_menu, self.tr("Settings…"), self.open_settings, name="settings")
        self._action(settings_menu, self.tr("Change password…"), self.change_password, name="password")
        self.audit_action = self._action(
            settings_menu, self.tr("Audit log…"), self.open_audit_log, name="auditLog"
        )

        # Ctrl+PgDn / Ctrl+PgUp: the window's tabs from anywhere (Ctrl+Tab switches the tabs
        # nearest the focus: inside the warehouse, its sub-views).
        self.next_tab_action = self._tab_key("Ctrl+PgDown", 1, "nextTab")
        self.previous_tab_action = self._tab_key("Ctrl+PgUp", -1, "previousTab")

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About FrontDesk"), self.show_about, name="about")

        allowed = office_steps.OFFICE_STEPS.allowed(self.user)
        self.backup_action.setEnabled(office_steps.BACKUP in allowed)
        self.restore_action.setEnabled(office_steps.RESTORE in allowed)
        self.audit_action.setEnabled(office_steps.AUDIT in allowed)

    def _build_status_bar(self) -> None:
        roles = "、".join(
            QCoreApplication.translate("Role", people.ROLES[r]) for r in sorted(self.user.roles)
        )
        self.user_label = QLabel(self.tr("User: {name}").format(name=self.user.full_name))
        self.role_label = QLabel(self.tr("Role: {roles}").format(roles=roles))
        self.db_label = QLabel(self.tr("Database: {path}").format(path=dbmod.current_path()))
        for label in (self.user_label, self.role_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.db_label)

    def start_automatic_backup(self):
        """At the first start of the day: a backup in a worker (its Task, or None), shown on the status bar."""
        from .auto_backup import AutomaticBackups

        self.automatic_backups = AutomaticBackups(self)
        return self.automatic_backups.start_if_due()

    def _tab_key(self, keys: str, step: int, name: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: self.tabs.setCurrentIndex(
            (self.tabs.currentIndex() + step) % self.tabs.count()))
        self.addAction(action)
        return action

    def focus_current_tab(self, *_args) -> None:
        """After a switch of tabs the keyboard is in the tab's list: Ctrl+N works at once."""
        tab = self.tabs.currentWidget()
        if tab is not None:
            tab.focus_list()

    def current_list_view(self) -> ListView | None:
        tab = self.tabs.currentWidget()
        return tab.list_view() if tab is not None else None

    def update_list_actions(self, *_args) -> None:
        """Export and Print act on the list in front of the clerk (a tab may switch lists)."""
        has_list = self.current_list_view() is not None
        self.export_action.setEnabled(has_list)
        self.print_action.setEnabled(has_list)

    # --- geometry ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        store = desk_settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = store.value("window/state")
        if state is not None:
            self.restoreState(state)
        index = store.value("window/tab", 0, type=int)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_geometry(self) -> None:
        store = desk_settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/tab", self.tabs.currentIndex())
        store.sync()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.focus_current_tab()  # at the start of the day too

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        super().closeEvent(event)

    # --- file menu --------------------------------------------------------------

    def do_backup(self) -> None:
        from .widgets.worker import run_with_progress

        try:
            people.require(self.user, people.BACKUP)
        except DomainError as exc:
            show_error(self, exc)
            return
        default = str(desk_settings().value("backup/folder", str(paths.backup_dir())))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up into which folder?"), default)
        if not folder:
            return
        desk_settings().setValue("backup/folder", folder)
        db_path = dbmod.current_path()
        try:
            target = run_with_progress(
                self, self.tr("Backing up…"), lambda progress: backup.backup(db_path, folder)
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        if target is not None:
            QMessageBox.information(
                self, self.tr("Back up"), self.tr("The data was backed up to\n{path}").format(path=target)
            )

    def do_restore(self) -> None:
        try:
            people.require(self.user, people.RESTORE)
        except DomainError as exc:
            show_error(self, exc)
            return
        default = str(desk_settings().value("backup/folder", str(paths.backup_dir())))
        file_name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore which backup?"), default, self.tr("FrontDesk backups (*.sqlite)")
        )
        if not file_name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace all the data with the backup\n{file}?\n\nThe present data is kept in a "
                "copy beside the database. You will log in again afterwards."
            ).format(file=file_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db_path = dbmod.current_path()
        try:
            backup.verify_backup(Path(file_name))
            dbmod.close_database()
            saved = backup.restore(db_path, file_name)
        except DomainError as exc:
            dbmod.open_database(db_path, create=False)
            show_error(self, exc)
            return
        message = self.tr("The backup was restored.")
        if saved:
            message += "\n" + self.tr("The replaced data was kept as\n{path}").format(path=saved)
        QMessageBox.information(self, self.tr("Restore"), message)
        self.restart_db_path = db_path
        self.restart_requested = True
        self.close()

    def export_current_list(self) -> None:
        from .widgets.list_actions import export_list

        view = self.current_list_view()
        if view is None:
            return
        count = export_list(self, view, self.tabs.tabText(self.tabs.currentIndex()))
        if count is not None:
            self.statusBar().showMessage(self.tr("{n} rows exported").format(n=count), 8000)

    def print_current(self) -> None:
        """File > Print (Ctrl+P): the selected record's form in the tab in front; with
        nothing selected, or no form for it, the list in front (asking first if long)."""
        from .widgets.list_actions import print_list

        tab = self.tabs.currentWidget()
        if tab is not None and tab.print_selected():
            return
        view = self.current_list_view()
        if view is not None:
            print_list(self, view, self.tabs.tabText(self.tabs.currentIndex()))

    def log_out(self) -> None:
        self.restart_requested = True
        self.restart_db_path = dbmod.current_path()
        self.close()

    # --- settings and help ------------------------------------------------------

    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.user, self)
        dialog.exec()
        self.setWindowTitle(self.tr("FrontDesk — {office}").format(office=settings.office_name()))

    def change_password(self) -> None:
        from .dialogs.login import ChangePasswordDialog

        ChangePasswordDialog(self.user, self).exec()

    def open_audit_log(self) -> None:
        from .dialogs.audit_log import AuditLogDialog

        try:
            people.require(self.user, people.VIEW_AUDIT)
        except DomainError as exc:
            show_error(self, exc)
            return
        AuditLogDialog(self.user, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About FrontDesk"),
            self.tr(
                "<h3>FrontDesk {version}</h3><p>The customer-service office's desk for a property "
                "service center: reception log, repair orders, warehouse, sign requests and "
                "vendor scoring.</p><p>Data file: {path}</p><p>Log folder (give it to your "
                "administrator when something went wrong): {logs}</p><p>Chinese font: WenQuanYi "
                "Micro Hei (Apache License 2.0).</p>"
            ).format(version=app_version(), path=dbmod.current_path(), logs=paths.log_dir()),
        )
