"""The repairs tab's words: codes from models.repairs in the clerk's language, times, lateness.

The status, urgency, source, verdict and event labels are marked in models
(context "Repairs"); this module only translates and formats them.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication

from models import clock, repairs

translate = QCoreApplication.translate


def _label(labels: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    text = labels.get(code)
    return QCoreApplication.translate("Repairs", text) if text else str(code)


def status_text(code: str | None) -> str:
    return _label(repairs.STATUS_LABELS, code)


def urgency_text(code: str | None) -> str:
    return _label(repairs.URGENCY_LABELS, code)


def source_text(code: str | None) -> str:
    return _label(repairs.SOURCE_LABELS, code)


def verdict_text(code: str | None) -> str:
    return _label(repairs.VERDICT_LABELS, code)


def event_text(action: str | None) -> str:
    return _label(repairs.EVENT_LABELS, action)


def field_text(key: str) -> str:
    return _label(repairs.FIELD_LABELS, key)


def choices(labels: dict[str, str]) -> list[tuple[str, str]]:
    """(translated label, code) pairs for a combo, in the models' order."""
    return [(QCoreApplication.translate("Repairs", text), code) for code, text in labels.items()]


def time_text(value: dt.datetime | None) -> str:
    """A moment as the office writes it: 2026-03-10 09:05 (blank when there is none)."""
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def duration_text(span: dt.timedelta) -> str:
    """A span in the largest two units that matter: 2 d 3 h, 3 h 20 min, 45 min."""
    return repairs.duration_text(span, translate)


def minutes_text(minutes: int) -> str:
    return duration_text(dt.timedelta(minutes=minutes))


def lateness_of(values: Any, now: dt.datetime | None = None) -> tuple[str, dt.timedelta] | None:
    """repairs.lateness for an order or a list row (a dict with status and the due times)."""
    if isinstance(values, dict):
        if values.get("accept_due") is None or values.get("complete_due") is None:
            return None
        values = SimpleNamespace(status=values.get("status"), accept_due=values["accept_due"],
                                 complete_due=values["complete_due"])
    return repairs.lateness(values, now or clock.now())


def lateness_text(values: Any, now: dt.datetime | None = None) -> str:
    """"Not accepted: 2 h 5 min late" for an overdue order; blank when it is on time."""
    late = lateness_of(values, now)
    if late is None:
        return ""
    what, span = late
    if what == "accept":
        return translate("RepairLabels", "Not accepted in time: {late} late").format(late=duration_text(span))
    return translate("RepairLabels", "Not completed in time: {late} late").format(late=duration_text(span))
