"""Where the bundled resources (fonts, icons, translations) live, frozen or not.

The GUI imports this too (to register the same font with Qt), so it stays free
of Qt and of reportlab.
"""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FILENAME = "wqy-microhei.ttc"


def resource_dir() -> Path:
    """The resources/ folder: beside the packages in a checkout, at the top of a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path() -> Path:
    """The CJK TrueType collection every printed form embeds (WenQuanYi Micro Hei)."""
    return resource_dir() / "fonts" / FONT_FILENAME
