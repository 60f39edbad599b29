"""The demo office's callbacks beyond the cases' own: the manager's reviews (部长审核) of
the older ones, and a few customers who could not answer now (promised a later call, some
of them late in the queue). The areas' demos call these after writing their cases."""

from __future__ import annotations

import datetime as dt
import json
import random

from . import audit, callbacks, clock
from .callbacks import Callback
from .db import database
from .people import User


def review_older(kind: str, manager: User, now: dt.datetime, rng: random.Random,
                 share: float = 0.9, days: int = 120) -> int:
    """Mark most callbacks of ``kind`` made in the last ``days`` (but more than a week ago)
    reviewed by ``manager``, the day after each was made, with its audit row (in bulk: the
    demo writes years at once; the office began reviewing in the program then)."""
    week_ago, since = now - dt.timedelta(days=7), now - dt.timedelta(days=days)
    rows = list(Callback.select(Callback.id, Callback.number, Callback.made_at)
                .where((Callback.kind == kind) & (Callback.verdict != "")
                       & Callback.reviewed_at.is_null() & (Callback.made_at < week_ago)
                       & (Callback.made_at >= since))
                .order_by(Callback.made_at).tuples())
    chosen = [r for r in rows if rng.random() < share]
    name = manager.full_name[:50]
    when = {cid: dt.datetime.combine(made.date() + dt.timedelta(days=1), dt.time(9, 30))
            for cid, _number, made in chosen}
    with database.atomic("IMMEDIATE"):
        database.connection().executemany(
            "UPDATE callback SET reviewed_by = ?, reviewed_at = ? WHERE id = ?",
            [(name, f"{when[cid]:%Y-%m-%d %H:%M:%S}", cid) for cid, _n, _m in chosen])
        audit.insert_rows(sorted((
            {"at": when[cid], "user_id": manager.id, "user_name": manager.login,
             "action": "callback.review", "entity": "callback", "record_id": cid,
             "record_label": number,
             "changes": json.dumps({"reviewed_by": name}, ensure_ascii=False)}
            for cid, number, _made in chosen), key=lambda r: r["at"]))
    return len(chosen)


def promise_some(kind: str, clerk: User, now: dt.datetime, rng: random.Random,
                 count: int = 3) -> int:
    """A few cases waiting now: the customer could not answer; a call promised (one already
    past its time, so the queue shows it late)."""
    waiting = callbacks.source(kind).waiting()
    made = 0
    for n, case in enumerate(rng.sample(waiting, min(count, len(waiting)))):
        # the first promised a call an hour ago (late now), the others a day or two ahead
        at = now - dt.timedelta(hours=2 if n == 0 else 1)
        promised = now + (dt.timedelta(hours=-1) if n == 0 else dt.timedelta(days=n))
        with clock.running(lambda a=at: a):
            callbacks.record_callback(kind, case.case_id, {
                "verdict": "", "promised_at": promised, "person": case.customer,
                "words": rng.choice(("正在开会，稍后回复", "人在外地，回来再说",
                                     "要先问问家里人"))}, clerk)
        made += 1
    return made
