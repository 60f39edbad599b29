"""Backup (备份) and restore (恢复) of the whole database file, and the automatic daily copies.

A backup is written under a temporary name beside its final one, checked
(SQLite's integrity check, a FrontDesk schema this program can open), and only
then given its name: a refused or interrupted backup leaves no file that looks
like a backup. Backups and the copies kept before a restore are owner-only
(0600 on POSIX; they hold the password hashes) and never overwrite each other.

File names reach SQLite as plain paths or as percent-escaped URIs
(models.dbfile), so ``#``, ``%``, ``?``, spaces and Chinese are just characters.

Automatic backups are named ``<stem>-auto-YYYYMMDD-HHMMSS.sqlite``; only files
so named are ever deleted, by the rule in ``retention``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import clock, dbfile
from . import db as dbmod
from .errors import DomainError, SchemaError
from .i18n import QT_TRANSLATE_NOOP

KEEP_DAILY = 14
KEEP_MONTHLY = 12
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>backup|auto)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")
_STALE_PART = dt.timedelta(hours=1)  # an automatic backup's temporary file older than this was cut off


class Refused(DomainError):
    """A reason (another DomainError) followed by what was therefore not done."""

    def __init__(self, reason: DomainError, outcome: str) -> None:
        self.reason = reason
        super().__init__(outcome)

    def text(self, translate=None) -> str:
        return f"{self.reason.text(translate)} {super().text(translate)}"


def nothing_restored(reason: DomainError) -> Refused:
    return Refused(reason, QT_TRANSLATE_NOOP("DomainError", "Nothing was restored."))


def no_backup_made(reason: DomainError) -> Refused:
    return Refused(reason, QT_TRANSLATE_NOOP("DomainError", "No backup was made."))


def backup_file_name(db_path: Path, when: dt.datetime | None = None, automatic: bool = False) -> str:
    when = when or clock.now()
    return f"{Path(db_path).stem}-{'auto' if automatic else 'backup'}-{when:{_STAMP}}.sqlite"


def parse_backup_name(name: str, stem: str) -> tuple[str, dt.datetime, int] | None:
    """('auto' | 'backup', when, n) for a name FrontDesk gave a backup of ``stem``; else None.

    ``n`` orders copies made in the same second (``…-1.sqlite`` came after the plain name).
    """
    match = _NAME.match(name)
    if match is None or match["stem"] != stem:
        return None
    try:
        return match["kind"], dt.datetime.strptime(match["stamp"], _STAMP), int(match["n"] or 0)
    except ValueError:
        return None


def _cannot_write(path: Path, exc: BaseException) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("DomainError", "{path} cannot be written: {error}"),
        path=str(path),
        error=getattr(exc, "strerror", None) or str(exc),
    )


def _reserve(folder: Path, name: str, suffix: str = "") -> tuple[Path, Path]:
    """A new owner-only file for ``name`` (``name-1``, ``-2`` … when taken): never an existing one.

    Returns (the file made, the name it stands for): with a ``suffix`` the file
    made is the temporary ``<name><suffix>`` and ``name`` itself is still free.
    """
    base = Path(name)
    for n in range(1000):
        candidate = folder / (name if n == 0 else f"{base.stem}-{n}{base.suffix}")
        if suffix and candidate.exists():
            continue
        try:
            return dbfile.create_private_file(Path(f"{candidate}{suffix}")), candidate
        except FileExistsError:
            continue
    raise _cannot_write(folder / name, FileExistsError("too many files of that name"))


def _prepare_folder(folder: Path) -> bool:
    """Make the backup folder if needed; True when it was made here."""
    if folder.exists():
        if not folder.is_dir():
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "{path} is not a folder; backups go into a folder."),
                path=str(folder),
            )
        return False
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        raise _cannot_write(folder, exc) from exc
    return True


_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_LOCKED = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _copy_error(source: Path, target: Path, exc: sqlite3.Error, locked: Path | None = None) -> DomainError:
    """Damage in the source reads as damage, a lock as the ``locked`` file's (default: the source's),
    the rest as the target's fault (full, unwritable)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code in _DAMAGED:
        return dbfile.unreadable(source, exc)
    if code in _LOCKED:
        return dbfile.unreadable(locked or source, exc)
    return _cannot_write(target, exc)


def _copy_live(source_path: Path, target: Path) -> None:
    """Online backup of ``source_path`` (read-only connection) into the existing file ``target``."""
    try:
        source = dbfile.connect_read_only(source_path)
        try:
            dbmod.online_backup(source, target)
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise _copy_error(source_path, target, exc) from exc


