"""The catalogues are complete, current and buildable, so no clerk ever meets an English string.

Each .ts under resources/translations must translate every message (the en
catalogue may repeat the source, but must say so), hold no vanished or
obsolete entries, match the code's strings exactly (lupdate is run into a
temporary file to compare), keep every ``{placeholder}`` of the source, and
compile with lrelease into a .qm that QTranslator loads.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "build_translations", ROOT / "scripts" / "build_translations.py"
)
bt = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("build_translations", bt)
_spec.loader.exec_module(bt)

LANGUAGES = bt.LANGUAGES
# {name}, {name!r}, {name:>8}, {0}; "{{" and "}}" are literal braces. Qt's %1..%99 and %n too.
_BRACES = re.compile(r"\{\{|\}\}|\{([^{}!:]*)(?:[!:][^{}]*)?\}")
_PERCENT = re.compile(r"%(?:\d{1,2}|n|L\d{1,2})")


def placeholders(text: str) -> list[str]:
    """The placeholders of a message, sorted, literal braces ignored."""
    found = [f"{{{m.group(1)}}}" for m in _BRACES.finditer(text) if m.group(0) not in ("{{", "}}")]
    found += _PERCENT.findall(text)
    return sorted(found)


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source", ""), message.findtext("comment", "")


def _label(key: tuple[str, str, str]) -> str:
    context, source, comment = key
    return f"[{context or '<no context>'}] {source!r}" + (f" ({comment})" if comment else "")


def read_catalogue(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> <message> element."""
    tree = ET.parse(path)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out[_key(name, message)] = message
    return out


def translations_of(message: ET.Element) -> list[str]:
    """The translated text (one per plural form for numerus messages)."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def catalogue(language) -> dict:
    path = bt.ts_path(language)
    assert path.exists(), f"{path} is missing; run: python scripts/build_translations.py --update"
    return read_catalogue(path)


def test_catalogue_declares_its_languages(language):
    root = ET.parse(bt.ts_path(language)).getroot()
    assert root.get("language") == language
    assert root.get("sourcelanguage") == bt.SOURCE_LANGUAGE


def test_every_message_is_translated(language, catalogue):
    problems = []
    for key, message in catalogue.items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        texts = translations_of(message)
        if kind in ("vanished", "obsolete"):
            problems.append(f"{kind} (run --update): {_label(key)}")
        elif kind == "unfinished":
            problems.append(f"unfinished: {_label(key)}")
        elif not texts or any(not text.strip() for text in texts):
            problems.append(f"empty: {_label(key)}")
    assert not problems, f"{bt.ts_path(language).name}: {len(problems)} message(s) to fix:\n" + "\n".join(
        problems
    )


def test_every_message_has_a_context(language, catalogue):
    """A message without context cannot be found at run time.

    lupdate reads any ``tr(a, b)`` call as ``tr(source, disambiguation)``: a
    helper called ``tr(context, text)`` outside a QObject lands here. Use
    ``QCoreApplication.translate(context, text)`` (or a helper named
    ``translate``) instead.
    """
    orphans = [_label(key) for key in catalogue if not key[0]]
    assert not orphans, "messages with no context:\n" + "\n".join(orphans)


def test_placeholders_match_the_source(language, catalogue):
    problems = []
    for key, message in catalogue.items():
        wanted = placeholders(key[1])
        for text in translations_of(message):
            if not text.strip():
                continue  # reported by test_every_message_is_translated
            got = placeholders(text)
            # A plural form may drop %n ("one item" needs no number); nothing else may change.
            if message.get("numerus") == "yes":
                got, wanted_here = [p for p in got if p != "%n"], [p for p in wanted if p != "%n"]
            else:
                wanted_here = wanted
            if got != wanted_here:
                problems.append(f"{_label(key)} -> {text!r}: has {got}, source has {wanted_here}")
    assert not problems, "placeholders differ:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def code_catalogue(tmp_path_factory) -> dict:
    """What lupdate finds in the code today, as a fresh catalogue in a temporary folder."""
    if bt.find_tool("lupdate") is None:
        pytest.skip("pyside6-lupdate is not available next to this Python or in PySide6")
    target = tmp_path_factory.mktemp("lupdate") / "code.ts"
    bt.run_lupdate(target, "zh_CN")
    return read_catalogue(target)


def test_catalogue_matches_the_code(language, catalogue, code_catalogue):
    missing = sorted(set(code_catalogue) - set(catalogue))
    stale = sorted(set(catalogue) - set(code_catalogue))
    lines = [f"missing (in the code, not in the catalogue): {_label(k)}" for k in missing]
    lines += [f"stale (in the catalogue, no longer in the code): {_label(k)}" for k in stale]
    assert not lines, (
        f"{bt.ts_path(language).name} is out of date; run: python scripts/build_translations.py "
        "--update, then translate:\n" + "\n".join(lines)
    )


def test_qm_builds_and_loads(language, catalogue, tmp_path):
    if bt.find_tool("lrelease") is None:
        pytest.skip("pyside6-lrelease is not available next to this Python or in PySide6")
    from PySide6.QtCore import QTranslator

    qm = tmp_path / f"frontdesk_{language}.qm"
    bt.run_lrelease(bt.ts_path(language), qm)
    assert qm.exists() and qm.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(qm)), f"QTranslator cannot load {qm}"
    # Every finished, non-plural message comes back out of the .qm as written.
    wrong = []
    for (context, source, comment), message in catalogue.items():
        translation = message.find("translation")
        if message.get("numerus") == "yes" or translation is None or translation.get("type"):
            continue
        text = translation.text or ""
        if text and translator.translate(context, source, comment or None) != text:
            wrong.append(_label((context, source, comment)))
    assert not wrong, "not found in the built .qm:\n" + "\n".join(wrong)


def test_placeholder_parser():
    """The checker itself: literal braces and format specs are understood."""
    assert placeholders("{count} items in {{braces}}, {when:%Y}") == ["{count}", "{when}"]
    assert placeholders("%n file(s) in %1") == ["%1", "%n"]
    assert placeholders("no placeholders") == []


def test_every_marked_text_has_literal_arguments():
    """lupdate reads only string literals: ``QT_TRANSLATE_NOOP(CONTEXT, "x")`` is silently lost."""
    call = re.compile(r"(?<![`\w])QT_TRANSLATE_NOOP\(\s*(?![\"'\s])")
    lost = []
    for path in bt.source_files():
        text = path.read_text(encoding="utf-8")
        for match in call.finditer(text):
            line = text[text.rfind("\n", 0, match.start()) + 1:text.find("\n", match.start())]
            if not line.lstrip().startswith("def "):
                number = text.count("\n", 0, match.start()) + 1
                lost.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not lost, "QT_TRANSLATE_NOOP needs literal context and text:\n" + "\n".join(lost)
