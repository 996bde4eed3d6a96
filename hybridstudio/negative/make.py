"""Laying out a negative for an image: exact physical size at the printer's resolution, border,
crop marks, a control wedge and a label."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..core.errors import ParamError
from .curve import ToneCurve
from .render import MM_PER_INCH, Canvas, ImageArea, Sheet, base_resolution
from .tone import srgb_to_lstar

PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A5": (148.0, 210.0),
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A3+": (329.0, 483.0),
    "letter": (215.9, 279.4),
    "legal": (215.9, 355.6),
    "tabloid": (279.4, 431.8),
    "5x7in": (127.0, 177.8),
    "8x10in": (203.2, 254.0),
    "11x14in": (279.4, 355.6),
}
STRIP_STEPS = 11
STRIP_MM = 6.0
LABEL_MM = 2.6


def image_tone(pixels: np.ndarray, rows: int = 512) -> np.ndarray:
    """Print tone of each pixel: L*/100 of the sRGB image (float32 HxW, 0 black … 1 white),
    computed a band of rows at a time to keep the temporaries small."""
    out = np.empty(pixels.shape[:2], np.float32)
    for y in range(0, pixels.shape[0], rows):
        out[y : y + rows] = np.clip(srgb_to_lstar(pixels[y : y + rows]) / 100.0, 0.0, 1.0)
    return out


def print_size_mm(
    shape: tuple[int, int], width_mm: float | None, height_mm: float | None, source_dpi: float | None
) -> tuple[float, float]:
    """The image's printed size from a width, a height, or its own resolution."""
    h, w = shape
    if width_mm:
        return float(width_mm), float(width_mm) * h / w
    if height_mm:
        return float(height_mm) * w / h, float(height_mm)
    if source_dpi:
        return w / source_dpi * MM_PER_INCH, h / source_dpi * MM_PER_INCH
    raise ValueError("give the printed width or height (mm): the image carries no resolution")


#: The largest printed side a negative may have (the widest roll printers take 1.6 m).
MAX_PRINT_MM = 2000.0
#: Rows of the output written at a time (export) and bytes per output pixel held per row then:
#: 16-bit RGB, the painted strip, the Deflate predictor copy and the mirrored copy.
_STRIP_ROWS, _STRIP_BYTES = 128, 4 * 6
#: Tables and buffers of any negative (16-bit curve and colour LUTs, the expected-print preview,
#: the encoder's buffers), measured by bench/bench_memory_budget.py.
_FIXED_BYTES = 96 * 2**20


@dataclass(frozen=True)
class SheetGeometry:
    """Sizes of a negative before anything is drawn: image and sheet pixels, base layer."""

    base_dpi: float
    factor: int
    img_w: int
    img_h: int
    side: int
    base_w: int
    base_h: int
    img_w_mm: float
    img_h_mm: float

    @property
    def width_px(self) -> int:
        return self.base_w * self.factor

    @property
    def height_px(self) -> int:
        return self.base_h * self.factor

    def peak_bytes(self, source_shape: tuple[int, int]) -> int:
        """Estimated peak memory of making and exporting the negative, beyond the source image:
        the uint16 base layer and its float32 preview copy, the source's tone plane and the
        strips written at a time."""
        base = self.base_w * self.base_h
        src = source_shape[0] * source_shape[1]
        return int(base * (2 + 4) + src * 4 * 2 + _STRIP_ROWS * self.width_px * _STRIP_BYTES + _FIXED_BYTES)


