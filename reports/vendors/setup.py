"""The vendors' setup part's paper and exports (see reports.vendors).

exports:  ``vendors``  every vendor with the contract in force today (the list's columns)
"""

from __future__ import annotations

from models import vendors

from ..catalogue import write_list
from ..kinds import ExportKind

__all__: list[str] = []

PDF_KINDS: tuple = ()
EXPORT_KINDS: tuple = (
    ExportKind("vendors", "the vendors with their current contracts (外判单位一览)",
               lambda target, options, translate: write_list(vendors.VENDOR_LIST, target,
                                                             translate)),
)
