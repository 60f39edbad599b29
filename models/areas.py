"""The program's areas, in the order of their tabs: the one list a new area is named in.

An area is one tab's records, rules, paper and screens. A built area has one
package, named after it, in each layer:

- ``models.<name>``: its tables, operations, steps, lists and demo; its
  ``__init__`` says what it offers and ends with ``AREA = Area(...)``
  (models.area: tables, migrations, seeders, demo steps, check, steps);
- ``reports.<name>`` (if it prints or exports anything): ``PDF_KINDS`` and
  ``EXPORT_KINDS`` (reports.kinds), for ``main.py pdf`` / ``export``;
- ``gui.<name>``: ``TAB``, its tab (a gui.widgets.tab.AreaTab), and
  ``SETTINGS_PAGE``, its page of the Settings dialog or None.

The core reads this list wherever every area counts: models.schema (the
tables and migrations of a file), models.demo (the demo office),
models.checks (``main.py check``), reports.documents (the kinds of paper and
exports), gui.areas (the main window's tabs, the Settings dialog's pages).
Nothing of the core imports an area by name. An area not built yet is
PENDING: its tab says so, under the title given here, and no package of it
is looked for.

How to add an area, e.g. signage (标识申请, the "Sign requests" tab):
1. write models/signage/, reports/signage/, gui/signage/ and their tests as
   above (its migration takes the next free version number);
2. delete its line from PENDING below.
Nothing else changes; tests/test_areas.py builds a throw-away area that way.
"""

from __future__ import annotations

import importlib

from .area import Area

AREAS: tuple[str, ...] = ("reception", "repairs", "warehouse", "signage", "vendors")

# Not built yet: each one's own issue writes its packages and deletes its line here.
PENDING: dict[str, str] = {}


def built() -> tuple[str, ...]:
    """The names of the areas that have their packages, in tab order."""
    return tuple(name for name in AREAS if name not in PENDING)


def load() -> tuple[Area, ...]:
    """Every built area's models descriptor, in tab order (importing its package)."""
    found = []
    for name in built():
        module = importlib.import_module(f"{__package__}.{name}")
        area = getattr(module, "AREA", None)
        if not isinstance(area, Area) or area.name != name:
            raise LookupError(f"{module.__name__} must end with AREA = Area({name!r}, ...)")
        found.append(area)
    return tuple(found)
