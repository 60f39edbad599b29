"""People (人员): departments, users, their roles, what each role may do, and logging in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from . import audit, clock, logins, named_lists, passwords
from .db import BaseModel, database
from .errors import DomainError, LoginFailed, NotFound, PermissionDenied, ValidationError
from .i18n import QT_TRANSLATE_NOOP, Translatable
from .passwords import hash_password, verify_password  # noqa: F401 - the public API
from .values import as_id, clean_text, shown

# --- roles and permissions -------------------------------------------------------

CLERK = "clerk"  # 客服文员: enters records
DUTY = "duty"  # 当值: signs issue slips, reviews
MANAGER = "manager"  # 经理: approves and confirms; may do all a clerk may
ENGINEERING = "engineering"  # 工程部: accepts and completes repair orders
STOREKEEPER = "storekeeper"  # 仓管员: keeps the storeroom
ADMIN = "admin"  # 管理员: users and settings
DIRECTOR = "director"  # 物业总监 / 物业主任: gets major complaints (issue 12)

ROLES: dict[str, str] = {
    CLERK: QT_TRANSLATE_NOOP("Role", "Clerk"),
    DUTY: QT_TRANSLATE_NOOP("Role", "Duty officer"),
    MANAGER: QT_TRANSLATE_NOOP("Role", "Manager"),
    ENGINEERING: QT_TRANSLATE_NOOP("Role", "Engineering"),
    STOREKEEPER: QT_TRANSLATE_NOOP("Role", "Storekeeper"),
    ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
    DIRECTOR: QT_TRANSLATE_NOOP("Role", "Property director"),
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
    DIRECTOR: {REVIEW},
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


audit.ACTION_LABELS["user.rename"] = QT_TRANSLATE_NOOP("Lists", "Login name changed (upgrade)")
# How the audit log names the users' and departments' tables and fields.
audit.declare(
    audit.TableWords("user", QT_TRANSLATE_NOOP("Audit", "User"), fields={
        "full_name": QT_TRANSLATE_NOOP("Audit", "Full name"),
        "login": QT_TRANSLATE_NOOP("Audit", "Login name"),
        "department": QT_TRANSLATE_NOOP("Audit", "Department"),
        "roles": audit.Field(QT_TRANSLATE_NOOP("Audit", "Roles"), words=ROLES,
                             words_context="Role"),
        "hash": audit.Field(QT_TRANSLATE_NOOP("Audit", "Password storage"), words={
            "upgraded": QT_TRANSLATE_NOOP("Audit", "upgraded")}),
        "why": audit.Field(QT_TRANSLATE_NOOP("Audit", "Why"), words={
            "schema 5: one login per name, in any case":
                QT_TRANSLATE_NOOP("Audit", "one login per name, in any case")}),
    }),
    audit.TableWords("department", QT_TRANSLATE_NOOP("Audit", "Department")),
)


# --- tables -----------------------------------------------------------------------


class Department(BaseModel):
    """部门: seeded 客服部, 工程部, 秩维部, 清洁部; editable."""

    name = CharField(unique=True, max_length=40)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)


class User(BaseModel):
    login = CharField(unique=True, max_length=32)  # as typed, normalised (models.logins)
    login_key = CharField(unique=True)  # casefolded: what logins are compared by (schema 5)
    full_name = CharField(max_length=30)
    department = ForeignKeyField(Department, null=True, backref="users", on_delete="RESTRICT")
    password_hash = CharField()
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)
    created_at = DateTimeField(default=clock.now)
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

    def reread_access(self) -> None:
        """Whether the user is active, and their roles, as the file says now (one query).

        Another desk's administrator may have disabled the user or taken a role
        away since they logged in: every permission check starts from here.
        """
        rows = database.execute_sql(_ACCESS_SQL, (self.id,)).fetchall()
        self.__data__["active"] = bool(rows and rows[0][0])  # as read: not a change to save
        self._roles = {role for _active, role in rows if role is not None}

    def can(self, permission: str) -> bool:
        self.reread_access()
        return self.active and permission in self.permissions()

    def can_work(self) -> bool:
        """Whether the account is active as the file says now."""
        self.reread_access()
        return bool(self.active)

    # Set on a user who proved who they are at another's desk (vouch): whose desk it is.
    at_desk_of: User | None = None

    def __str__(self) -> str:
        return f"{self.full_name} ({self.login})"


class UserRole(BaseModel):
    user = ForeignKeyField(User, backref="role_rows", on_delete="CASCADE")
    role = CharField()

    class Meta:
        indexes = ((("user", "role"), True),)


_ACCESS_SQL = ('SELECT u.active, r.role FROM "user" u LEFT JOIN user_role r ON r.user_id = u.id '
               "WHERE u.id = ?")


class AccountDisabled(PermissionDenied):
    """The user was disabled (perhaps at another desk) after logging in."""

    def __init__(self) -> None:
        DomainError.__init__(self, QT_TRANSLATE_NOOP(
            "DomainError", "Your account has been disabled; ask the administrator."))


def require(user: User | None, permission: str) -> None:
    """Raise PermissionDenied unless ``user`` holds ``permission`` now (re-read from the file)."""
    if user is None or not user.can(permission):
        if user is not None and not user.active:
            raise AccountDisabled()
        label = PERMISSIONS.get(permission, permission)
        raise PermissionDenied(Translatable(label, "Permission"))


# --- passwords --------------------------------------------------------------------

MIN_PASSWORD_LENGTH = passwords.MIN_LENGTH
MAX_PASSWORD_LENGTH = passwords.MAX_LENGTH
_check_password = passwords.check_new_password


# --- logging in -------------------------------------------------------------------

MAX_FAILED_LOGINS = logins.MAX_FAILED_LOGINS
LOCK_MINUTES = logins.LOCK_MINUTES


def _proven(login: str, password: str, now: dt.datetime,
            failure_changes: dict | None = None) -> tuple[User, str | None]:
    """The user whose login and password these are, and a stronger hash to store (or None).

    The login is looked up as typed, normalised and in any case. A name nobody has
    costs one scrypt check too, as long as a wrong password. A wrong password is
    counted in the file (logins.count_failure: five in a row lock the account for five
    minutes, counted together from every desk) and refused.
    """
    key = logins.key_of_typed(login, User.login.max_length)
    user = User.get_or_none(User.login_key == key) if key else None
    typed = password if isinstance(password, str) else ""
    if user is None:
        verify_password(typed, passwords.dummy_hash())
        raise logins.wrong()
    if user.locked_until and user.locked_until > now:
        raise logins.locked(user.locked_until)
    ok = verify_password(typed, user.password_hash)
    if not user.active:
        raise logins.disabled() if ok else logins.wrong()
    if not ok:
        raise logins.count_failure(user, now, failure_changes)
    return user, hash_password(typed) if passwords.needs_upgrade(user.password_hash) else None


def authenticate(login: str, password: str, now: dt.datetime | None = None) -> User:
    """Log in. Five failures in a row lock the account for five minutes.

    A good login clears the count and stores the login time (and a stronger hash in
    place of an old, cheaper one) in the same transaction as its audit row.
    """
    now = now or clock.now()
    user, new_hash = _proven(login, password, now)
    logins.admit(user, now, sql=logins.LOGIN_OK_SQL, action="login.ok",
                 params=(now, user.id, now), new_hash=new_hash)
    return User.get_by_id(user.id)


class MustChangePassword(LoginFailed):
    """A temporary password (the administrator's) does not sign anything."""

    def __init__(self, name: str) -> None:
        DomainError.__init__(self, QT_TRANSLATE_NOOP(
            "DomainError", "{name} still has the temporary password the administrator gave: "
            "they log in once at a desk and choose their own first."), name=name)


def vouch(login: str, password: str, at_desk_of: User, now: dt.datetime | None = None) -> User:
    """Someone proves who they are at ``at_desk_of``'s desk, to take one step there (the duty
    officer signs an issue slip at the storekeeper's desk); that user stays logged in.

    The same checks and counting as ``authenticate`` (a wrong password is a failed
    login; the lockout holds), minus the session: no login time is stored. A
    temporary password is refused. Audited as ``login.vouch``. The user returned
    carries ``at_desk_of``: every audit row written with them as ``by`` names that
    desk (models.audit.record). Whether they may take the step is the step's own
    check (models.steps), asked of the user returned.
    """
    now = now or clock.now()
    if at_desk_of is None or not at_desk_of.can_work():
        raise AccountDisabled()
    user, new_hash = _proven(login, password, now, {"at_desk_of": at_desk_of.login})
    if user.must_change_password:
        raise MustChangePassword(user.full_name)
    logins.admit(user, now, sql=logins.VOUCH_OK_SQL, action="login.vouch",
                 params=(user.id, now), new_hash=new_hash,
                 changes={"at_desk_of": at_desk_of.login})
    signer = User.get_by_id(user.id)
    if signer.id != at_desk_of.id:
        signer.at_desk_of = at_desk_of
    return signer


audit.ACTION_LABELS["login.vouch"] = QT_TRANSLATE_NOOP("Lists", "Signed at another's desk")


# --- users ------------------------------------------------------------------------


def _clean_roles(roles: Iterable[str]) -> set[str]:
    roles = set(roles)
    unknown = roles - set(ROLES)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Unknown role: {role}."),
            field="roles",
            role=", ".join(sorted(shown(r, 20) for r in unknown)[:3]),
        )
    if not roles:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A user needs at least one role."), field="roles"
        )
    return roles


def _full_name(full_name: object) -> str:
    return clean_text(full_name, User.full_name, required=QT_TRANSLATE_NOOP(
        "DomainError", "The full name is required."))


def _department(department: Department | None) -> Department | None:
    if department is None:
        return None
    found = Department.get_or_none(Department.id == as_id(getattr(department, "id", None)))
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "That department no longer exists."),
            field="department")
    return found


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
    password_hash: str,
) -> User:
    """Inside the caller's transaction; the password is already checked and hashed."""
    login = logins.clean_login(login, User.login.max_length)
    full_name = _full_name(full_name)
    roles = _clean_roles(roles)
    department = _department(department)
    key = logins.login_key(login)
    clash = User.get_or_none(User.login_key == key)
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The login name {login} is already taken."),
            field="login",
            login=clash.login,
        )
    user = User.create(
        login=login,
        login_key=key,
        full_name=full_name,
        department=department,
        password_hash=password_hash,
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
    logins.clean_login(login, User.login.max_length)  # the clerk's mistakes before the cost
    _full_name(full_name)
    password_hash = hash_password(_check_password(password))
    with database.atomic():
        return _create_user(login, full_name, password, roles, department, by, True,
                            password_hash)


def create_first_administrator(login: str, full_name: str, password: str) -> User:
    """First run: the office's first account, administrator and manager at once."""
    logins.clean_login(login, User.login.max_length)
    _full_name(full_name)
    password_hash = hash_password(_check_password(password))
    with database.atomic():
        if User.select().exists():
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "This office has already been set up.")
            )
        return _create_user(login, full_name, password, {ADMIN, MANAGER}, None, None, False,
                            password_hash)


