"""The office's own steps (办公室): the settings, the users, backup and restore, the audit log.

Declared once, as each area declares its steps (models.steps): the main window's
menu and the settings dialog's pages are enabled from ``OFFICE_STEPS.allowed(user)``.
Each step names the permission its operations require: settings.put and
save_department MANAGE_SETTINGS; create_user, edit_user, set_active, reset_password
MANAGE_USERS. Backing up, restoring (models.backup) and reading the audit log
(models.audit) take no user, since the command line does them too: the window
requires BACKUP, RESTORE or VIEW_AUDIT before it starts one.
"""

from __future__ import annotations

from . import people
from .steps import Step, Steps

OFFICE, USERS, BACKUP, RESTORE, AUDIT = "office", "users", "backup", "restore", "audit"

OFFICE_STEPS = Steps([
    Step(OFFICE, people.MANAGE_SETTINGS, on_record=False),  # the office's name, departments
    Step(USERS, people.MANAGE_USERS, on_record=False),  # users and their roles
    Step(BACKUP, people.BACKUP, on_record=False),  # 备份
    Step(RESTORE, people.RESTORE, on_record=False),  # 恢复
    Step(AUDIT, people.VIEW_AUDIT, on_record=False),  # 操作日志
])
