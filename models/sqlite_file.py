"""Looking at a database file before opening it, so that a refused file is never changed.

SQLite opens almost anything: a zero-byte file becomes an empty database, a
read-write open of another program's file switches it to WAL before anything
is known about it. So every door (the GUI start, every command, backup and
restore) first looks at the file here — kind, size, the 100-byte header, the
page size, the length the header promises — and then reads the application
id and the schema version through a read-only connection that creates no
file beside it. Only a file that passes is opened for writing.

Read-only connections: ``file:…?mode=ro`` with the path percent-escaped (a
``#``, ``?`` or ``%`` in a folder name otherwise cuts the path short or
changes it). When no ``-wal`` file lies beside the database, nobody has it
open and everything is in the main file, so ``immutable=1`` is added: SQLite
then takes no lock and creates no ``-wal``/``-shm`` (a plain read-only
connection to a WAL file leaves both behind). When a ``-wal`` exists, the
connection reads through it as any reader does.

This module knows no schema: the newest version a file may have (``latest``)
is the caller's. models.db opens files through it; models.dbfile, the door
the commands and backups use, adds this program's version and the reading
without writing.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from peewee import SqliteDatabase

from .errors import SchemaError
from .i18n import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x46444B31  # "FDK1", as models.db writes it
SIDE_FILES = ("-wal", "-shm", "-journal")
PRIVATE_MODE = 0o600  # the file holds password hashes: owner only (POSIX)
READ_ONLY = QT_TRANSLATE_NOOP(
    "DomainError", "{path} is read-only; FrontDesk needs to write to it. It was not changed."
)
READ_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 10_000, "cache_size": -32_000, "query_only": 1}


@dataclass(frozen=True)
class FileInfo:
    """What the door found: a file to create, or a FrontDesk file of ``version``."""

    path: Path
    exists: bool
    version: int | None = None  # schema version; None when the file is still to be created


def side_file(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def sqlite_uri(path: str | Path, **params: object) -> str:
    """A ``file:`` URI for ``path`` that SQLite reads back as exactly that path (any OS)."""
    text = Path(os.path.abspath(path)).as_posix()
    if not text.startswith("/"):
        text = "/" + text  # Windows: file:///C:/…
    uri = "file://" + quote(text, safe="/:")
    if params:
        uri += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return uri


def read_only_uri(path: str | Path) -> str:
    """Read-only; immutable when no ``-wal`` lies beside it (nothing is created then)."""
    if side_file(Path(path), "-wal").exists():
        return sqlite_uri(path, mode="ro")
    return sqlite_uri(path, mode="ro", immutable=1)


def connect_read_only(path: str | Path, timeout: float = 10.0) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)


def _refuse(template: str, path: Path, **params: object) -> SchemaError:
    return SchemaError(template, path=str(path), **params)


def unreadable(path: str | Path, exc: BaseException) -> SchemaError:
    """The message for a file SQLite could not read (damaged, or locked by another program)."""
    # peewee wraps sqlite3's exception: the original is its first argument (and its context)
    candidates = (exc, *exc.args, exc.__cause__, exc.__context__)
    code = next((c.sqlite_errorcode for c in candidates if hasattr(c, "sqlite_errorcode")), None)
    if code == sqlite3.SQLITE_READONLY:
        return _refuse(READ_ONLY, Path(path))
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM):
        return _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{path} cannot be read: {error}"), Path(path), error=str(exc)
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is in use by another program and stays locked; try again later."
            ),
            Path(path),
        )
    return _refuse(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "{path} is damaged and cannot be read ({error}). It was not changed; restore a backup.",
        ),
        Path(path),
        error=str(exc) or type(exc).__name__,
    )


def _header(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(100)
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{path} cannot be read: {error}"),
            path,
            error=exc.strerror or str(exc),
        ) from exc


def _check_header(path: Path, size: int, header: bytes) -> None:
    """Magic, page size, and the length the header promises (when no WAL holds newer pages)."""
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{path} is not a FrontDesk database; it was not changed."),
            path,
        )
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise unreadable(path, ValueError(f"page size {page_size}"))
    if side_file(path, "-wal").exists():
        return  # the WAL may hold pages the main file does not have yet: SQLite judges
    (change_counter,) = struct.unpack(">I", header[24:28])
    (pages,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    expected = pages * page_size if pages and change_counter == valid_for else 0
    if size % page_size or size < expected:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{path} is incomplete: it ends after {size} bytes where its header expects {expected}. "
                "It was not changed; restore a backup.",
            ),
            path,
            size=size,
            expected=max(expected, (size // page_size + 1) * page_size),
        )


def _read_version(path: Path) -> int:
    """Application id and schema version, read without changing or creating anything."""
    try:
        con = connect_read_only(path)
        try:
            (app_id,) = con.execute("PRAGMA application_id").fetchone()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = None
            if app_id == APPLICATION_ID and "schema_version" in tables:
                version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise unreadable(path, exc) from exc
    if app_id != APPLICATION_ID:
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{path} is not a FrontDesk database; it was not changed."),
            path,
        )
    if version is None:
        raise unreadable(path, ValueError("no schema_version"))
    return version


def is_read_only(path: Path) -> bool:
    """Not writable for us, or marked read-only by its mode (which root would otherwise ignore)."""
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def inspect(path: str | Path, *, latest: int, create: bool = False,
            writing: bool = True) -> FileInfo:
    """Refuse (SchemaError) a file the program must not open; return what was found.

    ``create``: a missing file is fine (it will be made). ``writing``: the file
    will be opened for writing, so a read-only one is refused too. A file from
    a newer program (a schema version above ``latest``) is refused always.
    """
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        if create:
            return FileInfo(path, exists=False)
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "The database file {path} does not exist."), path
        ) from None
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{path} cannot be read: {error}"),
            path,
            error=exc.strerror or str(exc),
        ) from exc
    if stat.S_ISDIR(st.st_mode):
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{path} is a folder, not a FrontDesk database file."), path
        )
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{path} is not a FrontDesk database; it was not changed."),
            path,
        )
    if st.st_size == 0:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is empty (0 bytes), not a FrontDesk database; it was not changed."
            ),
            path,
        )
    _check_header(path, st.st_size, _header(path))
    version = _read_version(path)
    if version > latest:
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This database was written by a newer version of FrontDesk (schema {found}; "
                "this program knows up to {known}). Install the newer version to open it.",
            ),
            found=version,
            known=latest,
        )
    if writing and is_read_only(path):
        raise _refuse(READ_ONLY, path)
    return FileInfo(path, exists=True, version=version)


# --- files of our own, owner-only -------------------------------------------------


def make_private(path: str | Path) -> None:
    """Owner read/write only (POSIX; Windows keeps the folder's ACL). Best effort on others' files."""
    if os.name == "nt":
        return
    try:
        os.chmod(path, PRIVATE_MODE)
    except OSError:
        pass


def create_private_file(path: str | Path) -> Path:
    """Make a new, empty file readable by its owner only; refuse if the name is taken."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        raise  # the caller chooses: another name, or look at the file that appeared
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("DomainError", "{path} cannot be created: {error}"),
            path,
            error=exc.strerror or str(exc),
        ) from exc
    os.close(fd)
    make_private(path)  # a umask cannot widen it, but an odd one could narrow it
    return path


def remove_with_side_files(path: str | Path) -> None:
    """Delete a file we made (and SQLite's files beside it), e.g. a half-made new database."""
    path = Path(path)
    for suffix in ("", *SIDE_FILES):
        side_file(path, suffix).unlink(missing_ok=True)


def prepare_for_opening(path: str | Path, *, create: bool, latest: int) -> bool:
    """The door of models.db.open_database: refuse a bad file; make a new one owner-only.

    Returns True when the file was created here (the caller removes it again
    if the new office cannot be written).
    """
    info = inspect(path, latest=latest, create=create, writing=True)
    if info.exists:  # its mode stays as it is: other desks' accounts may share the file
        return False
    try:
        create_private_file(info.path)
    except FileExistsError:  # made by someone else meanwhile: look at it as at any file
        inspect(info.path, latest=latest, writing=True)
        return False
    return True


# --- reading without writing ------------------------------------------------------


class ReadOnlyDatabase(SqliteDatabase):
    """A peewee database on a read-only connection; ``database`` stays the plain path."""

    def _connect(self):
        conn = sqlite3.connect(
            read_only_uri(self.database), uri=True, timeout=self._timeout, isolation_level=None,
            **self.connect_params,
        )
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn
