"""The command line, run as a separate process as an administrator or a script would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "en", *args],
        capture_output=True,
        text=True, encoding="utf-8",
        env=env,
        timeout=180,
        cwd=ROOT,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def test_version():
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert run("--version").stdout.strip() == f"FrontDesk {version}"


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    run("demo", "--db", str(path), "--seed", "7")
    return path


@pytest.fixture
def demo_db(built_demo, tmp_path):
    """A private copy of the demo office for each test (built once per module)."""
    path = tmp_path / "demo.sqlite"
    path.write_bytes(built_demo.read_bytes())
    return path


def test_demo_refuses_an_existing_file(demo_db):
    result = run("demo", "--db", str(demo_db), check=False)
    assert result.returncode == 2 and "already exists" in result.stderr


def test_check_passes_on_the_demo(demo_db):
    result = run("check", "--db", str(demo_db))
    assert result.stdout.strip().endswith("OK")


def test_backup_then_restore(demo_db, tmp_path):
    out = run("backup", "--db", str(demo_db), "--to", str(tmp_path / "b")).stdout.strip()
    copy = Path(out)
    assert copy.parent == tmp_path / "b" and copy.exists()
    before = sqlite3.connect(demo_db).execute("SELECT COUNT(*) FROM repair_event").fetchone()[0]
    con = sqlite3.connect(demo_db)
    con.execute("DELETE FROM repair_event")
    con.commit()
    con.close()
    run("restore", "--db", str(demo_db), "--from", str(copy))
    after = sqlite3.connect(demo_db).execute("SELECT COUNT(*) FROM repair_event").fetchone()[0]
    assert after == before > 0


def test_check_fails_on_a_damaged_database(demo_db, tmp_path):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(demo_db.read_bytes())
    con = sqlite3.connect(damaged)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM user_role WHERE user_id = (SELECT id FROM user WHERE login = 'wenyuan')")
    con.execute("UPDATE user SET department_id = 999 WHERE login = 'dangzhi'")
    con.commit()
    con.close()
    result = run("check", "--db", str(damaged), check=False)
    assert result.returncode == 1
    assert "user wenyuan has no role" in result.stdout
    assert "refers to a missing department" in result.stdout


def test_check_fails_on_a_corrupted_file(demo_db, tmp_path):
    damaged = tmp_path / "corrupt.sqlite"
    data = bytearray(demo_db.read_bytes())
    data[4096 + 16 : 4096 + 400] = os.urandom(384)
    damaged.write_bytes(bytes(data))
    result = run("check", "--db", str(damaged), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_unknown_export_and_pdf_kind_are_refused(demo_db, tmp_path):
    result = run("export", "no-such-list", "--db", str(demo_db), "-o", str(tmp_path / "x.xlsx"), check=False)
    assert result.returncode == 2 and "unknown export" in result.stderr
    result = run("pdf", "nokind", "X1", "--db", str(demo_db), "-o", str(tmp_path / "x.pdf"), check=False)
    assert result.returncode == 2 and "unknown kind" in result.stderr


def test_selftest(tmp_path):
    out = tmp_path / "selftest.txt"
    result = run("selftest", "--out", str(out))
    assert result.stdout.startswith("OK ") and result.stdout.strip().endswith("ms")
    assert out.read_text(encoding="utf-8").startswith("OK ")
