"""FrontDesk (物业客服台): the door. Parses the command line, opens the database,
starts the GUI or runs a command. It wires; it does not decide."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

from models.version import app_version

_language: str | None = None  # --lang, for this run only


def _translate():
    """A QtCore application with the desk's language, so messages and headers match the GUI."""
    from PySide6.QtCore import QCoreApplication

    from gui.i18n import desk_language, install_translators

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_translators(_language or desk_language())
    return app.translate


# Exit codes (README, "Command line"): 0 done; 1 a file cannot be used (the database or a
# backup is missing, damaged, foreign, from a newer or older program) or `check` found
# problems; 2 the command cannot be done as given (bad arguments, an unknown list or
# document, a refused value or output file).
EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE = 0, 1, 2


def _exit_code(exc: Exception) -> int:
    from models.errors import SchemaError

    reason = getattr(exc, "reason", exc)  # models.backup.Refused: the reason decides
    return EXIT_UNUSABLE if isinstance(reason, SchemaError) else EXIT_USAGE


def _fail(exc: Exception, code: int | None = None) -> int:
    from models.errors import DomainError

    text = exc.text(_translate()) if isinstance(exc, DomainError) else str(exc)
    print(text, file=sys.stderr)
    return _exit_code(exc) if code is None else code


def _usage(text: str) -> int:
    print(text, file=sys.stderr)
    return EXIT_USAGE


def _db_path(args) -> Path:
    from models import paths

    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


def _guarded(command):
    """Run a command so that a refusal or a file SQLite cannot read ends in a message, not a traceback."""

    def run(args) -> int:
        import peewee

        from models import db as dbmod
        from models import dbfile, schema
        from models.errors import DomainError

        schema.install()  # every area's tables and migrations, before any file is looked at
        try:
            return command(args)
        except DomainError as exc:
            return _fail(exc)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            return _fail(dbfile.unreadable(_db_path(args), exc))
        finally:
            dbmod.close_database()

    run.__name__ = command.__name__
    run.__doc__ = command.__doc__
    return run


def _output(raw: str, db_path: Path) -> Path:
    """``-o``: a file in an existing folder, not a folder, not the database (however spelled)."""
    from models import dbfile
    from models.errors import DomainError
    from models.i18n import QT_TRANSLATE_NOOP

    target = Path(raw)
    if target.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "{path} is a folder; name a file to write."), path=raw
        )
    folder = target.parent
    if not folder.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The folder {folder} does not exist; nothing was written."),
            folder=str(folder),
        )
    for suffix in ("", *dbfile.SIDE_FILES):
        if _same_file(target, dbfile.side_file(db_path, suffix)):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "{path} is the database itself; choose another file to write."
                ),
                path=raw,
            )
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _write_atomically(target: Path, write):
    """``write(temporary path)`` beside the target, then one rename: a failed write leaves no half file."""
    import tempfile

    from models.errors import DomainError
    from models.i18n import QT_TRANSLATE_NOOP

    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "{path} cannot be written: {error}"),
            path=str(target),
            error=exc.strerror or str(exc),
        ) from exc
    os.close(fd)
    temporary = Path(name)
    try:
        result = write(temporary)
        if os.name != "nt":  # mkstemp made it owner-only; an export gets the usual mode
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(temporary, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~mask)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "{path} cannot be written: {error}"),
            path=str(target),
            error=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result


def cmd_gui(args) -> int:
    from gui.app import run_gui

    return run_gui(args.db, language=args.lang)


@_guarded
def cmd_demo(args) -> int:
    from models import demo, paths

    target = args.db or paths.demo_db_path()
    manager = demo.build_demo(
        target,
        seed=args.seed,
        progress=lambda done, total, what: print(f"  [{done}/{total}] {what}", flush=True),
    )
    print(f"demo office written to {target}; log in as {manager.login} / {demo.DEMO_PASSWORD}")
    return EXIT_OK


@_guarded
def cmd_backup(args) -> int:
    from models import backup, paths

    target = backup.backup(_db_path(args), args.to or paths.backup_dir())
    print(target)
    return EXIT_OK


@_guarded
def cmd_restore(args) -> int:
    from models import backup

    saved = backup.restore(_db_path(args), args.from_file)
    if saved:
        print(f"the replaced data was kept as {saved}")
    print("restored")
    return EXIT_OK