def backup(
    db_path: str | Path, folder: str | Path, *, automatic: bool = False, when: dt.datetime | None = None
) -> Path:
    """Copy the live file with SQLite's online backup API to a timestamped file in ``folder``."""
    db_path, folder = Path(db_path), Path(folder)
    try:
        dbfile.inspect(db_path, writing=False)
    except DomainError as exc:
        raise no_backup_made(exc) from exc
    made_folder = _prepare_folder(folder)
    part, final = _reserve(folder, backup_file_name(db_path, when, automatic), ".part")
    try:
        _copy_live(db_path, part)
        try:
            verify_backup(part)
        except DomainError as exc:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The copy of {path} failed its check, so no backup was kept: the database may be "
                    "damaged. Run check on it.",
                ),
                path=str(db_path),
            ) from exc
        _place(part, final)
    except BaseException:
        dbfile.remove_with_side_files(part)
        if made_folder:
            _remove_empty_folder(folder)
        raise
    return final


def _place(part: Path, final: Path) -> None:
    """Give the checked copy its name without ever replacing a file of that name."""
    try:
        os.link(part, final)  # fails if ``final`` appeared meanwhile
        part.unlink()
    except FileExistsError as exc:
        raise _cannot_write(final, exc) from exc
    except OSError:  # no hard links here (e.g. FAT): a plain rename, checked first
        if final.exists():
            raise _cannot_write(final, FileExistsError(str(final))) from None
        os.replace(part, final)


