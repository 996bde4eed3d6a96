"""Making a negative, strip by strip, in 16 bit.

A :class:`Sheet` is the whole negative: a *base layer* of ink (fiducials, patches, border, label,
marks) drawn at a modest resolution (≤ 720 dpi, an integer fraction of the printer's), and an
optional *image area* resampled from the source image at the printer's full resolution. Rows are
produced on demand (:meth:`Sheet.rgb_rows`), so a 2880 dpi A4 negative (≈ 800 MP) never sits in
memory: the exporters stream the strips to disk.

Per pixel: print tone ``p`` (L*/100 of the image: 0 black, 1 white) → correction curve, 16-bit
table → ink ``n`` → negative colour, 16-bit table per channel → mirrored for emulsion-to-emulsion
contact.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from numpy.typing import ArrayLike
from PIL import Image, ImageDraw, ImageFont

from .curve import LUT_SIZE, ToneCurve
from .tone import hex_to_rgb

MAX_BASE_DPI = 720.0
MM_PER_INCH = 25.4


#: OpenCV's remap works on images whose sides are below SHRT_MAX (32767) pixels.
REMAP_MAX = 32000


def base_resolution(dpi: float) -> tuple[float, int]:
    """(base-layer dpi, integer factor) with base dpi ≤ 720 and base dpi × factor = dpi."""
    factor = max(1, math.ceil(dpi / MAX_BASE_DPI - 1e-9))
    return dpi / factor, factor


def ink_colour_luts(colour: str) -> np.ndarray:
    """(3, 65536) uint16: ink 0..1 → sRGB value of the negative, per channel.

    Ink ``n`` lays the negative colour proportionally over clear film: ``white + n·(colour −
    white)`` in the printer's RGB. The calibration measures whatever the printer then does, so
    the mapping only needs to be the same for the target and the negatives.
    """
    c = np.asarray(hex_to_rgb(colour), dtype=np.float64)
    n = np.arange(LUT_SIZE, dtype=np.float64) / (LUT_SIZE - 1)
    vals = 1.0 + n[None, :] * (c[:, None] - 1.0)
    return np.round(vals * (LUT_SIZE - 1)).astype(np.uint16)


def to_u16(v: ArrayLike) -> np.ndarray:
    return np.round(np.clip(v, 0.0, 1.0) * (LUT_SIZE - 1)).astype(np.uint16)


class Canvas:
    """Drawing of the base layer in millimetres; values are ink 0..1 (0 clear, 1 full ink)."""

    def __init__(self, width_mm: float, height_mm: float, dpi: float, background: float = 1.0):
        self.dpi = dpi
        self.width_px = max(1, round(width_mm / MM_PER_INCH * dpi))
        self.height_px = max(1, round(height_mm / MM_PER_INCH * dpi))
        self.ink = np.full((self.height_px, self.width_px), to_u16(np.float64(background)), np.uint16)

    def px(self, mm: float) -> int:
        return int(round(mm / MM_PER_INCH * self.dpi))

    def rect(self, x: float, y: float, w: float, h: float, ink: float) -> None:
        x0, y0, x1, y1 = self.px(x), self.px(y), self.px(x + w), self.px(y + h)
        self.ink[max(y0, 0) : y1, max(x0, 0) : x1] = to_u16(np.float64(ink))

    def stamp(self, x: float, y: float, mask: np.ndarray, ink: float) -> None:
        """Set ``ink`` where ``mask`` (bool, base pixels) is true, top-left at (x, y) mm."""
        x0, y0 = self.px(x), self.px(y)
        h = min(mask.shape[0], self.height_px - y0)
        w = min(mask.shape[1], self.width_px - x0)
        if h <= 0 or w <= 0:
            return
        region = self.ink[y0 : y0 + h, x0 : x0 + w]
        region[mask[:h, :w]] = to_u16(np.float64(ink))

    def text(self, x: float, y: float, text: str, size_mm: float, ink: float, anchor: str = "la") -> None:
        """Text with its anchor (Pillow anchors: 'la' left-top, 'ma' middle-top) at (x, y) mm."""
        size = max(6, self.px(size_mm))
        font = ImageFont.load_default(size=size)
        left, top, right, bottom = font.getbbox(text, anchor="la")
        w, h = int(right - left) + 2, int(bottom) + 2
        img = Image.new("L", (w, h), 0)
        ImageDraw.Draw(img).text((-left + 1, 0), text, fill=255, font=font, anchor="la")
        mask = np.asarray(img) > 127
        dx = -w / 2 if anchor[0] == "m" else (-w if anchor[0] == "r" else 0)
        self.stamp(x + dx * MM_PER_INCH / self.dpi, y, mask, ink)

    def crop_mark(
        self,
        x: float,
        y: float,
        length: float,
        dx: int,
        dy: int,
        ink: float,
        weight: float = 0.25,
        gap: float = 1.5,
    ) -> None:
        """An L-shaped crop mark pointing away from the corner (x, y), ``dx``/``dy`` = ±1."""
        gx, gy = x + dx * gap, y + dy * gap
        self.rect(min(gx, gx + dx * length), y - weight / 2, length, weight, ink)
        self.rect(x - weight / 2, min(gy, gy + dy * length), weight, length, ink)


@dataclass
class ImageArea:
    """The picture on the sheet: print tones ``p`` (float32 HxW, 0..1) placed at a box in output
    pixels (x, y, width, height), resampled on the fly."""

    tone: np.ndarray
    box: tuple[int, int, int, int]
    interpolation: int = cv2.INTER_LINEAR


@dataclass
class Sheet:
    """A whole negative at the printer's resolution, produced row strip by row strip."""

    dpi: float
    factor: int
    base: np.ndarray  # uint16 ink at dpi / factor
    curve: ToneCurve
    colour: str
    mirror: bool = True
    image: ImageArea | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._curve_lut = self.curve.lut16()
        self._colour_luts = ink_colour_luts(self.colour)

    @property
    def width_px(self) -> int:
        return int(self.base.shape[1] * self.factor)

    @property
    def height_px(self) -> int:
        return int(self.base.shape[0] * self.factor)

    @property
    def size_mm(self) -> tuple[float, float]:
        return (self.width_px / self.dpi * MM_PER_INCH, self.height_px / self.dpi * MM_PER_INCH)

    def ink_rows(self, y0: int, y1: int) -> np.ndarray:
        """Ink (uint16, 0 clear … 65535 full) of output rows y0..y1, before mirroring."""
        k = self.factor
        b0, b1 = y0 // k, (y1 - 1) // k + 1
        strip = self.base[b0:b1]
        if k > 1:
            strip = np.repeat(np.repeat(strip, k, axis=0), k, axis=1)
        strip = strip[y0 - b0 * k : y1 - b0 * k]
        if self.image is not None:
            if k == 1:
                strip = strip.copy()  # a view of the base layer: never paint into it
            self._paint_image(strip, y0, y1)
        return strip

    def _paint_image(self, strip: np.ndarray, y0: int, y1: int) -> None:
        area = self.image
        assert area is not None
        x, y, w, h = area.box
        r0, r1 = max(y0, y), min(y1, y + h)
        if r0 >= r1:
            return
        src_h, src_w = area.tone.shape
        xs = (np.arange(w, dtype=np.float64) + 0.5) * (src_w / w) - 0.5
        ys = (np.arange(r0 - y, r1 - y, dtype=np.float64) + 0.5) * (src_h / h) - 0.5
        # OpenCV's remap takes sides below 32767 px: wide negatives (2000 mm at 5760 dpi) and big
        # sources are painted in pieces, each reading only the source window it needs
        step_x = max(1, min(REMAP_MAX, int(REMAP_MAX * w / max(src_w, 1)) - 16))
        step_y = max(1, min(REMAP_MAX, int(REMAP_MAX * h / max(src_h, 1)) - 16))
        for a in range(0, len(ys), step_y):
            yy = ys[a : a + step_y]
            sy0 = max(0, int(np.floor(yy[0])) - 4)
            sy1 = min(src_h, int(np.ceil(yy[-1])) + 5)
            for b in range(0, w, step_x):
                xx = xs[b : b + step_x]
                sx0 = max(0, int(np.floor(xx[0])) - 4)
                sx1 = min(src_w, int(np.ceil(xx[-1])) + 5)
                map_x = np.broadcast_to((xx - sx0).astype(np.float32)[None, :], (len(yy), len(xx)))
                map_y = np.broadcast_to((yy - sy0).astype(np.float32)[:, None], (len(yy), len(xx)))
                tone = cv2.remap(
                    np.ascontiguousarray(area.tone[sy0:sy1, sx0:sx1]),
                    np.ascontiguousarray(map_x),
                    np.ascontiguousarray(map_y),
                    area.interpolation,
                    borderMode=cv2.BORDER_REPLICATE,
                )
                strip[r0 - y0 + a : r0 - y0 + a + len(yy), x + b : x + b + len(xx)] = self._curve_lut[
                    to_u16(tone)
                ]

    def rgb_rows(self, y0: int, y1: int) -> np.ndarray:
        """Negative pixels (uint16 RGB, h×W×3) of output rows y0..y1, mirrored if asked."""
        ink = self.ink_rows(y0, y1)
        if self.mirror:
            ink = ink[:, ::-1]
        out = np.empty(ink.shape + (3,), np.uint16)
        for c in range(3):
            out[..., c] = self._colour_luts[c][ink]
        return out

    def strips(
        self, rows: int = 256, on_strip: Callable[[int, int], None] | None = None
    ) -> Iterator[np.ndarray]:
        """Every row strip (uint16 RGB) top to bottom; ``on_strip(done_rows, total)`` after each."""
        for y0 in range(0, self.height_px, rows):
            y1 = min(y0 + rows, self.height_px)
            yield self.rgb_rows(y0, y1)
            if on_strip is not None:
                on_strip(y1, self.height_px)

    def preview_ink(self, max_side: int = 1200) -> np.ndarray:
        """Ink (float32 0..1, right-reading as printed) at a reduced size, for previews."""
        scale = min(1.0, max_side / max(self.width_px, self.height_px))
        w, h = max(1, round(self.width_px * scale)), max(1, round(self.height_px * scale))
        base = cv2.resize(self.base.astype(np.float32) / (LUT_SIZE - 1), (w, h), interpolation=cv2.INTER_AREA)
        if self.image is not None:
            x, y, bw, bh = self.image.box
            px0, py0 = round(x * scale), round(y * scale)
            pw, ph = max(1, round(bw * scale)), max(1, round(bh * scale))
            tone = cv2.resize(self.image.tone, (pw, ph), interpolation=cv2.INTER_AREA)
            ink = self.curve(tone).astype(np.float32)
            base[py0 : py0 + ph, px0 : px0 + pw] = ink[: base.shape[0] - py0, : base.shape[1] - px0]
        return base

    def preview_negative(self, max_side: int = 1200) -> np.ndarray:
        """The negative as it is printed on film (sRGB float32), mirrored if asked."""
        ink = self.preview_ink(max_side)
        if self.mirror:
            ink = ink[:, ::-1]
        luts = self._colour_luts.astype(np.float32) / (LUT_SIZE - 1)
        idx = to_u16(ink)
        return np.stack([luts[c][idx] for c in range(3)], axis=-1)