def get_user(user_id: int) -> User:
    user = User.get_or_none(User.id == as_id(user_id)) if as_id(user_id) else None
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
        full_name = _full_name(full_name)
        department = _department(department)
        before = {"full_name": user.full_name, "department": user.department.name if user.department else None}
        user.full_name = full_name
        user.department = department
        user.save()
        after = {"full_name": user.full_name, "department": department.name if department else None}
        audit.record(by, "user.update", "user", user.id, user.login, audit.diff(before, after))
        return user


def edit_user(user_id: int, by: User, full_name: str, department: Department | None,
              roles: Iterable[str]) -> User:
    """The user dialog's Save: the name, the department and the roles together, or nothing
    (one transaction; each part audited as update_user and set_roles audit it)."""
    require(by, MANAGE_USERS)
    with database.atomic():
        update_user(user_id, by, full_name, department)
        return set_roles(user_id, roles, by=by)


def users() -> list[User]:
    """Every user, active or not, by login name (the users page)."""
    return list(User.select().order_by(User.login))


def names_with_role(role: str) -> list[str]:
    """The full names of the active users holding ``role``, by name."""
    query = (User.select(User.full_name).join(UserRole, on=(UserRole.user == User.id))
             .where(UserRole.role == role, User.active).order_by(User.full_name))
    return [user.full_name for user in query]


def set_active(user_id: int, active: bool, by: User) -> User:
    """Disable or enable a user. Users are never deleted: their records name them."""
    require(by, MANAGE_USERS)
    active = bool(active)
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
    get_user(user_id)
    password_hash = hash_password(_check_password(new_password))
    with database.atomic():
        user = get_user(user_id)
        user.password_hash = password_hash
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        user.save()
        audit.record(by, "user.reset_password", "user", user.id, user.login)
        return user


def change_own_password(user: User, old_password: str, new_password: str) -> User:
    """Every user may change their own password, knowing the old one (as the file has it)."""
    current = get_user(user.id)
    if not current.active:
        raise AccountDisabled()
    if not verify_password(old_password if isinstance(old_password, str) else "",
                           current.password_hash):
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
    password_hash = hash_password(new_password)
    with database.atomic():
        User.update(password_hash=password_hash, must_change_password=False).where(
            User.id == user.id).execute()
        audit.record(user, "user.change_password", "user", user.id, user.login)
    user.password_hash, user.must_change_password = password_hash, False
    return user


# --- departments ------------------------------------------------------------------

DEFAULT_DEPARTMENTS = ("客服部", "工程部", "秩维部", "清洁部")


def seed_departments() -> None:
    for order, name in enumerate(DEFAULT_DEPARTMENTS):
        Department.get_or_create(name=name, defaults={"sort_order": order})


def departments(active_only: bool = True) -> list[Department]:
    return named_lists.entries(Department, active_only)


def get_department(department_id: int) -> Department:
    """A department by id, in use or not; NotFound when it no longer exists."""
    department_id = as_id(department_id)
    found = (Department.get_or_none(Department.id == department_id)
             if department_id is not None else None)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "That department no longer exists."))
    return found


def save_department(
    by: User, name: str, department_id: int | None = None, active: bool = True
) -> Department:
    """Add a department, or rename / (de)activate one (administrator)."""
    require(by, MANAGE_SETTINGS)
    return named_lists.save_entry(Department, by, name, department_id, active)


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
