"""One vocabulary per kind of code (状态, 来源, 紧急程度 …): the screen's, the lists', the
spreadsheets' and the paper's word for each code, in one table.

An area declares each of its vocabularies once, in its models:

    STATUS_LABELS = Vocabulary("Repairs", [
        Term(REGISTERED, QT_TRANSLATE_NOOP("Repairs", "Registered"), "待派工"),
        ...
    ])

A term is a code, its English source (marked for Qt's translation in the
vocabulary's context, so that lupdate finds it) and its Chinese. The GUI and
the lists translate the source through the catalogue (``text``, ``choices``;
models.listing for list columns and status filters); the zh_CN catalogue must
say exactly ``zh`` (tests/test_vocabulary.py checks every term). The paper,
always Chinese, prints ``paper(code)``: ``zh``, or the term's ``paper`` where
the printed form says more (草稿（未确认，不作入库凭证）). A list column too narrow
for the full words shows the ``short`` ones (``vocabulary.short()``), marked and
translated the same way.

A vocabulary is a read-only mapping code -> English source, so ``code in
STATUS_LABELS``, ``list(STATUS_LABELS)`` (the codes, in order) and
``STATUS_LABELS[code]`` keep working where a plain dict was used. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .i18n import Translatable

Translate = Callable[[str, str], str]  # QCoreApplication.translate's shape


@dataclass(frozen=True)
class Term:
    """One code's words: English source, its Chinese, and the paper's or a list's variants."""

    code: Any
    source: str  # English, marked for translation in the vocabulary's context
    zh: str  # the zh_CN catalogue's translation of ``source``
    paper: str = ""  # what the paper form prints when it says more than ``zh``
    short: str = ""  # a narrower English source for list columns, marked too ("" = source)
    short_zh: str = ""  # its Chinese

    def __post_init__(self) -> None:
        if bool(self.short) != bool(self.short_zh):
            raise ValueError(f"term {self.code!r}: a short word needs its Chinese too")


class Vocabulary(Mapping):
    """The words of one kind of code; see the module docstring."""

    def __init__(self, context: str, terms: Iterable[Term]) -> None:
        self.context = context
        self.terms: dict[Any, Term] = {}
        for term in terms:
            if term.code in self.terms:
                raise ValueError(f"code {term.code!r} is in the vocabulary twice")
            self.terms[term.code] = term

    # --- the mapping code -> English source --------------------------------------------

    def __getitem__(self, code: Any) -> str:
        return self.terms[code].source

    def __iter__(self) -> Iterator[Any]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __repr__(self) -> str:
        return f"Vocabulary({self.context!r}, {list(self.terms)!r})"

    # --- words ----------------------------------------------------------------------

    def label(self, code: Any) -> Translatable:
        """The code's word, for a DomainError's parameters (translated where it is shown)."""
        term = self.terms.get(code)
        return Translatable(term.source if term else str(code), self.context)

    def text(self, code: Any, translate: Translate | None = None) -> str:
        """The code's word on screen ("" for no code; an unknown code as it is)."""
        if code is None or code == "":
            return ""
        term = self.terms.get(code)
        if term is None:
            return str(code)
        return translate(self.context, term.source) if translate else term.source

    def choices(self, translate: Translate | None = None) -> list[tuple[str, Any]]:
        """(word, code) pairs for a combo, in the declaration's order."""
        return [(self.text(code, translate), code) for code in self.terms]

    def zh(self, code: Any) -> str:
        """The code's Chinese (an unknown code as it is)."""
        term = self.terms.get(code)
        return term.zh if term else str(code)

    def paper(self, code: Any) -> str:
        """What a paper form prints for the code: its own wording, else the Chinese."""
        term = self.terms.get(code)
        return (term.paper or term.zh) if term else str(code)

    # --- other views of the same table ------------------------------------------------

    def short(self) -> Vocabulary:
        """The same codes with their short words (a list column's), in the same context."""
        return Vocabulary(self.context, [
            Term(t.code, t.short or t.source, t.short_zh or t.zh, t.paper) for t in
            self.terms.values()])

    def without(self, *codes: Any) -> Vocabulary:
        """The vocabulary less some codes (a register that never lists drafts)."""
        return Vocabulary(self.context, [t for t in self.terms.values() if t.code not in codes])

    def translations(self) -> list[tuple[str, str, str]]:
        """Every (context, English source, Chinese) the catalogue must hold for this table."""
        out = []
        for term in self.terms.values():
            out.append((self.context, term.source, term.zh))
            if term.short:
                out.append((self.context, term.short, term.short_zh))
        return out
