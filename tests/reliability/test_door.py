"""The door (issue 8 §4): every command meets every bad file and says why, in the desk's language.

Each cell of the table runs one command (the GUI start, check, export, pdf,
backup, restore in both directions, demo) on one kind of input and asserts:
the exit code README promises, no traceback, a message in the language asked
for (zh_CN or en), and every byte and every name in the test's folders as
they were (no -wal, -shm, -journal or half-written file beside a refused one).
A read-only file is still read (check, export, pdf, backup); a damaged
FrontDesk file may be replaced by a restore (that is what restore is for).

The command line runs in-process through main.main() (fast); the GUI start,
and one real process per command, run as subprocesses in parallel.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI_DOOR = Path(__file__).with_name("gui_door.py")
CJK = re.compile(r"[\u4e00-\u9fff]")
AWKWARD = "办公 室 #1 %41" + ("" if os.name == "nt" else " ?x")

# bad input -> the English words its refusal must contain
MESSAGE = {
    "folder": "is a folder",
    "text file": "is not a FrontDesk database",
    "zero bytes": "is empty (0 bytes)",
    "truncated": "is incomplete",
    "truncated at a page": "is incomplete",
    "corrupted": "is damaged",
    "foreign SQLite": "is not a FrontDesk database",
    "foreign SQLite (WAL)": "is not a FrontDesk database",
    "newer schema": "newer version of FrontDesk",
    "read-only": "is read-only",
    "missing": "does not exist",
    "awkward path": "",
}
BAD = list(MESSAGE)
COMMANDS = ["check", "export", "pdf", "backup", "restore --from", "restore --db", "demo"]
REPLACEABLE = {"truncated", "truncated at a page", "corrupted", "newer schema"}


@dataclass(frozen=True)
class Office:
    data: bytes
    number: str  # a repair order in it, for `pdf`


@pytest.fixture(scope="module")
def sound_office(tmp_path_factory) -> Office:
    """A small sound office, built once: its bytes are copied into every cell."""
    from models import db as dbmod
    from models import repairs, settings
    from models.repairs import RepairCategory

    path = tmp_path_factory.mktemp("office") / "office.sqlite"
    dbmod.open_database(path)
    admin = settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")
    order = repairs.register(
        {"location": "1203室", "content": "水龙头漏水", "category": RepairCategory.select().first()}, by=admin
    )
    dbmod.close_database()
    return Office(path.read_bytes(), order.number)


def make_input(kind: str, folder: Path, office: Office) -> Path:
    """The file (or folder, or nothing) that the command is given."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "office.sqlite"
    data = office.data
    if kind == "folder":
        path.mkdir()
    elif kind == "text file":
        path.write_text("客服台 notes, not a database\n" * 40, encoding="utf-8")
    elif kind == "zero bytes":
        path.write_bytes(b"")
    elif kind == "truncated":
        path.write_bytes(data[: len(data) * 6 // 10 + 123])
    elif kind == "truncated at a page":
        path.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    elif kind == "corrupted":
        damaged = bytearray(data)
        for page in range(4096, len(damaged), 4096):
            damaged[page : page + 8] = b"\xff" * 8  # every b-tree page header but the first
        path.write_bytes(bytes(damaged))
    elif kind.startswith("foreign SQLite"):
        con = sqlite3.connect(path)
        if "WAL" in kind:
            con.execute("PRAGMA journal_mode = wal")
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO photos (name) VALUES ('门厅.jpg')")
        con.commit()
        con.close()
    elif kind == "newer schema":
        path.write_bytes(data)
        con = sqlite3.connect(path)
        con.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'x', '2030-01-01')")
        con.commit()
        con.close()
    elif kind == "read-only":
        path.write_bytes(data)
        path.chmod(0o444)
    elif kind == "awkward path":
        path = folder / AWKWARD / "办公#%?.sqlite".replace("?", "" if os.name == "nt" else "?")
        path.parent.mkdir()
        path.write_bytes(data)
    elif kind != "missing":
        raise ValueError(kind)
    return path


def tree(root: Path) -> dict[str, str]:
    """Every name under ``root`` with its bytes' sha256 (folders as '/')."""
    out = {}
    for path in sorted(root.rglob("*")):
        key = path.relative_to(root).as_posix()
        out[key] = "/" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@dataclass
class Cell:
    command: str
    kind: str
    root: Path
    given: Path  # the bad (or awkward) input
    out: Path
    sound: Path  # a sound office: the target of `restore --from`
    spare: Path  # a sound backup: the source of `restore --db`
    number: str

    def argv(self) -> list[str]:
        given = str(self.given)
        return {
            "check": ["check", "--db", given],
            "export": ["export", "users", "--db", given, "-o", str(self.out / "users.xlsx")],
            "pdf": ["pdf", "repair", self.number, "--db", given, "-o", str(self.out / "order.pdf")],
            "backup": ["backup", "--db", given, "--to", str(self.out / "backups")],
            "restore --from": ["restore", "--db", str(self.sound), "--from", given],
            "restore --db": ["restore", "--db", given, "--from", str(self.spare)],
            "demo": ["demo", "--db", given],
        }[self.command]


def make_cell(command: str, kind: str, root: Path, office: Office) -> Cell:
    given = make_input(kind, root / "given", office)
    (root / "out").mkdir()
    sound, spare = root / "sound" / "office.sqlite", root / "spare" / "office-backup.sqlite"
    for path in (sound, spare):
        path.parent.mkdir()
        path.write_bytes(office.data)
    return Cell(command, kind, root, given, root / "out", sound, spare, office.number)


def outcome(command: str, kind: str) -> str:
    """'refused', 'works', 'replaced' (a restore over a damaged file), 'welcome', or 'skip'."""
    if kind == "awkward path":
        return "refused" if command == "demo" else "works"
    if kind == "read-only":
        return "works" if command in ("check", "export", "pdf", "backup", "restore --from") else "refused"
    if kind == "missing":
        return {"restore --db": "works", "demo": "skip", "gui": "welcome"}.get(command, "refused")
    if command == "restore --db" and kind in REPLACEABLE:
        return "replaced"
    return "refused"


def expected_words(command: str, kind: str) -> tuple[str, int]:
    """The English words of the refusal and its exit code (README: 1 unusable file, 2 as given)."""
    if command == "demo" and kind != "zero bytes":
        return "already exists", 2
    return MESSAGE[kind], 1


# --- the language of a message ----------------------------------------------------------


def _translated_templates() -> list[re.Pattern]:
    """DomainError templates that the zh_CN catalogue translates, as patterns over English text."""
    tree_ = ET.parse(ROOT / "resources" / "translations" / "frontdesk_zh_CN.ts")
    patterns = []
    for context in tree_.getroot().iter("context"):
        if context.findtext("name") != "DomainError":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not (translation.text or "").strip():
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source = message.findtext("source", "")
            parts = re.split(r"\{[^{}]*\}", source)
            patterns.append(re.compile(".+?".join(re.escape(part) for part in parts), re.S))
    return patterns


_TRANSLATED: list[re.Pattern] | None = None


def assert_language(text: str, lang: str, words: str, *paths: Path) -> None:
    """en: the words are there. zh_CN: the message is Chinese (paths aside)."""
    bare = text
    for path in paths:
        bare = bare.replace(str(path), "")
    assert bare.strip(), "no message at all"
    if lang == "en":
        assert words in text, f"expected {words!r} in {text!r}"
        assert not CJK.search(bare), f"Chinese in an English message: {text!r}"
        return
    if CJK.search(bare):
        assert words not in text or not words, f"English left in a Chinese message: {text!r}"
        return
    global _TRANSLATED
    _TRANSLATED = _TRANSLATED if _TRANSLATED is not None else _translated_templates()
    if any(p.search(text) for p in _TRANSLATED):
        pytest.fail(f"a translated message reached the zh_CN desk in English: {text!r}")
    pytest.skip(f"no zh_CN translation yet: {bare.strip()[:70]!r} (test_translations says which)")


# --- running ----------------------------------------------------------------------------


@pytest.fixture
def cli(qapp):
    """main.main() in-process; the translators it installs are taken away again afterwards."""
    from PySide6.QtCore import QLocale

    import main
    from gui import i18n

    locale = QLocale()

    def run(argv: list[str], lang: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main.main(["--lang", lang, *argv])
            except SystemExit as exc:  # argparse
                code = exc.code
        return code, out.getvalue(), err.getvalue()

    yield run
    i18n.install_translators("none")  # removes ours and Qt's, loads nothing
    QLocale.setDefault(locale)


def _no_side_files(root: Path) -> None:
    stray = [p.name for p in root.rglob("*") if p.name.endswith(("-wal", "-shm", "-journal", ".part"))]
    assert not stray, f"left behind: {stray}"


def check_cell(cell: Cell, lang: str, code: int, out: str, err: str, before: dict, shown: str = "") -> None:
    """The assertions every cell shares; ``shown`` is what a message box said (GUI)."""
    assert "Traceback" not in err and "Traceback" not in out
    after = tree(cell.root)
    given = cell.given.relative_to(cell.root).as_posix()
    expect = outcome(cell.command, cell.kind)
    if expect == "refused":
        words, exit_code = expected_words(cell.command, cell.kind)
        assert code == exit_code, (code, out, err)
        assert after == before, "a refused input, or something beside it, changed"
        assert_language(shown or err, lang, words, cell.given)
        return
    assert code == 0, (code, out, err)
    _no_side_files(cell.root)
    if expect == "welcome":
        assert after == before and "WelcomeDialog" in out
        return
    if expect == "replaced":
        kept = [k for k in after if "before-restore" in k]
        assert len(kept) == 1 and before[given] != after[given]
        return
    if cell.command == "restore --db":  # onto a missing file, or one at an awkward path
        assert after[given] != "/" and "spare/office-backup.sqlite" in after
        return
    if cell.command == "restore --from":
        assert after.get(given) == before.get(given)
        return
    assert after.get(given) == before.get(given), "a reading command changed its file"
    new = set(after) - set(before)
    wanted = {
        "check": set(),
        "gui": set(),
        "export": {"out/users.xlsx"},
        "pdf": {"out/order.pdf"},
    }.get(cell.command)
    if wanted is not None:
        assert new == wanted, new
    else:  # backup: the folder and one verified copy
        assert len(new) == 2 and "out/backups" in new, new


CELLS = [
    (command, kind, lang)
    for command in COMMANDS
    for kind in BAD
    for lang in ("zh_CN", "en")
    if outcome(command, kind) != "skip"
]


@pytest.mark.parametrize(("command", "kind", "lang"), CELLS)
def test_command_meets_bad_input(cli, sound_office, tmp_path, command, kind, lang):
    cell = make_cell(command, kind, tmp_path, sound_office)
    before = tree(tmp_path)
    code, out, err = cli(cell.argv(), lang)
    check_cell(cell, lang, code, out, err, before)


OUTPUTS = {
    "missing folder": ("out/nowhere/x", "does not exist; nothing was written"),
    "a folder": ("out", "is a folder; name a file"),
    "the database": ("given/office.sqlite", "is the database itself"),
    "the database, spelt otherwise": ("out/../given/./office.sqlite", "is the database itself"),
    "the database through a link": ("out/link.sqlite", "is the database itself"),
    "its WAL file": ("given/office.sqlite-wal", "is the database itself"),
}


@pytest.mark.parametrize("command", ["export", "pdf"])
@pytest.mark.parametrize("target", list(OUTPUTS))
def test_output_file_is_refused(cli, sound_office, tmp_path, command, target):
    """-o into a missing folder, onto a folder or onto the database: refused, nothing written."""
    cell = make_cell(command, "awkward path", tmp_path, sound_office)
    cell.given = make_input("read-only", tmp_path / "given", sound_office)
    cell.given.chmod(0o644)
    if target == "the database through a link":
        if os.name == "nt":
            pytest.skip("symbolic links need privileges on Windows")
        (tmp_path / "out" / "link.sqlite").symlink_to(cell.given)
    relative, words = OUTPUTS[target]
    argv = cell.argv()
    argv[argv.index("-o") + 1] = str(tmp_path / relative)
    before = tree(tmp_path)
    code, out, err = cli(argv, "en")
    assert code == 2 and words in err and "Traceback" not in err
    assert tree(tmp_path) == before


def test_a_failed_export_leaves_no_half_file(cli, sound_office, tmp_path):
    cell = make_cell("export", "awkward path", tmp_path, sound_office)
    before = tree(tmp_path)
    code, _out, err = cli(["export", "repair-month", "--db", str(cell.given), "-o", str(cell.out / "m.xlsx")], "en")
    assert code == 2 and "YYYY-MM" in err
    assert tree(tmp_path) == before


# --- the GUI start and real processes, in parallel --------------------------------------------


def _process(argv: list[str], gui: bool) -> tuple[int, str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    program = [str(GUI_DOOR)] if gui else [str(ROOT / "main.py")]
    result = subprocess.run(
        [sys.executable, *program, *argv], capture_output=True, text=True, encoding="utf-8",
        env=env, timeout=120, cwd=ROOT,
    )
    return result.returncode, result.stdout, result.stderr


def _gui_argv(cell: Cell, lang: str) -> list[str]:
    return ["--lang", lang, "--db", str(cell.given)]


def test_gui_start_and_real_processes_meet_bad_input(sound_office, tmp_path):
    """The GUI start × every input (languages taking turns); one real `main.py` process per command."""
    jobs = []
    for n, kind in enumerate(BAD):
        lang = ("zh_CN", "en")[n % 2]
        cell = make_cell("gui", kind, tmp_path / f"gui-{len(jobs)}", sound_office)
        jobs.append((cell, lang, True, _gui_argv(cell, lang)))
    for n, command in enumerate(COMMANDS):
        kind = [k for k in BAD if outcome(command, k) == "refused" and k != "awkward path"][n % 5]
        cell = make_cell(command, kind, tmp_path / f"cli-{len(jobs)}", sound_office)
        jobs.append((cell, "en", False, ["--lang", "en", *cell.argv()]))
    befores = [tree(job[0].root) for job in jobs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda job: _process(job[3], job[2]), jobs))
    failures = []
    for (cell, lang, gui, _argv), before, (code, out, err) in zip(jobs, befores, results, strict=True):
        shown = ""
        if gui:
            boxes = [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("MODAL QMessageBox: ")]
            shown = boxes[0] if boxes else ""
            if outcome("gui", cell.kind) == "works":
                assert "MODAL LoginDialog" in out, out
        try:
            check_cell(cell, lang, code, out, err, before, shown)
        except AssertionError as exc:
            failures.append(f"{cell.command} × {cell.kind} ({lang}): {exc}")
        except pytest.skip.Exception:
            pass  # not translated yet: the in-process cells say so, test_translations fails for it
    assert not failures, "\n".join(failures)
