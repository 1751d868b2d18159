"""PNG and ICO icons derived from the one drawing, ``resources/palier.svg``."""

from __future__ import annotations

import os
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(svg: Path, folder: Path, sizes=PNG_SIZES) -> dict[int, Path]:
    """Draw ``svg`` at each size into ``folder/palier-SIZE.png``; returns ``{size: path}``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine may have no display
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # A full QApplication (not the lighter QGuiApplication) so that windows made later in the
    # same process, as in the test run, still find the one they need.
    _app = QApplication.instance() or QApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a drawing Qt can read")
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"palier-{size}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written[size] = path
    return written


def write_ico(pngs: dict[int, Path], target: Path, sizes=ICO_SIZES) -> Path:
    """The Windows icon (the installer's and the executable's), every size drawn, not scaled."""
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in sizes]
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in sizes], append_images=images[:-1])
    return target
