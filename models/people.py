"""People (人员): departments, users, their roles, what each role may do, and logging in."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from . import audit
from .db import BaseModel, database
from .errors import DomainError, LoginFailed, NotFound, PermissionDenied, ValidationError
from .i18n import QT_TRANSLATE_NOOP, Translatable

# --- roles and permissions -------------------------------------------------------

CLERK = "clerk"  # 客服文员: enters records
DUTY = "duty"  # 当值: signs issue slips, reviews
MANAGER = "manager"  # 经理: approves and confirms; may do all a clerk may
ENGINEERING = "engineering"  # 工程部: accepts and completes repair orders
STOREKEEPER = "storekeeper"  # 仓管员: keeps the storeroom
ADMIN = "admin"  # 管理员: users and settings

ROLES: dict[str, str] = {
    CLERK: QT_TRANSLATE_NOOP("Role", "Clerk"),
    DUTY: QT_TRANSLATE_NOOP("Role", "Duty officer"),
    MANAGER: QT_TRANSLATE_NOOP("Role", "Manager"),
    ENGINEERING: QT_TRANSLATE_NOOP("Role", "Engineering"),
    STOREKEEPER: QT_TRANSLATE_NOOP("Role", "Storekeeper"),
    ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}

# Permissions: each names one kind of operation. Tabs add their own with grant().
ENTER_RECORDS = "records.enter"
REVIEW = "records.review"
APPROVE = "records.approve"
SIGN_ISSUE_SLIPS = "issue_slips.sign"
ENGINEERING_WORK = "engineering.work"
KEEP_STORE = "store.keep"
MANAGE_USERS = "users.manage"
MANAGE_SETTINGS = "settings.manage"
VIEW_AUDIT = "audit.view"
BACKUP = "data.backup"
RESTORE = "data.restore"

PERMISSIONS: dict[str, str] = {
    ENTER_RECORDS: QT_TRANSLATE_NOOP("Permission", "enter records"),
    REVIEW: QT_TRANSLATE_NOOP("Permission", "review records"),
    APPROVE: QT_TRANSLATE_NOOP("Permission", "approve and confirm"),
    SIGN_ISSUE_SLIPS: QT_TRANSLATE_NOOP("Permission", "sign issue slips"),
    ENGINEERING_WORK: QT_TRANSLATE_NOOP("Permission", "accept and complete repair work"),
    KEEP_STORE: QT_TRANSLATE_NOOP("Permission", "keep the storeroom"),
    MANAGE_USERS: QT_TRANSLATE_NOOP("Permission", "manage users"),
    MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Permission", "change the office settings"),
    VIEW_AUDIT: QT_TRANSLATE_NOOP("Permission", "view the audit log"),
    BACKUP: QT_TRANSLATE_NOOP("Permission", "back up the data"),
    RESTORE: QT_TRANSLATE_NOOP("Permission", "restore a backup"),
}

ROLE_PERMISSIONS: dict[str, set[str]] = {
    CLERK: {ENTER_RECORDS},
    DUTY: {SIGN_ISSUE_SLIPS, REVIEW},
    MANAGER: {ENTER_RECORDS, APPROVE, REVIEW, VIEW_AUDIT, BACKUP, RESTORE},
    ENGINEERING: {ENGINEERING_WORK},
    STOREKEEPER: {KEEP_STORE},
    ADMIN: {MANAGE_USERS, MANAGE_SETTINGS, VIEW_AUDIT, BACKUP, RESTORE},
}


def grant(permission: str, label: str, *roles: str) -> None:
    """Declare a permission and the roles that hold it (used by each tab's module)."""
    PERMISSIONS[permission] = label
    for role in roles:
        ROLE_PERMISSIONS[role].add(permission)
    # A manager may do everything a clerk may.
    if CLERK in roles:
        ROLE_PERMISSIONS[MANAGER].add(permission)


def role_label(role: str) -> Translatable:
    return Translatable(ROLES.get(role, role), "Role")


# --- tables -----------------------------------------------------------------------


class Department(BaseModel):
    """部门: seeded 客服部, 工程部, 秩维部, 清洁部; editable."""

    name = CharField(unique=True)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)


class User(BaseModel):
    login = CharField(unique=True)
    full_name = CharField()
    department = ForeignKeyField(Department, null=True, backref="users", on_delete="RESTRICT")
    password_hash = CharField()
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)
    created_at = DateTimeField(default=dt.datetime.now)
    last_login_at = DateTimeField(null=True)

    @property
    def roles(self) -> set[str]:
        if not hasattr(self, "_roles"):
            self._roles = {r.role for r in UserRole.select().where(UserRole.user == self.id)}
        return self._roles

    def permissions(self) -> set[str]:
        perms: set[str] = set()
        for role in self.roles:
            perms |= ROLE_PERMISSIONS.get(role, set())
        return perms

    def can(self, permission: str) -> bool:
        return self.active and permission in self.permissions()

    def __str__(self) -> str:
        return f"{self.full_name} ({self.login})"


