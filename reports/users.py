"""用户权限一览表: who may use the program and in which roles, for the manager to sign."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, fn

from models import settings
from models.people import ROLES, Department, User, UserRole

from .paper import FormDocument, person

# Paper is always Chinese, whatever the desk's language: role names for forms.
ROLE_NAMES_ZH: dict[str, str] = {
    "clerk": "客服文员",
    "duty": "当值",
    "manager": "经理",
    "engineering": "工程部",
    "storekeeper": "仓管员",
    "admin": "管理员",
    "director": "物业总监",
}

HEADERS = ["序号", "登录名", "姓名", "部门", "角色", "状态", "最近登录"]
COL_WIDTHS = [5, 13, 12, 11, 24, 7, 17]


def role_name_zh(role: str) -> str:
    """The Chinese name of a role; an unknown role prints as stored."""
    return ROLE_NAMES_ZH.get(role, role)


def user_rows() -> list[list[object]]:
    """One row per user (active first, then by department and login), roles in ROLES order."""
    order = {role: i for i, role in enumerate(ROLES)}
    roles: dict[int, list[str]] = {}
    for row in UserRole.select(UserRole.user, UserRole.role).tuples():
        roles.setdefault(row[0], []).append(row[1])
    users = (
        User.select(User, Department)
        .join(Department, JOIN.LEFT_OUTER, on=(User.department == Department.id))
        .order_by(User.active.desc(), fn.COALESCE(Department.sort_order, 1_000_000), User.login)
    )
    rows: list[list[object]] = []
    for number, user in enumerate(users, start=1):
        names = sorted(roles.get(user.id, []), key=lambda r: order.get(r, len(order)))
        department = user.department.name if user.department_id else ""
        rows.append([
            number,
            user.login,
            user.full_name,
            department,
            "、".join(role_name_zh(r) for r in names),
            "启用" if user.active else "停用",
            user.last_login_at or "从未登录",
        ])
    return rows


def users_pdf(prepared_by: str = "", date: dt.date | None = None, *,
              by: User | None = None) -> bytes:
    """The user and role list on A4, signed by its preparer (制表人: the user ``by`` who
    prints it, or ``prepared_by``) and the manager (审核人)."""
    rows = user_rows()
    doc = FormDocument("用户权限一览表", settings.office_name(), date=date)
    doc.table(HEADERS, rows, col_widths=COL_WIDTHS, align="CLLLLCL")
    active = sum(1 for r in rows if r[5] == "启用")
    doc.paragraph(f"共 {len(rows)} 个用户，其中启用 {active} 个、停用 {len(rows) - active} 个。")
    doc.signatures([("制表人", person(by) or prepared_by), "审核人（经理）"])
    return doc.build()