def _remove_empty_folder(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def verify_backup(path: str | Path) -> int:
    """Check that ``path`` is a sound FrontDesk file this program can open; return its version."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise SchemaError(
            QT_TRANSLATE_NOOP("DomainError", "The backup file {path} does not exist."), path=str(path)
        )
    version = dbfile.inspect(path, writing=False).version
    try:
        con = dbfile.connect_read_only(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check(5)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise dbfile.unreadable(path, exc) from exc
    if rows != ["ok"]:
        raise SchemaError(
            QT_TRANSLATE_NOOP("DomainError", "{path} failed SQLite's integrity check: {error}"),
            path=str(path),
            error="; ".join(rows),
        )
    return version


# --- restore ----------------------------------------------------------------------


def _is_frontdesk_file(path: Path) -> bool:
    """The header says FrontDesk (however damaged the rest): a file a restore may replace."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError:
        return False
    return (
        header.startswith(dbfile.SQLITE_MAGIC)
        and len(header) == 100
        and int.from_bytes(header[68:72], "big") == dbfile.APPLICATION_ID
    )


def _check_restore_target(db_path: Path) -> bool:
    """May the restore replace ``db_path``? True when there is a file to keep a copy of."""
    if not db_path.exists():
        return False
    if db_path.is_file() and dbfile.is_read_only(db_path):
        raise nothing_restored(SchemaError(dbfile.READ_ONLY, path=str(db_path)))
    try:
        dbfile.inspect(db_path, writing=True)
    except SchemaError as exc:
        if not (db_path.is_file() and _is_frontdesk_file(db_path)):
            raise nothing_restored(exc) from exc
        # a damaged, cut-short or newer FrontDesk file: exactly what a restore is for
    return True


def _keep_before_restore(db_path: Path) -> Path:
    """Copy the present file aside under a name no earlier copy has; return that name."""
    stamp = clock.now().strftime(_STAMP)
    saved, _ = _reserve(db_path.parent, f"{db_path.stem}-before-restore-{stamp}.sqlite")
    try:
        _copy_live(db_path, saved)
    except DomainError:
        # Too damaged for SQLite to read: keep the bytes as they are, WAL included.
        for suffix in ("", "-wal"):
            source = dbfile.side_file(db_path, suffix)
            if source.exists():
                shutil.copyfile(source, dbfile.side_file(saved, suffix))
                dbfile.make_private(dbfile.side_file(saved, suffix))
    return saved


def restore(db_path: str | Path, from_file: str | Path) -> Path | None:
    """Replace the database at ``db_path`` with the backup ``from_file``.

    The backup is verified first; the current file, if any, is first saved beside
    itself as ``…-before-restore-….sqlite`` (a new name every time), whose path is
    returned. The database must not be open in this process (close it first).
    """
    db_path, from_file = Path(db_path), Path(from_file)
    if db_path.exists() and from_file.exists() and os.path.samefile(db_path, from_file):
        raise nothing_restored(
            DomainError(
                QT_TRANSLATE_NOOP("DomainError", "The backup {path} is the database itself."),
                path=str(from_file),
            )
        )
    try:
        verify_backup(from_file)
    except DomainError as exc:
        raise nothing_restored(exc) from exc
    saved = _keep_before_restore(db_path) if _check_restore_target(db_path) else None
    created = saved is None
    if created:
        dbfile.create_private_file(db_path)  # owner-only, like every new database
    try:
        _restore_into(from_file, db_path)
    except sqlite3.DatabaseError as exc:
        if created:
            dbfile.remove_with_side_files(db_path)
        if created or getattr(exc, "sqlite_errorcode", None) not in _DAMAGED:
            raise _copy_error(from_file, db_path, exc, locked=db_path) from exc  # e.g. another desk
        _replace_damaged(from_file, db_path)  # too damaged to write into; its bytes are in ``saved``
    return saved


def _restore_into(from_file: Path, db_path: Path) -> None:
    """Page by page into the live file, under SQLite's locks (another desk waits, then sees it)."""
    source = dbfile.connect_read_only(from_file)
    try:
        dest = sqlite3.connect(str(db_path), timeout=10)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def _replace_damaged(from_file: Path, db_path: Path) -> None:
    """A file SQLite cannot write into is replaced whole; its stale WAL must not be replayed."""
    part, _ = _reserve(db_path.parent, f"{db_path.name}.restoring")
    try:
        _copy_live(from_file, part)
        for suffix in dbfile.SIDE_FILES:
            dbfile.side_file(db_path, suffix).unlink(missing_ok=True)
        os.replace(part, db_path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


# --- automatic backups ------------------------------------------------------------


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    deleted: list[str]


def retention(
    names: Iterable[str], stem: str, today: dt.date, daily: int = KEEP_DAILY, monthly: int = KEEP_MONTHLY
) -> list[str]:
    """The automatic backups of ``stem`` to delete, from the file names in the folder.

    Kept: the newest copy of each of the last ``daily`` days that have one, and
    the newest copy (the month-end copy) of each of the last ``monthly`` months
    before today's. Copies dated after today are kept (the clock went back);
    manual backups and files of other names are never touched.
    """
    dated = []
    for name in names:
        parsed = parse_backup_name(name, stem)
        if parsed and parsed[0] == "auto":
            dated.append((parsed[1], parsed[2], name))
    dated.sort()
    newest_of_day: dict[dt.date, str] = {}
    newest_of_month: dict[tuple[int, int], str] = {}
    for when, _n, name in dated:
        newest_of_day[when.date()] = name
        newest_of_month[(when.year, when.month)] = name
    this_month = (today.year, today.month)
    days = sorted(d for d in newest_of_day if d <= today)[-daily:] if daily > 0 else []
    months = sorted(m for m in newest_of_month if m < this_month)[-monthly:] if monthly > 0 else []
    keep = {newest_of_day[d] for d in days} | {newest_of_month[m] for m in months}
    return [name for when, _n, name in dated if when.date() <= today and name not in keep]


def automatic_backup_due(db_path: str | Path, folder: str | Path, today: dt.date | None = None) -> bool:
    """True until an automatic backup of this database dated ``today`` is in the folder."""
    today = today or clock.today()
    folder, stem = Path(folder), Path(db_path).stem
    try:
        names = os.listdir(folder)
    except OSError:
        return True
    for name in names:
        parsed = parse_backup_name(name, stem)
        if parsed and parsed[0] == "auto" and parsed[1].date() == today:
            return False
    return True


def automatic_backup(
    db_path: str | Path, folder: str | Path, when: dt.datetime | None = None
) -> AutomaticBackup:
    """Today's automatic backup, then the old automatic copies the retention rule lets go."""
    when = when or clock.now()
    db_path, folder = Path(db_path), Path(folder)
    made = backup(db_path, folder, automatic=True, when=when)
    deleted = []
    names = os.listdir(folder)
    for name in retention(names, db_path.stem, when.date()):
        if (folder / name).is_file():
            (folder / name).unlink(missing_ok=True)
            deleted.append(name)
    for name in names:  # temporary files of automatic backups cut off by a crash
        parsed = parse_backup_name(name.removesuffix(".part"), db_path.stem) if name.endswith(".part") else None
        target = folder / name
        if parsed and parsed[0] == "auto" and target.is_file():
            age = clock.machine() - dt.datetime.fromtimestamp(target.stat().st_mtime)  # file times
            if age > _STALE_PART:
                target.unlink(missing_ok=True)
                deleted.append(name)
    return AutomaticBackup(made, deleted)


def last_good_backup(db_path: str | Path, folders: Iterable[str | Path]) -> tuple[Path, dt.datetime] | None:
    """The newest backup of this database (automatic or by hand) in ``folders``, with its time.

    Every file under a backup's name passed verify_backup before it got that name.
    """
    stem = Path(db_path).stem
    best: tuple[dt.datetime, int, Path] | None = None
    for folder in folders:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            parsed = parse_backup_name(name, stem)
            if parsed and (best is None or parsed[1:] > best[:2]) and (Path(folder) / name).is_file():
                best = (parsed[1], parsed[2], Path(folder) / name)
    return (best[2], best[0]) if best else None
