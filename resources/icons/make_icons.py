"""Render frontdesk.svg into frontdesk.png (256 px) and a multi-size frontdesk.ico.

Run once after changing the SVG (the outputs are committed; nothing runs this
at build time):

    pip install --target /tmp/pillow pillow
    PYTHONPATH=/tmp/pillow QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py

Qt draws every size from the vector (crisp small sizes); Pillow only packs
them into the .ico, so it is not a dependency of the project.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "frontdesk.svg"))
    if not renderer.isValid():
        print("frontdesk.svg did not load", file=sys.stderr)
        return 1
    images = [render(renderer, size) for size in ICO_SIZES]
    images[-1].save(HERE / "frontdesk.png", optimize=True)
    images[-1].save(
        HERE / "frontdesk.ico", format="ICO",
        sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1],
    )
    print(f"wrote frontdesk.png and frontdesk.ico ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
