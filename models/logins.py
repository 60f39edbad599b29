"""Login names (登录名): one form to store them in, one key to find and compare them by.

A login is kept NFKC-normalised and trimmed (full-width letters typed with a
Chinese IME become plain ones), at most ``User.login.max_length`` characters,
with no space, control, format (zero-width) or other invisible character. Two
logins that differ only by case are the same login: ``login_key`` (casefolded)
is unique in the table, and logging in looks the typed name up by it.

Files made before schema 5 may hold logins that clash by case or do not
normalise; ``give_login_keys`` (migration 5) settles them without losing a user.

The writing half of proving who one is (people.authenticate logs in,
people.vouch signs at another's desk) is here too: a wrong password counted
(``count_failure``) and a right one admitted (``admit``), each deciding on the
row as the write transaction finds it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from . import audit
from .db import database
from .errors import LoginFailed, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .values import FORBIDDEN_CATEGORIES, INVISIBLE


def normal_login(text: str) -> str:
    """The stored form of a typed login: NFKC, trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def login_key(text: str) -> str:
    """What two logins are compared by: the normal form, casefolded."""
    return unicodedata.normalize("NFKC", normal_login(text).casefold())


def _bad(c: str) -> bool:
    return c.isspace() or c in INVISIBLE or unicodedata.category(c) in FORBIDDEN_CATEGORIES


def login_problem(login: str, max_length: int) -> str | None:
    """Why ``login`` (already normal) cannot be a login name, as a message template; or None."""
    if not login:
        return QT_TRANSLATE_NOOP("DomainError", "The login name is required.")
    if len(login) > max_length:
        return QT_TRANSLATE_NOOP("DomainError", "The login name may have at most {n} characters.")
    if any(_bad(c) for c in login):
        return QT_TRANSLATE_NOOP(
            "DomainError",
            "The login name may not contain spaces or control or invisible characters.")
    return None


def clean_login(value: object, max_length: int) -> str:
    """A login name to store, or ValidationError(field="login")."""
    text = value if isinstance(value, str) else "" if value is None else str(value)
    if len(text) > 4 * max_length + 100:
        text = text[: 4 * max_length + 100]
    login = normal_login(text)
    problem = login_problem(login, max_length)
    if problem:
        raise ValidationError(problem, field="login", n=max_length)
    return login


def key_of_typed(value: object, max_length: int) -> str | None:
    """The key to look a typed login up by; None when no login can be that."""
    if not isinstance(value, str) or len(value) > 4 * max_length + 100:
        return None
    login = normal_login(value)
    return None if login_problem(login, max_length) else login_key(login)


# --- logging in -------------------------------------------------------------------

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 5

# Both decide on the row as the write transaction finds it, never on an earlier read.
LOGIN_OK_SQL = ('UPDATE "user" SET failed_logins = 0, locked_until = NULL, last_login_at = ? '
                "WHERE id = ? AND active AND (locked_until IS NULL OR locked_until <= ?) "
                "RETURNING id")
LOGIN_FAILED_SQL = ('UPDATE "user" SET failed_logins = failed_logins + 1 '
                    "WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?) "
                    "RETURNING failed_logins")
# Vouching at another's desk: the failures are forgiven as at a login, but it is no login.
VOUCH_OK_SQL = ('UPDATE "user" SET failed_logins = 0, locked_until = NULL '
                "WHERE id = ? AND active AND (locked_until IS NULL OR locked_until <= ?) "
                "RETURNING id")


def locked(until: dt.datetime) -> LoginFailed:
    return LoginFailed(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "This account is locked after {n} failed logins. Try again after {until}.",
        ),
        n=MAX_FAILED_LOGINS, until=f"{until:%H:%M:%S}")


def disabled() -> LoginFailed:
    return LoginFailed(QT_TRANSLATE_NOOP(
        "DomainError", "This account is disabled. Ask the administrator to enable it."))


def wrong() -> LoginFailed:
    return LoginFailed(QT_TRANSLATE_NOOP("DomainError", "Wrong login name or password."))


def refused_now(user_id: int, now: dt.datetime) -> LoginFailed:
    """Why the row refused a login another desk changed meanwhile (locked or disabled)."""
    row = database.execute_sql('SELECT locked_until FROM "user" WHERE id = ?',
                               (user_id,)).fetchone()
    until = row[0] if row else None
    if isinstance(until, str):
        until = dt.datetime.fromisoformat(until)
    if until is not None and until > now:
        return locked(until)
    return disabled()


