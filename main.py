"""FrontDesk (物业客服台): the door. Parses the command line, opens the database,
starts the GUI or runs a command. It wires; it does not decide."""

from __future__ import annotations

import argparse
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


def _fail(exc: Exception, code: int = 2) -> int:
    from models.errors import DomainError

    text = exc.text(_translate()) if isinstance(exc, DomainError) else str(exc)
    print(text, file=sys.stderr)
    return code


def _open(path: Path, create: bool = False):
    from models import db as dbmod

    return dbmod.open_database(path, create=create)


def cmd_gui(args) -> int:
    from gui.app import run_gui

    return run_gui(args.db, language=args.lang)


def cmd_demo(args) -> int:
    from models import demo, paths
    from models.errors import DomainError

    target = args.db or paths.demo_db_path()
    try:
        manager = demo.build_demo(
            target,
            seed=args.seed,
            progress=lambda done, total, what: print(f"  [{done}/{total}] {what}", flush=True),
        )
    except DomainError as exc:
        return _fail(exc)
    print(f"demo office written to {target}; log in as {manager.login} / {demo.DEMO_PASSWORD}")
    return 0


def cmd_backup(args) -> int:
    from models import backup, paths
    from models.errors import DomainError

    try:
        target = backup.backup(args.db or paths.default_db_path(), args.to or paths.backup_dir())
    except DomainError as exc:
        return _fail(exc)
    print(target)
    return 0


def cmd_restore(args) -> int:
    from models import backup, paths
    from models.errors import DomainError

    try:
        saved = backup.restore(args.db or paths.default_db_path(), args.from_file)
    except DomainError as exc:
        return _fail(exc)
    if saved:
        print(f"the replaced data was kept as {saved}")
    print("restored")
    return 0


def cmd_check(args) -> int:
    from models import checks, paths
    from models.errors import DomainError

    path = args.db or paths.default_db_path()
    try:
        _open(path)
    except DomainError as exc:
        return _fail(exc)
    except Exception as exc:  # a damaged file may not even open
        print(f"{path}: cannot be opened: {exc}", file=sys.stderr)
        return 1
    problems = checks.run_checks()
    for area, problem in problems:
        print(f"[{area}] {problem}")
    if problems:
        print(f"{path}: {len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"{path}: OK")
    return 0


def cmd_export(args) -> int:
    from models import paths
    from models.errors import DomainError
    from reports import documents

    documents.load_all()
    kind = documents.EXPORTS.get(args.name)
    if kind is None:
        known = ", ".join(sorted(documents.EXPORTS)) or "-"
        print(f"unknown export {args.name!r}; known: {known}", file=sys.stderr)
        return 2
    translate = _translate()
    try:
        _open(args.db or paths.default_db_path())
        options = {"month": args.month, "date_from": args.date_from, "date_to": args.date_to}
        rows = kind.write(Path(args.output), options, translate)
    except DomainError as exc:
        return _fail(exc)
    print(f"{rows} rows written to {args.output}")
    return 0


def cmd_pdf(args) -> int:
    from models import paths
    from models.errors import DomainError
    from reports import documents

    documents.load_all()
    kind = documents.PDF_KINDS.get(args.kind)
    if kind is None:
        known = ", ".join(sorted(documents.PDF_KINDS)) or "-"
        print(f"unknown kind {args.kind!r}; known: {known}", file=sys.stderr)
        return 2
    try:
        _open(args.db or paths.default_db_path())
        data = kind.render(args.number)
    except DomainError as exc:
        return _fail(exc)
    Path(args.output).write_bytes(data)
    print(f"{args.output} ({len(data)} bytes)")
    return 0


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
