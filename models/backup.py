"""Backup (备份) and restore (恢复) of the whole database file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from . import db as dbmod
from .errors import DomainError
from .i18n import QT_TRANSLATE_NOOP


def backup_file_name(db_path: Path, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now()
    return f"{db_path.stem}-backup-{when:%Y%m%d-%H%M%S}.sqlite"


def backup(db_path: str | Path, folder: str | Path) -> Path:
    """Copy the live file with SQLite's online backup API to a timestamped file in ``folder``."""
    db_path, folder = Path(db_path), Path(folder)
    if not db_path.exists():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The database file {path} does not exist."),
            path=str(db_path),
        )
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_file_name(db_path)
    n = 1
    while target.exists():
        target = folder / f"{target.stem}-{n}.sqlite"
        n += 1
    source = sqlite3.connect(str(db_path))
    try:
        dbmod.online_backup(source, target)
    finally:
        source.close()
    verify_backup(target)
    return target


def verify_backup(path: Path) -> int:
    """Check that ``path`` is a sound FrontDesk file this program can open; return its version."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = (
                con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
                if "schema_version" in tables
                else None
            )
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "{path} is not a readable database: {error}"),
            path=str(path),
            error=str(exc),
        ) from exc
    if ok != "ok" or version is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is not a sound FrontDesk backup; nothing was restored."
            ),
            path=str(path),
        )
    from . import schema  # noqa: F401 - the migrations define the latest version

    if version > dbmod.latest_version():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This backup was written by a newer version of FrontDesk (schema {found}); "
                "nothing was restored.",
            ),
            found=version,
        )
    return version


def restore(db_path: str | Path, from_file: str | Path) -> Path | None:
    """Replace the database at ``db_path`` with the backup ``from_file``.

    The backup is verified first; the current file, if any, is first saved beside
    itself as ``…-before-restore-….sqlite``, whose path is returned. The database
    must not be open in this process (close it first).
    """
    db_path, from_file = Path(db_path), Path(from_file)
    if not from_file.exists():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The backup file {path} does not exist."),
            path=str(from_file),
        )
    verify_backup(from_file)
    saved = None
    if db_path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        saved = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}.sqlite")
        current = sqlite3.connect(str(db_path))
        try:
            dbmod.online_backup(current, saved)
        finally:
            current.close()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{from_file}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(db_path))
        try:
            source.backup(dest)  # page by page, replacing the whole content atomically
        finally:
            dest.close()
    finally:
        source.close()
    return saved
