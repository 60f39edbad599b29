"""Start-up: the Qt application, fonts, languages, first run or login, the main window."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from models import db as dbmod
from models import dbfile, demo, paths, people, schema, settings
from models.errors import DomainError
from models.version import app_version
from reports.resources import font_path, resource_dir

from . import error_log
from .desk import APPLICATION, ORGANISATION
from .errors import error_text
from .i18n import desk_language, install_translators
from .network_share import warn_if_on_a_network_share

UI_FONT_FAMILY = "WenQuanYi Micro Hei"


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with our font registered and the desk's language loaded.

    The GUI's start-up: models.db is given the schema (every area's tables) here too.
    """
    schema.install()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(app_version())
    icon = resource_dir() / "icons" / "frontdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_font(app)
    install_translators(language or desk_language())
    return app


def register_font(app: QApplication) -> str | None:
    """Register the bundled CJK font and put it behind the system font as the fallback.

    Latin text keeps the desk's own UI font; Chinese always has glyphs, even
    on a machine without Chinese fonts.
    """
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else None
    if family:
        font = QFont(app.font())
        system = font.family()
        font.setFamilies([system, family] if system and system != family else [family])
        app.setFont(font)
    return family


def open_office(db_path: Path, parent=None) -> people.User | None:
    """Open the file; first run offers to set up or open the demo; then log in."""
    from .dialogs.login import ChangePasswordDialog, LoginDialog
    from .dialogs.welcome import WelcomeDialog

    warn_if_on_a_network_share(db_path, parent)
    if not db_path.exists() and not db_path.is_symlink():  # first run; any other file meets the door
        welcome = WelcomeDialog(db_path, parent)
        if welcome.exec() != QDialog.DialogCode.Accepted:
            return None
        return welcome.user
    dbmod.open_database(db_path, create=False)
    if not settings.is_set_up():
        welcome = WelcomeDialog(db_path, parent, database_open=True)
        if welcome.exec() != QDialog.DialogCode.Accepted:
            return None
        return welcome.user
    login = LoginDialog(parent)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    user = login.user
    if user.must_change_password:
        change = ChangePasswordDialog(user, parent, forced=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return user


def run_gui(db_path: Path | None = None, language: str | None = None) -> int:
    from . import single_instance
    from .main_window import MainWindow

    app = make_application(language=language)
    error_log.install()
    db_path = Path(db_path) if db_path else paths.default_db_path()
    instance = single_instance.claim(db_path)
    if instance is None:
        return 0  # FrontDesk is already open on this file at this desk: it came forward
    while True:
        try:
            user = open_office(db_path)
        except (DomainError, sqlite3.DatabaseError, dbmod.DatabaseError) as exc:
            refused(db_path, exc)
            return 1
        if user is None:
            dbmod.close_database()
            return 0
        instance.follow(dbmod.current_path() or db_path)  # the file the window works on
        window = MainWindow(user)
        window.show()
        window.start_automatic_backup()
        app.exec()
        QThreadPool.globalInstance().waitForDone(120_000)  # let a backup in a worker finish its file
        if not window.restart_requested:
            dbmod.close_database()
            return 0
        db_path = window.restart_db_path or dbmod.current_path() or db_path


def refused(db_path: Path, exc: Exception) -> None:
    """The file cannot be used: say why (box, and stderr for a console start); nothing was changed."""
    if not isinstance(exc, DomainError):
        exc = dbfile.unreadable(db_path, exc)
    dbmod.close_database()
    text = error_text(exc)
    print(text, file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("App", "FrontDesk"), text)


def selftest() -> None:
    """Build the main window offscreen on a temporary database with every tab, paint it."""
    import os
    import tempfile

    from .main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="frontdesk-selftest-") as tmp:
        os.environ.setdefault("FRONTDESK_SETTINGS_DIR", str(Path(tmp) / "settings"))
        app = make_application()
        dbmod.open_database(Path(tmp) / "selftest.sqlite")
        user = settings.set_up_office("自检物业服务中心", "selftest", "自检", "selftest-pw")
        window = MainWindow(user)
        window.show()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
        painted = window.grab()
        if painted.isNull() or painted.width() < 100:
            raise RuntimeError("the main window did not paint")
        QTimer.singleShot(0, window.close)
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()
        dbmod.close_database()


__all__ = ["make_application", "open_office", "run_gui", "selftest", "demo"]
