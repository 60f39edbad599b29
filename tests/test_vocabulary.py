"""One vocabulary per kind of code: the screen's, the lists', the exports' and the paper's words
come from one table (models.vocabulary), and the catalogue agrees with its Chinese.

Every table an area declares is found here by looking at the area's public API,
so a new area's tables are checked without naming them.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from models import listing, repairs, warehouse
from models.i18n import Translatable
from models.vocabulary import Term, Vocabulary

ROOT = Path(__file__).resolve().parent.parent
AREAS = {"repairs": repairs, "warehouse": warehouse}


def vocabularies() -> dict[str, Vocabulary]:
    return {f"{area}.{name}": value for area, module in AREAS.items()
            for name, value in vars(module).items() if isinstance(value, Vocabulary)}


def catalogue(language: str) -> dict[tuple[str, str], str]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"frontdesk_{language}.ts")
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("obsolete",
                                                                          "vanished"):
                out[(name, message.findtext("source", ""))] = translation.text or ""
    return out


def test_every_area_declares_its_vocabularies():
    names = set(vocabularies())
    assert {"repairs.STATUS_LABELS", "repairs.SOURCE_LABELS", "repairs.URGENCY_LABELS",
            "repairs.VERDICT_LABELS", "repairs.EVENT_LABELS", "warehouse.RECEIPT_STATUS_LABELS",
            "warehouse.SLIP_STATUS_LABELS", "warehouse.REQUEST_STATUS_LABELS",
            "warehouse.STOCKTAKE_STATUS_LABELS", "warehouse.SOURCE_LABELS",
            "warehouse.KIND_LABELS"} <= names


@pytest.mark.parametrize("name", sorted(vocabularies()))
def test_the_zh_catalogue_says_each_terms_chinese(name):
    """What the screen shows in Chinese is what the paper prints (the table's ``zh``)."""
    zh = catalogue("zh_CN")
    wrong = {(context, source): (zh.get((context, source)), chinese)
             for context, source, chinese in vocabularies()[name].translations()
             if zh.get((context, source)) != chinese}
    assert wrong == {}, "(context, source): (catalogue, table)"


@pytest.mark.parametrize("name", sorted(vocabularies()))
def test_the_en_catalogue_holds_each_term(name):
    en = catalogue("en")
    missing = [key[:2] for key in vocabularies()[name].translations() if key[:2] not in en]
    assert missing == []


def test_the_terms_sources_are_marked_for_translation_in_the_tables_context():
    """lupdate finds a source only inside QT_TRANSLATE_NOOP(<context>, "<source>")."""
    marked: set[tuple[str, str]] = set()
    for area in AREAS:
        for path in (ROOT / "models" / area).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == \
                        "QT_TRANSLATE_NOOP" and len(node.args) == 2 \
                        and all(isinstance(a, ast.Constant) for a in node.args):
                    marked.add((node.args[0].value, node.args[1].value))
    unmarked = [(name, key[:2]) for name, table in vocabularies().items()
                for key in table.translations() if key[:2] not in marked]
    assert unmarked == []


def test_the_lists_show_the_areas_own_tables():
    """A status or kind column and a list's status combo read the area's table."""
    for spec in [repairs.ORDER_LIST, *warehouse.LISTS.values()]:
        if spec.statuses:
            assert isinstance(spec.statuses, Vocabulary), spec.name
        for column in spec.columns:
            if column.kind == "status" and column.key != "active" and column.key != "quarterly":
                assert isinstance(column.labels, Vocabulary), (spec.name, column.key)
    assert warehouse.RECEIPT_LIST.column("status").labels is warehouse.RECEIPT_STATUS_LABELS
    assert warehouse.ISSUE_LIST.column("status").labels is warehouse.SLIP_STATUS_LABELS
    assert warehouse.REQUEST_LIST.column("status").labels is warehouse.REQUEST_STATUS_LABELS
    assert warehouse.STOCKTAKE_LIST.column("status").labels is warehouse.STOCKTAKE_STATUS_LABELS
    assert warehouse.LEDGER_LIST.column("kind").labels is warehouse.KIND_LABELS
    assert repairs.ORDER_LIST.column("status").labels is repairs.STATUS_LABELS
    assert repairs.ORDER_LIST.column("urgency").labels is repairs.URGENCY_LABELS
    # the receipt list's narrow source column: the same table's short words
    short = warehouse.RECEIPT_LIST.column("source").labels
    assert dict(short.items()) == {warehouse.CENTRAL: "Central purchase",
                                   warehouse.SELF: "Own purchase"}
    assert short.zh(warehouse.CENTRAL) == "集中采购"


def test_a_list_translates_a_tables_labels_in_the_tables_context():
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return f"<{text}>"

    column = warehouse.RECEIPT_LIST.column("status")
    assert listing.status_label(column, warehouse.SUBMITTED, translate) == "<Confirmed>"
    assert listing.status_choices(warehouse.RECEIPT_REGISTER, translate) == [
        (warehouse.SUBMITTED, "<Confirmed>"), (warehouse.CANCELLED, "<Voided>")]
    assert set(seen) == {("Warehouse", "Confirmed"), ("Warehouse", "Voided")}
    assert listing.status_label(column, "no such code", translate) == "no such code"
    # a plain mapping keeps the "Lists" context it was marked in
    plain = listing.Column("kind", "Kind", warehouse.StockEntry.kind, kind="status",
                           labels={"in": "Receipt"})
    seen.clear()
    assert listing.status_label(plain, "in", translate) == "<Receipt>"
    assert seen == [("Lists", "Receipt")]


def test_the_paper_prints_the_table_or_its_own_longer_words():
    receipt = warehouse.RECEIPT_STATUS_LABELS
    assert receipt.paper(warehouse.DRAFT) == "草稿（未确认，不作入库凭证）"
    assert receipt.paper(warehouse.SUBMITTED) == receipt.zh(warehouse.SUBMITTED) == "已确认"
    assert warehouse.REQUEST_STATUS_LABELS.paper(warehouse.DRAFT) == "待审批"
    assert warehouse.STOCKTAKE_STATUS_LABELS.paper(warehouse.APPROVED) == "已审批"
    assert warehouse.SOURCE_LABELS.paper(warehouse.SELF) == "自行采购"
    assert repairs.URGENCY_LABELS.paper(repairs.URGENT) == "紧急"
    assert receipt.paper("unknown") == receipt.zh("unknown") == "unknown"


def test_a_vocabulary_is_a_mapping_of_codes_to_english_with_its_views():
    table = Vocabulary("Ctx", [Term("a", "Alpha", "甲", short="A", short_zh="甲短"),
                               Term("b", "Beta", "乙", paper="乙（纸）")])
    assert list(table) == ["a", "b"] and table["b"] == "Beta" and "a" in table
    assert table.text("a") == "Alpha" and table.text(None) == "" and table.text("z") == "z"
    assert table.text("a", lambda c, t: f"{c}:{t}") == "Ctx:Alpha"
    assert table.choices() == [("Alpha", "a"), ("Beta", "b")]
    label = table.label("b")
    assert isinstance(label, Translatable) and label == "Beta" and label.context == "Ctx"
    assert dict(table.short().items()) == {"a": "A", "b": "Beta"}
    assert table.short().zh("a") == "甲短" and table.short().paper("b") == "乙（纸）"
    assert list(table.without("a")) == ["b"]
    assert table.translations() == [("Ctx", "Alpha", "甲"), ("Ctx", "A", "甲短"),
                                    ("Ctx", "Beta", "乙")]
    with pytest.raises(ValueError):
        Vocabulary("Ctx", [Term("a", "A", "甲"), Term("a", "B", "乙")])
    with pytest.raises(ValueError):
        Term("a", "A", "甲", short="S")  # a short word without its Chinese
