"""外判单位、合同与考评标准 (vendors, contracts with their fee bands and deduction clauses, criteria templates with the seeds' defaults).

- ``setup_ops``: kinds, vendors, contracts, fee bands; ``contract_on(vendor_id, day)``;
- ``setup_templates``: templates and their versions; ``template_for(kind, sheet)``,
  ``copy_items(template)``; the defaults (``setup_defaults``) seeded in a new office;
- ``setup_lists``: the vendors list, the log's words; ``setup_demo``: four vendors.

The package's ``__init__`` gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

from decimal import Decimal

from . import setup_lists, setup_ops, setup_templates
from .base import Contract, CriteriaTemplate, FeeBand
from .setup_demo import add_vendors
from .setup_lists import *  # noqa: F401,F403
from .setup_ops import *  # noqa: F401,F403
from .setup_templates import *  # noqa: F401,F403

__all__: list[str] = [*setup_ops.__all__, *setup_templates.__all__, *setup_lists.__all__]

TABLES: tuple = ()  # (the area's tables are all in base.py)
SEEDERS: tuple = (setup_templates.seed_templates,)
DEMO_STEPS: tuple = (add_vendors,)
STEPS: tuple = (setup_ops.VENDOR_STEPS,)


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    for template in CriteriaTemplate.select():
        total = setup_templates.points_total(template)
        if total != Decimal("100"):
            problems.append(f"criteria template {template.name} v{template.version}: "
                            f"points add to {total}, not 100")
    contracts = {band.contract_id for band in FeeBand.select(FeeBand.contract)}
    for contract in Contract.select():
        if contract.id not in contracts:
            problems.append(f"vendor contract {contract.number}: no fee bands")
            continue
        rows = setup_ops.band_rows(contract)
        if rows[-1]["from_score"] != 0:
            problems.append(f"vendor contract {contract.number}: no band from 0")
    seen: dict[int, list[Contract]] = {}
    for contract in Contract.select().order_by(Contract.vendor, Contract.starts_on):
        earlier = seen.setdefault(contract.vendor_id, [])
        if earlier and earlier[-1].ends_on >= contract.starts_on:
            problems.append(f"vendor contracts {earlier[-1].number} and {contract.number} "
                            "overlap")
        earlier.append(contract)
    return problems
