"""Adding an area touches only its own packages and the one list of areas (models.areas).

A throw-away area, 失物招领 (lost and found), is written here as real files: a
models, a reports and a gui package under a temporary folder, found as
``models.lostfound``, ``reports.lostfound`` and ``gui.lostfound``, and named in
the list of areas. No other file of the program is edited; still its tables
are in a new file and reached by migration in an older one, its check runs
under ``main.py check``, its kinds are listed by ``main.py pdf`` / ``export``,
its demo step runs in the demo office, its steps are declared, its tab stands
in the main window in the list's order and its page in the Settings dialog.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import gui
import models
import reports
from models import areas, checks, demo, schema, settings
from models import db as dbmod
from models import steps as steps_mod
from reports import documents, kinds

NAME = "lostfound"
ROOT = Path(__file__).resolve().parent.parent

MODELS = '''
"""失物招领: what the front desk keeps until its owner comes for it."""

from peewee import CharField

from models.area import Area
from models.db import BaseModel, Migration
from models.i18n import QT_TRANSLATE_NOOP
from models.steps import Step, declare

KEPT, RETURNED = "kept", "returned"


class FoundItem(BaseModel):
    number = CharField(unique=True)
    what = CharField()
    status = CharField(default=KEPT)

    class Meta:
        table_name = "found_item"


ITEM_STEPS = declare(FoundItem, [
    Step("give_back", None, states=(KEPT,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a kept item is given back.")),
])


def seed_shelf() -> None:
    FoundItem.get_or_create(number="SW-0", defaults={"what": "（样品）"})


def _v_lost_and_found(database) -> None:
    database.create_tables([FoundItem])
    seed_shelf()


def add_found_items(ctx) -> None:
    for n in range(1, 4):
        FoundItem.create(number=f"SW-{n}", what=ctx.person_name() + "的钥匙")


def check_found_items() -> list[str]:
    return [f"{item.number}: it says nothing of what was found"
            for item in FoundItem.select().where(FoundItem.what == "")]


AREA = Area(
    "lostfound",
    tables=(FoundItem,),
    migrations=(Migration(VERSION, "lost and found", _v_lost_and_found),),
    seeders=(seed_shelf,),
    demo_steps=(add_found_items,),
    check=check_found_items,
    steps=(ITEM_STEPS,),
)
'''

REPORTS = '''
"""失物招领 on paper and in a spreadsheet."""

from models import lostfound, settings
from models.errors import NotFound
from models.i18n import QT_TRANSLATE_NOOP
from reports.kinds import ExportKind, PdfKind
from reports.paper import FormDocument


def found_item_pdf(number: str) -> bytes:
    item = lostfound.FoundItem.get_or_none(lostfound.FoundItem.number == number)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "No document has the number {number}."),
                       number=number)
    doc = FormDocument("失物登记单", settings.office_name(), number=item.number)
    doc.fields([[("物品", item.what)]])
    return doc.build()


def write_found_items(target, options, translate) -> int:
    rows = list(lostfound.FoundItem.select())
    target.write_text("\\n".join(f"{r.number}\\t{r.what}" for r in rows), encoding="utf-8")
    return len(rows)


PDF_KINDS = (PdfKind("found-item", "失物登记单 by number", found_item_pdf),)
EXPORT_KINDS = (ExportKind("found-items", "the found items", write_found_items),)
'''

GUI = '''
"""失物招领: the tab and its settings page."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.widgets.list_view import ListView
from gui.widgets.tab import AreaTab, SettingsPage
from models import lostfound
from models.listing import Column, ListSpec

FOUND = ListSpec(name="found", title="Found items", model=lostfound.FoundItem, columns=[
    Column("number", "No.", lostfound.FoundItem.number),
    Column("what", "What", lostfound.FoundItem.what, 200)])


