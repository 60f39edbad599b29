"""reports/ as the house plan draws it: no import cycles inside it, models' areas reached
through their façades only, and reports' own packages (paper and each area) reached
through theirs, by reports' other modules and by the GUI alike.

The checks read the real import graph (grimp, which import-linter is built on,
function-level imports included); each is also shown a small broken graph and
must find what is wrong with it.
"""

from __future__ import annotations

import grimp
import pytest

PACKAGES = ("reports", "models", "gui")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """Every import cycle among the modules of ``package`` (each once, smallest name first)."""
    inside = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i in inside)
             for m in inside}
    found: set[tuple[str, ...]] = set()
    for start in inside:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in edges[node]:
                if nxt == start:
                    k = path.index(min(path))
                    found.add(tuple(path[k:] + path[:k]))
                elif nxt not in path and nxt > start:  # each cycle from its smallest module
                    stack.append((nxt, path + [nxt]))
    return [list(c) for c in sorted(found)]


def past_facades(graph: grimp.ImportGraph, importers: str, package: str) -> list[str]:
    """Imports from modules under ``importers`` into a module *inside* a sub-package of
    ``package`` (package.area.module), other than from that sub-package itself."""
    found = []
    for module in sorted(graph.modules):
        if not (module == importers or module.startswith(importers + ".")):
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            parts = imported.split(".")
            if parts[0] != package or len(parts) < 3:
                continue
            facade = ".".join(parts[:2])
            if module == facade or module.startswith(facade + "."):
                continue
            found.append(f"{module} imports {imported}")
    return found


def test_no_import_cycles_inside_reports(graph):
    assert cycles(graph, "reports") == []


def test_reports_reach_models_areas_through_their_facades(graph):
    assert past_facades(graph, "reports", "models") == []


def test_reports_own_packages_are_reached_through_their_facades(graph):
    for importers in PACKAGES:
        assert past_facades(graph, importers, "reports") == [], importers


def test_main_reaches_reports_through_its_public_modules():
    import ast
    from pathlib import Path

    tree = ast.parse((Path(__file__).resolve().parents[2] / "main.py").read_text("utf-8"))
    imported = [node.module for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reports")]
    assert imported and all(name.count(".") <= 1 for name in imported), imported


def test_the_checks_find_what_is_wrong_in_a_broken_graph():
    broken = grimp.ImportGraph()
    for importer, imported in [
        ("reports.documents", "reports.shop"),  # the old registry <-> area cycle
        ("reports.shop", "reports.documents"),
        ("reports.shop", "reports.shop.sheets"),  # an area's façade and its module: fine
        ("reports.shop.sheets", "models.shop.base"),  # past models' façade
        ("reports.shop.sheets", "models.shop"),  # through it: fine
        ("reports.listing", "reports.paper.tables"),  # past the paper's façade
        ("gui.shop.view", "reports.shop.sheets"),  # the GUI past an area's façade
        ("gui.shop.view", "reports.shop"),  # fine
    ]:
        broken.add_import(importer=importer, imported=imported)
    broken.add_module("reports.shop.forms")
    assert cycles(broken, "reports") == [["reports.documents", "reports.shop"]]
    assert past_facades(broken, "reports", "models") == [
        "reports.shop.sheets imports models.shop.base"]
    assert past_facades(broken, "reports", "reports") == [
        "reports.listing imports reports.paper.tables"]
    assert past_facades(broken, "gui", "reports") == ["gui.shop.view imports reports.shop.sheets"]


@pytest.mark.parametrize("package", ["reports.paper", "reports.repairs", "reports.warehouse"])
def test_a_facade_names_no_export_like_one_of_its_modules(package):
    """``from reports.paper import style`` must mean one thing to the reader and to the tools."""
    import importlib
    import pkgutil

    facade = importlib.import_module(package)
    modules = {info.name for info in pkgutil.iter_modules(facade.__path__)}
    assert modules and not modules & set(facade.__all__)


def test_each_facade_lists_all_it_registers():
    """What an area offers is what its façade says: the kinds registered are those listed."""
    from reports import catalogue, documents, reception, repairs, signage, vendors, warehouse
    from reports.kinds import PdfKind

    documents.load_all()
    offered = [kind for facade in (catalogue, reception, repairs, warehouse, signage, vendors)
               for kind in (*getattr(facade, "PDF_KINDS", ()), *facade.EXPORT_KINDS)]
    # one name per registry (`pdf complaint-analysis` and `export complaint-analysis` may share)
    assert len({(isinstance(kind, PdfKind), kind.name) for kind in offered}) == len(offered)
    assert sorted(documents.PDF_KINDS) == sorted(k.name for k in offered if isinstance(k, PdfKind))
    assert sorted(documents.EXPORTS) == sorted(k.name for k in offered
                                               if not isinstance(k, PdfKind))
