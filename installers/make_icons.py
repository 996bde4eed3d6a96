"""Renders the installer icons from resources/icons/hybridstudio.svg (run when the icon changes).

Writes into installers/icons/: the application icon as Windows .ico and macOS .icns, and a recipe
document icon (a sheet of paper with the application icon on it) as .ico, .icns and a 256 px PNG for
Linux desktops. Needs PySide6 (to draw the SVG) and Pillow, both in the development environment.

    python installers/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "hybridstudio.svg"
OUT = Path(__file__).resolve().parent / "icons"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render_svg(path: Path, size: int) -> Image.Image:
    """The SVG drawn at ``size`` px square with Qt's renderer, as an RGBA Pillow image."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(path)).render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def document_icon(app_icon: Image.Image, size: int = 1024) -> Image.Image:
    """A recipe file's icon: a white page with a folded corner, the application icon on it."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    left, top, right, bottom = size * 0.16, size * 0.04, size * 0.84, size * 0.96
    fold = size * 0.18
    page = [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)]
    d.polygon(page, fill=(255, 255, 255, 255), outline=(60, 60, 60, 255), width=max(2, size // 80))
    d.polygon(
        [(right - fold, top), (right - fold, top + fold), (right, top + fold)],
        fill=(220, 220, 220, 255),
        outline=(60, 60, 60, 255),
        width=max(2, size // 80),
    )
    inner = int(size * 0.52)
    img.alpha_composite(
        app_icon.resize((inner, inner), Image.Resampling.LANCZOS), (int((size - inner) / 2), int(size * 0.34))
    )
    return img


def main() -> None:
    OUT.mkdir(exist_ok=True)
    app = render_svg(SVG, 1024)
    doc = document_icon(app)
    for name, img in (("hybridstudio", app), ("recipe", doc)):
        img.save(OUT / f"{name}.ico", sizes=ICO_SIZES)
        img.save(OUT / f"{name}.icns")
        print(f"wrote {name}.ico, {name}.icns")
    doc.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "recipe-256.png", optimize=True)
    app.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "hybridstudio-512.png", optimize=True)
    print("wrote recipe-256.png, hybridstudio-512.png")


if __name__ == "__main__":
    sys.exit(main())