def sheet_geometry(
    shape: tuple[int, int],
    dpi: float,
    width_mm: float | None,
    height_mm: float | None,
    source_dpi: float | None,
    border_mm: float = 10.0,
    strip: bool = True,
    label: bool = True,
) -> SheetGeometry:
    """The negative's sizes, checked jointly: the printed image (from the width or height and the
    image's proportions) must stay within :data:`MAX_PRINT_MM` on both sides."""
    img_w_mm, img_h_mm = print_size_mm(shape, width_mm, height_mm, source_dpi)
    if max(img_w_mm, img_h_mm) > MAX_PRINT_MM:
        raise ParamError(
            "width_mm" if width_mm else "height_mm",
            f"a {shape[1]}×{shape[0]} px image printed {img_w_mm:,.0f} × {img_h_mm:,.0f} "
            f"mm is larger than {MAX_PRINT_MM:g} mm on a side: give a smaller width "
            "or height, or crop the image",
        )
    base_dpi, factor = base_resolution(dpi)
    img_w = max(1, round(img_w_mm / MM_PER_INCH * dpi))
    img_h = max(1, round(img_h_mm / MM_PER_INCH * dpi))
    side = round(border_mm / MM_PER_INCH * base_dpi)
    foot_mm = max(border_mm, (3.0 + STRIP_MM if strip else 0.0) + (3.0 + LABEL_MM if label else 0.0) + 3.0)
    foot = round(foot_mm / MM_PER_INCH * base_dpi)
    wb, hb = math.ceil(img_w / factor), math.ceil(img_h / factor)
    return SheetGeometry(
        base_dpi, factor, img_w, img_h, side, side + wb + side, side + hb + foot, img_w_mm, img_h_mm
    )


def make_negative(
    pixels: np.ndarray,
    curve: ToneCurve,
    colour: str,
    dpi: float,
    *,
    width_mm: float | None = None,
    height_mm: float | None = None,
    source_dpi: float | None = None,
    border_mm: float = 10.0,
    border: str = "clear",
    mirror: bool = True,
    marks: bool = True,
    strip: bool = True,
    label: str = "",
) -> Sheet:
    """A negative for ``pixels`` (sRGB float32 HxWx3): the image at its exact printed size in the
    middle of a border (``clear`` film prints the process's black, ``dense`` prints paper white),
    crop marks, an 11-step control wedge through the same curve and a label, all right-reading on
    the print."""
    g = sheet_geometry(pixels.shape[:2], dpi, width_mm, height_mm, source_dpi, border_mm, strip, bool(label))
    base_dpi, factor, img_w, img_h, side = g.base_dpi, g.factor, g.img_w, g.img_h, g.side
    width_px, height_px = g.base_w, g.base_h
    border_ink = 0.0 if border == "clear" else 1.0
    mark_ink = 1.0 - border_ink
    canvas = Canvas(
        width_px * MM_PER_INCH / base_dpi, height_px * MM_PER_INCH / base_dpi, base_dpi, background=border_ink
    )
    mm = MM_PER_INCH / base_dpi
    x0, y0 = side * mm, side * mm
    iw, ih = img_w / dpi * MM_PER_INCH, img_h / dpi * MM_PER_INCH
    if marks and border_mm >= 4.0:
        length = min(5.0, border_mm - 2.5)
        for cx, cy, dx, dy in (
            (x0, y0, -1, -1),
            (x0 + iw, y0, 1, -1),
            (x0 + iw, y0 + ih, 1, 1),
            (x0, y0 + ih, -1, 1),
        ):
            canvas.crop_mark(cx, cy, length, dx, dy, mark_ink)
    y = y0 + ih + 3.0
    if strip:
        size = min(STRIP_MM, iw / STRIP_STEPS)
        tones = np.linspace(0.0, 1.0, STRIP_STEPS)
        for i, ink in enumerate(curve(tones)):
            canvas.rect(x0 + i * size, y, size, size, float(ink))
        canvas.rect(x0, y, size * STRIP_STEPS, 0.15, mark_ink)  # outline top edge: find the strip
        y += size + 3.0
    if label:
        canvas.text(x0, y, label, LABEL_MM, mark_ink)
    tone = image_tone(pixels)
    return Sheet(
        dpi=dpi,
        factor=factor,
        base=canvas.ink,
        curve=curve,
        colour=colour,
        mirror=mirror,
        image=ImageArea(tone, (side * factor, side * factor, img_w, img_h)),
        meta={
            "kind": "digital negative",
            "image_mm": [round(iw, 3), round(ih, 3)],
            "image_px": [img_w, img_h],
            "border": border,
            "date": date.today().isoformat(),
        },
    )