class UserRole(BaseModel):
    user = ForeignKeyField(User, backref="role_rows", on_delete="CASCADE")
    role = CharField()

    class Meta:
        indexes = ((("user", "role"), True),)


def require(user: User | None, permission: str) -> None:
    """Raise PermissionDenied unless ``user`` holds ``permission``."""
    if user is None or not user.can(permission):
        label = PERMISSIONS.get(permission, permission)
        raise PermissionDenied(Translatable(label, "Permission"))


# --- passwords --------------------------------------------------------------------

MIN_PASSWORD_LENGTH = 6
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_password(password: str) -> str:
    """A salted scrypt hash: 'scrypt$n$r$p$salt$hash' (base64)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        password.encode("utf-8"),
        salt=base64.b64decode(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        dklen=len(expected),
    )
    return hmac.compare_digest(actual, expected)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The password must have at least {n} characters."),
            field="password",
            n=MIN_PASSWORD_LENGTH,
        )


# --- logging in -------------------------------------------------------------------

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 5


def authenticate(login: str, password: str, now: dt.datetime | None = None) -> User:
    """Log in. Five failures in a row lock the account for five minutes."""
    now = now or dt.datetime.now()
    bad = LoginFailed(QT_TRANSLATE_NOOP("DomainError", "Wrong login name or password."))
    user = User.get_or_none(User.login == login.strip())
    if user is None:
        raise bad
    if not user.active:
        raise LoginFailed(
            QT_TRANSLATE_NOOP(
                "DomainError", "This account is disabled. Ask the administrator to enable it."
            )
        )
    if user.locked_until and user.locked_until > now:
        raise LoginFailed(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This account is locked after {n} failed logins. Try again after {until}.",
            ),
            n=MAX_FAILED_LOGINS,
            until=user.locked_until.strftime("%H:%M:%S"),
        )
    ok = verify_password(password, user.password_hash)
    with database.atomic():
        if ok:
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            user.save()
            audit.record(user, "login.ok", "user", user.id, user.login, at=now)
            return user
        user.failed_logins += 1
        locked = user.failed_logins >= MAX_FAILED_LOGINS
        if locked:
            user.failed_logins = 0
            user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
        user.save()
        audit.record(
            None,
            "login.locked" if locked else "login.failed",
            "user",
            user.id,
            user.login,
            at=now,
        )
    if locked:
        raise LoginFailed(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This account is locked after {n} failed logins. Try again after {until}.",
            ),
            n=MAX_FAILED_LOGINS,
            until=user.locked_until.strftime("%H:%M:%S"),
        )
    raise bad


# --- users ------------------------------------------------------------------------


def _clean_roles(roles: Iterable[str]) -> set[str]:
    roles = set(roles)
    unknown = roles - set(ROLES)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Unknown role: {role}."),
            field="roles",
            role=", ".join(sorted(unknown)),
        )
    if not roles:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A user needs at least one role."), field="roles"
        )
    return roles


def _set_roles(user: User, roles: set[str]) -> None:
    UserRole.delete().where(UserRole.user == user).execute()
    UserRole.insert_many([{"user": user.id, "role": r} for r in sorted(roles)]).execute()
    user._roles = set(roles)


def _create_user(
    login: str,
    full_name: str,
    password: str,
    roles: Iterable[str],
    department: Department | None,
    by: User | None,
    must_change_password: bool,
) -> User:
    login = login.strip()
    full_name = full_name.strip()
    if not login:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The login name is required."), field="login"
        )
    if not full_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The full name is required."), field="full_name"
        )
    _check_password(password)
    roles = _clean_roles(roles)
    if User.select().where(User.login == login).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The login name {login} is already taken."),
            field="login",
            login=login,
        )
    user = User.create(
        login=login,
        full_name=full_name,
        department=department,
        password_hash=hash_password(password),
        must_change_password=must_change_password,
    )
    _set_roles(user, roles)
    audit.record(
        by or user,
        "user.create",
        "user",
        user.id,
        login,
        {"full_name": full_name, "roles": roles, "department": department.name if department else None},
    )
    return user


def create_user(
    login: str,
    full_name: str,
    password: str,
    roles: Iterable[str],
    by: User,
    department: Department | None = None,
) -> User:
    """An administrator creates a user; the user changes the password at first login."""
    require(by, MANAGE_USERS)
    with database.atomic():
        return _create_user(login, full_name, password, roles, department, by, True)


def create_first_administrator(login: str, full_name: str, password: str) -> User:
    """First run: the office's first account, administrator and manager at once."""
    with database.atomic():
        if User.select().exists():
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "This office has already been set up.")
            )
        return _create_user(login, full_name, password, {ADMIN, MANAGER}, None, None, False)


