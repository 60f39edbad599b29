"""The one font family of the paper forms: WenQuanYi Micro Hei, embedded as a subset.

reportlab embeds TrueType outlines only (not CFF/.otf), which is why the forms
use this .ttc and not Noto CJK. The collection has no bold face: "bold" text in
paragraphs maps to the same face, and headings fake it with a stroked outline
(see ``forms``).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .resources import font_path

FONT = "WQY"  # regular face: every form prints in it
FONT_BOLD = "WQY-Bold"  # the same face under a bold name, so <b> in paragraphs works

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family with reportlab once; safe to call from any thread, any number of times."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        path = str(font_path())
        pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=0))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, path, subfontIndex=0))
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT)
        addMapping(FONT, 1, 1, FONT_BOLD)
        _registered = True
