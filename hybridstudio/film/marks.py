"""Registration bullseyes (top, bottom, left, right of the image) and corner crop marks.

They are drawn from the layout alone, so every film of a job carries them at exactly the same
pixels: lay two films on top of each other and the marks coincide.
"""

from __future__ import annotations

import numpy as np

from .pages import Layout, mm_to_px

BULLSEYE_MM = 6.0
GAP_MM = 3.0
LINE_MM = 0.2
CROP_LEN_MM = 6.0

Patch = tuple[int, int, np.ndarray]  # top, left, bool ink


def bullseye(dpi: float) -> np.ndarray:
    """A registration target: two rings, a centre dot and a cross, as a square bool patch."""
    r = mm_to_px(BULLSEYE_MM / 2.0, dpi)
    lw = max(1, mm_to_px(LINE_MM, dpi))
    size = 2 * r + 1
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1]
    d = np.hypot(xx, yy)
    ink = (np.abs(d - (r - lw)) <= lw / 2.0) | (np.abs(d - r * 0.55) <= lw / 2.0) | (d <= r * 0.18)
    ink |= (np.abs(xx) <= lw // 2) | (np.abs(yy) <= lw // 2)
    return ink[:size, :size]


def registration_patches(layout: Layout) -> list[Patch]:
    """Every mark of the layout as (top, left, ink) patches."""
    dpi = layout.dpi
    x0, y0 = layout.image_xy
    w, h = layout.image_px
    eye = bullseye(dpi)
    r = eye.shape[0] // 2
    gap = mm_to_px(GAP_MM, dpi)
    cx, cy = x0 + w // 2, y0 + h // 2
    centres = [(cx, y0 - gap - r), (cx, y0 + h + gap + r), (x0 - gap - r, cy), (x0 + w + gap + r, cy)]
    patches: list[Patch] = [(yc - r, xc - r, eye) for xc, yc in centres]
    lw = max(1, mm_to_px(LINE_MM, dpi))
    length = mm_to_px(CROP_LEN_MM, dpi)
    off = mm_to_px(2.0, dpi)
    horiz = np.ones((lw, length), bool)
    vert = np.ones((length, lw), bool)
    for ex, ey in ((x0, y0), (x0 + w, y0), (x0, y0 + h), (x0 + w, y0 + h)):
        left = ex < cx
        top = ey < cy
        hx = ex - off - length if left else ex + off
        patches.append((ey - lw // 2, hx, horiz))
        vy = ey - off - length if top else ey + off
        patches.append((vy, ex - lw // 2, vert))
    return patches


def stamp(ink: np.ndarray, y0: int, patches: list[Patch], x0: int = 0) -> None:
    """OR the patches into ``ink``, a block of page rows starting at ``y0`` and of page columns
    starting at ``x0``."""
    rows, cols = ink.shape
    for top, left, patch in patches:
        ph, pw = patch.shape
        a, b = max(top, y0), min(top + ph, y0 + rows)
        if a >= b:
            continue
        c0, c1 = max(left, x0), min(left + pw, x0 + cols)
        if c0 >= c1:
            continue
        ink[a - y0 : b - y0, c0 - x0 : c1 - x0] |= patch[a - top : b - top, c0 - left : c1 - left]
