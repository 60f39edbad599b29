"""Where the data lives: the user's data folder (platformdirs), unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "FrontDesk"
APP_AUTHOR = "FrontDesk"
DB_FILENAME = "frontdesk.sqlite"
DEMO_FILENAME = "frontdesk-demo.sqlite"


def data_dir() -> Path:
    """%LOCALAPPDATA%\\FrontDesk\\FrontDesk on Windows; ~/.local/share/FrontDesk on Linux.

    FRONTDESK_DATA_DIR overrides it (tests, portable installs).
    """
    override = os.environ.get("FRONTDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_FILENAME


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    """Where the program writes its log (unexpected errors, failed automatic backups)."""
    return data_dir() / "logs"


LOG_FILENAME = "frontdesk.log"


def log_path() -> Path:
    return log_dir() / LOG_FILENAME