def get_user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "That user no longer exists."))
    return user


def _active_admins_other_than(user: User) -> int:
    return (
        User.select()
        .join(UserRole)
        .where(User.active, UserRole.role == ADMIN, User.id != user.id)
        .count()
    )


def set_roles(user_id: int, roles: Iterable[str], by: User) -> User:
    require(by, MANAGE_USERS)
    with database.atomic():
        user = get_user(user_id)
        roles = _clean_roles(roles)
        old = set(user.roles)
        if ADMIN in old and ADMIN not in roles and _active_admins_other_than(user) == 0:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "The office must keep at least one active administrator."
                )
            )
        _set_roles(user, roles)
        audit.record(by, "user.roles", "user", user.id, user.login, audit.diff(
            {"roles": sorted(old)}, {"roles": sorted(roles)}))
        return user


def update_user(user_id: int, by: User, full_name: str, department: Department | None) -> User:
    require(by, MANAGE_USERS)
    with database.atomic():
        user = get_user(user_id)
        if not full_name.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "The full name is required."), field="full_name"
            )
        before = {"full_name": user.full_name, "department": user.department.name if user.department else None}
        user.full_name = full_name.strip()
        user.department = department
        user.save()
        after = {"full_name": user.full_name, "department": department.name if department else None}
        audit.record(by, "user.update", "user", user.id, user.login, audit.diff(before, after))
        return user


def set_active(user_id: int, active: bool, by: User) -> User:
    """Disable or enable a user. Users are never deleted: their records name them."""
    require(by, MANAGE_USERS)
    with database.atomic():
        user = get_user(user_id)
        if not active and user.id == by.id:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "You cannot disable your own account.")
            )
        if not active and ADMIN in user.roles and _active_admins_other_than(user) == 0:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "The office must keep at least one active administrator."
                )
            )
        if user.active != active:
            user.active = active
            user.save()
            audit.record(
                by, "user.enable" if active else "user.disable", "user", user.id, user.login,
                {"active": [not active, active]},
            )
        return user


def reset_password(user_id: int, new_password: str, by: User) -> User:
    """The administrator sets a temporary password; the user must change it at next login."""
    require(by, MANAGE_USERS)
    _check_password(new_password)
    with database.atomic():
        user = get_user(user_id)
        user.password_hash = hash_password(new_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        user.save()
        audit.record(by, "user.reset_password", "user", user.id, user.login)
        return user


def change_own_password(user: User, old_password: str, new_password: str) -> User:
    """Every user may change their own password, knowing the old one."""
    if not verify_password(old_password, user.password_hash):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The current password is wrong."),
            field="old_password",
        )
    _check_password(new_password)
    if new_password == old_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The new password must differ from the old one."),
            field="password",
        )
    with database.atomic():
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        user.save()
        audit.record(user, "user.change_password", "user", user.id, user.login)
        return user


# --- departments ------------------------------------------------------------------

DEFAULT_DEPARTMENTS = ("客服部", "工程部", "秩维部", "清洁部")


def seed_departments() -> None:
    for order, name in enumerate(DEFAULT_DEPARTMENTS):
        Department.get_or_create(name=name, defaults={"sort_order": order})


def departments(active_only: bool = True) -> list[Department]:
    from .named_lists import entries

    return entries(Department, active_only)


def save_department(
    by: User, name: str, department_id: int | None = None, active: bool = True
) -> Department:
    """Add a department, or rename / (de)activate one (administrator)."""
    from .named_lists import save_entry

    return save_entry(Department, by, name, department_id, active)


# --- the user list (用户一览), for `export users` ------------------------------------


def user_list():
    from .listing import Column, ListSpec

    return ListSpec(
        name="users",
        title=QT_TRANSLATE_NOOP("Lists", "Users"),
        model=User,
        columns=[
            Column("login", QT_TRANSLATE_NOOP("Lists", "Login name"), User.login, 100),
            Column("full_name", QT_TRANSLATE_NOOP("Lists", "Full name"), User.full_name, 100),
            Column("active", QT_TRANSLATE_NOOP("Lists", "Status"), User.active, 70, "status",
                   {1: QT_TRANSLATE_NOOP("Lists", "Active"), 0: QT_TRANSLATE_NOOP("Lists", "Disabled")}),
            Column("created_at", QT_TRANSLATE_NOOP("Lists", "Created"), User.created_at, 140, "datetime"),
            Column("last_login_at", QT_TRANSLATE_NOOP("Lists", "Last login"), User.last_login_at, 140,
                   "datetime"),
        ],
        search=[User.login, User.full_name],
        default_sort=("login", False),
    )
