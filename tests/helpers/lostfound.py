"""Lost and found in the test office: a found wallet, a loss report, a claim (fixture-free).

The values the tests read back; the users come from the ``staff`` fixture.
"""

from __future__ import annotations

import datetime as dt

from models import reception

ID_CARD = "110101199003071234"  # a resident ID number; shown 110101********1234


def wallet_values(**over) -> dict:
    values = {"found_on": dt.date(2026, 3, 10), "place": "A座1楼大堂", "item_name": "黑色钱包",
              "style": "真皮短款", "model": "七匹狼", "quantity": 1, "finder": "保洁员王秀兰",
              "finder_phone": "13800001111", "finder_is_staff": True, "handed_to": "李晓燕",
              "value": "300", "storage": "客服部失物柜A格"}
    values.update(over)
    return values


def found_wallet(by, **over) -> reception.FoundItem:
    return reception.register_found(wallet_values(**over), by=by)


def loss_values(**over) -> dict:
    values = {"company": "星河科技有限公司", "phone": "13912345678", "room": "1603",
              "owner": "王芳", "lost_at": dt.datetime(2026, 3, 9, 18, 30), "place": "大堂",
              "item_name": "钱包", "style": "黑色", "model": ""}
    values.update(over)
    return values


def lost_wallet(by, **over) -> reception.LossReport:
    return reception.report_loss(loss_values(**over), by=by)


def claim_values(**over) -> dict:
    values = {"owner": "王芳", "id_type": reception.ID_CARD, "id_number": ID_CARD,
              "phone": "13912345678"}
    values.update(over)
    return values