class LostFoundTab(AreaTab):
    TITLE = "Lost and found"

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.setObjectName("lostFoundTab")
        self.reads = 0
        self.list = ListView(FOUND, self, async_count=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def list_view(self):
        return self.list

    def refresh(self):
        self.reads += 1
        self.list.refresh()


class LostFoundPage(QWidget):
    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setObjectName("lostFoundPage")
        QVBoxLayout(self).addWidget(QLabel("How long found items are kept"))


TAB = LostFoundTab
SETTINGS_PAGE = SettingsPage(LostFoundPage, "Lost and found")
'''


class LostAndFound:
    """The throw-away area: its packages on disk; ``add()`` names it in the list of areas."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root, self.monkeypatch = root, monkeypatch
        self.version = dbmod.latest_version() + 1  # the next free number
        for package, text in ((models, MODELS.replace("VERSION", str(self.version))),
                              (reports, REPORTS), (gui, GUI)):
            folder = root / package.__name__
            (folder / NAME).mkdir(parents=True)
            (folder / NAME / "__init__.py").write_text(textwrap.dedent(text), encoding="utf-8")
            monkeypatch.setattr(package, "__path__", [*package.__path__, str(folder)])
        # what importing the area adds to the core's lookup tables goes when the test ends
        monkeypatch.setattr(steps_mod, "DECLARED", dict(steps_mod.DECLARED))

    def add(self, after: str = "warehouse", alone: bool = False) -> None:
        """Name the area in the list, after ``after``; ``alone``: the only one built."""
        names = [name for name in areas.AREAS if name != NAME]
        names.insert(names.index(after) + 1, NAME)
        self.monkeypatch.setattr(areas, "AREAS", tuple(names))
        if alone:
            pending = {name: name for name in areas.AREAS if name != NAME}
            self.monkeypatch.setattr(areas, "PENDING", pending)
        schema.install()

    @property
    def models(self):
        return sys.modules[f"models.{NAME}"]


@pytest.fixture
def lostfound(tmp_path):
    with pytest.MonkeyPatch.context() as m:
        yield LostAndFound(tmp_path / "area", m)
    schema.install()  # the list of areas is the program's own again
    for package in (models, reports, gui):
        sys.modules.pop(f"{package.__name__}.{NAME}", None)
        if hasattr(package, NAME):
            delattr(package, NAME)
    kinds.PDF_KINDS.pop("found-item", None)
    kinds.EXPORTS.pop("found-items", None)


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def _versions(path: Path) -> list[tuple[int, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
    finally:
        con.close()


# --- models: tables, migration, seeders, check, steps ------------------------------------------

def test_a_new_file_has_the_new_areas_table_seeded_and_stamped(lostfound, db_path):
    lostfound.add()
    dbmod.open_database(db_path)
    assert {"found_item", "repair_order", "item"} <= _tables(db_path)
    assert _versions(db_path)[-1] == (lostfound.version, "lost and found")
    assert [i.number for i in lostfound.models.FoundItem.select()] == ["SW-0"]
    assert checks.run_checks() == []


def test_an_older_file_gains_the_new_areas_table_by_its_migration(lostfound, db_path):
    dbmod.open_database(db_path)  # today's program, without the area
    settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")
    dbmod.close_database()
    assert "found_item" not in _tables(db_path)
    lostfound.add()
    dbmod.open_database(db_path)
    assert "found_item" in _tables(db_path)
    assert _versions(db_path)[-1] == (lostfound.version, "lost and found")
    assert [i.number for i in lostfound.models.FoundItem.select()] == ["SW-0"]
    copies = list(db_path.parent.glob(f"office.before-upgrade-v{lostfound.version - 1}-*.sqlite"))
    assert len(copies) == 1


def test_its_check_runs_under_its_name(lostfound, db_path):
    lostfound.add()
    dbmod.open_database(db_path)
    lostfound.models.FoundItem.create(number="SW-9", what="")
    assert checks.run_checks() == [("lostfound", "SW-9: it says nothing of what was found")]
    names = [name for name, _fn in checks.all_checks()]
    at = names.index("warehouse")
    assert names[at - 1:at + 2] == ["repairs", "warehouse", "lostfound"]  # in the list's order


def test_its_steps_are_declared_and_listed_with_the_area(lostfound, db_path):
    lostfound.add()
    (area,) = [a for a in areas.load() if a.name == NAME]
    found = lostfound.models.FoundItem
    assert steps_mod.steps_of(found) is area.steps[0]
    assert steps_mod.allowed_steps(None, found(number="SW-1", what="伞", status="kept")) == [
        "give_back"]


def test_two_areas_cannot_take_one_migration_number(monkeypatch):
    from models.area import Area

    loaded = areas.load()
    (repairs,) = [area for area in loaded if area.name == "repairs"]
    clash = Area("clash", migrations=repairs.migrations)
    monkeypatch.setattr(areas, "load", lambda: (*loaded, clash))
    with pytest.raises(ValueError, match="clash: migration 2 is taken by repairs"):
        schema.current()


# --- demo office -------------------------------------------------------------------------------

def test_the_demo_office_runs_its_demo_step_after_the_others(lostfound, tmp_path):
    lostfound.add()
    names = [s.__name__ for s in demo.demo_steps()]
    at = names.index("add_found_items")  # in the list's order: after the warehouse's
    assert names[at - 2:at + 1] == ["add_repair_orders", "add_warehouse", "add_found_items"]
    lostfound.add(alone=True)  # the only area built: the demo is the people and its records
    seen = []
    demo.build_demo(tmp_path / "demo.sqlite", progress=lambda n, total, what: seen.append(what))
    assert seen == ["people", "add_found_items", "done"]
    assert lostfound.models.FoundItem.select().count() == 1 + 3  # seeded, then the demo's


# --- reports: main.py pdf / export / check -----------------------------------------------------

RUN_MAIN = """
import sys
import gui, models, reports
from models import areas
for package, folder in zip((models, reports, gui), sys.argv[1:4]):
    package.__path__.append(folder)
names = list(areas.AREAS)
names.insert(names.index("warehouse") + 1, "lostfound")
areas.AREAS = tuple(names)
import main
sys.exit(main.main(sys.argv[4:]))
"""


def _run_main(lostfound: LostAndFound, *args: str) -> subprocess.CompletedProcess:
    """main.py in a child, as the program is built, with the area named in the list."""
    folders = [str(lostfound.root / layer) for layer in ("models", "reports", "gui")]
    return subprocess.run([sys.executable, "-c", RUN_MAIN, *folders, "--lang", "en", *args],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_main_lists_and_writes_its_pdf_and_export(lostfound, db_path, tmp_path, pdf_text):
    lostfound.add()
    dbmod.open_database(db_path)
    settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")
    dbmod.close_database()
    db = ("--db", str(db_path))
    unknown = _run_main(lostfound, *db, "pdf", "nope", "X", "-o", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 2 and "found-item" in unknown.stderr, unknown.stderr
    made = _run_main(lostfound, *db, "pdf", "found-item", "SW-0", "-o", str(tmp_path / "sw.pdf"))
    assert made.returncode == 0, made.stderr
    text = "".join(pdf_text((tmp_path / "sw.pdf").read_bytes()).split())  # titles are spaced out
    assert "失物登记单" in text and "单号：SW-0" in text and "测试物业服务中心" in text
    exported = _run_main(lostfound, *db, "export", "found-items", "-o", str(tmp_path / "f.xlsx"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "f.xlsx").read_text(encoding="utf-8") == "SW-0\t（样品）"
    checked = _run_main(lostfound, *db, "check")
    assert checked.returncode == 0 and checked.stdout.strip().endswith(": OK"), checked.stdout
    documents.load_all()  # and in this process
    assert documents.PDF_KINDS["found-item"].help == "失物登记单 by number"
    assert "found-items" in documents.EXPORTS


# --- gui: the tab in its place, the settings page ----------------------------------------------

@pytest.fixture
def office(lostfound, db_path):
    lostfound.add()
    dbmod.open_database(db_path)
    return settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")


def test_its_tab_stands_in_the_lists_order_and_works_the_file_menu(qtbot, lostfound, office):
    from gui.main_window import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Reception log", "Repair orders", "Warehouse", "Lost and found",
                      "Sign requests", "Vendor scoring"]
    tab = window.tabs.widget(3)
    assert tab.objectName() == "lostFoundTab"
    assert window.tabs.widget(5).objectName() == "vendorsTab"
    window.tabs.setCurrentIndex(3)
    assert window.export_action.isEnabled() and window.print_action.isEnabled()
    assert window.current_list_view() is tab.list
    assert tab.reads == 0
    window.tabs.setCurrentIndex(1)
    window.tabs.setCurrentIndex(3)  # back at it: the base reads it again
    assert tab.reads == 1


def test_its_page_is_in_the_settings_dialog(qtbot, lostfound, office):
    from gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(office)
    qtbot.addWidget(dialog)
    pages = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
    assert pages == ["Office", "Departments", "Users", "Reception log", "Repair orders",
                     "Lost and found", "Sign requests", "Vendor scoring", "Language"]
    assert dialog.pages.widget(5).objectName() == "lostFoundPage"


# --- the list itself ---------------------------------------------------------------------------

def test_the_list_names_five_areas_and_those_built_have_their_descriptors():
    assert areas.AREAS == ("reception", "repairs", "warehouse", "signage", "vendors")
    assert areas.built() == areas.AREAS  # every area is built
    assert [a.name for a in areas.load()] == list(areas.AREAS)
    declared = set(map(id, steps_mod.DECLARED.values()))
    listed = {id(s) for a in areas.load() for s in a.steps}
    assert listed == declared  # every declared record kind belongs to a listed area


def test_a_package_without_its_descriptor_is_refused(lostfound, monkeypatch):
    lostfound.add()
    monkeypatch.delattr(lostfound.models, "AREA")
    with pytest.raises(LookupError, match="models.lostfound must end with AREA"):
        areas.load()