@_guarded
def cmd_check(args) -> int:
    """Read-only, always: the file is never changed (a file from an older program is refused)."""
    from models import checks, dbfile

    path = _db_path(args)
    dbfile.open_for_reading(path)
    problems = checks.run_checks()
    for area, problem in problems:
        print(f"[{area}] {problem}")
    if problems:
        print(f"{path}: {len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"{path}: OK")
    return EXIT_OK


@_guarded
def cmd_export(args) -> int:
    from models import dbfile
    from reports import documents

    documents.load_all()
    kind = documents.EXPORTS.get(args.name)
    if kind is None:
        known = ", ".join(sorted(documents.EXPORTS)) or "-"
        return _usage(f"unknown export {args.name!r}; known: {known}")
    translate = _translate()
    path = _db_path(args)
    target = _output(args.output, path)
    dbfile.open_for_reading(path)
    options = {"month": args.month, "date_from": args.date_from, "date_to": args.date_to}
    rows = _write_atomically(target, lambda temporary: kind.write(temporary, options, translate))
    print(f"{rows} rows written to {args.output}")
    return EXIT_OK


@_guarded
def cmd_pdf(args) -> int:
    from models import dbfile
    from reports import documents

    documents.load_all()
    kind = documents.PDF_KINDS.get(args.kind)
    if kind is None:
        known = ", ".join(sorted(documents.PDF_KINDS)) or "-"
        return _usage(f"unknown kind {args.kind!r}; known: {known}")
    path = _db_path(args)
    target = _output(args.output, path)
    dbfile.open_for_reading(path)
    data = kind.render(args.number)
    _write_atomically(target, lambda temporary: temporary.write_bytes(data))
    print(f"{args.output} ({len(data)} bytes)")
    return EXIT_OK


def cmd_selftest(args) -> int:
    from gui.app import selftest

    started = time.perf_counter()
    try:
        selftest()
        line = f"OK {(time.perf_counter() - started) * 1000:.0f} ms"
        code = 0
    except Exception as exc:  # report, never hang: this smoke-tests packaged builds
        line = f"FAILED {type(exc).__name__}: {exc}"
        code = 1
    print(line, flush=True)
    if args.out:
        Path(args.out).write_text(line + "\n", encoding="utf-8")
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="FrontDesk",
        description="FrontDesk (物业客服台): the property service center's front-office desk.",
    )
    parser.add_argument("--version", action="version", version=f"FrontDesk {app_version()}")
    db_help = "the database file (default: frontdesk.sqlite in the user's data folder)"
    parser.add_argument("--db", type=Path, help=db_help)
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="the language of the interface, messages and exported headers for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name, func, help_text):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
        p.set_defaults(func=func)
        return p

    p = command("demo", cmd_demo, "build the demo office in a new database file")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same office)")
    p = command("backup", cmd_backup, "copy the database to a timestamped file in a folder")
    p.add_argument("--to", type=Path, help="the backup folder (default: backups/ in the data folder)")
    p = command("restore", cmd_restore, "replace the database with a backup (the current one is kept)")
    p.add_argument("--from", dest="from_file", type=Path, required=True, help="the backup file")
    command("check", cmd_check, "check the file's integrity and the office's invariants")
    p = command("export", cmd_export, "write a list or report as .xlsx, as the GUI exports it")
    p.add_argument("name", help="which list or report (see the README)")
    p.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    p.add_argument("--month", help="YYYY-MM, for monthly reports")
    p.add_argument("--from", dest="date_from", help="YYYY-MM-DD, first day of a date range")
    p.add_argument("--to", dest="date_to", help="YYYY-MM-DD, last day of a date range")
    p = command("pdf", cmd_pdf, "write a document's printed form to a PDF file")
    p.add_argument("kind", help="the kind of document (see the README)")
    p.add_argument("number", help="the document number, e.g. BX20261122-0003")
    p.add_argument("-o", "--output", required=True, help="the .pdf file to write")
    p = command("selftest", cmd_selftest, "build the main window offscreen and report OK")
    p.add_argument("--out", help="also write the result line to this file")
    parser.set_defaults(func=cmd_gui)
    return parser


def main(argv: list[str] | None = None) -> int:
    global _language
    args = build_parser().parse_args(argv)
    _language = args.lang
    if getattr(args, "db", None) is not None:
        args.db = Path(args.db)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
