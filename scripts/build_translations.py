"""Translations: refresh the .ts catalogues from the code, or build the .qm files.

    python scripts/build_translations.py            # lrelease: .ts -> .qm (next to the .ts)
    python scripts/build_translations.py --update   # lupdate: code -> .ts (keeps translations)
    python scripts/build_translations.py --status   # how much of each catalogue is translated
    python scripts/build_translations.py --fill-en  # en: copy each empty source into its translation
    python scripts/build_translations.py --apply zh_CN FILE.json  # fill translations from a file

Source strings are English. The tools come from PySide6 (pyside6-lupdate and
pyside6-lrelease next to the running Python, or the binaries in PySide6's own
folder), so run this with the project's virtual environment. Standard library
only: it must not import Qt, and ``tests/test_translations.py`` imports it.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
# What lupdate reads: the door and the three packages (all .py files in them).
SOURCE_ROOTS = ("main.py", "gui", "models", "reports")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"frontdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"frontdesk_{language}.qm"


def find_tool(name: str) -> Path | None:
    """Qt's ``lupdate``/``lrelease`` as PySide6 ships them, or None.

    First the ``pyside6-<name>`` wrapper beside the running interpreter (venv
    bin/ or Scripts/), then the binary inside the PySide6 package (found
    without importing Qt).
    """
    exe = ".exe" if os.name == "nt" else ""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / f"pyside6-{name}{exe}", bindir / "Scripts" / f"pyside6-{name}{exe}"):
        if candidate.is_file():
            return candidate
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.origin:
        candidate = Path(spec.origin).parent / f"{name}{exe}"
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def source_files(root: Path = ROOT) -> list[Path]:
    """Every .py file lupdate should read, sorted so the catalogues come out stable."""
    files: list[Path] = []
    for entry in SOURCE_ROOTS:
        path = root / entry
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in sorted(path.rglob("*.py")) if "__pycache__" not in p.parts)
    return files


def run_lupdate(ts_file: Path, language: str, root: Path = ROOT, quiet: bool = True) -> None:
    """Merge the code's strings into ``ts_file`` (created when missing); obsolete ones are dropped.

    The file list goes through an @list file, so a long list never hits the
    Windows command-line limit. Locations are not stored: the catalogues then
    change only when a string does, which keeps merges between branches clean.
    """
    tool = find_tool("lupdate")
    if tool is None:
        raise FileNotFoundError("pyside6-lupdate not found; run this with the project's venv Python")
    with tempfile.TemporaryDirectory(prefix="frontdesk-lupdate-") as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files(root)) + "\n", encoding="utf-8")
        cmd = [
            str(tool), f"@{listing}",
            "-no-obsolete", "-locations", "none",
            "-source-language", SOURCE_LANGUAGE, "-target-language", language,
            "-ts", str(ts_file),
        ]
        if quiet:
            cmd.insert(1, "-silent")
        subprocess.run(cmd, check=True, cwd=root)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one catalogue; unfinished messages are left out (Qt then shows the source)."""
    tool = find_tool("lrelease")
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease not found; run this with the project's venv Python")
    subprocess.run([str(tool), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run_lupdate(ts_path(language), language)
        print(f"updated {ts_path(language).relative_to(ROOT)}: {status_line(language)}")


def release() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        if not ts.exists():
            print(f"missing {ts.relative_to(ROOT)}; run with --update first", file=sys.stderr)
            raise SystemExit(1)
        run_lrelease(ts, qm_path(language))
        print(f"built {qm_path(language).relative_to(ROOT)}")


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context, message


def status_line(language: str) -> str:
    """'N messages, M to do' for one catalogue."""
    tree = ET.parse(ts_path(language))
    total = todo = 0
    for _context, message in _messages(tree):
        total += 1
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if translation is None or translation.get("type") or not text.strip():
            todo += 1
    return f"{total} messages, {todo} to translate"


def fill_english() -> int:
    """English is the source language: give each empty en translation its source text.

    Only empty or unfinished entries are touched, so a deliberate English
    wording (or a plural form) someone wrote is kept. Returns how many were filled.
    """
    path = ts_path("en")
    tree = ET.parse(path)
    filled = 0
    for _context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if forms and all((f.text or "").strip() for f in forms) and not translation.get("type"):
                continue
            for form in forms:
                translation.remove(form)
            for _ in range(2):  # English: singular, plural
                ET.SubElement(translation, "numerusform").text = source
        else:
            if (translation.text or "").strip() and not translation.get("type"):
                continue
            translation.text = source
        translation.attrib.pop("type", None)
        filled += 1
    if filled:
        _write_ts(tree, path)
    return filled


def apply_translations(language: str, table: dict[str, dict[str, object]]) -> int:
    """Fill ``language``'s catalogue from ``{context: {source: text or [plural forms]}}``.

    Meant for translating a batch of new messages at once (the JSON can be
    written by hand or reviewed in a diff). Sources not in the catalogue are
    reported and skipped. Returns how many messages were set.
    """
    path = ts_path(language)
    tree = ET.parse(path)
    done = 0
    seen: set[tuple[str, str]] = set()
    for context, message in _messages(tree):
        name = context.findtext("name", "")
        source = message.findtext("source", "")
        if source not in table.get(name, {}):
            continue
        seen.add((name, source))
        text = table[name][source]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for form in translation.findall("numerusform"):
            translation.remove(form)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = str(text)
        translation.attrib.pop("type", None)
        done += 1
    for name, sources in table.items():
        for source in sources:
            if (name, source) not in seen:
                print(f"not in {path.name}: [{name}] {source!r}", file=sys.stderr)
    if done:
        _write_ts(tree, path)
    return done


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts the way lupdate does (doctype line, UTF-8), so the next --update is a no-op."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--update", action="store_true", help="refresh the .ts files from the code")
    group.add_argument("--status", action="store_true", help="count untranslated messages")
    group.add_argument("--fill-en", action="store_true", help="copy sources into empty en entries")
    group.add_argument("--apply", nargs=2, metavar=("LANGUAGE", "FILE"),
                       help="fill translations from a JSON file {context: {source: text}}")
    args = parser.parse_args(argv)
    try:
        if args.update:
            update()
        elif args.status:
            for language in LANGUAGES:
                print(f"{ts_path(language).name}: {status_line(language)}")
        elif args.apply:
            import json

            language, file_name = args.apply
            table = json.loads(Path(file_name).read_text(encoding="utf-8"))
            print(f"set {apply_translations(language, table)} message(s) in {ts_path(language).name}")
            run_lupdate(ts_path(language), language)  # normalise the layout back to lupdate's
        elif args.fill_en:
            print(f"filled {fill_english()} English message(s)")
            run_lupdate(ts_path("en"), "en")  # normalise the layout back to lupdate's
        else:
            release()
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        print(f"build_translations: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
