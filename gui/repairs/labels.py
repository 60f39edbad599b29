"""The repairs tab's words: codes from models.repairs in the clerk's language, times, lateness.

The status, urgency, source, verdict and event words are the vocabularies of
models.repairs (one table each, context "Repairs"); this module only translates
and formats them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from models import clock, repairs
from models.i18n import QT_TRANSLATE_NOOP
from models.vocabulary import Vocabulary

translate = QCoreApplication.translate


def status_text(code: str | None) -> str:
    return repairs.STATUS_LABELS.text(code, translate)


def urgency_text(code: str | None) -> str:
    return repairs.URGENCY_LABELS.text(code, translate)


def source_text(code: str | None) -> str:
    return repairs.SOURCE_LABELS.text(code, translate)


def verdict_text(code: str | None) -> str:
    return repairs.VERDICT_LABELS.text(code, translate)


def event_text(action: str | None) -> str:
    return repairs.EVENT_LABELS.text(action, translate)


def field_text(key: str) -> str:
    text = repairs.FIELD_LABELS.get(key)
    return translate("Repairs", text) if text else key


def choices(vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """(translated label, code) pairs for a combo, in the models' order."""
    return vocabulary.choices(translate)


def time_text(value: dt.datetime | None) -> str:
    """A moment as the office writes it: 2026-03-10 09:05 (blank when there is none)."""
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def duration_text(span: dt.timedelta) -> str:
    """A span in the largest two units that matter: 2 d 3 h, 3 h 20 min, 45 min."""
    return repairs.duration_text(span, translate)


def minutes_text(minutes: int) -> str:
    return duration_text(dt.timedelta(minutes=minutes))


def lateness_of(values: Any, now: dt.datetime | None = None) -> tuple[str, dt.timedelta] | None:
    """repairs.lateness for an order, or for a list row (its "late" value, read in SQL)."""
    if isinstance(values, dict):
        return repairs.split_late(values.get("late"))
    return repairs.lateness(values, now or clock.now())


# Which step is late (派工/接单/完工/验收/回访 超时), as the order's page and tooltips say it.
LATE_SENTENCES = {
    "dispatch": QT_TRANSLATE_NOOP("RepairLabels", "Not dispatched in time: {late} late"),
    "accept": QT_TRANSLATE_NOOP("RepairLabels", "Not accepted in time: {late} late"),
    "complete": QT_TRANSLATE_NOOP("RepairLabels", "Not completed in time: {late} late"),
    "check": QT_TRANSLATE_NOOP("RepairLabels", "Not checked in time: {late} late"),
    "call_back": QT_TRANSLATE_NOOP("RepairLabels", "Not called back in time: {late} late"),
}


def lateness_text(values: Any, now: dt.datetime | None = None) -> str:
    """"Not dispatched in time: 2 h 5 min late" for an overdue order; blank when on time."""
    late = lateness_of(values, now)
    if late is None:
        return ""
    step, span = late
    return translate("RepairLabels", LATE_SENTENCES[step]).format(late=duration_text(span))