def count_failure(user: Any, now: dt.datetime, changes: dict | None = None) -> LoginFailed:
    """A wrong password for ``user``: counted in the file, the fifth in a row locks the
    account; audited (login.failed / login.locked with ``changes``). The error to raise."""
    with database.atomic():
        row = database.execute_sql(LOGIN_FAILED_SQL, (user.id, now)).fetchone()
        if row is None:  # another desk locked it meanwhile: this guess is not even counted
            return refused_now(user.id, now)
        lock = row[0] >= MAX_FAILED_LOGINS
        until = now + dt.timedelta(minutes=LOCK_MINUTES)
        if lock:
            database.execute_sql(
                'UPDATE "user" SET failed_logins = 0, locked_until = ? WHERE id = ?',
                (until, user.id))
        audit.record(None, "login.locked" if lock else "login.failed", "user", user.id,
                     user.login, changes, at=now)
    return locked(until) if lock else wrong()


def admit(user: Any, now: dt.datetime, *, sql: str, action: str, params: tuple,
          new_hash: str | None, changes: dict | None = None) -> None:
    """A right password for ``user``: ``sql`` (LOGIN_OK_SQL, VOUCH_OK_SQL) on the row as the
    transaction finds it (refused when another desk locked or disabled it meanwhile), a
    stronger hash stored, and the audit row ``action``, all in one transaction."""
    with database.atomic():
        if database.execute_sql(sql, params).fetchone() is None:
            raise refused_now(user.id, now)
        if new_hash:
            database.execute_sql('UPDATE "user" SET password_hash = ? WHERE id = ?',
                                 (new_hash, user.id))
        if new_hash:
            changes = {**(changes or {}), "hash": "upgraded"}
        audit.record(user, action, "user", user.id, user.login, changes, at=now)


# --- migration 5 ------------------------------------------------------------------


def _repaired(login: str, user_id: int, max_length: int) -> str:
    """``login`` with what no login may hold taken out; user<id> when nothing is left."""
    kept = "".join(c for c in normal_login(login) if not _bad(c))[:max_length]
    return kept or f"user{user_id}"


def give_login_keys(database, max_length: int) -> list[tuple[int, str, str]]:
    """Add user.login_key (unique), settling old logins; returns (id, old, new) of renamed ones.

    Every user keeps their row. A login that does not normalise is normalised (what
    no login may hold is taken out). Where two logins now clash (they differ only by
    case, or became equal), a login already in its normal form wins over one that had
    to be changed, then the earliest user (lowest id); each other one becomes
    ``<login>-<id>``. Each rename is in the audit log (user.rename), for the
    administrator to tell the user. Nothing else about the user changes.
    """
    columns = [row[1] for row in database.execute_sql('PRAGMA table_info("user")')]
    if "login_key" not in columns:
        database.execute_sql(
            'ALTER TABLE "user" ADD COLUMN "login_key" VARCHAR(255) NOT NULL DEFAULT \'\'')
    users = database.execute_sql('SELECT id, login FROM "user" ORDER BY id').fetchall()
    wanted = {user_id: _repaired(login, user_id, max_length) for user_id, login in users}
    # Keys a new name must avoid: every login as it stands and as it is wanted.
    reserved = {login_key(name) for name in wanted.values()} | {
        login_key(login) for _id, login in users}
    taken: set[str] = set()
    final: dict[int, str] = {}
    for user_id, _old in sorted(users, key=lambda u: (wanted[u[0]] != u[1], u[0])):
        new, n = wanted[user_id], 0
        while login_key(new) in taken or (n and login_key(new) in reserved):
            n += 1
            suffix = f"-{user_id}" if n == 1 else f"-{user_id}-{n}"
            new = wanted[user_id][: max_length - len(suffix)] + suffix
        reserved.add(login_key(new))
        taken.add(login_key(new))
        final[user_id] = new
    renamed = [(user_id, old, final[user_id]) for user_id, old in users if final[user_id] != old]
    # Out of the way first, so that no rename meets a login that is about to change.
    for user_id, _old, _new in renamed:
        database.execute_sql('UPDATE "user" SET login = ? WHERE id = ?',
                             (f" renaming {user_id} ", user_id))
    for user_id, _old in users:
        database.execute_sql('UPDATE "user" SET login = ?, login_key = ? WHERE id = ?',
                             (final[user_id], login_key(final[user_id]), user_id))
    for user_id, old, new in renamed:
        audit.record(None, "user.rename", "user", user_id, new,
                     {"login": [old, new], "why": "schema 5: one login per name, in any case"})
    database.execute_sql(
        'CREATE UNIQUE INDEX IF NOT EXISTS "user_login_key" ON "user" ("login_key")')
    return renamed
