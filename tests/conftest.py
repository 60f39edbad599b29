"""The fixtures every test may name, defined here once (tests/test_fixture_rule.py).

A fresh database per test, never the real user's data or settings; the office and
its first administrator; users of any role and the ready-made staff
(tests/helpers/staff.py); the operations' clock; printed paper read back with
poppler. The GUI's own fixtures are in tests/gui/conftest.py; plain helpers in
tests/helpers/.
"""

from __future__ import annotations

import itertools
import os

import pytest

from tests.helpers import clock as test_clock
from tests.helpers import pdf as pdf_tools
from tests.helpers import staff as staff_sets

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "clock_at(when): the ``clock`` fixture starts at ``when`` (a datetime), not T0")


# The tests' scrypt cost: production's 2^17 takes half a second a hash (and 128 MiB).
TEST_SCRYPT_N = 2**10


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashes():
    """Hash passwords at TEST_SCRYPT_N: the suite makes and checks hundreds of them.

    tests/models/test_logins.py checks the production cost in a fresh interpreter.
    """
    from models import passwords

    with pytest.MonkeyPatch.context() as m:
        m.setattr(passwords, "SCRYPT_N", TEST_SCRYPT_N)
        yield


@pytest.fixture(autouse=True, scope="session")
def _schema_installed():
    """The program's doors give models.db the schema (every area's tables); the suite is one."""
    from models import schema

    schema.install()


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Point the data folder and Qt's settings at a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FRONTDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("FRONTDESK_SETTINGS_DIR", str(home / "settings"))
    yield
    from models import db as dbmod

    dbmod.close_database()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "office.sqlite"


@pytest.fixture
def db(db_path):
    """A fresh, migrated FrontDesk database, bound to models.db.database."""
    from models import db as dbmod

    database = dbmod.open_database(db_path)
    yield database
    dbmod.close_database()


@pytest.fixture
def admin(db):
    """The office set up with name 测试物业服务中心 and its first administrator (also manager)."""
    from models import settings

    return settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")


@pytest.fixture
def make_user(admin):
    """make_user(role, login=None) -> a user holding that role (password 'secret12')."""
    from models import people

    def _make(*roles: str, login: str | None = None, full_name: str | None = None):
        login = login or "_".join(roles)
        return people.create_user(
            login, full_name or f"测试{login}", "secret12", roles, by=admin
        )

    return _make


@pytest.fixture
def table_snapshot(db):
    """snapshot() -> every row of every table, to show a refused operation changed nothing."""

    def _snapshot():
        out = {}
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            out[name] = db.execute_sql(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
        return out

    return _snapshot


# --- staff (tests/helpers/staff.py) ---------------------------------------------------


@pytest.fixture
def staff(make_user):
    """The storeroom's four: keeper 赵桂英, manager 周志华, duty 张建国, clerk 李晓燕."""
    return staff_sets.storeroom_staff(make_user)


@pytest.fixture
def every_role(make_user, admin):
    """One user of each role (login u_<role>), and "disabled": a disabled storekeeper-manager."""
    from models import people

    out = {role: make_user(role, login=f"u_{role}") for role in people.ROLES}
    gone = make_user(people.STOREKEEPER, people.MANAGER, login="gone")
    out["disabled"] = people.set_active(gone.id, False, by=admin)
    return out


@pytest.fixture
def repair_staff(make_user):
    """clerk1, eng1, boss1 (manager) and duty1, for the repair orders' rules."""
    return staff_sets.repair_staff(make_user)


@pytest.fixture
def repair_tab_staff(make_user):
    """clerk1 客服小张, eng1 刘海波 and admin2 (administrator only), at the repairs tab."""
    return staff_sets.repair_tab_staff(make_user)


# --- the clock (models/clock.py, tests/helpers/clock.py) -------------------------------


@pytest.fixture
def clock(request):
    """The program's clock, set by the test: ``clock.set(when)``, ``clock.advance(hours=1)``.

    It starts at T0 (10 March 2026, 09:00), or where ``@pytest.mark.clock_at(when)``
    on the test or its module says; it runs from this fixture's setup to its teardown.
    """
    from models import clock as program_clock

    marker = request.node.get_closest_marker("clock_at")
    start = marker.args[0] if marker else test_clock.T0
    with program_clock.running(test_clock.Clock(start)) as running:
        yield running


# --- paper read back (tests/helpers/pdf.py) --------------------------------------------

_pdf_numbers = itertools.count()


@pytest.fixture
def pdf_file(tmp_path):
    """pdf_file(bytes) -> path of the PDF written into the test's folder."""

    def _write(pdf: bytes):
        path = tmp_path / f"form{next(_pdf_numbers)}.pdf"
        path.write_bytes(pdf)
        return path

    return _write


@pytest.fixture
def pdf_text(pdf_file):
    """pdf_text(bytes, *extra_args, layout=True) -> the text pdftotext reads from the PDF.

    layout=False gives the drawing order instead, where a wrapped cell reads as one run.
    """

    def _text(pdf: bytes, *args: str, layout: bool = True) -> str:
        return pdf_tools.text_of(pdf_file(pdf), *args, layout=layout)

    return _text


@pytest.fixture
def pdf_fonts(pdf_file):
    """pdf_fonts(bytes) -> [(name, emb, sub)] as pdffonts lists them."""

    def _fonts(pdf: bytes) -> list[tuple[str, str, str]]:
        return pdf_tools.fonts_of(pdf_file(pdf))

    return _fonts


@pytest.fixture
def pdf_gray_rows(pdf_file, tmp_path):
    """pdf_gray_rows(bytes, page=1, dpi=72) -> (width, height, rows of 0-255 grey pixels)."""

    def _render(pdf: bytes, page: int = 1, dpi: int = 72):
        stem = tmp_path / f"page{next(_pdf_numbers)}"
        return pdf_tools.gray_rows_of(pdf_file(pdf), stem, page, dpi)

    return _render
