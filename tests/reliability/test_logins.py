"""Logging in under attack (issue 8, section 6): many desks guessing, and what a guess costs."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from models import audit, passwords, people
from models.people import User

PROCESSES, GUESSES = 8, 5
ROOT = Path(__file__).resolve().parents[2]


def _guess(path: str, cost: int, barrier, results) -> None:
    """One desk: five wrong passwords for "clerk", as fast as it can, all desks at once."""
    from models import db as dbmod
    from models import passwords, schema
    from models import people as people_mod
    from models.errors import LoginFailed

    passwords.SCRYPT_N = cost
    schema.install()  # a process of its own: a door of the program
    dbmod.open_database(path, create=False)
    barrier.wait(timeout=60)
    answers = []
    for _ in range(GUESSES):
        try:
            people_mod.authenticate("clerk", "not-the-password")
            answers.append("logged in")
        except LoginFailed as exc:
            answers.append(exc.template)
    dbmod.close_database()
    results.put(answers)


def test_eight_desks_guessing_at_once_lock_the_account_after_five_guesses(db, db_path, admin):
    """8 processes × 5 wrong passwords: 4 are told "wrong", the 5th locks, the rest are refused.

    Before the count went up in the database, each desk wrote back the count it had
    read, and 32 of the 40 guesses were checked against the password.
    """
    people.create_user("clerk", "文员", "the-password", {people.CLERK}, by=admin)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
    desks = [ctx.Process(target=_guess, args=(str(db_path), passwords.SCRYPT_N, barrier, results))
             for _ in range(PROCESSES)]
    for desk in desks:
        desk.start()
    answers = [a for _ in desks for a in results.get(timeout=120)]
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    wrong = answers.count("Wrong login name or password.")
    locked = sum("locked" in a for a in answers)
    assert (wrong, locked, len(answers)) == (4, 36, PROCESSES * GUESSES)
    counted = {a: audit.AuditEntry.select().where(audit.AuditEntry.action == a).count()
               for a in ("login.failed", "login.locked")}
    assert counted == {"login.failed": 4, "login.locked": 1}
    clerk = User.get(User.login == "clerk")
    assert clerk.locked_until is not None and clerk.failed_logins == 0


def test_the_production_cost_is_at_least_two_to_the_seventeenth(tmp_path):
    """In a fresh interpreter (the suite lowers the cost): N ≥ 2^17, r = 8, p = 1."""
    probe = ("from models import passwords as p; h = p.hash_password('x' * 8); "
             "print(p.SCRYPT_N, p.SCRYPT_R, p.SCRYPT_P, h.split('$')[1], p.verify_password("
             "'x' * 8, h))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, encoding="utf-8", timeout=120, check=True).stdout.split()
    n, r, p, stored_n, verified = out
    assert int(n) >= 2**17 and int(stored_n) == int(n) and (r, p) == ("8", "1")
    assert verified == "True"
    assert passwords.PRODUCTION_N >= 2**17


@pytest.fixture
def scrypt_calls(monkeypatch):
    """The (n, r, p) of every scrypt computation the code under test makes."""
    calls: list[tuple[int, int, int]] = []
    real = passwords.hashlib.scrypt

    def spy(password, *, salt, n, r, p, dklen, maxmem=0):
        calls.append((n, r, p))
        return real(password, salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=maxmem)

    monkeypatch.setattr(passwords.hashlib, "scrypt", spy)
    return calls


def test_an_unknown_login_costs_as_much_as_a_wrong_password(admin, scrypt_calls):
    from models.errors import LoginFailed

    current = (passwords.SCRYPT_N, passwords.SCRYPT_R, passwords.SCRYPT_P)
    for login in ("admin", "nobody", "a\u200bdmin", "x" * 1000):
        scrypt_calls.clear()
        with pytest.raises(LoginFailed, match="Wrong login name or password"):
            people.authenticate(login, "wrong-password")
        assert scrypt_calls == [current], login


def test_an_older_cheaper_hash_is_upgraded_at_the_next_good_login(admin, make_user, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(passwords, "SCRYPT_N", passwords.SCRYPT_N // 4)
        clerk = make_user(people.CLERK, login="clerk")
    old_hash = User.get_by_id(clerk.id).password_hash
    assert not passwords.needs_upgrade(User.get_by_id(admin.id).password_hash)
    assert passwords.needs_upgrade(old_hash)
    with pytest.raises(Exception, match="Wrong login"):
        people.authenticate("clerk", "wrong-password")
    assert User.get_by_id(clerk.id).password_hash == old_hash  # only a good login upgrades
    people.authenticate("clerk", "secret12")
    new_hash = User.get_by_id(clerk.id).password_hash
    assert new_hash != old_hash and new_hash.split("$")[1] == str(passwords.SCRYPT_N)
    assert people.verify_password("secret12", new_hash)
    entry = audit.AuditEntry.select().where(audit.AuditEntry.action == "login.ok").order_by(
        audit.AuditEntry.id.desc()).first()
    assert entry.record_id == clerk.id and entry.changes_dict() == {"hash": "upgraded"}
    people.authenticate("clerk", "secret12")  # now at the current cost: left alone
    assert User.get_by_id(clerk.id).password_hash == new_hash
