"""The door of a FrontDesk file for the commands and backups: look first, then read only.

models.sqlite_file looks at a file before anything opens it (kind, size,
header, application id, schema version; owner-only files, read-only URIs)
and knows no schema. Here the look is made against this program's schema
(models.db.latest_version), and ``open_for_reading`` binds models.db's
database to a file without ever changing it (``check``, ``export``, ``pdf``).
models.db itself opens files for writing through models.sqlite_file, so the
two modules do not import each other.
"""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from . import db as dbmod
from .errors import SchemaError
from .i18n import QT_TRANSLATE_NOOP
from .sqlite_file import (  # noqa: F401 - the door's vocabulary, used as dbfile.X
    APPLICATION_ID,
    PRIVATE_MODE,
    READ_ONLY,
    READ_PRAGMAS,
    SIDE_FILES,
    SQLITE_MAGIC,
    FileInfo,
    ReadOnlyDatabase,
    connect_read_only,
    create_private_file,
    is_read_only,
    make_private,
    read_only_uri,
    remove_with_side_files,
    side_file,
    sqlite_uri,
    unreadable,
)
from .sqlite_file import inspect as _inspect


def inspect(path: str | Path, *, create: bool = False, writing: bool = True) -> FileInfo:
    """Refuse (SchemaError) a file this program must not open; return what was found.

    As models.sqlite_file.inspect, with this program's newest schema version.
    """
    return _inspect(path, latest=dbmod.latest_version(), create=create, writing=writing)


def open_for_reading(path: str | Path) -> SqliteDatabase:
    """Bind models.db.database to ``path`` read-only (check, export, pdf): the file never changes.

    A file from an older program is refused: bringing it up to date is a write,
    which the GUI does (keeping a copy first).
    """
    path = Path(path)
    dbmod.close_database()
    dbmod.database.initialize(None)
    info = inspect(path, writing=False)
    latest = dbmod.latest_version()
    if info.version < latest:
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{path} was written by an older version of FrontDesk (schema {found}; this program "
                "writes {known}). Open it once in FrontDesk to bring it up to date (a copy is kept "
                "first), then try again.",
            ),
            path=str(path),
            found=info.version,
            known=latest,
        )
    db = ReadOnlyDatabase(str(path), pragmas=READ_PRAGMAS, check_same_thread=False)
    dbmod.database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:
        dbmod.database.initialize(None)
        raise unreadable(path, exc) from exc
    return db
